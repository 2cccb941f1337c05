/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from another
 * site: the Origin (or, without it, Sec-Fetch-Site or the Referer) must be this host. Requests
 * without any of these come from programs, not from a browser a victim is using; those pass.
 */
import type { RequestHandler } from 'express';
import { localeOf, simplePage } from './pages';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface OriginInput {
  method: string;
  host: string | undefined;
  origin?: string | undefined;
  secFetchSite?: string | undefined;
  referer?: string | undefined;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Why the request counts as cross-site, or null when it may pass. */
export function crossSiteReason(input: OriginInput): string | null {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return null;
  if (!input.host) return 'no host';
  if (input.origin) {
    if (input.origin === 'null') return 'opaque origin';
    return hostOf(input.origin) === input.host ? null : `origin ${input.origin}`;
  }
  if (input.secFetchSite) {
    return input.secFetchSite === 'same-origin' || input.secFetchSite === 'none' ? null : `sec-fetch-site ${input.secFetchSite}`;
  }
  if (input.referer) return hostOf(input.referer) === input.host ? null : 'referer from another site';
  return null;
}

export function originCheck(): RequestHandler {
  return (req, res, next) => {
    const reason = crossSiteReason({
      method: req.method,
      host: req.headers.host,
      origin: req.headers.origin,
      secFetchSite: req.headers['sec-fetch-site'] as string | undefined,
      referer: req.headers.referer,
    });
    if (!reason) return next();
    res
      .status(403)
      .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      .send(simplePage(localeOf(req), res.locals.cspNonce as string | undefined, { title: 'crossSite.title', text: 'crossSite.text' }));
  };
}
