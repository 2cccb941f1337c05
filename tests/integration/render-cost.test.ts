/**
 * Guards for the cost of rendering a page (issue 12, goal 1; docs/benchmarks.md), checked on the
 * built app through the Express server, without timing anything:
 *
 * - route matching is remembered per path: a repeated request matches no routes anew;
 * - the search page is one complete document, compressed when the browser accepts it, rendered in
 *   one pass: its loader data inlined as one script, no Suspense boundary left for the browser
 *   (docs/decisions/022-synchronous-render.md), the page's messages as one packed text;
 * - the search page's loader data (sent as `.data`, and inlined in the HTML for hydration) stays
 *   within a byte budget, so growth is a decision and not an accident;
 * - pages are not looked up as files in public/, while public files are still served.
 */
import { get, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { ServerBuild } from '@remix-run/node';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.NODE_ENV = 'production';
  process.env.PUBLIC_URL = 'https://kaart.example.nl';
});

import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { tiersFor } from '../../scripts/security/rate-limit';
import { responseCompression } from '../../scripts/ops/responses';
import { chosenEncoding } from '../../app/utils/encoding.server';

/** Bytes of the search page's single-fetch data (root + search loaders) for a broad word, before compression. */
const SEARCH_DATA_BUDGET = 24 * 1024;

let server: Server;
let origin: string;

beforeAll(async () => {
  buildIfStale(() => undefined);
  const build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  const app = createApp({ build, mode: 'production', logRequests: false, rateLimits: tiersFor({ readsPerMinute: 0, writesPerMinute: 0, signInsPerMinute: 0 }) });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('route matching', () => {
  it('is remembered: the same page again matches no routes anew', async () => {
    const router = createRequire(import.meta.url)('@remix-run/router') as { matchRoutes: { stats?: { hits: number; misses: number } } };
    const stats = router.matchRoutes.stats;
    expect(stats, 'the cached matchRoutes is installed by the build (app/entry.server.tsx)').toBeDefined();
    for (const path of ['/zoeken?q=hulp', '/zoeken.data?q=hulp', '/toegankelijkheid']) expect((await fetch(`${origin}${path}`)).status).toBe(200);
    const misses = stats!.misses;
    const hits = stats!.hits;
    for (const path of ['/zoeken?q=zorg', '/zoeken.data?q=zorg', '/toegankelijkheid']) expect((await fetch(`${origin}${path}`)).status).toBe(200);
    expect(stats!.misses).toBe(misses);
    expect(stats!.hits).toBeGreaterThan(hits);
  });
});

describe('the route tree', () => {
  it('is built once per build: more pages build no route objects anew', async () => {
    const require = createRequire(import.meta.url);
    const serverRoutes = (require('@remix-run/react/dist/routes.js') as { createServerRoutes: { stats?: { hits: number; misses: number } } }).createServerRoutes.stats;
    const dataRoutes = (require('@remix-run/router') as { UNSAFE_convertRoutesToDataRoutes: { stats?: { hits: number; misses: number } } }).UNSAFE_convertRoutesToDataRoutes.stats;
    expect(serverRoutes, 'the remembered createServerRoutes is installed by the build (app/entry.server.tsx)').toBeDefined();
    expect(dataRoutes).toBeDefined();
    expect((await fetch(`${origin}/zoeken?q=hulp`)).status).toBe(200);
    const before = { server: { ...serverRoutes! }, data: { ...dataRoutes! } };
    // Pages not asked for before (the anonymous page cache would answer those without a render).
    for (const path of ['/zoeken?q=vervoer', '/gedragscode?tree=1', '/?tree=1', '/bestaat-niet']) await (await fetch(`${origin}${path}`)).text();
    expect(serverRoutes!.misses).toBe(before.server.misses);
    expect(serverRoutes!.hits).toBeGreaterThanOrEqual(before.server.hits + 4);
    expect(dataRoutes!.misses).toBe(before.data.misses);
    expect(dataRoutes!.hits).toBeGreaterThanOrEqual(before.data.hits + 4);
  });
});

describe('the search page', () => {
  it('is one complete document, gzip-compressed when accepted', async () => {
    // node:http, not fetch: fetch would decompress.
    const response = await new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      get(`${origin}/zoeken?q=begeleiding`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(response.body).toString('utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // The body, then the inlined loader data, up to the script that closes its stream.
    expect(html).toContain('</body></html>');
    expect(html).toContain('streamController.close()');
    expect(html).toContain('id="resultaten"');
    // Rendered in one pass (ADR 022): the loader data as one script, no boundary that React gave
    // up on (`<!--$!-->`, "the server could not finish this"), and a doctype written once.
    expect(html.match(/streamController\.enqueue\(/g)).toHaveLength(1);
    expect(html).not.toContain('<!--$!-->');
    expect(html.match(/<!DOCTYPE html>/gi)).toHaveLength(1);
    // The page's messages as one packed text in the root's data, not a few hundred entries.
    const data = html.slice(html.indexOf('streamController.enqueue('));
    expect(data).toMatch(/messages\\",\\"\{\\\\\\"app\.name/);
  });

  it('is a whole page in English too, its messages in English', async () => {
    const html = await (await fetch(`${origin}/zoeken?q=begeleiding`, { headers: { 'Accept-Language': 'en' } })).text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Search results for');
    expect(html).toContain('streamController.close()');
  });

  it('sends loader data within its byte budget', async () => {
    // Only the search route's data, as a filter or page change within /zoeken asks for it: the
    // root (with the page's messages, ADR 015) does not revalidate there.
    for (const path of ['/zoeken.data?_routes=routes%2Fzoeken', '/zoeken.data?q=hulp&_routes=routes%2Fzoeken', '/zoeken.data?q=begeleiding&pagina=2&_routes=routes%2Fzoeken']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      const bytes = (await response.arrayBuffer()).byteLength;
      expect(bytes, `${path}: ${bytes} bytes`).toBeLessThanOrEqual(SEARCH_DATA_BUDGET);
    }
  });
});

  it('writes its own text in Latin-1 only, so the page string stays one byte per character', async () => {
    // V8 keeps a string with any character above U+00FF at two bytes per character, and turning
    // such a page into bytes costs several times as much (ADR 023). The quotation marks around the
    // search word come from the browser (<q>); the catalogue's own text may still hold any character.
    for (const [path, language] of [['/zoeken?q=xyzzyqwv', 'nl'], ['/zoeken?q=xyzzyqwv', 'en'], ['/zoeken?q=hulp', 'nl'], ['/zoeken?q=hulp&pagina=2', 'en'], ['/', 'nl'], ['/', 'en']] as const) {
      const html = await (await fetch(`${origin}${path}`, { headers: { 'Accept-Language': language } })).text();
      expect(html).toContain(`<html lang="${language}"`);
      const wide = html.match(/[^\u0000-\u00ff][^<]{0,40}/u);
      expect(wide?.[0], `${path} (${language})`).toBeUndefined();
    }
    expect(await (await fetch(`${origin}/zoeken?q=xyzzyqwv`)).text()).toContain('<h1 class="utrecht-heading-1">Zoekresultaten voor <q>xyzzyqwv</q></h1>');
  });

describe('public files', () => {
  it('are served for file paths; pages go to the app', async () => {
    const icon = await fetch(`${origin}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');
    // Pages link the PNG drawn from it: an SVG icon is a whole SVG document on the page's main
    // thread in Chromium (ADR 030).
    const home = await (await fetch(`${origin}/`)).text();
    expect(home).toContain('<link rel="icon" href="/favicon.png" type="image/png" sizes="32x32"/>');
    expect(home).not.toMatch(/rel="icon"[^>]*svg/);
    const png = await fetch(`${origin}/favicon.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await png.arrayBuffer()).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect((await fetch(`${origin}/toegankelijkheid`)).status).toBe(200);
    expect((await fetch(`${origin}/bestaat-niet.txt`)).status).toBe(404);
  });
});

/** A raw request (node:http hands over the bytes as sent; fetch would decompress). */
function rawGet(url: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const decode: Record<string, (body: Buffer) => Buffer> = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync };

/** Accept-Encoding headers as browsers, tools and odd clients send them. */
const acceptEncodings = ['gzip', 'br', 'gzip, deflate, br, zstd', 'deflate', 'gzip, deflate', 'br;q=0.5, gzip;q=0.8', 'gzip;q=0, br;q=0', 'identity', '*', 'zstd', 'GZIP', ''];

describe('documents compressed once (docs/decisions/024-documents-compressed-once.md)', () => {
  it('choose the encoding the compression middleware chooses', async () => {
    // The middleware as the server uses it, on a body it streams itself.
    const app = express();
    app.use(responseCompression());
    app.get('/page', (_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.write('<p>Sociale Kaart</p>'.repeat(200));
      res.end();
    });
    const plain = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/page`;
      for (const accept of acceptEncodings) {
        const byMiddleware = (await rawGet(url, { 'Accept-Encoding': accept })).headers['content-encoding'] ?? null;
        expect(chosenEncoding('GET', accept, null, 4000), accept).toBe(byMiddleware);
      }
      expect((await rawGet(url, {})).headers['content-encoding']).toBeUndefined();
      expect(chosenEncoding('GET', null, null, 4000)).toBeNull();
      // Small bodies, HEAD and no-transform stay as they are.
      expect(chosenEncoding('GET', 'gzip', null, 1023)).toBeNull();
      expect(chosenEncoding('HEAD', 'gzip', null, 4000)).toBeNull();
      expect(chosenEncoding('GET', 'gzip', 'public, no-transform', 4000)).toBeNull();
    } finally {
      await new Promise((resolve) => plain.close(resolve));
    }
  });

  it('arrive encoded as asked, whole, with their length and one Vary', async () => {
    let identity: string | null = null;
    for (const accept of acceptEncodings) {
      const response = await rawGet(`${origin}/zoeken?q=begeleiding`, { 'Accept-Encoding': accept });
      expect(response.status).toBe(200);
      const encoding = response.headers['content-encoding'] ?? null;
      expect(encoding, accept).toBe(chosenEncoding('GET', accept, null, 4000));
      expect(Number(response.headers['content-length']), accept).toBe(response.body.length);
      expect(response.headers['transfer-encoding']).toBeUndefined();
      expect(String(response.headers.vary).match(/accept-encoding/gi), accept).toHaveLength(1);
      const html = (encoding ? decode[encoding]!(response.body) : response.body).toString('utf8');
      expect(html.startsWith('<!DOCTYPE html>'), accept).toBe(true);
      expect(html, accept).toContain('streamController.close()');
      // The same page whatever the encoding, apart from the CSP nonce.
      const page = html.replace(/nonce="[^"]*"/g, '').replace(/nonce-[A-Za-z0-9+/=_-]+/g, '');
      identity ??= page;
      expect(page, accept).toBe(identity);
    }
  });

  it('answer HEAD with the length of the page as it is', async () => {
    const head = await rawGet(`${origin}/zoeken?q=begeleiding&pagina=3`, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBeUndefined();
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(10_000);
  });
});

describe('a rendered request', () => {
  /** Active timers of this process (Node lists one `Timeout` per pending timer). */
  const pendingTimers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

  it('leaves no timer behind that holds its data (Remix kept one for 5 s per request; patches/, react-router#14735)', async () => {
    for (const path of ['/zoeken?q=hulp', '/zoeken.data?q=hulp']) expect((await fetch(`${origin}${path}`)).status).toBe(200);
    const before = pendingTimers();
    for (let i = 0; i < 30; i++) {
      const response = await fetch(`${origin}${i % 2 === 0 ? '/zoeken' : '/zoeken.data'}?q=zorg&pagina=${1 + (i % 3)}`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    // Each request's turbo-stream encoding set a timer for the whole `streamTimeout` and cleared it
    // only when the request was aborted; it now clears it when the encoding is complete.
    // Without the patch 6 of these 30 were still pending here (the rest were cleared as their
    // response closed); one is allowed for a timer of the test's own connections.
    expect(pendingTimers() - before).toBeLessThanOrEqual(1);
  });

  it('gives its loaders the request itself, not copies of it (patches/: every copy lived until a full GC)', async () => {
    const Original = globalThis.Request;
    let made = 0;
    globalThis.Request = class CountedRequest extends Original {
      constructor(...args: ConstructorParameters<typeof Request>) {
        super(...args);
        made += 1;
      }
    };
    try {
      // URLs no other test asks for: a page from the page cache reaches no loader.
      for (const path of ['/zoeken?q=kopie', '/?kopie=1', '/toegankelijkheid?kopie=1', '/healthz']) {
        made = 0;
        const response = await fetch(`${origin}${path}`);
        expect(response.status).toBe(200);
        await response.arrayBuffer();
        // The server's own request (the Express adapter). Remix copied it for every loader to
        // take `index` and `_routes` out of its URL, twice per loader: a URL, Headers, an
        // AbortController, a listener on the request's signal and a FinalizationRegistry entry
        // each, which the young generation's collections could not free.
        expect(made, path).toBe(1);
      }
    } finally {
      globalThis.Request = Original;
    }
  });
});
