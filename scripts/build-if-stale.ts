/** Builds the Remix app when the build is missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markEntryForEagerCompile } from './compile-hints';
import { writeTrimmedUtrechtCss } from './css/trim-utrecht';

export const projectRoot = resolve(import.meta.dirname, '..');
export const serverBuildFile = join(projectRoot, 'build/index.js');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function buildIsStale(): boolean {
  if (!existsSync(serverBuildFile) || !existsSync(join(projectRoot, 'public/build'))) return true;
  const sources = ['app', 'db/schema.ts', 'remix.config.js', 'package-lock.json', 'patches', 'scripts/compile-hints.ts']
    .map((p) => join(projectRoot, p))
    .filter(existsSync);
  return Math.max(...sources.map(newestMtime)) > statSync(serverBuildFile).mtimeMs;
}

/** Returns true when it built; exits the process when the build fails. */
export function buildIfStale(log: (line: string) => void = console.log): boolean {
  if (!buildIsStale()) return false;
  log('Building the app (the build is missing or older than the sources)…');
  writeTrimmedUtrechtCss();
  // Always a production build: a build made under NODE_ENV=test (vitest) would use React's dev JSX runtime.
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/remix'), ['build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`remix build failed with exit code ${result.status}`);
  markEntryForEagerCompile();
  return true;
}
