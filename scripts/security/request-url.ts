/**
 * A request whose address cannot be parsed (a Host or X-Forwarded-Host like `%00`, an odd
 * request target) gets 400 here, instead of a 500 when Remix's Express adapter builds its
 * `new URL(…)` from the same parts (@remix-run/express createRemixRequest).
 */
import type { RequestHandler } from 'express';
import { sendPage } from './pages';

function portOf(header: string | undefined): string {
  const port = Number.parseInt(header?.split(':')[1] ?? '', 10);
  return Number.isSafeInteger(port) ? `:${port}` : '';
}

export function requestUrlCheck(): RequestHandler {
  return (req, res, next) => {
    const port = portOf(req.get('X-Forwarded-Host')) || portOf(req.get('host'));
    try {
      new URL(`${req.protocol}://${req.hostname}${port}${req.originalUrl}`);
    } catch {
      return sendPage(req, res, 400, { title: 'security.badRequest.title', text: 'security.badRequest.text' });
    }
    return next();
  };
}
