/**
 * What the Express server passes to every loader and action (see scripts/server.ts): the
 * per-request CSP nonce, the client's IP address and the request's instant from the one clock
 * (app/domain/clock.ts).
 */
import { systemClock } from './domain/clock';
import type { RouteTable } from './i18n/route-messages.server';

declare module '@remix-run/server-runtime' {
  interface AppLoadContext {
    /** The nonce of this response's Content-Security-Policy (scripts/security/csp.ts). */
    cspNonce?: string;
    /** The client's IP address as Express sees it (trusting only a proxy on loopback). */
    clientIp?: string | null;
    /** "Now" for this request, read once from the server's clock. */
    now?: Date;
    /** The build's route table, to send each page only its messages (app/i18n/route-messages.server.ts). */
    routes?: RouteTable;
  }
}

export interface RequestContext {
  cspNonce: string | undefined;
  clientIp: string | null;
  now: Date;
}

/**
 * The load context with defaults, for loaders and actions. Tests pass `{ now }` to freeze the
 * clock; without it (a bare call) the machine's clock is used.
 */
export function contextOf(context: { cspNonce?: string; clientIp?: string | null; now?: Date } | undefined): RequestContext {
  return {
    cspNonce: context?.cspNonce,
    clientIp: typeof context?.clientIp === 'string' && context.clientIp ? context.clientIp : null,
    now: context?.now instanceof Date ? context.now : systemClock.now(),
  };
}
