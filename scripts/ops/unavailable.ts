/**
 * When a request fails because the database cannot be used (full disk, read-only, damaged or
 * locked file — app/utils/database-errors.server.ts), the answer is a 503 page in the visitor's
 * language with Retry-After, never a stack trace or the generic error page. Mounted just before
 * the Remix handler: when Remix sets a 5xx status for a request on which such an error was noted
 * (entry.server.tsx `handleError`), this page replaces Remix's response.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Locale } from '../../app/domain/enums';
import { translate } from '../../app/i18n';
import { currentRequest, logEvent } from '../../app/lib/log.server';
import { localeOf, standalonePage } from '../security/pages';

export function unavailablePage(locale: Locale, nonce: string | undefined, retryPath: string): string {
  return standalonePage(locale, nonce, {
    title: translate(locale, 'ops.unavailable.title'),
    text: translate(locale, 'ops.unavailable.text'),
    links: [
      { href: retryPath, label: translate(locale, 'ops.unavailable.again') },
      { href: '/', label: translate(locale, 'ops.unavailable.home') },
    ],
  });
}

const RETRY_AFTER_SECONDS = 60;

/** Sends the 503 page now (headers not sent yet). */
export function sendUnavailable(req: Request, res: Response, reason: string): void {
  const locale = localeOf(req);
  for (const name of res.getHeaderNames()) {
    if (/^(content-|cache-control$|etag$|x-remix-|set-cookie$|location$|vary$)/.test(name)) res.removeHeader(name);
  }
  res.statusCode = 503;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  const retryPath = req.method === 'GET' ? req.originalUrl.replace(/\.data(?=\?|$)/, '') : '/';
  res.end(unavailablePage(locale, res.locals.cspNonce as string | undefined, retryPath.startsWith('/') ? retryPath : '/'));
  logEvent('error', 'database_unavailable', { reason, requestId: currentRequest()?.requestId ?? null });
}

/**
 * Wraps `res.status` for the rest of the request: a 5xx on a request with a noted database
 * failure becomes the 503 page, and what Remix writes afterwards is dropped.
 */
export function databaseUnavailablePage(): RequestHandler {
  return (req, res, next) => {
    const status = res.status.bind(res);
    res.status = (code: number) => {
      const reason = currentRequest()?.databaseUnavailable;
      if (code < 500 || !reason || res.headersSent) return status(code);
      sendUnavailable(req, res, reason);
      const ignore = () => res;
      Object.assign(res, { status: ignore, append: ignore, set: ignore, setHeader: ignore, write: () => true, end: ignore, flush: () => undefined, flushHeaders: () => undefined });
      return res;
    };
    next();
  };
}
