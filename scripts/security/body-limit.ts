/**
 * A body-size limit before Remix reads a byte of the body: small for forms, larger only for the
 * CSV upload (`/beheer/import`, multipart). A body must say its length (Content-Length; Node
 * then reads no more than that): a longer one is refused with 413 at once, a body without a
 * length (chunked) with 411. The refused body is not read: the connection is closed after the
 * answer, so memory stays flat whatever the client sends. The same for any answer given before
 * the body was read.
 */
import type { RequestHandler } from 'express';
import { MAX_CSV_BYTES } from '../../app/domain/csv/decode';
import { sendPage } from './pages';
import { routePath } from './route-path';

/** Largest form body (urlencoded or multipart), in bytes. */
export const FORM_BODY_LIMIT = 256 * 1024;
/** Largest CSV upload body: the file's own limit plus room for the multipart framing. */
export const UPLOAD_BODY_LIMIT = MAX_CSV_BYTES + 1024 * 1024;
const uploadPaths = new Set(['/beheer/import']);

/** The largest body accepted for a request to this URL with this Content-Type. */
export function bodyLimitFor(originalUrl: string, contentType: string | undefined): number {
  const multipart = /^multipart\/form-data\b/i.test(contentType ?? '');
  return multipart && uploadPaths.has(routePath(originalUrl)) ? UPLOAD_BODY_LIMIT : FORM_BODY_LIMIT;
}

export function bodyLimit(): RequestHandler {
  return (req, res, next) => {
    const length = req.headers['content-length'];
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (length === undefined && !chunked) return next();
    const refuse = (status: 411 | 413) => {
      // Do not read (or wait for) the rest of the body.
      res.set('Connection', 'close');
      res.once('finish', () => req.socket.destroySoon?.());
      const keys = status === 413 ? ({ title: 'security.tooLarge.title', text: 'security.tooLarge.text' } as const) : ({ title: 'security.badRequest.title', text: 'security.badRequest.text' } as const);
      sendPage(req, res, status, keys);
    };
    if (length === undefined) return refuse(411);
    if (!/^\d{1,15}$/.test(length)) return sendPage(req, res, 400, { title: 'security.badRequest.title', text: 'security.badRequest.text' });
    if (Number(length) > bodyLimitFor(req.originalUrl, req.headers['content-type'])) return refuse(413);
    // Answered before the body was read (a redirect to sign in, say): close the connection
    // rather than leave the client's next request behind an unread body.
    const writeHead = res.writeHead;
    res.writeHead = function closeWhenUnread(this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!req.complete) res.setHeader('Connection', 'close');
      return writeHead.apply(this, args);
    } as typeof writeHead;
    return next();
  };
}
