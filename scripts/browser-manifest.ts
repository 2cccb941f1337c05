/**
 * The browser build's Remix manifest (public/build/manifest-*.js): the entry module, and each
 * route's module with the shared chunks it imports. Read by the compile hints after a build
 * (scripts/compile-hints.ts), the JavaScript budget (scripts/bench/js-budget.ts, js-size.ts) and
 * the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const publicDir = resolve(import.meta.dirname, '../public');
export const buildDir = join(publicDir, 'build');

export interface BrowserManifest {
  entry: { module: string; imports?: string[] };
  routes: Record<string, { module: string; imports?: string[] }>;
}

export function readManifest(): BrowserManifest {
  const name = readdirSync(buildDir).find((file) => /^manifest-[A-Z0-9]+\.js$/.test(file));
  if (!name) throw new Error('No manifest in public/build');
  const text = readFileSync(join(buildDir, name), 'utf8');
  return JSON.parse(text.slice(text.indexOf('=') + 1).replace(/;\s*$/, '')) as BrowserManifest;
}

/** The file on disk of a module's public path (`/build/…`). */
export function publicFile(path: string): string {
  if (!path.startsWith('/build/') || path.split('/').includes('..')) throw new Error(`not a module of the build: ${path}`);
  return join(publicDir, path);
}
