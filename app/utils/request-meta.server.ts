/** Where a request comes from: the client IP (from the Express load context) and the browser. */
import type { AppLoadContext } from '@remix-run/node';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export function requestMeta(request: Request, context: AppLoadContext | undefined): RequestMeta {
  const ip = typeof context?.clientIp === 'string' && context.clientIp ? context.clientIp : null;
  return { ip, userAgent: request.headers.get('User-Agent')?.slice(0, 300) ?? null };
}
