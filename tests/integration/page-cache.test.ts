/**
 * The anonymous page cache through the real server (scripts/server.ts with the Remix build):
 * 200 → stored → 200 from the cache with a strong ETag → 304; the CSP nonce of the stored HTML
 * replayed; languages kept apart; invalidation by the database triggers (a catalogue edit and a
 * review approval from another connection, as another process would); the clock ending an
 * entry; and the cost-leak guarantees on cached responses: a professional's response is never
 * stored nor served to anyone else, and what anonymous visitors get from the cache has no cost
 * facts and no messages of the professional-only parts. The middleware's refusals (Set-Cookie,
 * errors, no-store) on a bare Express app.
 */
import type { AddressInfo } from 'node:net';
import { get as httpGet, type IncomingHttpHeaders, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { ServerBuild } from '@remix-run/node';
import Database from 'better-sqlite3';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { pageCache } from '../../scripts/cache/page-cache';
import { tiersFor } from '../../scripts/security/rate-limit';
import { cookieName } from '../../app/utils/cookies.server';
import { TEST_NOW } from '../support/paths';

let server: Server;
let origin: string;
/** The server's clock, moved by the tests. */
let now = new Date(TEST_NOW);
const clock = { now: () => new Date(now) };
const db = new Database(process.env.DATABASE_PATH!);
db.pragma('busy_timeout = 5000');
const year = TEST_NOW.getUTCFullYear();
const today = TEST_NOW.toISOString().slice(0, 10);
const staffCookie: { value: string } = { value: '' };
const citizenCookie: { value: string } = { value: '' };

/** A provider with contracts and a reached ceiling this year: the professional view shows amounts. */
const sample = db
  .prepare(
    `SELECT o.id, o.slug, o.name FROM organizations o JOIN budget_ceilings b ON b.organization_id = o.id AND b.year = ?
     WHERE o.status = 'active' AND b.committed_cents >= b.ceiling_cents
       AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id AND c.archived_at IS NULL AND (c.valid_to IS NULL OR c.valid_to >= ?))
     ORDER BY o.slug LIMIT 1`,
  )
  .get(year, today) as { id: string; slug: string; name: string };
const tariffs = (
  db.prepare('SELECT DISTINCT tariff_cents AS cents FROM contracts WHERE organization_id = ? AND archived_at IS NULL AND (valid_to IS NULL OR valid_to >= ?)').all(sample.id, today) as {
    cents: number;
  }[]
).map((r) => r.cents);
const euros = (cents: number) => `${Math.floor(cents / 100).toLocaleString('nl-NL').replace(/\u00a0/g, '.')},${String(cents % 100).padStart(2, '0')}`;
/** The professional section, or any tariff of the sample in euros. */
function costFacts(body: string): string[] {
  const found: string[] = [];
  if (body.includes('data-testid="professional-section"')) found.push('professional section');
  if (/"tariffCents"|\btariffCents\b|"ceilingCents"|"committedCents"/.test(body)) found.push('cost field');
  for (const cents of tariffs) if (new RegExp(`€[\\s\\u00a0]?${euros(cents).replace(/[.,]/g, '\\$&')}(?!\\d)`).test(body)) found.push(`tariff ${cents}`);
  return found;
}

interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
  text: string;
  cache: string | null;
}

/**
 * A request as a browser makes it, the body as sent (identity unless asked). A conditional request
 * carries `Cache-Control: max-age=0` as a browser's does: fetch would otherwise add `no-cache`,
 * which asks for a full answer.
 */
async function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const sent = { 'Accept-Encoding': 'identity', ...(headers['If-None-Match'] ? { 'Cache-Control': 'max-age=0' } : {}), ...headers };
  const response = await fetch(`${origin}${path}`, { method, headers: sent, redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, text: body.toString('utf8'), cache: response.headers.get('X-Page-Cache') };
}

const nonceOfHeader = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
const noncesOfBody = (html: string) => new Set([...html.matchAll(/\snonce="([^"]+)"/g)].map((m) => m[1]));

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${origin}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    body: new URLSearchParams({ email, password: 'sociale-kaart-demo' }).toString(),
  });
  expect(response.status, `sign in as ${email}`).toBe(302);
  return response.headers.get('Set-Cookie')!.split(';')[0]!;
}

beforeAll(async () => {
  buildIfStale(() => undefined);
  const build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  const app = createApp({ build, mode: 'production', logRequests: false, clock, rateLimits: tiersFor({ readsPerMinute: 0, writesPerMinute: 0, signInsPerMinute: 0 }) });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  staffCookie.value = await signIn('medewerker@example.nl');
  citizenCookie.value = await signIn('inwoner@example.nl');
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  db.close();
});

describe('a cached public page', () => {
  it('is rendered once, then served with a strong ETag, and answers 304 to If-None-Match', async () => {
    const first = await get('/zoeken?q=hulp&cache-test=1');
    expect(first.status).toBe(200);
    expect(first.cache).toBe('miss');
    const second = await get('/zoeken?q=hulp&cache-test=1');
    expect(second.status).toBe(200);
    expect(second.cache).toBe('hit');
    expect(second.body.equals(first.body)).toBe(true);
    const etag = second.headers.get('ETag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(second.headers.get('Content-Length')).toBe(String(second.body.length));
    expect(second.headers.get('Vary')).toMatch(/Cookie/);
    expect(second.headers.get('Vary')).toMatch(/Accept-Language/);
    expect(second.headers.get('Vary')).toMatch(/Accept-Encoding/);

    const notModified = await get('/zoeken?q=hulp&cache-test=1', { 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.get('ETag')).toBe(etag);
    const other = await get('/zoeken?q=hulp&cache-test=1', { 'If-None-Match': '"something-else"' });
    expect(other.status).toBe(200);
  });

  it('renders a page once when many visitors ask for it at the same moment', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => get('/zoeken?q=jeugdhulp&samen=1')));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.toString('base64'))).size).toBe(1);
  });

  it('keeps the CSP nonce of the stored HTML in the header, also on 304', async () => {
    const first = await get('/gedragscode');
    const hit = first.cache === 'hit' ? first : await get('/gedragscode');
    expect(hit.cache).toBe('hit');
    const nonce = nonceOfHeader(hit.headers.get('Content-Security-Policy'));
    expect(nonce).toBeTruthy();
    expect(noncesOfBody(hit.text)).toEqual(new Set([nonce]));
    const again = await get('/gedragscode');
    expect(nonceOfHeader(again.headers.get('Content-Security-Policy'))).toBe(nonce);
    const notModified = await get('/gedragscode', { 'If-None-Match': hit.headers.get('ETag')! });
    expect(notModified.status).toBe(304);
    expect(nonceOfHeader(notModified.headers.get('Content-Security-Policy'))).toBe(nonce);
    // A page the cache does not keep still gets a fresh nonce per response.
    const signIn1 = await get('/inloggen');
    const signIn2 = await get('/inloggen');
    expect(nonceOfHeader(signIn1.headers.get('Content-Security-Policy'))).not.toBe(nonceOfHeader(signIn2.headers.get('Content-Security-Policy')));
  });

  it('is compressed once per encoding, with an ETag of its own', async () => {
    await get('/toegankelijkheid');
    const plain = await get('/toegankelijkheid');
    expect(plain.cache).toBe('hit');
    // node:http, which (unlike fetch) hands over the bytes as sent.
    const raw = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      httpGet(`${origin}/toegankelijkheid`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['x-page-cache']).toBe('hit');
    expect(raw.headers.etag).not.toBe(plain.headers.get('ETag'));
    expect(gunzipSync(raw.body).equals(plain.body)).toBe(true);
  });

  it('keeps a page that was rendered compressed (ADR 024) as its bytes and as that variant', async () => {
    const raw = (accept: string) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        httpGet(`${origin}/zoeken?q=vervoer&soort=general`, { headers: { 'Accept-Encoding': accept } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const miss = await raw('gzip');
    expect(miss.headers['x-page-cache']).toBe('miss');
    expect(miss.headers['content-encoding']).toBe('gzip');
    const page = gunzipSync(miss.body);
    const plain = await raw('identity');
    expect(plain.headers['x-page-cache']).toBe('hit');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(page)).toBe(true);
    const zipped = await raw('gzip');
    expect(zipped.headers['x-page-cache']).toBe('hit');
    expect(zipped.body.equals(miss.body)).toBe(true);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const brotli = await raw('br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(page)).toBe(true);
  });

  it('keeps data that the compression middleware compresses on the way out as the bytes the app wrote', async () => {
    const raw = () =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        httpGet(`${origin}/zoeken.data?q=vervoer&soort=general`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const miss = await raw();
    expect(miss.headers['x-page-cache']).toBe('miss');
    expect(miss.headers['content-encoding']).toBe('gzip');
    const hit = await raw();
    expect(hit.headers['x-page-cache']).toBe('hit');
    expect(gunzipSync(hit.body).equals(gunzipSync(miss.body))).toBe(true);
  });

  it('answers HEAD from the cache without a body', async () => {
    await get('/');
    await get('/');
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.cache).toBe('hit');
    expect(head.body.length).toBe(0);
    expect(Number(head.headers.get('Content-Length'))).toBeGreaterThan(1000);
  });

  it('caches the single-fetch data of a page apart from its HTML', async () => {
    const data1 = await get('/zoeken.data?q=begeleiding');
    expect(data1.status).toBe(200);
    const data2 = await get('/zoeken.data?q=begeleiding');
    expect(data2.cache).toBe('hit');
    expect(data2.body.equals(data1.body)).toBe(true);
    expect(data2.headers.get('Content-Type')).toBe(data1.headers.get('Content-Type'));
  });

  it('keeps the languages apart: Accept-Language and the language cookie', async () => {
    const dutch = await get('/zoeken?q=wonen');
    const english = await get('/zoeken?q=wonen', { 'Accept-Language': 'en-GB,en;q=0.9' });
    expect(dutch.text).toContain('<html lang="nl"');
    expect(english.text).toContain('<html lang="en"');
    const byCookie = await get('/zoeken?q=wonen', { Cookie: `${cookieName('taal')}=en`, 'Accept-Language': 'nl' });
    expect(byCookie.cache).toBe('hit');
    expect(byCookie.text).toContain('<html lang="en"');
  });
});

describe('invalidation', () => {
  it('a catalogue edit from another connection makes the provider page and search render again', async () => {
    await get(`/aanbieders/${sample.slug}`);
    expect((await get(`/aanbieders/${sample.slug}`)).cache).toBe('hit');
    await get('/zoeken?q=dagbesteding');
    expect((await get('/zoeken?q=dagbesteding')).cache).toBe('hit');
    const description = `Nieuwe omschrijving ${Date.now()}`;
    db.prepare('UPDATE organizations SET description = ? WHERE id = ?').run(description, sample.id);
    const after = await get(`/aanbieders/${sample.slug}`);
    expect(after.cache).toBe('miss');
    expect(after.text).toContain(description);
    expect((await get('/zoeken?q=dagbesteding')).cache).toBe('miss');
  });

  it('approving a review shows it at once', async () => {
    const pending = db.prepare("SELECT id, organization_id AS organizationId, body FROM reviews WHERE status = 'pending' ORDER BY id LIMIT 1").get() as
      | { id: number; organizationId: string; body: string }
      | undefined;
    expect(pending, 'the seed has a pending review').toBeTruthy();
    const slug = (db.prepare('SELECT slug FROM organizations WHERE id = ?').get(pending!.organizationId) as { slug: string }).slug;
    await get(`/aanbieders/${slug}`);
    const before = await get(`/aanbieders/${slug}`);
    expect(before.cache).toBe('hit');
    // Newest, so it is among the latest reviews the page shows.
    db.prepare("UPDATE reviews SET status = 'published', created_at = ? WHERE id = ?").run(Math.floor(TEST_NOW.getTime() / 1000) - 60, pending!.id);
    const after = await get(`/aanbieders/${slug}`);
    expect(after.cache).toBe('miss');
    expect(after.text).toContain(pending!.body.slice(0, 40).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('the clock ends an entry at the next whole hour at the latest', async () => {
    await get('/toegankelijkheid?klok=1');
    expect((await get('/toegankelijkheid?klok=1')).cache).toBe('hit');
    now = new Date(Math.floor(TEST_NOW.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
    try {
      expect((await get('/toegankelijkheid?klok=1')).cache).toBe('miss');
      expect((await get('/toegankelijkheid?klok=1')).cache).toBe('hit');
      // A clock set back does not reuse a page rendered for a later instant.
      now = new Date(TEST_NOW);
      expect((await get('/toegankelijkheid?klok=1')).cache).toBe('miss');
    } finally {
      now = new Date(TEST_NOW);
    }
  });
});

describe('cost facts and cached responses', () => {
  it('a page warmed by anonymous visitors still gives a professional their own view, never stored', async () => {
    const path = `/aanbieders/${sample.slug}?warm=anonymous`;
    await get(path);
    const anonymous = await get(path);
    expect(anonymous.cache).toBe('hit');
    expect(costFacts(anonymous.text)).toEqual([]);
    const staff = await get(path, { Cookie: staffCookie.value });
    expect(staff.status).toBe(200);
    expect(staff.cache).toBe('bypass');
    expect(staff.headers.get('ETag')).toBeNull();
    expect(staff.headers.get('Cache-Control')).toMatch(/no-store/);
    expect(costFacts(staff.text)).toEqual(expect.arrayContaining(['professional section']));
    expect(costFacts(staff.text).some((fact) => fact.startsWith('tariff'))).toBe(true);
    // And the anonymous entry is unchanged by it.
    const later = await get(path);
    expect(later.cache).toBe('hit');
    expect(later.body.equals(anonymous.body)).toBe(true);
  });

  it('a professional first: the anonymous visitor after them gets a page rendered for them, without cost facts', async () => {
    for (const path of [`/aanbieders/${sample.slug}?first=staff`, `/aanbieders/${sample.slug}.data?first=staff`, '/zoeken?q=begeleiding&first=staff', '/zoeken.data?q=begeleiding&first=staff']) {
      const staff = await get(path, { Cookie: staffCookie.value });
      expect(staff.status, path).toBe(200);
      expect(staff.cache, path).toBe('bypass');
      const anonymous = await get(path);
      expect(anonymous.cache, path).toBe('miss');
      expect(costFacts(anonymous.text), path).toEqual([]);
      const cached = await get(path);
      expect(cached.cache, path).toBe('hit');
      expect(costFacts(cached.text), path).toEqual([]);
    }
  });

  it('the messages of the professional-only parts reach professionals only, never a cached page', async () => {
    // Keys that only the provider page's professionalMessages send (the page's data carries keys by name).
    const professionalKeys = ['insight.general.title', 'v.required', 'form.error.unknown', 'compare.fits.yes', 'flags.national.title'];
    const sentKeys = (text: string) => professionalKeys.filter((key) => text.includes(key));
    for (const path of [`/aanbieders/${sample.slug}?messages=1`, `/aanbieders/${sample.slug}.data?messages=1`]) {
      const first = await get(path);
      expect(first.cache, path).toBe('miss');
      expect(sentKeys(first.text), path).toEqual([]);
      expect(first.text, path).toContain('provider.services');
      const staff = await get(path, { Cookie: staffCookie.value });
      expect(staff.cache, path).toBe('bypass');
      expect(staff.headers.get('Cache-Control'), path).toMatch(/no-store/);
      expect(sentKeys(staff.text), path).toEqual(professionalKeys);
      const cached = await get(path);
      expect(cached.cache, path).toBe('hit');
      expect(sentKeys(cached.text), path).toEqual([]);
      // A resident is rendered no professional parts either.
      expect(sentKeys((await get(path, { Cookie: citizenCookie.value })).text), path).toEqual([]);
    }
  });

  it('any session cookie passes by the cache: a resident, a made-up or an expired one', async () => {
    const path = `/aanbieders/${sample.slug}?sessions=1`;
    await get(path);
    expect((await get(path)).cache).toBe('hit');
    for (const cookie of [citizenCookie.value, `${cookieName('sk_session')}=made-up-token`, `${cookieName('taal')}=nl; ${cookieName('sk_session')}=x`]) {
      const answer = await get(path, { Cookie: cookie });
      expect(answer.cache, cookie).toBe('bypass');
      expect(answer.headers.get('ETag'), cookie).toBeNull();
    }
    const resident = await get(path, { Cookie: citizenCookie.value });
    expect(costFacts(resident.text)).toEqual([]);
  });
});

describe('after a change, while the search index may lag', () => {
  it('an entry lives no longer than five minutes after the generation moved', async () => {
    const app = express();
    let renders = 0;
    app.use(pageCache({ maxBytes: 1 << 20, clock, database: () => db }));
    app.get('/zoeken', (_req, res) => {
      renders += 1;
      res.type('html').send(`<p>${renders}</p>`);
    });
    const bare = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const monotonic = vi.spyOn(performance, 'now');
    try {
      const base = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/zoeken?settle=1`;
      const ask = async () => (await fetch(base)).headers.get('X-Page-Cache');
      // This process sees the generation for the first time now: the index may still lag.
      monotonic.mockReturnValue(1_000_000);
      expect(await ask()).toBe('miss');
      monotonic.mockReturnValue(1_000_000 + 4 * 60_000);
      expect(await ask()).toBe('hit');
      monotonic.mockReturnValue(1_000_000 + 5 * 60_000);
      expect(await ask()).toBe('miss');
      // Rendered after the window: kept (until the clock bound).
      monotonic.mockReturnValue(1_000_000 + 60 * 60_000);
      expect(await ask()).toBe('hit');
      expect(renders).toBe(2);
    } finally {
      monotonic.mockRestore();
      await new Promise((resolve) => bare.close(resolve));
    }
  });
});

describe('the middleware refuses to store', () => {
  it('a response with Set-Cookie, an error, no-store, private or a HEAD, and keeps a plain 200', async () => {
    const app = express();
    const renders = new Map<string, number>();
    app.use(pageCache({ maxBytes: 1 << 20, clock, database: () => db }));
    app.get('/zoeken', (req, res) => {
      const kind = String(req.query.kind);
      renders.set(kind, (renders.get(kind) ?? 0) + 1);
      res.type('html');
      if (kind === 'cookie') res.cookie('x', '1');
      if (kind === 'nostore') res.set('Cache-Control', 'no-store');
      if (kind === 'private') res.set('Cache-Control', 'private');
      if (kind === 'missing') res.status(404);
      if (kind === 'redirect') return res.redirect('/');
      res.send(`<p>${kind} ${'x'.repeat(2000)}</p>`);
    });
    const bare = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const base = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
      for (const kind of ['cookie', 'nostore', 'private', 'missing', 'redirect', 'plain', 'head']) {
        const method = kind === 'head' ? 'HEAD' : 'GET';
        for (let i = 0; i < 3; i++) await fetch(`${base}/zoeken?kind=${kind}`, { method, redirect: 'manual' }).then((r) => r.arrayBuffer());
      }
      expect(Object.fromEntries(renders)).toEqual({ cookie: 3, nostore: 3, private: 3, missing: 3, redirect: 3, plain: 1, head: 3 });
    } finally {
      await new Promise((resolve) => bare.close(resolve));
    }
  });
});
