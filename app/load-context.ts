/**
 * What the Express server passes to every loader and action (see scripts/server.ts): the
 * per-request CSP nonce and the client's IP address.
 */
declare module '@remix-run/server-runtime' {
  interface AppLoadContext {
    /** The nonce of this response's Content-Security-Policy (scripts/security/csp.ts). */
    cspNonce?: string;
    /** The client's IP address as Express sees it (trusting only a proxy on loopback). */
    clientIp?: string | null;
  }
}

/** The load context with defaults, for loaders and actions (and tests, which pass `{}`). */
export function contextOf(context: { cspNonce?: string; clientIp?: string | null } | undefined): { cspNonce: string | undefined; clientIp: string | null } {
  return { cspNonce: context?.cspNonce, clientIp: typeof context?.clientIp === 'string' && context.clientIp ? context.clientIp : null };
}
