/**
 * `renderToStringParts`, added to react-dom's server renderer by patches/react-dom+18.3.1.patch
 * (docs/decisions/029-framework-patches.md): `renderToString`'s markup handed over in parts of about
 * 32 kB, which joined are the same string (app/entry.server.tsx).
 */
import 'react-dom/server';
import type { ReactNode } from 'react';
import type { ServerOptions } from 'react-dom/server';

declare module 'react-dom/server' {
  export function renderToStringParts(element: ReactNode, options?: ServerOptions): string[];
}
