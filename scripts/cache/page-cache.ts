/**
 * The anonymous page cache (docs/decisions/014-anonymous-page-cache.md): rendered responses of
 * the public pages — home, search, provider pages, the code of conduct and the accessibility
 * statement, documents and their single-fetch `.data` — kept in memory for visitors without any
 * cookie but the language choice, keyed by URL and language.
 *
 * - An entry belongs to the page generation (a counter raised by database triggers on every change
 *   of what the public pages show, scripts/cache/tables.ts) read before the page was rendered; an
 *   entry of another generation is never served.
 * - An entry ends when the clock could change the page (validity.ts): the next whole hour, the
 *   next opening or closing time, the next review leaving the averages; and for five minutes
 *   after a change it lives no longer than the search index may lag behind.
 * - Only a complete 200 without Set-Cookie and without `no-store`/`private`/`no-cache` is stored;
 *   a request with any other cookie (a session, even an expired one), an Authorization header or
 *   another method passes by.
 * - A hit answers with the stored headers, including the Content-Security-Policy with the nonce
 *   the stored HTML carries, a strong ETag of the body (per encoding) and 304 for If-None-Match;
 *   gzip, deflate and brotli bodies are made once per entry on first demand (the compression
 *   middleware passes an already encoded body by).
 * - Concurrent misses of one key wait for the first render instead of rendering it again.
 * - Memory: an LRU (lru-cache) bounded in bytes (PAGE_CACHE_MB).
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { parse as parseCookies } from 'cookie';
import createEtag from 'etag';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import fresh from 'fresh';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../../app/domain/clock';
import { isOneOf, locales, type Locale } from '../../app/domain/enums';
import { LOCALE_COOKIE, localeFromAcceptLanguage } from '../../app/i18n/locale.server';
import { cookieName } from '../../app/utils/cookies.server';
import { routePath } from '../security/route-path';
import { readClockFacts, readGeneration } from './database';
import { SEARCH_INDEX_LAG_MS, validUntil } from './validity';
import { chosenEncoding, encoders, type Encoding } from '../../app/utils/encoding.server';

export const DEFAULT_PAGE_CACHE_MB = 64;

/** The public pages, as the router matches them (route-path.ts). */
const cacheablePaths = /^\/(?:zoeken|gedragscode|toegankelijkheid|aanbieders\/[^/]+)?$/;

/** Response headers that belong to one response, never replayed from an entry. */
const perResponseHeaders = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'etag',
  'vary',
  'set-cookie',
  'x-request-id',
  'x-page-cache',
  'ratelimit',
  'ratelimit-policy',
  'retry-after',
]);

/** What every cacheable page varies on: the language (cookie or Accept-Language), and its encoding. */
const VARY = 'Cookie, Accept-Language, Accept-Encoding';
/** A captured body in the encoding it was sent in, back to the bytes it encodes. */
const decoders: Record<Encoding, (body: Buffer) => Buffer<ArrayBufferLike>> = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync };

export interface Entry {
  generation: number;
  /** The app-clock instant the page was rendered for (at the latest) and until which it holds. */
  renderedAt: number;
  validUntil: number;
  /** Monotonic (performance.now) end while the search index may still lag a recent change. */
  settleUntil: number;
  headers: [string, string][];
  body: Buffer;
  etag: string;
  encoded: Partial<Record<Encoding, { body: Buffer; etag: string }>>;
}

export interface PageCacheOptions {
  /** The byte budget; 0 turns the cache off. */
  maxBytes: number;
  /** The app's one clock (the server reads it once per request). */
  clock: Clock;
  /** The database connection (the app's shared one). */
  database: () => Database.Database;
}

export interface CacheRequestFacts {
  method: string;
  originalUrl: string;
  cookie: string | undefined;
  acceptLanguage: string | undefined;
  authorization: string | undefined;
}

/**
 * The cache key of a request, or null when it must pass by the cache: the language the app would
 * choose (the same rule as app/i18n/locale.server.ts getLocale) and the URL exactly as Remix
 * receives it (path with dot segments resolved, and the query string).
 */
export function cacheKey(request: CacheRequestFacts): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  if (request.authorization !== undefined) return null;
  if (!cacheablePaths.test(routePath(request.originalUrl))) return null;
  let chosen: string | undefined;
  if (request.cookie !== undefined && request.cookie.trim() !== '') {
    let cookies: Record<string, string | undefined>;
    try {
      cookies = parseCookies(request.cookie);
    } catch {
      return null;
    }
    const localeCookie = cookieName(LOCALE_COOKIE);
    // Any cookie but the language choice (a session — live, expired or made up —, a flash
    // message, a share link, or an unknown one) means the app may answer this visitor differently.
    for (const name of Object.keys(cookies)) if (name !== localeCookie) return null;
    chosen = cookies[localeCookie];
  }
  const locale: Locale = isOneOf(locales, chosen) ? chosen : (localeFromAcceptLanguage(request.acceptLanguage ?? null) ?? 'nl');
  let url: URL;
  try {
    // As @remix-run/express builds the request URL (origin + originalUrl).
    url = new URL(`http://page-cache.invalid${request.originalUrl}`);
  } catch {
    return null;
  }
  return `${locale} ${url.pathname}${url.search}`;
}

/** Whether a finished response may be stored. */
export function storable(status: number, headers: Record<string, unknown>): boolean {
  if (status !== 200) return false;
  if (headers['set-cookie'] !== undefined) return false;
  if (typeof headers['content-type'] !== 'string') return false;
  const cacheControl = String(headers['cache-control'] ?? '');
  return !/\b(?:no-store|private|no-cache)\b/i.test(cacheControl);
}

function variantEtag(etag: string, encoding: Encoding): string {
  return `${etag.slice(0, -1)}-${encoding}"`;
}

function entrySize(key: string, entry: Entry): number {
  let size = key.length + entry.body.length + 512;
  for (const [name, value] of entry.headers) size += name.length + value.length;
  for (const variant of Object.values(entry.encoded)) size += variant.body.length;
  return size;
}

export class PageCache {
  readonly entries: LRUCache<string, Entry>;
  private generationSeen: { value: number; at: number } | null = null;
  readonly stats = { hits: 0, misses: 0, stored: 0, notModified: 0, bypassed: 0 };
  /** Pages being rendered now, by key: settled when the response is done (stored or not). */
  private readonly rendering = new Map<string, Promise<void>>();

  constructor(private readonly options: PageCacheOptions) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: Math.max(1, options.maxBytes),
      // One entry at most an eighth of the budget, so a handful of huge pages cannot push out the rest.
      maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 8)),
      sizeCalculation: (entry, key) => entrySize(key, entry),
    });
  }

  /** The current generation (null: do not cache), noting when this process first saw it. */
  private generation(): number | null {
    let value: number | null;
    try {
      value = readGeneration(this.options.database());
    } catch {
      return null;
    }
    if (value !== null && this.generationSeen?.value !== value) this.generationSeen = { value, at: performance.now() };
    return value;
  }

  /** The entry for a key if it still holds now; a stale one is dropped. */
  lookup(key: string, generation: number, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== generation || now < entry.renderedAt || now >= entry.validUntil || performance.now() >= entry.settleUntil) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const key = cacheKey({
        method: req.method,
        originalUrl: req.originalUrl,
        cookie: req.headers.cookie,
        acceptLanguage: req.headers['accept-language'],
        authorization: req.headers.authorization,
      });
      if (key === null) {
        if (req.method === 'GET' || req.method === 'HEAD') {
          if (cacheablePaths.test(routePath(req.originalUrl))) {
            this.stats.bypassed += 1;
            res.setHeader('X-Page-Cache', 'bypass');
          }
        }
        return next();
      }
      res.vary('Accept-Language');
      this.serve(req, res, next, key, true);
    };
  }

  private serve(req: Request, res: Response, next: NextFunction, key: string, mayWait: boolean): void {
    const generation = this.generation();
    if (generation === null) return next();
    const renderedAt = this.options.clock.now();
    const entry = this.lookup(key, generation, renderedAt.getTime());
    if (entry) return this.answer(req, res, key, entry);
    // The same page is being rendered for another visitor: wait for it rather than render it
    // again (a popular page that just changed would otherwise be rendered once per connection).
    const rendering = this.rendering.get(key);
    if (rendering && mayWait) {
      void rendering.then(() => {
        if (!res.destroyed) this.serve(req, res, next, key, false);
      });
      return;
    }
    this.stats.misses += 1;
    res.setHeader('X-Page-Cache', 'miss');
    if (req.method === 'HEAD' || rendering) return next();
    let done!: () => void;
    this.rendering.set(
      key,
      new Promise<void>((resolve) => {
        done = resolve;
      }),
    );
    res.once('close', () => {
      this.rendering.delete(key);
      done();
    });
    return this.capture(req, res, next, key, generation, renderedAt);
  }

  /** Answers from an entry: 304 when the client has it, else the body in the best encoding it takes. */
  private answer(req: Request, res: Response, key: string, entry: Entry): void {
    this.stats.hits += 1;
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader('Vary', VARY);
    res.setHeader('X-Page-Cache', 'hit');
    let body = entry.body;
    let etag = entry.etag;
    // The encoding a rendered page would get (the compression middleware's choice, encoding.server.ts).
    const cacheControl = entry.headers.find(([name]) => name === 'cache-control')?.[1] ?? null;
    const accepted = chosenEncoding(req.method, req.headers['accept-encoding'] ?? null, cacheControl, entry.body.length);
    if (accepted) {
      let variant = entry.encoded[accepted];
      if (!variant) {
        variant = { body: encoders[accepted](entry.body), etag: variantEtag(entry.etag, accepted) };
        entry.encoded[accepted] = variant;
        // Store again so the LRU counts the new bytes (it may evict others, or this entry).
        this.entries.set(key, entry);
      }
      body = variant.body;
      etag = variant.etag;
      res.setHeader('Content-Encoding', accepted);
    }
    res.setHeader('ETag', etag);
    if (fresh(req.headers, { etag })) {
      this.stats.notModified += 1;
      res.removeHeader('Content-Encoding');
      res.removeHeader('Content-Type');
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Length', String(body.length));
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  }

  /** Lets the app render, keeping a copy of what it sends; stores it when it may be reused. */
  private capture(req: Request, res: Response, next: NextFunction, key: string, generation: number, renderedAt: Date): void {
    // The clock bound is taken before rendering, from the instant the server's clock gives no
    // later than the load context's: a change between the two only ends the entry earlier.
    let until: number;
    try {
      until = validUntil(renderedAt, readClockFacts(this.options.database(), generation, renderedAt));
    } catch {
      return next();
    }
    const settleUntil = this.generationSeen && performance.now() < this.generationSeen.at + SEARCH_INDEX_LAG_MS ? this.generationSeen.at + SEARCH_INDEX_LAG_MS : Infinity;
    const chunks: Buffer[] = [];
    let length = 0;
    let overflow = false;
    let ended = false;
    const limit = Math.floor(this.options.maxBytes / 8);
    const keep = (chunk: unknown, encoding: unknown) => {
      if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
      length += buffer.length;
      if (length > limit) {
        overflow = true;
        chunks.length = 0;
        return;
      }
      chunks.push(buffer);
    };
    // How the app itself encoded the body, as its headers say before the first byte: a document
    // comes compressed (app/utils/encoding.server.ts). The compression middleware, which sits
    // after this capture, sets its own Content-Encoding only on the way out, of bytes kept here
    // as they were.
    let appEncoding: string | undefined;
    const noteEncoding = () => {
      appEncoding ??= String(res.getHeader('Content-Encoding') ?? 'identity').toLowerCase();
    };
    const write = res.write;
    const end = res.end;
    res.write = function cacheWrite(this: Response, chunk: unknown, ...rest: unknown[]) {
      noteEncoding();
      keep(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof res.write;
    res.end = function cacheEnd(this: Response, chunk?: unknown, ...rest: unknown[]) {
      noteEncoding();
      keep(chunk, rest[0]);
      ended = true;
      return (end as (...args: unknown[]) => Response).call(this, chunk, ...rest);
    } as typeof res.end;
    res.once('finish', () => {
      if (!ended || overflow) return;
      const headers = res.getHeaders();
      if (!storable(res.statusCode, headers)) return;
      // A change while rendering: this page may already show it, or not; keep neither.
      if (this.generation() !== generation) return;
      // A document comes compressed already (app/utils/encoding.server.ts): kept as that encoding's
      // variant, and decoded once for the entry's own bytes and ETag.
      const sent = Buffer.concat(chunks);
      const contentEncoding = appEncoding ?? 'identity';
      let body: Buffer = sent;
      if (contentEncoding !== 'identity') {
        if (!Object.hasOwn(decoders, contentEncoding)) return;
        try {
          body = decoders[contentEncoding as Encoding](sent);
        } catch {
          return;
        }
      }
      const etag = createEtag(body);
      const encoded: Entry['encoded'] = contentEncoding === 'identity' ? {} : { [contentEncoding]: { body: sent, etag: variantEtag(etag, contentEncoding as Encoding) } };
      const stored: [string, string][] = [];
      for (const [name, value] of Object.entries(headers)) {
        if (perResponseHeaders.has(name) || value === undefined) continue;
        stored.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
      }
      const entry: Entry = { generation, renderedAt: renderedAt.getTime(), validUntil: until, settleUntil, headers: stored, body, etag, encoded };
      this.entries.set(key, entry);
      if (this.entries.has(key)) this.stats.stored += 1;
    });
    next();
  }
}

/** The middleware, or a pass-through when the budget is 0. */
export function pageCache(options: PageCacheOptions): RequestHandler {
  if (options.maxBytes <= 0) return (_req, _res, next) => next();
  return new PageCache(options).middleware();
}
