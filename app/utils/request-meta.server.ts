/** Reads where and when a request comes from: the client IP and the instant (from the Express load context) and the browser. */
import type { AppLoadContext } from '@remix-run/node';
import type { RequestMeta } from '../domain/request-meta';
import { contextOf } from '../load-context';

export function requestMeta(request: Request, context: AppLoadContext | undefined): RequestMeta {
  const { clientIp, now } = contextOf(context);
  return { ip: clientIp, userAgent: request.headers.get('User-Agent')?.slice(0, 300) ?? null, now };
}
