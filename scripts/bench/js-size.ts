/**
 * The JavaScript a first visit to a page loads, read from the browser build's manifest
 * (public/build/manifest-*.js): the entry, the root and the route with their imports (what Remix
 * preloads), each file gzip-compressed as it travels. Used by the budget test
 * (tests/integration/client-bundle.test.ts) and by `npm run bench:js`, which prints the table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../build-if-stale';

/** The browser's Remix manifest: each route's module and its imports. */
export interface BrowserManifest {
  entry: { module: string; imports?: string[] };
  routes: Record<string, { module: string; imports?: string[] }>;
}

export const buildDir = join(projectRoot, 'public/build');

export function readManifest(): BrowserManifest {
  const name = readdirSync(buildDir).find((file) => /^manifest-[A-Z0-9]+\.js$/.test(file));
  if (!name) throw new Error('No manifest in public/build');
  const text = readFileSync(join(buildDir, name), 'utf8');
  return JSON.parse(text.slice(text.indexOf('=') + 1).replace(/;\s*$/, '')) as BrowserManifest;
}

/** The files a first visit to a route loads and their gzip-compressed size in bytes. */
export function routeJavaScript(manifest: BrowserManifest, routeId: string): { files: string[]; gzipBytes: number } {
  const route = manifest.routes[routeId];
  const root = manifest.routes.root;
  if (!route || !root) throw new Error(`No route ${routeId} in the manifest`);
  const files = [...new Set([manifest.entry.module, ...(manifest.entry.imports ?? []), root.module, ...(root.imports ?? []), route.module, ...(route.imports ?? [])])];
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(projectRoot, 'public', file))).length, 0);
  return { files, gzipBytes };
}
