/**
 * The per-request CSP nonce (scripts/security/csp.ts → load context → entry.server.tsx), for the
 * few inline scripts Remix writes. Empty in the browser: it is only needed in server HTML.
 */
import { createContext, useContext } from 'react';

const NonceContext = createContext<string | undefined>(undefined);

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
