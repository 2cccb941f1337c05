/**
 * Render benchmark: the server time of every public and professional page type, measured by
 * calling the production Remix request handler directly (the `remix build` output with
 * `createRequestHandler` from @remix-run/node; no Express, no network, no middleware). For each
 * page it measures the HTML document and its single-fetch `.data` (every loader of the page plus
 * serialisation), N times each after a warm-up, and prints p50/p95 and the response size.
 *
 *   npm run bench:render                          # a fresh demo database in a temp dir
 *   npx tsx scripts/bench/render.ts --runs 200 --json
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/render.ts --only /zoeken
 *
 * Options: --runs <n> (measured iterations per page, default 100), --warmup <n> (default 20; rounds
 * over every page before any is measured, then as many requests again per page just before it),
 * --only <substring or name> (pages whose path contains it, or whose name it is: --only home), --audience anonymous|professional,
 * --kind html|data (only the documents or only their data; for profiling one of the two), --json,
 * --set cold-search [--top N] (the cold-search bench's 220 search URLs instead, HTML only, listed
 * costliest first: on that bench every connection walks the URL list in step, so a worker's
 * latency is its 25 connections times the cost of the URLs they are at, and p99 is set by the
 * costliest URLs),
 * --first (with --set cold-search: each URL's first request and then its second, after warm-up
 * rounds over the cold-search bench's other URLs only, as that bench warms its server: what a
 * search costs while its answers are not yet known, and where — add --profile <file.cpuprofile>
 * for a CPU profile of the first requests, and `<file>.second.cpuprofile` of the second ones),
 * --against <dir> (a second server build, e.g. `cp -r build .build-before` before a change (inside the project, so it finds node_modules): every request
 * goes to both, alternately, and the table adds that build's CPU p50 — a before/after measured
 * under the same conditions, which a shared machine needs).
 *
 * The machine may be shared: compare runs made under the same conditions (the load average is
 * printed), and prefer CPU profiles for where the time goes. "CPU" is the process's CPU time
 * (user + system, all threads) during the request: less disturbed by other work on the machine
 * than the wall-clock p50/p95.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ServerBuild } from '@remix-run/node';
import { searchUrls, warmUrls } from './cold-search';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '20' },
    only: { type: 'string' },
    audience: { type: 'string' },
    kind: { type: 'string' },
    against: { type: 'string' },
    json: { type: 'boolean', default: false },
    /** `cold-search`: the search URLs of scripts/bench/cold-search.ts instead of the page list, HTML only, the costliest first. */
    set: { type: 'string' },
    top: { type: 'string', default: '25' },
    first: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);

const dir = mkdtempSync(join(tmpdir(), 'sk-render-'));
const databasePath = join(dir, 'sociale-kaart.db');
const SESSION_SECRET = randomBytes(32).toString('base64url');
// The build reads its environment at first use: set it before anything imports app/env.server.
Object.assign(process.env, { NODE_ENV: 'production', DATABASE_PATH: databasePath, SESSION_SECRET, LOG_REQUESTS: 'false' });
delete process.env.PUBLIC_URL;
delete process.env.CLOCK_NOW;

interface Page {
  name: string;
  path: string;
  /** Send the professional's session cookie (or the administrator's, or the policy officer's). */
  professional?: boolean | 'admin' | 'policy';
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** The single-fetch URL of a page's data: /zoeken?q=x → /zoeken.data?q=x, / → /_root.data. */
export function dataUrl(path: string): string {
  const url = new URL(path, 'http://localhost');
  url.pathname = url.pathname === '/' ? '/_root.data' : `${url.pathname.replace(/\/$/, '')}.data`;
  return `${url.pathname}${url.search}`;
}

async function main() {
  const { migrateDatabase, openDatabase } = await import('../../db/client');
  const { seedDatabase, DEMO_PASSWORD } = await import('../../db/seed/index');
  const { hashPassword } = await import('../../app/lib/password.server');
  const { buildIfStale, serverBuildFile } = await import('../build-if-stale');
  const { createRequestHandler } = await import('@remix-run/node');

  console.error(`Seeding a demo database in ${dir} …`);
  const db = openDatabase(databasePath);
  migrateDatabase(db);
  seedDatabase(db, { scale: 'demo', passwordHash: await hashPassword(DEMO_PASSWORD) });
  const sqlite = db.$client;
  const slug = sqlite.prepare("SELECT o.slug FROM organizations o JOIN services s ON s.organization_id = o.id JOIN contracts c ON c.organization_id = o.id WHERE o.status = 'active' GROUP BY o.id ORDER BY count(DISTINCT s.id) DESC LIMIT 1").pluck().get() as string;
  const product = sqlite.prepare('SELECT product_code FROM contracts ORDER BY product_code LIMIT 1').pluck().get() as string;
  const district = sqlite.prepare('SELECT slug FROM districts ORDER BY slug LIMIT 1').pluck().get() as string | undefined;
  const pc4 = sqlite.prepare('SELECT pc4 FROM postcode_centroids ORDER BY pc4 LIMIT 1').pluck().get() as string;
  const staff = sqlite.prepare("SELECT id FROM users WHERE role = 'staff' ORDER BY id LIMIT 1").pluck().get() as number;
  const now = Math.floor(Date.now() / 1000);
  /** A session of the first user with `role`, as its cookie. */
  const sessionCookie = (role: string): string => {
    const user = sqlite.prepare('SELECT id FROM users WHERE role = ? ORDER BY id LIMIT 1').pluck().get(role) as number;
    const token = randomBytes(32).toString('base64url');
    sqlite
      .prepare('INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(createHmac('sha256', SESSION_SECRET).update(token).digest('base64url'), user, now, now, now + 24 * 3600);
    return `__Host-sk_session=${token}`;
  };
  const staffCookie = sessionCookie('staff');
  // Staff pages (issue 12): an administrator's session for beheer/inzicht, and a shortlist of 8 items for the staff member.
  const adminCookie = sessionCookie('admin');
  // The insight pages as their own users see them: a policy officer sees every section.
  const policyCookie = sessionCookie('policy');
  const list = Number(sqlite.prepare('INSERT INTO shortlists (owner_user_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(staff, 'Bench', now, now).lastInsertRowid);
  sqlite.prepare("INSERT INTO shortlist_items (shortlist_id, organization_id, service_id, position, created_at) SELECT ?, s.organization_id, s.id, row_number() OVER (), ? FROM services s WHERE s.status = 'active' ORDER BY s.id LIMIT 8").run(list, now);
  const organization = sqlite.prepare("SELECT id FROM organizations WHERE slug = ?").pluck().get(slug) as string;
  const districtSlugs = sqlite.prepare('SELECT slug FROM districts ORDER BY slug').pluck().all() as string[];
  const pc4s = sqlite.prepare('SELECT DISTINCT substr(postal_code, 1, 4) FROM locations ORDER BY 1').pluck().all() as string[];
  sqlite.close();

  buildIfStale(() => undefined);
  const build = (await import(pathToFileURL(serverBuildFile).href)) as ServerBuild;
  const handler = createRequestHandler(build, 'production');
  const againstBuild = values.against ? ((await import(pathToFileURL(join(values.against, 'index.js')).href)) as ServerBuild) : undefined;
  const against = againstBuild ? createRequestHandler(againstBuild, 'production') : undefined;

  const pages: Page[] = [
    { name: 'home', path: '/' },
    { name: 'search (empty)', path: '/zoeken' },
    { name: 'search word', path: '/zoeken?q=begeleiding' },
    { name: 'search typo', path: '/zoeken?q=dagbsteding' },
    { name: 'search prefix+facets', path: `/zoeken?q=hul&soort=general&wachttijd=4${district ? `&wijk=${district}` : ''}` },
    { name: 'search postcode+sort', path: `/zoeken?q=hulp&postcode=${pc4}&sortering=afstand` },
    { name: 'search page 2', path: '/zoeken?q=zorg&pagina=2' },
    { name: 'search no results', path: '/zoeken?q=xyzzyqwv' },
    { name: 'search professional', path: '/zoeken?q=begeleiding', professional: true },
    { name: 'provider', path: `/aanbieders/${slug}` },
    { name: 'provider professional', path: `/aanbieders/${slug}`, professional: true },
    { name: 'provider reviews', path: `/aanbieders/${slug}/ervaringen` },
    { name: 'accessibility', path: '/toegankelijkheid' },
    { name: 'code of conduct', path: '/gedragscode' },
    { name: 'compare (staff)', path: `/vergelijken?product=${encodeURIComponent(product)}&aantal=10&duur=26`, professional: true },
    { name: 'shortlists (staff)', path: '/keuzelijst', professional: true },
    { name: 'shortlist (staff)', path: `/keuzelijst/${list}`, professional: true },
    { name: 'admin home', path: '/beheer', professional: 'admin' as const },
    { name: 'admin providers', path: '/beheer/aanbieders', professional: 'admin' as const },
    { name: 'admin provider', path: `/beheer/aanbieders/${organization}`, professional: 'admin' as const },
    { name: 'admin ceilings', path: '/beheer/plafonds', professional: 'admin' as const },
    { name: 'insight', path: '/inzicht', professional: 'admin' as const },
    { name: 'insight (policy)', path: '/inzicht', professional: 'policy' as const },
    { name: 'insight needs (policy)', path: '/inzicht/behoeften', professional: 'policy' as const },
    { name: 'insight value map (policy)', path: '/inzicht/waardekaart', professional: 'policy' as const },
    { name: 'insight choices (policy)', path: '/inzicht/ingezet', professional: 'policy' as const },
    { name: 'insight no fitting offer (policy)', path: '/inzicht/geen-passend-aanbod', professional: 'policy' as const },
    { name: 'insight team meeting (policy)', path: '/inzicht/teamoverleg', professional: 'policy' as const },
    { name: 'sign in', path: '/inloggen' },
    { name: 'healthz', path: '/healthz' },
  ]
    .filter((page) => values.set !== 'cold-search')
    .concat(values.set === 'cold-search' ? searchUrls({ districts: districtSlugs, pc4s }).map((path) => ({ name: 'cold search', path })) : [])
    .filter((page) => !values.only || page.path.includes(values.only) || page.name === values.only)
    .filter((page) => !values.audience || (values.audience === 'professional') === Boolean(page.professional));

  async function once(path: string, professional: boolean | 'admin' | 'policy', use = handler, routes = build.routes): Promise<{ ms: number; cpuMs: number; status: number; bytes: number }> {
    const headers = new Headers({ 'Accept-Language': 'nl', 'User-Agent': 'render-bench' });
    if (professional) headers.set('Cookie', professional === 'admin' ? adminCookie : professional === 'policy' ? policyCookie : staffCookie);
    const request = new Request(`http://localhost${path}`, { headers });
    // A turn of the event loop first, as a server has between requests: V8 runs the cleanups of
    // FinalizationRegistry (undici registers every copied Request) as tasks of the loop. Awaiting
    // one request after the other without a turn, they never ran: about 2 kB per request stayed in
    // the heap (38 → 121 MB over 40,000 /healthz requests) and the GC figures measured that.
    await new Promise((resolve) => setImmediate(resolve));
    const cpu = process.cpuUsage();
    const started = performance.now();
    const response = await use(request, { clientIp: '127.0.0.1', cspNonce: 'bench-nonce', now: new Date(), routes });
    const body = await response.arrayBuffer();
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000, status: response.status, bytes: body.byteLength };
  }

  if (values.first) {
    if (values.set !== 'cold-search') throw new Error('--first needs --set cold-search');
    return firstRequests(pages.map((page) => page.path), warmUrls({ districts: districtSlugs, pc4s }, searchUrls({ districts: districtSlugs, pc4s })), once);
  }

  // Every page once per warm-up round before any is measured: V8 compiles hot code on a background
  // thread whose CPU time process.cpuUsage counts, so without this the pages measured first would
  // carry the compilation of every page's code in their CPU figures.
  const variantsOf = (page: Page) =>
    (page.path === '/healthz' || values.set ? [['html', page.path]] : [['html', page.path], ['data', dataUrl(page.path)]]).filter(([kind]) => !values.kind || kind === values.kind) as ['html' | 'data', string][];
  for (let round = 0; round < warmup; round++) {
    for (const page of pages) {
      for (const [, path] of variantsOf(page)) {
        await once(path, page.professional ?? false);
        if (against) await once(path, page.professional ?? false, against, againstBuild?.routes);
      }
    }
  }
  const load1 = loadavg()[0]!;
  const rows: { name: string; path: string; kind: 'html' | 'data'; status: number; bytes: number; p50: number; p95: number; cpuP50: number; againstCpuP50?: number; againstBytes?: number }[] = [];
  for (const page of pages) {
    for (const [kind, path] of variantsOf(page)) {
      let last = { ms: 0, cpuMs: 0, status: 0, bytes: 0 };
      let other = { ms: 0, cpuMs: 0, status: 0, bytes: 0 };
      const viaAgainst = () => once(path, page.professional ?? false, against, againstBuild?.routes);
      for (let i = 0; i < warmup; i++) {
        last = await once(path, page.professional ?? false);
        if (against) await viaAgainst();
      }
      const ms: number[] = [];
      const cpuMs: number[] = [];
      const againstCpuMs: number[] = [];
      for (let i = 0; i < runs; i++) {
        last = await once(path, page.professional ?? false);
        ms.push(last.ms);
        cpuMs.push(last.cpuMs);
        if (against) {
          other = await viaAgainst();
          againstCpuMs.push(other.cpuMs);
        }
      }
      ms.sort((a, b) => a - b);
      cpuMs.sort((a, b) => a - b);
      againstCpuMs.sort((a, b) => a - b);
      rows.push({
        name: page.name,
        path,
        kind,
        status: last.status,
        bytes: last.bytes,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        cpuP50: percentile(cpuMs, 50),
        ...(against ? { againstCpuP50: percentile(againstCpuMs, 50), againstBytes: other.bytes } : {}),
      });
    }
  }
  const load2 = loadavg()[0]!;
  rmSync(dir, { recursive: true, force: true });

  const summary = { runs, warmup, node: process.version, cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, loadAverage: [load1, load2], rows };
  if (values.json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  console.log(`\n${runs} runs per page after ${warmup} warm-up rounds over every page and ${warmup} more per page; ${summary.cpus}; load average ${load1.toFixed(2)} → ${load2.toFixed(2)}; Node ${process.version}`);
  const vs = against ? ` | kB (${values.against}) | CPU p50 ms (${values.against}) |` : ' |';
  console.log(`| page | request | status | kB | p50 ms | p95 ms | CPU p50 ms${vs}`);
  console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---:${against ? ' | ---: | ---: |' : ' |'}`);
  if (values.set) {
    const cpu = rows.map((row) => row.cpuP50).sort((a, b) => a - b);
    console.log(`${rows.length} URLs; CPU p50 per URL: median ${percentile(cpu, 50).toFixed(2)} ms, p90 ${percentile(cpu, 90).toFixed(2)} ms, max ${percentile(cpu, 100).toFixed(2)} ms; the ${values.top} costliest:`);
    rows.sort((a, b) => b.cpuP50 - a.cpuP50).splice(Number(values.top));
  }
  for (const row of rows) {
    const versus = against ? ` | ${((row.againstBytes ?? 0) / 1024).toFixed(1)} | ${(row.againstCpuP50 ?? 0).toFixed(2)} |` : ' |';
    console.log(`| ${row.name} | \`${row.path}\` | ${row.status} | ${(row.bytes / 1024).toFixed(1)} | ${row.p50.toFixed(2)} | ${row.p95.toFixed(2)} | ${row.cpuP50.toFixed(2)}${versus}`);
  }
  if (rows.length === 0) return console.log("no page matched");
  const worst = rows.reduce((a, b) => (b.p50 > a.p50 ? b : a));
  console.log(`worst p50: ${worst.p50.toFixed(2)} ms (${worst.name}, ${worst.kind})`);
}

/**
 * --first: the warm-up URLs `warmup` times, then every measured URL once in list order (its first
 * request: nothing about its words or filters known yet), then every URL once more (its second).
 */
async function firstRequests(
  measured: string[],
  warm: string[],
  once: (path: string, professional: boolean) => Promise<{ cpuMs: number; status: number }>,
) {
  for (let round = 0; round < warmup; round++) for (const path of warm) await once(path, false);
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  /** One pass over the measured URLs, CPU-profiled into `file` when --profile is given. */
  const pass = async (file: string | undefined) => {
    const session = file ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    }
    const cpuMs: number[] = [];
    for (const path of measured) cpuMs.push((await once(path, false)).cpuMs);
    if (session && file) {
      writeFileSync(file, JSON.stringify((await session.post('Profiler.stop')).profile));
      session.disconnect();
    }
    return cpuMs;
  };
  const load1 = loadavg()[0]!;
  const first = await pass(values.profile);
  const second = await pass(values.profile?.replace(/(\.cpuprofile)?$/, '.second.cpuprofile'));
  const load2 = loadavg()[0]!;
  rmSync(dir, { recursive: true, force: true });
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const extra = measured.map((path, i) => ({ path, first: first[i]!, second: second[i]! })).sort((a, b) => b.first - b.second - (a.first - a.second));
  if (values.json) {
    const figures = (list: number[]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), max: percentile(sorted, 100), sum: sum(list) };
    };
    console.log(JSON.stringify({ warmup, warmUrls: warm.length, loadAverage: [load1, load2], first: figures(first), second: figures(second), urls: extra }, null, 2));
    return;
  }
  const line = (name: string, list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return `| ${name} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 90).toFixed(2)} | ${percentile(sorted, 100).toFixed(2)} | ${sum(list).toFixed(0)} |`;
  };
  console.log(`\n${measured.length} URLs after ${warmup} rounds over ${warm.length} others; ${cpus().length} × ${cpus()[0]?.model ?? '?'}; load average ${load1.toFixed(2)} → ${load2.toFixed(2)}; Node ${process.version}`);
  console.log('| request | CPU p50 ms | p90 ms | max ms | sum ms |\n| --- | ---: | ---: | ---: | ---: |');
  console.log(line('first', first));
  console.log(line('second', second));
  console.log(`\nthe ${values.top} with the largest first-minus-second CPU:\n| URL | first ms | second ms |\n| --- | ---: | ---: |`);
  for (const row of extra.slice(0, Number(values.top))) console.log(`| \`${row.path}\` | ${row.first.toFixed(2)} | ${row.second.toFixed(2)} |`);
}

main().catch((error) => {
  console.error(error);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
