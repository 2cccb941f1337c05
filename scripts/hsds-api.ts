/**
 * Every answer under /api/hsds/ is for other directories' tools: it carries the CORS header
 * (open data, read from any origin, never with cookies) and errors are JSON too. Methods other
 * than GET and HEAD get a JSON 405; a CORS preflight (OPTIONS) gets a 204. Mounted by
 * scripts/server.ts before the rate limits and the origin check.
 */
import type { RequestHandler } from 'express';

export const HSDS_ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** What the API answers to a method before the app sees the request: null means "pass on". */
export function hsdsMethodAnswer(method: string): { status: 204 | 405; body: string | null } | null {
  const upper = method.toUpperCase();
  if (upper === 'GET' || upper === 'HEAD') return null;
  if (upper === 'OPTIONS') return { status: 204, body: null };
  return { status: 405, body: JSON.stringify({ error: 'method_not_allowed', detail: `${upper} is not allowed; use GET.` }) };
}

export function hsdsApiAnswers(): RequestHandler {
  return (req, res, next) => {
    // Set just before the headers go out, unless the route already set it (no duplicate).
    const writeHead = res.writeHead;
    res.writeHead = function patched(this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!res.getHeader('Access-Control-Allow-Origin')) res.setHeader('Access-Control-Allow-Origin', '*');
      return writeHead.apply(this, args);
    } as typeof writeHead;
    const answer = hsdsMethodAnswer(req.method);
    if (!answer) return next();
    res.setHeader('Allow', HSDS_ALLOWED_METHODS);
    res.setHeader('Cache-Control', 'no-store');
    if (answer.status === 204) {
      res.setHeader('Access-Control-Allow-Methods', HSDS_ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', 'Accept, Content-Type');
      res.setHeader('Access-Control-Max-Age', '600');
      return res.status(204).end();
    }
    res.status(answer.status).type('application/json; charset=utf-8').send(answer.body);
  };
}
