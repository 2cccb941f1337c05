/**
 * Property: whatever a client sends — generated cookies, headers, paths, query strings and form
 * bodies with sparse indexes, deep nesting, huge values and bad encodings — to any route of the
 * built app, as any role, the answer is below 500 and the process keeps answering. Over real HTTP
 * through the Express server and all its middleware, in production mode. Routes come from the
 * build's route tree, so a new route is covered without touching this file.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { tiersFor } from '../../scripts/security/rate-limit';

type Role = 'anonymous' | 'citizen' | 'provider' | 'staff' | 'contract_manager' | 'admin';
const accounts: Record<Exclude<Role, 'anonymous'>, string> = {
  citizen: 'inwoner@example.nl',
  provider: 'aanbieder@example.nl',
  staff: 'medewerker@example.nl',
  contract_manager: 'contractmanager@example.nl',
  admin: 'beheerder@example.nl',
};
const roles = ['anonymous', ...Object.keys(accounts)] as Role[];

let server: Server;
let origin: string;
let build: ServerBuild;
const cookies = new Map<Role, string>();
const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
const sample = {
  slug: (db.prepare("SELECT slug FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1").get() as { slug: string }).slug,
  organization: (db.prepare("SELECT id FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1").get() as { id: string }).id,
  service: (db.prepare('SELECT id FROM services ORDER BY id LIMIT 1').get() as { id: string }).id,
  review: String((db.prepare("SELECT id FROM reviews WHERE status = 'published' ORDER BY id LIMIT 1").get() as { id: number }).id),
};

/** A plausible value for a route parameter, so the hostile input reaches the loader or action. */
function paramValue(name: string, path: string): string {
  if (name === 'slug') return sample.slug;
  if (name === 'lang') return 'en';
  if (name === 'token') return 'i.1.1999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  if (path.startsWith('ervaringen')) return sample.review;
  if (/diensten|aanbod|services/.test(path)) return sample.service;
  if (/aanbieders|organizations/.test(path)) return sample.organization;
  return '1';
}

/** Every route's URL, from the build's route tree. */
function routeUrls(): string[] {
  const routes = build.routes;
  const fullPath = (id: string): string => {
    const route = routes[id]!;
    return [route.parentId ? fullPath(route.parentId) : '', route.path ?? ''].filter(Boolean).join('/');
  };
  const urls = new Set<string>();
  for (const route of Object.values(routes)) {
    if (route.id === 'root') continue;
    const path = fullPath(route.id);
    const url = `/${path
      .split('/')
      .map((segment) => (segment === '*' ? 'bestaat-niet' : segment.startsWith(':') ? paramValue(segment.slice(1).replace(/\?$/, ''), path) : segment))
      .join('/')}`;
    urls.add(url === '/' ? '/' : url.replace(/\/$/, ''));
  }
  return [...urls].sort();
}

// ---- generators -----------------------------------------------------------------------------

const badEscapes = ['%', '%E0%A4%A', '%zz', '%C0%AF', '%00', '%FF%FE', '%u0041', '%%%'];
const fieldNames = ['email', 'password', 'name', 'intent', 'q', 'postcode', 'code', 'body', 'hours[0].weekday', 'terug', 'version', 'original', 'x'];

const nastyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...badEscapes),
  fc.constantFrom('\u0000', '\ud800', '€', 'č', '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '=cmd|calc', '𝕏'),
  fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'a'.repeat(n)),
);

/** A form or query field name: known names, sparse indexes, deep nesting, odd characters. */
const nastyName = fc.oneof(
  fc.constantFrom(...fieldNames),
  fc.tuple(fc.constantFrom(...fieldNames, 'x', 'a'), fc.integer({ min: 0, max: 2_000_000_000 })).map(([name, index]) => `${name}[${index}]`),
  fc.tuple(fc.constantFrom('a', 'hours', 'email'), fc.integer({ min: 2, max: 20_000 })).map(([name, depth]) => `${name}${'[0]'.repeat(depth)}`),
  fc.tuple(fc.constantFrom('a', 'hours'), fc.integer({ min: 2, max: 5_000 })).map(([name, depth]) => `${name}${'.b'.repeat(depth)}`),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...badEscapes, '__proto__', 'constructor.prototype.x', '[0]', '.a', 'a[]', 'a[-1]'),
);

/** Percent-encoding, or the text as it is when it cannot be encoded (a lone surrogate). */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Raw `name=value&…`: encoded properly, or with the encoding broken on purpose. */
const rawPairs = fc
  .array(fc.tuple(nastyName, nastyText, fc.boolean()), { maxLength: 6 })
  .map((pairs) => pairs.map(([name, value, raw]) => (raw ? `${name}=${value}` : `${encode(name)}=${encode(value)}`)).join('&'));

const cookieHeader = fc
  .array(
    fc.tuple(
      fc.constantFrom('taal', '__Host-taal', 'sk_session', '__Host-sk_session', 'sk_flash', '__Secure-sk_flash', 'sk_keuzelijst_link', 'other', ''),
      fc.oneof(fc.constantFrom(...badEscapes, 'en', 'nl', 'xx', '"quoted"', 'a=b', ' '), fc.stringMatching(/^[\x21-\x7e]{0,60}$/)),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('; '));

const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,80}$/);
const extraHeaders = fc.record(
  {
    'Accept-Language': fc.oneof(headerValue, fc.constantFrom('en', 'nl-NL,nl;q=0.9', '*;q=abc', 'xx-YY;q=2', ';;;,,,')),
    Accept: fc.constantFrom('text/html', 'application/json', '*/*', 'text/x-script', ''),
    'X-Forwarded-For': fc.oneof(headerValue, fc.constantFrom('::1', '256.256.256.256', '1.2.3.4, 5.6.7.8', 'unknown')),
    'X-Forwarded-Host': fc.constantFrom('evil.example', 'kaart.example.nl:443', '%00'),
    Referer: fc.constantFrom('http://evil.example/', 'not a url', '/'),
    'Content-Type': fc.constantFrom(
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=iso-8859-1',
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'text/plain',
      'application/json',
    ),
  },
  { requiredKeys: [] },
);

type PathShape = 'as-is' | 'upper' | 'encoded' | 'slash' | 'data' | 'root-data' | 'nul' | 'junk' | 'dots';
const pathShape = fc.constantFrom<PathShape>('as-is', 'upper', 'encoded', 'slash', 'data', 'root-data', 'nul', 'junk', 'dots');

function shapePath(path: string, shape: PathShape, junk: string): string {
  switch (shape) {
    case 'upper':
      return path.toUpperCase();
    case 'encoded':
      return path.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
    case 'slash':
      return `${path}/`;
    case 'data':
      return path === '/' ? '/_root.data' : `${path}.data`;
    case 'root-data':
      return `${path}?_data=root`;
    case 'nul':
      return `${path}/%00`;
    case 'junk':
      return `${path}/${junk}`;
    case 'dots':
      return `/x/..${path}`;
    default:
      return path;
  }
}

const request = fc.record({
  role: fc.constantFrom(...roles),
  method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'PATCH'),
  shape: pathShape,
  junk: fc.constantFrom(...badEscapes, '..', '%2e%2e', 'bestaat-niet', '%C4%8D', ';x', '%5C'),
  query: rawPairs,
  body: rawPairs,
  multipart: fc.boolean(),
  cookie: cookieHeader,
  headers: extraHeaders,
});

// ---- the property ---------------------------------------------------------------------------

interface Input {
  role: Role;
  method: string;
  query: string;
  body: string;
  multipart: boolean;
  cookie: string;
  headers: Partial<Record<string, string>>;
}

async function send(url: string, input: Input): Promise<number> {
  const session = cookies.get(input.role);
  const cookie = [input.cookie, session].filter(Boolean).join('; ');
  const headers: Record<string, string> = { ...(input.headers as Record<string, string>), ...(cookie ? { Cookie: cookie } : {}) };
  let body: BodyInit | undefined;
  if (!['GET', 'HEAD'].includes(input.method)) {
    if (input.multipart) {
      delete headers['Content-Type'];
      const form = new FormData();
      for (const [name, value] of new URLSearchParams(input.body)) form.append(name, value);
      form.append('bestand', new Blob([input.body]), 'x.csv');
      body = form;
    } else {
      body = input.body;
    }
  }
  const separator = url.includes('?') ? '&' : '?';
  const response = await fetch(`${origin}${url}${input.query ? separator + input.query : ''}`, { method: input.method, headers, body, redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

beforeAll(async () => {
  // Remix warns on legacy `?_data=` requests and logs a loader's errors it answers itself.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  buildIfStale(() => undefined);
  build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  const app = createApp({ build, mode: 'production', logRequests: false, rateLimits: tiersFor({ readsPerMinute: 0, writesPerMinute: 0, signInsPerMinute: 0 }) });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const role of roles) {
    if (role === 'anonymous') continue;
    const response = await fetch(`${origin}/inloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: accounts[role], password: 'sociale-kaart-demo' }).toString(),
    });
    expect(response.status, `sign in as ${role}`).toBe(302);
    cookies.set(role, (response.headers.get('Set-Cookie') ?? '').split(';')[0]!);
  }
}, 120_000);

afterAll(async () => {
  db.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('hostile requests to every route as every role', () => {
  it('every route answers a sparse index, deep nesting and bad cookies below 500, for every role', { timeout: 120_000 }, async () => {
    const urls = routeUrls();
    expect(urls.length).toBeGreaterThan(40);
    const hostileBody = `x[100000000]=1&a${'[0]'.repeat(2_000)}=1&email=%&hours[99999999].weekday=1&terug=/%C4%8D`;
    // Every route as every role; GET and POST take turns over the roles, so each route gets both.
    for (const [u, url] of urls.entries()) {
      for (const [r, role] of roles.entries()) {
        const method = (u + r) % 2 === 0 ? 'GET' : 'POST';
        const status = await send(url, {
          role,
          method,
          query: method === 'GET' ? `x[100000000]=1&q=%&terug=/%C4%8D&a${'[0]'.repeat(200)}=1` : '',
          body: hostileBody,
          multipart: false,
          cookie: 'taal=%; other=%E0%A4%A',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        });
        expect(status, `${method} ${url} as ${role}`).toBeLessThan(500);
      }
    }
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  });

  it('generated requests never get a 5xx, and the process keeps answering', { timeout: 120_000 }, async () => {
    const urls = routeUrls();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...urls), request, async (url, input) => {
        const status = await send(shapePath(url, input.shape, input.junk), input);
        expect(status).toBeLessThan(500);
        if (++sent % 50 === 0) expect((await fetch(`${origin}/healthz`)).status).toBe(200);
      }),
      { numRuns: 250, seed: Number(process.env.FUZZ_SEED ?? 20261203) },
    );
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  });
});
