/**
 * The browser bundle (public/build) is searched for cost data: no seeded tariff, ceiling or
 * committed amount, and none of the server code that could carry them (database columns, the
 * cost models, the session secret, the password hashing). Loaders and `*.server.ts` modules must
 * stay out of it; the classic compiler only keeps them out when they are named `.server`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, projectRoot } from '../../scripts/build-if-stale';
import { routeJavaScript } from '../../scripts/bench/js-size';
import { buildDir, publicFile, readManifest } from '../../scripts/browser-manifest';
import { COMPILE_HINT, markEntryForEagerCompile } from '../../scripts/compile-hints';
import { citizenRoutes } from '../support/citizen-routes';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Text that only server code or cost data would put in a file. */
const serverMarkers = [
  'tariff_cents',
  'ceiling_cents',
  'committed_cents',
  'password_hash',
  'budget_ceilings',
  'staff_findings',
  'audit_log',
  'better-sqlite3',
  'drizzle-orm',
  'SESSION_SECRET',
  'scryptSync',
  'createHmac',
  'getProfessionalFacts',
  'listContractsForProfessional',
  'getCeilingForProfessional',
  'listFindingsForProfessional',
  'ceilingAssessmentsForProfessional',
];

const euros = (cents: number) => `${Math.floor(cents / 100).toLocaleString('nl-NL')},${String(cents % 100).padStart(2, '0')}`;

/** Every finding of the markers and amounts in `text`. */
export function findCostData(text: string, amounts: readonly number[]): string[] {
  const found = serverMarkers.filter((marker) => text.includes(marker));
  for (const cents of amounts) {
    const formatted = euros(cents);
    if (text.includes(`€ ${formatted}`) || text.includes(`€\u00a0${formatted}`) || text.includes(`€\\u00a0${formatted}`)) found.push(`€ ${formatted}`);
    // Short numbers ("100") are everywhere in code; from four digits on a quoted amount is data.
    if (cents >= 1000 && new RegExp(`["'\`]${cents}["'\`]`).test(text)) found.push(`"${cents}"`);
  }
  return found;
}

let amounts: number[] = [];
let bundle: { path: string; text: string }[] = [];

beforeAll(() => {
  buildIfStale(() => undefined);
  const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
  amounts = (
    db.prepare('SELECT tariff_cents AS c FROM contracts UNION SELECT ceiling_cents FROM budget_ceilings UNION SELECT committed_cents FROM budget_ceilings').all() as { c: number }[]
  ).map((r) => r.c);
  db.close();
  bundle = files(buildDir)
    .filter((path) => /\.(js|mjs|css|map|json)$/.test(path))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}, 180_000);

describe('the browser bundle', () => {
  it('exists and holds the provider page and the professional section code', () => {
    expect(bundle.length).toBeGreaterThan(5);
    const all = bundle.map((file) => file.text).join('\n');
    // The section is a component (code and labels); only its data is secret.
    expect(all).toContain('professional-section');
    expect(amounts.length).toBeGreaterThan(500);
  });

  it('contains no cost data and no server code', () => {
    const leaks = bundle.flatMap((file) => findCostData(file.text, amounts).map((finding) => `${file.path.slice(buildDir.length + 1)}: ${finding}`));
    expect(leaks).toEqual([]);
  });

  it('the search would notice a leak', () => {
    expect(findCostData('const t = { tariff_cents: 1 }', [])).toEqual(['tariff_cents']);
    expect(findCostData('x("€\u00a062,50")', [6250])).toEqual(['€ 62,50']);
    expect(findCostData('{"c":"123400"}', [123400])).toEqual(['"123400"']);
    expect(findCostData('f(62,50)', [6250])).toEqual([]);
  });
});

/** 100 kB of gzip-compressed JavaScript per citizen page (issue 12, goal 3). */
const BUDGET = 100_000;

describe('the JavaScript budget of citizen pages', () => {
  it('every citizen page loads at most 100 kB of gzip-compressed JavaScript, forms included', () => {
    const manifest = readManifest();
    const sizes = citizenRoutes.map((id) => ({ id, ...routeJavaScript(manifest, id) }));
    expect(sizes.length).toBe(citizenRoutes.length);
    const over = sizes
      .filter(({ gzipBytes }) => gzipBytes > BUDGET)
      .map(({ id, gzipBytes }) => `${id}: ${(gzipBytes / 1000).toFixed(1)} kB`);
    expect(over).toEqual([]);
  });

  it('citizen forms validate on the server: no citizen page loads zod or conform', () => {
    const manifest = readManifest();
    // zod's type-kind enum and conform's intent field name: in their code, in none of ours.
    const markers = ['ZodFirstPartyTypeKind', '__intent__'];
    const all = readdirSync(join(buildDir, '_shared')).map((file) => readFileSync(join(buildDir, '_shared', file), 'utf8'));
    expect(markers.filter((marker) => all.some((text) => text.includes(marker)))).toEqual(markers);
    for (const id of citizenRoutes) {
      const texts = routeJavaScript(manifest, id).files.map((file) => readFileSync(join(projectRoot, 'public', file), 'utf8'));
      expect(markers.filter((marker) => texts.some((text) => text.includes(marker))), id).toEqual([]);
    }
  });

  it('no citizen page loads the message catalogues: messages come with the page', () => {
    const manifest = readManifest();
    // Dutch and English message texts from features the citizen pages do not show.
    const markers = ['Beheer van de catalogus', 'Catalogue management', 'Good and affordable, but at or near the ceiling'];
    for (const id of citizenRoutes) {
      const texts = routeJavaScript(manifest, id).files.map((file) => readFileSync(join(projectRoot, 'public', file), 'utf8'));
      expect(markers.filter((marker) => texts.some((text) => text.includes(marker))), id).toEqual([]);
    }
  });

  it('no citizen page loads an empty stand-in for a server module it never reads', () => {
    // The classic compiler replaces every `*.server` import with `module.exports = {}` in the
    // browser build; patches/@remix-run+dev+2.17.5.patch marks that stand-in free of side effects,
    // so an import only a loader used is dropped instead of kept as a chunk of its own.
    const manifest = readManifest();
    const standIn = /\b\w+\.exports=\{\}/g;
    const found = new Map<string, number>();
    for (const id of citizenRoutes) {
      for (const file of routeJavaScript(manifest, id).files) {
        const count = readFileSync(join(projectRoot, 'public', file), 'utf8').match(standIn)?.length ?? 0;
        if (count > 0) found.set(file, count);
      }
    }
    // The one left is read on purpose: the provider page's professional-only parts
    // (app/components/professional-only.ts) fall back to lazy imports where it is empty.
    expect([...found]).toEqual([[manifest.routes['routes/aanbieders.$slug']!.module, 1]]);
  });

  it('the size check counts the entry, the root and the route with their imports', () => {
    const manifest = readManifest();
    const search = routeJavaScript(manifest, 'routes/zoeken');
    expect(search.files).toContain(manifest.entry.module);
    expect(search.files).toContain(manifest.routes.root!.module);
    expect(search.files).toContain(manifest.routes['routes/zoeken']!.module);
    expect(search.gzipBytes).toBeGreaterThan(routeJavaScript(manifest, 'routes/$').gzipBytes);
  });
});

describe('compile hints (ADR 030)', () => {
  it("the entry's modules ask for eager compilation on their first line; route modules and the root do not", () => {
    const manifest = readManifest();
    const entry = [manifest.entry.module, ...(manifest.entry.imports ?? [])];
    // React DOM is among them: the module hydration spends its time in.
    expect(entry.some((path) => readFileSync(publicFile(path), 'utf8').includes('react-dom'))).toBe(true);
    for (const path of entry) expect(readFileSync(publicFile(path), 'utf8').startsWith(COMPILE_HINT), path).toBe(true);
    const lazy = [manifest.routes.root!.module, manifest.routes['routes/zoeken']!.module, ...(manifest.routes['routes/zoeken']!.imports ?? []).filter((path) => !entry.includes(path))];
    for (const path of lazy) expect(readFileSync(publicFile(path), 'utf8').includes('allFunctionsCalledOnLoad'), path).toBe(false);
  });

  it('marks a module once, however often it runs', () => {
    expect(markEntryForEagerCompile()).toEqual([]);
    const text = readFileSync(publicFile(readManifest().entry.module), 'utf8');
    expect(text.indexOf(COMPILE_HINT, 1)).toBe(-1);
  });
});
