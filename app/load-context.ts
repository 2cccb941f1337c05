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

export {};
