/**
 * The last resort for an error Remix did not answer itself (a request it cannot even build, an
 * exception in middleware): logged on the server, answered with a plain page. Express's own
 * handler would print the stack trace into the response outside production; this one never does,
 * in any mode. A client error (a malformed request) gets 400, anything else 500.
 */
import type { ErrorRequestHandler } from 'express';
import { sendPage } from './pages';

export function errorPage(log: (error: unknown) => void = (error) => console.error(error)): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) log(error);
    if (clientError) sendPage(req, res, 400, { title: 'security.badRequest.title', text: 'security.badRequest.text' });
    else sendPage(req, res, 500, { title: 'security.error.title', text: 'security.error.text' });
  };
}
