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
import { currentRequest, logEvent } from '../../app/utils/log.server';
import { localeOf } from '../security/pages';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function unavailablePage(locale: Locale, nonce: string | undefined, retryPath: string): string {
  const title = escapeHtml(translate(locale, 'ops.unavailable.title'));
  const text = escapeHtml(translate(locale, 'ops.unavailable.text'));
  const again = escapeHtml(translate(locale, 'ops.unavailable.again'));
  const home = escapeHtml(translate(locale, 'ops.unavailable.home'));
  const app = escapeHtml(translate(locale, 'app.name'));
  const style = `body{font-family:'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#1a1a1a;line-height:1.5}
header{background:#1b4f72;color:#fff;padding:.75rem 1rem;font-weight:700;font-size:1.375rem}
main{max-width:42rem;padding:1.5rem 1rem}a{color:#1b4f72}a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${app}</title>
<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ''}>${style}</style>
</head>
<body>
<header>${app}</header>
<main>
<h1>${title}</h1>
<p>${text}</p>
<ul>
<li><a href="${escapeHtml(retryPath)}">${again}</a></li>
<li><a href="/">${home}</a></li>
</ul>
</main>
</body>
</html>
`;
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
