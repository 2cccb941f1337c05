/**
 * Only the methods the app answers reach it: GET, HEAD and the form/API writes. TRACE, CONNECT
 * and OPTIONS get 405 with the allowed methods, any other (invented) method 501 — never a
 * 500 with a stack trace.
 */
import type { RequestHandler } from 'express';
import { sendPage } from './pages';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const allowed = new Set<string>(ALLOWED_METHODS);
const known = new Set(['OPTIONS', 'TRACE', 'CONNECT']);

export function methodGuard(): RequestHandler {
  return (req, res, next) => {
    if (allowed.has(req.method)) return next();
    sendPage(req, res, known.has(req.method) ? 405 : 501, { title: 'security.method.title', text: 'security.method.text' }, { Allow: ALLOWED_METHODS.join(', ') });
  };
}
