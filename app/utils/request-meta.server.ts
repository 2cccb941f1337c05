/** Where and when a request comes from: the client IP and the instant (from the Express load context) and the browser. */
import type { AppLoadContext } from '@remix-run/node';
import { contextOf } from '../load-context';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  /** The request's instant (the one clock, app/domain/clock.ts). */
  now: Date;
}

export function requestMeta(request: Request, context: AppLoadContext | undefined): RequestMeta {
  const { clientIp, now } = contextOf(context);
  return { ip: clientIp, userAgent: request.headers.get('User-Agent')?.slice(0, 300) ?? null, now };
}
