/**
 * Cheaper handling of every response in scripts/server.ts (issue 12, docs/benchmarks.md):
 *
 * - compression at a lower effort: gzip level 3 and brotli quality 1 (app/utils/encoding.server.ts,
 *   where documents are compressed once and this middleware passes them by). Gzip level 3 is the
 *   highest of zlib's fast levels (1–3 skip the lazy match search of 4–9): on a search page, home
 *   and an empty search it takes 30 % less CPU than level 4 for 4 % more bytes (13.8 instead of
 *   13.3 kB for an 84 kB search page), and about a third of the default level 6; brotli quality 1
 *   takes a fifth of the default 4 for about 8 % more bytes;
 * - the files in public/ are looked up only for paths that name a file (an extension in the last
 *   segment), so a page request no longer costs a failed `stat` on the disk.
 */
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import { constants } from 'node:zlib';
import { BROTLI_QUALITY, COMPRESS_THRESHOLD, GZIP_LEVEL } from '../../app/utils/encoding.server';

export function responseCompression(): RequestHandler {
  return compression({ level: GZIP_LEVEL, threshold: COMPRESS_THRESHOLD, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } } });
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
