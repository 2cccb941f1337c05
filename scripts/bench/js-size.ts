/**
 * The JavaScript a first visit to a page loads, read from the browser build's manifest
 * (public/build/manifest-*.js): the entry, the root and the route with their imports (what Remix
 * preloads), each file gzip-compressed as it travels. Used by the budget test
 * (tests/integration/client-bundle.test.ts) and by `npm run bench:js`, which prints the table.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { publicFile, type BrowserManifest } from '../browser-manifest';

/** The files a first visit to a route loads and their gzip-compressed size in bytes. */
export function routeJavaScript(manifest: BrowserManifest, routeId: string): { files: string[]; gzipBytes: number } {
  const route = manifest.routes[routeId];
  const root = manifest.routes.root;
  if (!route || !root) throw new Error(`No route ${routeId} in the manifest`);
  const files = [...new Set([manifest.entry.module, ...(manifest.entry.imports ?? []), root.module, ...(root.imports ?? []), route.module, ...(route.imports ?? [])])];
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(publicFile(file))).length, 0);
  return { files, gzipBytes };
}
