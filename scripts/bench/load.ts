/**
 * Load benchmark: the production server (scripts/start.ts, NODE_ENV=production) on a fresh demo
 * database, with mixed traffic from N connections for S seconds:
 *
 *   search     anonymous search pages (/zoeken?q=…)
 *   provider   anonymous provider pages (/aanbieders/:slug)
 *   compare    signed-in access-team staff comparing tariffs (/vergelijken?product=…)
 *   review     residents posting a review (each resident a provider once; distinct addresses)
 *   edit       a contract manager opening a service's edit form and saving a changed waiting time
 *
 * Reports requests, throughput, p50/p99/max per kind, and every error and 5xx (the goal: none).
 * The rate limits are lifted through their variables (RATE_LIMIT_*_PER_MINUTE=0); each simulated
 * client also has its own address (X-Forwarded-For from loopback, which the server trusts), as on
 * a real site.
 *
 *   npx tsx scripts/bench/load.ts [--seconds 60] [--connections 50] [--json]
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { migrateDatabase, openDatabase } from '../../db/client';
import { seedDatabase, DEMO_PASSWORD } from '../../db/seed/index';
import { hashPassword } from '../../app/lib/password.server';
import { reviewDimensions } from '../../app/domain/enums';
import { buildIfStale } from '../build-if-stale';
import { startBenchServer } from './server';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const SESSION_SECRET = randomBytes(32).toString('base64url');
const COOKIE = '__Host-sk_session';

type Kind = 'search' | 'provider' | 'compare' | 'review' | 'edit';
const weights: [Kind, number][] = [
  ['search', 35],
  ['provider', 30],
  ['compare', 15],
  ['review', 12],
  ['edit', 8],
];

// -------------------------------------------------------------------------------------------
// The database: a fresh demo municipality plus residents and sessions for the traffic
// -------------------------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'sk-load-'));
const databasePath = join(dir, 'sociale-kaart.db');

function session(db: Database.Database, userId: number): string {
  const token = randomBytes(32).toString('base64url');
  const id = createHmac('sha256', SESSION_SECRET).update(token).digest('base64url');
  const now = Math.floor(Date.now() / 1000);
  db.prepare('INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(id, userId, now, now, now + 6 * 3600);
  return `${COOKIE}=${token}`;
}

async function prepare() {
  const db = openDatabase(databasePath);
  migrateDatabase(db);
  seedDatabase(db, { scale: 'demo', passwordHash: await hashPassword(DEMO_PASSWORD) });
  const sqlite = db.$client;
  const organizations = sqlite.prepare("SELECT id, slug FROM organizations WHERE status = 'active' ORDER BY slug").all() as { id: string; slug: string }[];
  const services = sqlite.prepare("SELECT id FROM services WHERE status = 'active' ORDER BY id").pluck().all() as string[];
  const staff = sqlite.prepare("SELECT id FROM users WHERE role = 'staff' ORDER BY id LIMIT 1").pluck().get() as number;
  const manager = sqlite.prepare("SELECT id FROM users WHERE role = 'contract_manager' ORDER BY id LIMIT 1").pluck().get() as number;
  const products = sqlite.prepare("SELECT DISTINCT product_code FROM contracts ORDER BY product_code").pluck().all() as string[];
  // Residents: each writes about up to five providers (the daily limit per account).
  const residents = 1200;
  const insert = sqlite.prepare("INSERT INTO users (email, name, role) VALUES (?, ?, 'citizen')");
  const reviews: { cookie: string; slug: string; ip: string }[] = [];
  sqlite.transaction(() => {
    for (let r = 0; r < residents; r++) {
      const id = Number(insert.run(`load-${r}@example.nl`, `Inwoner ${r}`).lastInsertRowid);
      const cookie = session(sqlite, id);
      for (let k = 0; k < 5; k++) {
        const org = organizations[(r * 5 + k) % organizations.length]!;
        const n = reviews.length;
        reviews.push({ cookie, slug: org.slug, ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` });
      }
    }
  })();
  // One review per resident per provider: shuffle so concurrent posts hit different providers.
  reviews.sort(() => Math.random() - 0.5);
  const dedupe = new Set<string>();
  const reviewQueue = reviews.filter((r) => (dedupe.has(`${r.cookie}|${r.slug}`) ? false : (dedupe.add(`${r.cookie}|${r.slug}`), true)));
  const staffCookie = session(sqlite, staff);
  const managerCookie = session(sqlite, manager);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return { organizations, services, products, reviewQueue, staffCookie, managerCookie };
}

// -------------------------------------------------------------------------------------------
// A minimal reader of the service edit form (inputs, selects, textareas of the form with `version`)
// -------------------------------------------------------------------------------------------

const unescape = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescape(match[1]!) : null;
};

export function editFormFields(html: string): URLSearchParams | null {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => /name="version"/.test(f));
  if (!form) return null;
  const fields = new URLSearchParams();
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!name || type === 'submit' || type === 'button') continue;
    if ((type === 'checkbox' || type === 'radio') && !/\schecked(=""|\s|>|\/)/.test(tag)) continue;
    fields.append(name, attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : ''));
  }
  for (const [, tag, body] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const name = attr(tag!, 'name');
    if (!name) continue;
    for (const [option] of body!.matchAll(/<option\b[^>]*>/g)) if (/\sselected(=""|\s|>)/.test(option)) fields.append(name, attr(option, 'value') ?? '');
  }
  for (const [, tag, body] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
    const name = attr(tag!, 'name');
    if (name) fields.append(name, unescape(body!));
  }
  return fields;
}

// -------------------------------------------------------------------------------------------
// The traffic
// -------------------------------------------------------------------------------------------

const searchTerms = ['hulp', 'begeleiding', 'dagbesteding', 'huishoudelijke hulp', 'jeugdhulp', 'schuldhulp', 'wonen', 'vervoer', 'mantelzorg', 'thuiszorg', 'beg', 'psycholoog'];

function lastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

interface Sample {
  kind: Kind;
  ms: number;
  status: number;
}

async function main() {
  console.error(`Preparing a demo database in ${dir} …`);
  buildIfStale(() => undefined);
  const data = await prepare();
  const { url, child: server } = await startBenchServer({ databasePath, env: { SESSION_SECRET } });

  const samples: Sample[] = [];
  const errors: string[] = [];
  const freeServices = [...data.services];
  let reviewIndex = 0;
  const month = lastMonth();
  const pick = (): Kind => {
    let roll = Math.random() * 100;
    for (const [kind, weight] of weights) if ((roll -= weight) < 0) return kind;
    return 'search';
  };
  const any = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

  async function timed(kind: Kind, run: () => Promise<Response>, expected: number[]) {
    const started = performance.now();
    try {
      const response = await run();
      await response.arrayBuffer();
      samples.push({ kind, ms: performance.now() - started, status: response.status });
      if (!expected.includes(response.status)) errors.push(`${kind}: HTTP ${response.status}`);
      return response;
    } catch (error) {
      samples.push({ kind, ms: performance.now() - started, status: 0 });
      errors.push(`${kind}: ${(error as Error).message}`);
      return null;
    }
  }

  async function one(client: number) {
    const ip = `172.16.${client >> 8}.${client & 255}`;
    const kind = pick();
    switch (kind) {
      case 'search':
        return timed(kind, () => fetch(`${url}/zoeken?q=${encodeURIComponent(any(searchTerms))}`, { headers: { 'X-Forwarded-For': ip } }), [200]);
      case 'provider':
        return timed(kind, () => fetch(`${url}/aanbieders/${any(data.organizations).slug}`, { headers: { 'X-Forwarded-For': ip } }), [200]);
      case 'compare':
        return timed(
          kind,
          () => fetch(`${url}/vergelijken?product=${encodeURIComponent(any(data.products))}&aantal=${1 + Math.floor(Math.random() * 20)}&duur=26`, { headers: { Cookie: data.staffCookie, 'X-Forwarded-For': ip } }),
          [200],
        );
      case 'review': {
        const review = data.reviewQueue[reviewIndex++];
        if (!review) return null;
        const form = new URLSearchParams({
          overall: String(1 + Math.floor(Math.random() * 10)),
          ...Object.fromEntries(reviewDimensions.map((d) => [d, String(1 + Math.floor(Math.random() * 10))])),
          recommend: Math.random() < 0.7 ? 'yes' : 'no',
          body: 'De begeleiding was vriendelijk en duidelijk. Afspraken werden nagekomen en ik voelde me gehoord.',
          experienceMonth: month,
          authorName: 'Inwoner',
          consent: 'on',
          website: '',
        });
        return timed(
          kind,
          () =>
            fetch(`${url}/aanbieders/${review.slug}/ervaring-schrijven`, {
              method: 'POST',
              body: form,
              redirect: 'manual',
              headers: { Cookie: review.cookie, Origin: url, 'X-Forwarded-For': review.ip },
            }),
          [302],
        );
      }
      case 'edit': {
        // One edit at a time per service (optimistic locking would refuse a second, rightly).
        const service = freeServices.shift();
        if (!service) return null;
        try {
          const started = performance.now();
          const page = await fetch(`${url}/beheer/diensten/${service}`, { headers: { Cookie: data.managerCookie, 'X-Forwarded-For': ip } });
          const html = await page.text();
          const fields = page.status === 200 ? editFormFields(html) : null;
          if (!fields) {
            samples.push({ kind, ms: performance.now() - started, status: page.status });
            errors.push(`edit: form not found (HTTP ${page.status})`);
            return null;
          }
          fields.set('waitingWeeks', String(Math.floor(Math.random() * 20)));
          fields.set('intent', 'save');
          const saved = await fetch(`${url}/beheer/diensten/${service}`, {
            method: 'POST',
            body: fields,
            redirect: 'manual',
            headers: { Cookie: data.managerCookie, Origin: url, 'X-Forwarded-For': ip },
          });
          const text = await saved.text();
          samples.push({ kind, ms: performance.now() - started, status: saved.status });
          if (saved.status !== 302) errors.push(`edit: HTTP ${saved.status} ${text.match(/role="alert"[^>]*>(?:<[^>]*>)*([^<]*)/)?.[1] ?? ''}`);
          return saved;
        } finally {
          freeServices.push(service);
        }
      }
    }
  }

  console.error(`Load: ${connections} connections, ${seconds} s, against ${url} (NODE_ENV=production) …`);
  const load1 = loadavg()[0]!;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      while (performance.now() < deadline) await one(client);
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const load2 = loadavg()[0]!;

  const stopped = new Promise<number | null>((resolveExit) => server.once('exit', (code) => resolveExit(code)));
  server.kill('SIGTERM');
  const exitCode = await stopped;
  rmSync(dir, { recursive: true, force: true });

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const rows = [...weights.map(([kind]) => kind), 'all' as const].map((kind) => {
    const own = samples.filter((s) => kind === 'all' || s.kind === kind);
    const ms = own.map((s) => s.ms).sort((a, b) => a - b);
    return {
      kind,
      requests: own.length,
      perSecond: own.length / elapsed,
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
      max: ms.at(-1) ?? 0,
      fivexx: own.filter((s) => s.status >= 500).length,
    };
  });
  const summary = {
    seconds: elapsed,
    connections,
    errors: errors.length,
    fivexx: samples.filter((s) => s.status >= 500).length,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    loadAverage: [load1, load2],
    node: process.version,
    serverExit: exitCode,
    rows,
    firstErrors: [...new Set(errors)].slice(0, 10),
  };
  if (values.json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(`\n${connections} connections, ${elapsed.toFixed(1)} s; ${summary.cpus}; load average ${load1.toFixed(2)} → ${load2.toFixed(2)}; Node ${process.version}`);
    console.log('| kind | requests | per second | p50 ms | p99 ms | max ms | 5xx |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) {
      console.log(`| ${row.kind} | ${row.requests} | ${row.perSecond.toFixed(1)} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.max.toFixed(1)} | ${row.fivexx} |`);
    }
    console.log(`errors: ${errors.length}${errors.length ? ` (${summary.firstErrors.join('; ')})` : ''}; 5xx: ${summary.fivexx}; server exit code after SIGTERM: ${exitCode}`);
  }
  process.exit(errors.length === 0 && summary.fivexx === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
