/**
 * Issue 10's findings, each reproduced against the built app over real HTTP, through the Express
 * server with all its middleware, in production mode: hostile form bodies, oversized bodies,
 * forged Host headers, malformed cookies and URLs, odd methods, rate limits by spelling, and the
 * secure defaults (Secure `__Host-` cookies, HSTS, no stack traces, the demo banner).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Production mode for the app modules (cookies, links); set before any of them reads the environment.
vi.hoisted(() => {
  process.env.NODE_ENV = 'production';
  process.env.PUBLIC_URL = 'https://kaart.example.nl';
});

import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { tiersFor } from '../../scripts/security/rate-limit';
import { FORM_BODY_LIMIT } from '../../scripts/security/body-limit';
import { action as signInAction } from '../../app/routes/inloggen';
import { call, postArgs } from '../support/remix-calls';

const PASSWORD = 'sociale-kaart-demo';
let build: ServerBuild;
const servers: Server[] = [];
let origin: string;
const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
const slug = (db.prepare("SELECT slug FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1").get() as { slug: string }).slug;

async function serve(options: Partial<Parameters<typeof createApp>[0]> = {}): Promise<string> {
  const app = createApp({ build, mode: 'production', logRequests: false, rateLimits: tiersFor({ readsPerMinute: 0, writesPerMinute: 0, signInsPerMinute: 0 }), ...options });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
const deep = `a${'[0]'.repeat(20_000)}=1`;
const stackTrace = /\bat [\w.<>]+ \(|node_modules|\/work\/|file:\/\/|\.tsx?:\d+/;

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...form, Origin: base },
    body: new URLSearchParams({ email, password: PASSWORD }).toString(),
  });
  expect(response.status).toBe(302);
  const cookie = response.headers.get('Set-Cookie') ?? '';
  return cookie.split(';')[0]!;
}

beforeAll(async () => {
  buildIfStale(() => undefined);
  build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  origin = await serve();
}, 120_000);

afterAll(async () => {
  db.close();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('finding 1: hostile form bodies', () => {
  const publicForms = ['/inloggen', '/registreren', '/wachtwoord-vergeten', `/aanbieders/${slug}/fout-melden`, `/aanbieders/${slug}/ervaring-schrijven`];

  it('drops field names the schema does not know before conform parses, so a reply never echoes them', async () => {
    const result = await call(() => signInAction(postArgs('/inloggen', { email: 'x@example.nl', password: 'wrong-password-1', 'x[100000000]': '1', 'email.a[5]': 'y' }) as never));
    expect(result.status).toBe(400);
    const reply = result.data as { initialValue?: Record<string, unknown> };
    expect(Object.keys(reply.initialValue ?? {}).sort()).toEqual(['email']);
    expect(JSON.stringify(result.data).length).toBeLessThan(2_000);
  });

  it.each(publicForms)('answers a sparse index and 20,000-deep nesting on %s with a small page, not a crash', async (path) => {
    for (const body of ['x[100000000]=1', `email${'[99999999]'.repeat(3)}=1`, deep]) {
      const response = await fetch(`${origin}${path}`, { method: 'POST', redirect: 'manual', headers: form, body });
      const text = await response.text();
      expect(response.status, `${path} ${body.slice(0, 30)}`).toBeLessThan(500);
      expect(text.length).toBeLessThan(300_000);
      expect(text).not.toMatch(stackTrace);
    }
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  });

  it('answers a huge sparse index in the query of the GET form as well', async () => {
    const staff = await signIn(origin, 'medewerker@example.nl');
    const response = await fetch(`${origin}/vergelijken?postcode[100000000]=1&product=${deep.slice(0, 2000)}`, { headers: { Cookie: staff } });
    expect(response.status).toBeLessThan(500);
  });
});

describe('finding 2: body-size limit', () => {
  it('refuses a 100 MB body before reading it, with a readable page', async () => {
    const url = new URL(`${origin}/aanbieders/${slug}/fout-melden`);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...form, 'Content-Length': String(100 * 1024 * 1024), 'Accept-Language': 'en' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // Only the first kilobyte is ever sent: the answer must come without the rest.
      req.write('message=' + 'a'.repeat(1024));
    });
    expect(status).toBe(413);
    expect(body).toContain('Too much data');
  });

  it('refuses a form just over the limit and a body without a length', async () => {
    const over = await fetch(`${origin}/inloggen`, { method: 'POST', headers: { ...form, 'Accept-Language': 'nl' }, body: `email=${'a'.repeat(FORM_BODY_LIMIT)}` });
    expect(over.status).toBe(413);
    expect(await over.text()).toContain('Te veel gegevens');
    const chunked = await fetch(`${origin}/inloggen`, {
      method: 'POST',
      headers: form,
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('email=a'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });

  it('lets a larger CSV upload through to the import page only', async () => {
    const multipart = (size: number) => {
      const data = new FormData();
      data.append('file', new Blob(['a'.repeat(size)], { type: 'text/csv' }), 'import.csv');
      return data;
    };
    // Not signed in: the import page sends the visitor to sign in, but the body was allowed.
    expect((await fetch(`${origin}/beheer/import`, { method: 'POST', redirect: 'manual', body: multipart(1024 * 1024) })).status).not.toBe(413);
    expect((await fetch(`${origin}/inloggen`, { method: 'POST', redirect: 'manual', body: multipart(1024 * 1024) })).status).toBe(413);
  });
});

describe('finding 3: links in e-mails come from PUBLIC_URL only', () => {
  it('ignores a forged Host and X-Forwarded-Host for a password-reset link', async () => {
    const outbox = join(process.env.DATABASE_PATH!, '..', 'outbox');
    // New files, not new mtimes: the file system keeps the real time even when the tests' clock is moved (faketime).
    const before = new Set(existsSync(outbox) ? readdirSync(outbox) : []);
    const response = await fetch(`${origin}/wachtwoord-vergeten`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...form, Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' },
      body: new URLSearchParams({ email: 'inwoner@example.nl' }).toString(),
    });
    expect(response.status).toBe(302);
    let mail: string | undefined;
    for (let attempt = 0; attempt < 50 && !mail; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      mail = (existsSync(outbox) ? readdirSync(outbox) : [])
        .filter((name) => !before.has(name))
        .map((name) => join(outbox, name))
        .map((file) => readFileSync(file, 'utf8'))
        .find((text) => text.includes('inwoner@example.nl') && text.includes('wachtwoord-herstellen'));
    }
    expect(mail).toBeDefined();
    expect(mail).toContain('https://kaart.example.nl/wachtwoord-herstellen/');
    expect(mail).not.toContain('evil.example');
  });
});

describe('finding 4: malformed cookies, URLs and methods', () => {
  it('reads cookies with bad %-escapes without failing, also next to a session', async () => {
    for (const cookie of ['taal=%', 'taal=%E0%A4%A', 'other=%; x=%zz', '__Host-taal=%', '=%;;;', 'taal']) {
      for (const path of ['/', '/zoeken', '/api/v1/search?q=zorg', `/aanbieders/${slug}`]) {
        const response = await fetch(`${origin}${path}`, { headers: { Cookie: cookie } });
        expect(response.status, `${path} with ${cookie}`).toBe(200);
      }
    }
    const session = await signIn(origin, 'beheerder@example.nl');
    const response = await fetch(`${origin}/account`, { redirect: 'manual', headers: { Cookie: `taal=%; ${session}; other=%E0%A4%A` } });
    expect(response.status).toBe(200);
  });

  it('answers odd URLs without a 500', async () => {
    const language = await fetch(`${origin}/taal/en?terug=/%C4%8D`, { redirect: 'manual' });
    expect(language.status).toBe(302);
    expect(language.headers.get('Location')).toBe('/%C4%8D');
    for (const path of ['/%00', '/%C0%AF', '/%', '/aanbieders/%00', '/zoeken?q=%00', '/zoeken?q=%', '/taal/en?terug=//evil.example']) {
      const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBeLessThan(500);
    }
  });

  it('answers TRACE, OPTIONS and invented methods with 405 or 501, without a stack trace', async () => {
    for (const [method, status] of [
      ['TRACE', 405],
      ['OPTIONS', 405],
      ['PROPFIND', 501],
      ['MKCOL', 501],
    ] as const) {
      for (const mode of ['production', 'development'] as const) {
        const base = mode === 'production' ? origin : await serve({ mode });
        const response = await new Promise<{ status: number; body: string; allow: string | undefined }>((resolve, reject) => {
          const url = new URL(`${base}/zoeken`);
          const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method }, (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, allow: res.headers.allow }));
          });
          req.on('error', reject);
          req.end();
        });
        expect(response.status, `${method} in ${mode}`).toBe(status);
        expect(response.allow).toContain('GET');
        expect(response.body).not.toMatch(stackTrace);
      }
    }
  });
});

describe('finding 5: secure defaults', () => {
  it('sets Secure __Host- cookies and HSTS in production', async () => {
    const session = await signIn(origin, 'inwoner@example.nl');
    expect(session).toMatch(/^__Host-sk_session=/);
    const signIn2 = await fetch(`${origin}/inloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...form, Origin: origin },
      body: new URLSearchParams({ email: 'inwoner@example.nl', password: PASSWORD }).toString(),
    });
    expect(signIn2.headers.get('Set-Cookie')).toMatch(/^__Host-sk_session=[^;]+;.*Path=\/.*HttpOnly.*Secure/);
    const language = await fetch(`${origin}/taal/en`, { redirect: 'manual' });
    expect(language.headers.get('Set-Cookie')).toMatch(/^__Host-taal=en;.*Secure/);
    // The language cookie is read back under its prefixed name.
    expect(await (await fetch(`${origin}/`, { headers: { Cookie: '__Host-taal=en' } })).text()).toContain('lang="en"');
    expect((await fetch(`${origin}/`)).headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    const development = await serve({ mode: 'development' });
    expect((await fetch(`${development}/`)).headers.get('Strict-Transport-Security')).toBeNull();
  });

  it('sets the security headers through helmet with the CSP nonce', async () => {
    const response = await fetch(`${origin}/`);
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('X-Powered-By')).toBeNull();
  });

  it('shows the demo banner on every page of a demo database', async () => {
    for (const path of ['/', '/zoeken', `/aanbieders/${slug}`, '/inloggen', '/bestaat-niet']) {
      const text = await (await fetch(`${origin}${path}`, { headers: { 'Accept-Language': 'nl' } })).text();
      expect(text, path).toContain('data-testid="demo-banner"');
      expect(text, path).toContain('Demo met verzonnen gegevens');
    }
    const english = await (await fetch(`${origin}/`, { headers: { 'Accept-Language': 'en' } })).text();
    expect(english).toContain('Demo with made-up data');
  });
});

describe('finding 7 and the rate limits', () => {
  it('counts /INLOGGEN and /%69nloggen as signing in', async () => {
    const base = await serve({ rateLimits: tiersFor({ readsPerMinute: 0, writesPerMinute: 0, signInsPerMinute: 3 }) });
    const post = (path: string) => fetch(`${base}${path}`, { method: 'POST', redirect: 'manual', headers: form, body: 'email=a%40example.nl&password=wrong-password-1' });
    for (const path of ['/inloggen', '/INLOGGEN', '/%69nloggen']) expect((await post(path)).status, path).not.toBe(429);
    for (const path of ['/inloggen', '/INLOGGEN', '/%69nloggen', '/Inloggen/', '/inloggen.data']) {
      const response = await post(path);
      expect(response.status, path).toBe(429);
      expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
    }
  });

  it('counts a signed-in visitor per session and others per address', async () => {
    const base = await serve({ rateLimits: tiersFor({ readsPerMinute: 4, writesPerMinute: 0, signInsPerMinute: 0 }) });
    const session = await signIn(base, 'medewerker@example.nl');
    for (let i = 0; i < 4; i++) expect((await fetch(`${base}/gedragscode`)).status).toBe(200);
    expect((await fetch(`${base}/gedragscode`)).status).toBe(429);
    // Same address, but signed in: a count of its own.
    expect((await fetch(`${base}/gedragscode`, { headers: { Cookie: session } })).status).toBe(200);
    // An invented session cookie does not buy a fresh count.
    expect((await fetch(`${base}/gedragscode`, { headers: { Cookie: '__Host-sk_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } })).status).toBe(429);
  });
});
