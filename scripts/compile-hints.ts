/**
 * Marks the browser entry's modules for eager compilation (V8's explicit compile hints, Chrome 136
 * and later): `//# allFunctionsCalledOnLoad` on the first line of a file makes V8 compile all its
 * functions on a background thread while the file streams in, instead of on the main thread the
 * first time each is called. The entry's modules are React, React DOM and Remix's runtime, which
 * hydration calls on every page; compiled lazily they were 100–150 ms of main-thread work per page
 * load at Lighthouse's 4× slower CPU (issue 12, goal 4; ADR 030). Route modules stay lazy: most
 * of their code runs only when a person acts.
 *
 * Runs after `remix build` (package.json `build`, scripts/build-if-stale.ts). The files keep their
 * names: a name still stands for one content per build. Other browsers ignore the comment.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { publicFile, readManifest } from './browser-manifest';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The public paths of the entry module and the modules it imports. */
function entryModules(): string[] {
  const { entry } = readManifest();
  return [entry.module, ...(entry.imports ?? [])];
}

/** Puts the hint on the entry's modules (once: a marked file is left as it is). Returns the files marked. */
export function markEntryForEagerCompile(): string[] {
  const marked: string[] = [];
  for (const path of entryModules()) {
    const file = publicFile(path);
    const source = readFileSync(file, 'utf8');
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, COMPILE_HINT + source);
    marked.push(path);
  }
  return marked;
}

if (import.meta.url === `file://${process.argv[1]}`) markEntryForEagerCompile();
