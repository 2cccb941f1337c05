/**
 * The leak test: every route of the built app (read from the build's route tree, so a new route
 * is covered without touching this file) × every role, over real HTTP through the Express server
 * with its middleware. For each page: the HTML, the single-fetch loader data (`<path>.data`) and
 * the legacy `?_data=` form. Tariffs, ceilings, committed amounts and staff findings must be
 * absent for visitors, residents and providers in every format the app prints (`€ 62,50` with a
 * normal or non-breaking space, `62,50`, `62.50`, `62.5`, `6250`), and present for staff,
 * contract managers and administrators on the provider page. Signed-in responses are no-store.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { defaultTiers } from '../../scripts/security/rate-limit';
import { TEST_NOW } from '../support/paths';
import { fixedClock } from '../../app/domain/clock';
import { decodeCharacterReferences } from '../support/character-references';
import { setLogWriter } from '../../app/lib/log.server';

type Role = 'anonymous' | 'citizen' | 'provider' | 'staff' | 'contract_manager' | 'policy' | 'admin';
const roles: readonly Role[] = ['anonymous', 'citizen', 'provider', 'staff', 'contract_manager', 'policy', 'admin'];
const professionals = new Set<Role>(['staff', 'contract_manager', 'policy', 'admin']);
const accounts: Record<Exclude<Role, 'anonymous'>, string> = {
  citizen: 'inwoner@example.nl',
  provider: 'aanbieder@example.nl',
  staff: 'medewerker@example.nl',
  contract_manager: 'contractmanager@example.nl',
  policy: 'beleid@example.nl',
  admin: 'beheerder@example.nl',
};

let server: Server;
let origin: string;
let build: ServerBuild;
let restoreLogWriter = () => {};
const cookies = new Map<Role, string>();
const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
const year = new Date(TEST_NOW).getUTCFullYear();
const today = new Date(TEST_NOW).toISOString().slice(0, 10);

/** The provider whose numbers we chase: contracts, a reached ceiling this year, findings. */
const sample = db
  .prepare(
    `SELECT o.id, o.slug FROM organizations o JOIN budget_ceilings b ON b.organization_id = o.id AND b.year = ?
     WHERE o.status = 'active' AND b.committed_cents >= b.ceiling_cents
       AND (SELECT count(*) FROM contracts c WHERE c.organization_id = o.id AND c.archived_at IS NULL AND (c.valid_to IS NULL OR c.valid_to >= ?)) >= 2
       AND EXISTS (SELECT 1 FROM staff_findings f WHERE f.organization_id = o.id)
     ORDER BY o.slug LIMIT 1`,
  )
  .get(year, today) as { id: string; slug: string };

const shownTariffs = (
  db
    .prepare(`SELECT DISTINCT tariff_cents AS cents FROM contracts WHERE organization_id = ? AND archived_at IS NULL AND (valid_to IS NULL OR valid_to >= ?)`)
    .all(sample.id, today) as { cents: number }[]
).map((r) => r.cents);
const ceiling = db.prepare('SELECT ceiling_cents, committed_cents FROM budget_ceilings WHERE organization_id = ? AND year = ?').get(sample.id, year) as {
  ceiling_cents: number;
  committed_cents: number;
};
/** Every amount of the sample provider, any year, shown or not. */
const sampleAmounts = [
  ...new Set(
    (
      db
        .prepare('SELECT tariff_cents AS cents FROM contracts WHERE organization_id = ? UNION SELECT ceiling_cents FROM budget_ceilings WHERE organization_id = ? UNION SELECT committed_cents FROM budget_ceilings WHERE organization_id = ?')
        .all(sample.id, sample.id, sample.id) as { cents: number }[]
    ).map((r) => r.cents),
  ),
];
/** Every seeded cost amount, checked everywhere in its euro forms (public amounts excepted). */
const publicAmounts = new Set([2180]);
const allAmounts = (
  db
    .prepare('SELECT tariff_cents AS cents FROM contracts UNION SELECT ceiling_cents FROM budget_ceilings UNION SELECT committed_cents FROM budget_ceilings')
    .all() as { cents: number }[]
)
  .map((r) => r.cents)
  .filter((cents) => !publicAmounts.has(cents) && cents >= 1000);
const findingBodies = (db.prepare('SELECT body FROM staff_findings WHERE organization_id = ?').all(sample.id) as { body: string }[]).map((r) => r.body.slice(0, 60));

const euros = (cents: number) => {
  const whole = Math.floor(cents / 100).toLocaleString('nl-NL').replace(/\u00a0/g, '.');
  return `${whole},${String(cents % 100).padStart(2, '0')}`;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way the app prints an amount: "€ 62,50" (either space), "62,50", "62.50", "62.5", "6250". */
function printedForms(cents: number): RegExp[] {
  const decimal = (cents / 100).toFixed(2);
  const short = String(cents / 100);
  const forms = [
    new RegExp(`€[\\s\\u00a0]?${escape(euros(cents))}(?!\\d)`),
    new RegExp(`(?<![\\d.,])${escape(euros(cents))}(?![\\d])`),
    new RegExp(`(?<![\\d.,])${escape(decimal)}(?![\\d])`),
    // A postcode ("2649 AB") or a record id ("id":2649) is not an amount.
    new RegExp(`(?<![\\w.,€-])(?<!"\\w*[iI]d":)${cents}(?![\\w.,-]|\\s?[A-Z]{2}\\b)`),
  ];
  if (short !== decimal && short.includes('.')) forms.push(new RegExp(`(?<![\\d.,])${escape(short)}(?![\\d])`));
  return forms;
}

const sampleForms = sampleAmounts.map((cents) => ({ cents, forms: printedForms(cents) }));
const globalForms = allAmounts.map((cents) => ({ cents, form: new RegExp(`€[\\s\\u00a0]?${escape(euros(cents))}(?!\\d)`) }));
const costKeys = /"(?:tariffCents|ceilingCents|committedCents|remainingCents|utilisation|tariff_cents|ceiling_cents|committed_cents)"|\btariffCents\b|\bceilingCents\b|\bcommittedCents\b/;

/** Sample values for dynamic segments, by the path they appear in; anything else gets "1". */
function paramValue(name: string, path: string): string {
  if (name === 'slug') return sample.slug;
  if (name === 'lang') return 'nl';
  if (name === 'token') return 'i.1.1999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  if (name === '*') return 'bestaat-niet';
  if (path.startsWith('beheer/gebruikers')) return '1';
  if (path.includes('contracten')) {
    const row = db.prepare('SELECT id FROM contracts WHERE organization_id = ? ORDER BY id LIMIT 1').get(sample.id) as { id: string } | undefined;
    return row?.id ?? '1';
  }
  if (path.includes('locaties') || path.includes('locations')) {
    const row = db.prepare('SELECT id FROM locations WHERE organization_id = ? ORDER BY id LIMIT 1').get(sample.id) as { id: string } | undefined;
    return row?.id ?? '1';
  }
  if (path.includes('taxonom')) return '02';
  if (/services|aanbod|diensten/.test(path)) {
    const row = db.prepare("SELECT id FROM services WHERE organization_id = ? AND kind = 'contracted' ORDER BY id LIMIT 1").get(sample.id) as { id: string } | undefined;
    return row?.id ?? '1';
  }
  if (/organi[sz]ations|organisaties|aanbieders/.test(path)) return sample.id;
  if (path.startsWith('ervaringen')) {
    const row = db.prepare("SELECT id FROM reviews WHERE organization_id = ? AND status = 'published' ORDER BY id LIMIT 1").get(sample.id) as { id: number } | undefined;
    return String(row?.id ?? 1);
  }
  if (path.startsWith('keuzelijst')) {
    const row = db.prepare('SELECT id FROM shortlists WHERE owner_user_id = 2 ORDER BY id LIMIT 1').get() as { id: number } | undefined;
    return String(row?.id ?? 1);
  }
  return '1';
}

interface Target {
  routeId: string;
  url: string;
  resource: boolean;
  hasLoader: boolean;
}

/** The URL of every route in the build, parents' segments included. */
function routeTargets(): Target[] {
  const routes = build.routes;
  const fullPath = (id: string): string => {
    const route = routes[id]!;
    const own = route.path ?? '';
    const parent = route.parentId ? fullPath(route.parentId) : '';
    return [parent, own].filter(Boolean).join('/');
  };
  const targets: Target[] = [];
  for (const route of Object.values(routes)) {
    if (route.id === 'root') continue;
    const module = route.module as { default?: unknown; loader?: unknown };
    if (!module.loader && !module.default) continue;
    const path = fullPath(route.id);
    const url = `/${path
      .split('/')
      .map((segment) => (segment.startsWith(':') ? encodeURIComponent(paramValue(segment.slice(1).replace(/\?$/, ''), path)) : segment === '*' ? paramValue('*', path) : segment))
      .join('/')}`;
    targets.push({ routeId: route.id, url: url === '/' ? '/' : url.replace(/\/$/, ''), resource: !module.default, hasLoader: Boolean(module.loader) });
  }
  return targets.sort((a, b) => a.url.localeCompare(b.url));
}

async function fetchText(url: string, role: Role): Promise<{ status: number; body: string; cacheControl: string | null }> {
  const cookie = cookies.get(role);
  const response = await fetch(`${origin}${url}`, { redirect: 'manual', headers: { ...(cookie ? { Cookie: cookie } : {}), 'Accept-Language': 'nl-NL' } });
  // Character references read as characters: a page may write € as &#8364; (ADR 027).
  return { status: response.status, body: decodeCharacterReferences(await response.text()), cacheControl: response.headers.get('Cache-Control') };
}

function dataUrl(url: string): string {
  const [path, query] = url.split('?');
  const dataPath = path === '/' ? '/_root.data' : `${path}.data`;
  return query ? `${dataPath}?${query}` : dataPath;
}

beforeAll(async () => {
  // Remix reports every legacy `?_data=` request as an error (which the app logs with its stack);
  // this test makes hundreds of them on purpose. Other lines are written as usual.
  const write = setLogWriter((line) => {
    if (!line.includes('should not be making ?_data requests')) write(line);
  });
  restoreLogWriter = () => setLogWriter(write);
  buildIfStale(() => undefined);
  build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  const app = createApp({ build, mode: 'production', logRequests: false, clock: fixedClock(TEST_NOW), rateLimits: defaultTiers.map((tier) => ({ ...tier, limit: 100_000 })) });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const role of roles) {
    if (role === 'anonymous') continue;
    const response = await fetch(`${origin}/inloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
      body: new URLSearchParams({ email: accounts[role], password: 'sociale-kaart-demo' }).toString(),
    });
    expect(response.status, `sign in as ${role}`).toBe(302);
    cookies.set(role, response.headers.get('Set-Cookie')!.split(';')[0]!);
  }
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  db.close();
  restoreLogWriter();
});

describe('the route tree', () => {
  it('is read from the build and holds the pages this feature guards', () => {
    const urls = routeTargets().map((t) => t.url);
    expect(urls).toEqual(expect.arrayContaining(['/', '/zoeken', `/aanbieders/${sample.slug}`, '/inloggen', '/account', '/beheer', '/beheer/gebruikers', '/beheer/gebruikers/1']));
    // Every route module in the build is a target (the root layout aside).
    expect(urls.length).toBe(Object.keys(build.routes).length - 1);
    expect(sampleAmounts.length).toBeGreaterThanOrEqual(4);
    expect(shownTariffs.length).toBeGreaterThanOrEqual(2);
    expect(findingBodies.length).toBeGreaterThan(0);
  });
});

describe('cost facts reach professionals only', () => {
  for (const role of roles) {
    it(`${role}: every route, as HTML, as .data and as ?_data=`, async () => {
      const failures: string[] = [];
      const targets = routeTargets();
      const queue = targets.flatMap((target) =>
        target.resource
          ? [{ target, url: target.url }]
          : [
              { target, url: target.url },
              { target, url: dataUrl(target.url) },
              // The legacy data request names one route's loader; a route without one has no data.
              ...(target.hasLoader ? [{ target, url: `${target.url}?_data=${encodeURIComponent(target.routeId)}` }] : []),
            ],
      );
      let checked = 0;
      const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const { status, body, cacheControl } = await fetchText(job.url, role);
          checked += 1;
          if (status >= 500) failures.push(`${job.url}: status ${status}, so the page could not be checked`);
          if (role !== 'anonymous' && !/no-store/.test(cacheControl ?? '')) failures.push(`${job.url}: signed in but Cache-Control is ${cacheControl}`);
          if (professionals.has(role)) continue;
          for (const { cents, forms } of sampleForms) {
            for (const form of forms) if (form.test(body)) failures.push(`${job.url}: amount ${cents} as ${form}`);
          }
          // Loader data (turbo-stream) and JSON carry numbers as bare values between , [ ] : { }.
          const values = new Set(body.match(/(?<=[[,:])\d+(?=[\],}])/g) ?? []);
          for (const cents of sampleAmounts) if (cents >= 1000 && values.has(String(cents))) failures.push(`${job.url}: amount ${cents} as a bare number`);
          for (const { cents, form } of globalForms) if (form.test(body)) failures.push(`${job.url}: seeded amount ${cents} as ${form}`);
          if (costKeys.test(body)) failures.push(`${job.url}: cost field name ${body.match(costKeys)?.[0]}`);
          for (const finding of findingBodies) if (body.includes(finding)) failures.push(`${job.url}: staff finding "${finding}"`);
        }
      };
      await Promise.all([worker(), worker(), worker()]);
      expect(checked).toBeGreaterThanOrEqual(targets.length);
      expect(failures).toEqual([]);
    }, 180_000);
  }

  for (const role of ['staff', 'contract_manager', 'policy', 'admin'] as const) {
    it(`${role}: the provider page shows the tariffs and the ceiling, in HTML and in loader data`, async () => {
      const page = `/aanbieders/${sample.slug}`;
      const html = (await fetchText(page, role)).body;
      const data = (await fetchText(dataUrl(page), role)).body;
      expect(html).toContain('Voor professionals');
      for (const cents of shownTariffs) {
        expect(html, `tariff ${cents} in HTML`).toContain(`€\u00a0${euros(cents)}`);
        expect(html, `machine-readable tariff ${cents}`).toContain(`<data value="${(cents / 100).toFixed(2)}">`);
        expect(data, `tariff ${cents} in .data`).toMatch(new RegExp(`(?<![\\d])${cents}(?![\\d])`));
      }
      for (const cents of [ceiling.ceiling_cents, ceiling.committed_cents]) {
        expect(html).toContain(`€\u00a0${euros(cents)}`);
        expect(data).toMatch(new RegExp(`(?<![\\d])${cents}(?![\\d])`));
      }
      expect(html).toContain(findingBodies[0]!.slice(0, 40));
      expect(html).toContain('Plafond bereikt');
    });
  }

  it('anonymous: the provider page says only that no new clients are taken through the municipality', async () => {
    const html = (await fetchText(`/aanbieders/${sample.slug}`, 'anonymous')).body;
    expect(html).toContain('Neemt via de gemeente tijdelijk geen nieuwe cliënten aan');
    expect(html).not.toContain('Voor professionals');
  });

  it('anonymous, from the page cache: the public pages after professionals asked for them carry no amounts', async () => {
    // Professionals first, then anonymous twice: the second anonymous answer comes from the cache.
    for (const url of ['/', '/zoeken?q=begeleiding', `/aanbieders/${sample.slug}`]) {
      for (const target of [url, dataUrl(url)]) {
        await fetchText(target, 'staff');
        await fetchText(target, 'admin');
        await fetchText(target, 'anonymous');
        const response = await fetch(`${origin}${target}`, { headers: { 'Accept-Language': 'nl-NL' } });
        const body = decodeCharacterReferences(await response.text());
        expect(response.headers.get('X-Page-Cache'), target).toBe('hit');
        expect(sampleForms.filter(({ forms }) => forms.some((form) => form.test(body))).map((f) => f.cents), target).toEqual([]);
        expect(globalForms.filter(({ form }) => form.test(body)).map((f) => f.cents), target).toEqual([]);
        expect(costKeys.test(body), target).toBe(false);
        for (const finding of findingBodies) expect(body, target).not.toContain(finding);
      }
    }
  });

  it('the checks would notice a leak: they find the amounts on the professional page', async () => {
    const body = (await fetchText(`/aanbieders/${sample.slug}`, 'staff')).body;
    const found = sampleForms.filter(({ forms }) => forms.some((form) => form.test(body)));
    expect(found.length).toBeGreaterThanOrEqual(shownTariffs.length);
    expect(globalForms.some(({ form }) => form.test(body))).toBe(true);
    expect(costKeys.test((await fetchText(dataUrl(`/aanbieders/${sample.slug}`), 'staff')).body)).toBe(true);
    // Also when the page writes its euro signs as character references (markup trees, ADR 027).
    const referenced = body.replaceAll('€', '&#8364;');
    expect(globalForms.some(({ form }) => form.test(referenced))).toBe(false);
    expect(globalForms.some(({ form }) => form.test(decodeCharacterReferences(referenced.replaceAll('&#8364;', '&#x20AC;'))))).toBe(true);
  });
});
