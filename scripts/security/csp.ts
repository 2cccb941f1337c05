/**
 * Content-Security-Policy with a fresh nonce per response: scripts only from this site or with
 * the nonce (no 'unsafe-inline' scripts), no framing, no plugins, forms only to this site. The
 * nonce goes to Remix through the load context (scripts/server.ts) for its inline scripts.
 */
import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    // style="" attributes cannot run code; allowing them keeps small layout tweaks working.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}

export function cspNonce(): RequestHandler {
  return (_req, res, next) => {
    const nonce = createNonce();
    res.locals.cspNonce = nonce;
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    next();
  };
}
