/**
 * Cheaper handling of every response in scripts/server.ts (issue 12, docs/benchmarks.md):
 *
 * - compression at a lower effort: gzip level 4 and brotli quality 3 take about half (gzip) and
 *   a third (brotli) of the CPU time of the defaults (6 and 4) on a search page, for about 6 %
 *   more bytes (77 kB of HTML: 13.3 instead of 12.5 kB gzip, 12.6 instead of 11.8 kB brotli);
 * - the files in public/ are looked up only for paths that name a file (an extension in the last
 *   segment), so a page request no longer costs a failed `stat` on the disk.
 */
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import { constants } from 'node:zlib';

export const GZIP_LEVEL = 4;
export const BROTLI_QUALITY = 3;

export function responseCompression(): RequestHandler {
  return compression({ level: GZIP_LEVEL, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } } });
}

/** A path whose last segment has an extension (`/favicon.svg`, `/robots.txt`), unlike a page (`/zoeken`). */
export function namesAFile(path: string): boolean {
  return /\.[A-Za-z0-9]+$/.test(path);
}

/** express.static for the directory, asked only for paths that name a file. */
export function publicFiles(directory: string, options: Parameters<typeof express.static>[1]): RequestHandler {
  const serve = express.static(directory, options);
  return (req, res, next) => (namesAFile(req.path) ? serve(req, res, next) : next());
}
