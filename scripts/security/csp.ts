/**
 * Content-Security-Policy with a fresh nonce per response: scripts only from this site or with
 * the nonce (no 'unsafe-inline' scripts), no framing, no plugins, forms only to this site. The
 * nonce goes to Remix through the load context (scripts/server.ts) for its inline scripts;
 * helmet (headers.ts) writes the header from cspDirectives.
 */
import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The directives, with the nonce source given as a value or as helmet's per-response function. */
export function cspDirectives<Nonce>(nonce: Nonce): Record<string, (string | Nonce)[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", nonce],
    'style-src': ["'self'", nonce],
    // style="" attributes cannot run code; allowing them keeps small layout tweaks working.
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
  };
}

/** The policy as a header value for one nonce. */
export function contentSecurityPolicy(nonce: string): string {
  return Object.entries(cspDirectives(`'nonce-${nonce}'`))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** A fresh nonce for this response, for helmet's header and for Remix's inline scripts. */
export function cspNonce(): RequestHandler {
  return (_req, res, next) => {
    res.locals.cspNonce = createNonce();
    next();
  };
}
