/**
 * HTTP benchmark of issue 12, side by side in one run (autocannon, loopback, production mode,
 * rate limits lifted through their variables, a fresh demo database):
 *
 *   (a) bare      a bare Node http server sending the bytes of the hot search page
 *   (b) cached    the same search URL through the app, with the anonymous page cache (goal 2:
 *                 ≥ 0.25 × bare; goal 5: p99 ≤ 100 ms and no errors at 50 connections)
 *   (c) cold      ≥ 200 distinct search URLs (words, typos, prefixes, facets, pages, sorts,
 *                 postcodes) through the app with the cache off (PAGE_CACHE_MB=0) (goal 1:
 *                 ≥ 250 requests/s, p99 ≤ 250 ms)
 *
 * (a) and (b) ask for the plain body (no Accept-Encoding), so both send the same bytes; (c) asks
 * for gzip as a browser does. Each server runs in its own process; the load generator runs in
 * this one, on the same machine.
 *
 *   npx tsx scripts/bench/http.ts [--seconds 10] [--connections 50] [--workers N] [--json]
 *
 * The app runs as `npm start` does: WEB_CONCURRENCY worker processes (--workers; default every
 * core, ADR 019). "server CPU ms" is the CPU time of the app's processes together per request.
 *   npm run bench:http
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { buildIfStale } from '../build-if-stale';
import { cpuSecondsOfTree, freePort, startBenchServer, stopBenchServer, warmEveryWorker } from './server';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    /** WEB_CONCURRENCY for the app (default: the server's own default, every core in production). */
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const HOT = '/zoeken?q=begeleiding';

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The app in production mode (scripts/start.ts seeds the empty database on the first start). */
function startApp(databasePath: string, pageCacheMb: number) {
  return startBenchServer({ databasePath, env: { PAGE_CACHE_MB: String(pageCacheMb), ...(values.workers ? { WEB_CONCURRENCY: values.workers } : {}) } });
}

/** A bare Node http server answering every request with `file`'s bytes, in its own process. */
async function startBare(file: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const script = `
    const body = require('node:fs').readFileSync(${JSON.stringify(file)});
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child, () => '');
  return { url, child };
}

/** At least 200 distinct search URLs: words, typos, prefixes, facets, pages, sorts, postcodes. */
export function searchUrls(districts: readonly string[], postcodes: readonly string[]): string[] {
  const words = ['hulp', 'begeleiding', 'dagbesteding', 'huishoudelijke hulp', 'jeugdhulp', 'schuldhulp', 'wonen', 'vervoer', 'mantelzorg', 'thuiszorg', 'psycholoog', 'maatje', 'eenzaamheid', 'ouderen', 'gezin', 'opvoeding', 'werk', 'geld', 'rolstoel', 'buurthuis'];
  const typos = ['begeleding', 'dagbsteding', 'huishoudelik', 'jeugdhlup', 'mantelzorgr', 'schuldhulpverleneng', 'psycholog', 'thuiszrog'];
  const prefixes = ['beg', 'dag', 'hul', 'jeu', 'won'];
  const facets = ['soort=general', 'wet=wmo', 'nu-open=ja', 'wachttijd=4', 'nieuwe-clienten=ja', 'categorie=02', 'cijfer=7', 'leeftijd=ouderen', 'rolstoel=ja', 'wet=jeugdwet', 'soort=contracted', ...districts.map((d) => `wijk=${d}`)];
  const urls = new Set<string>();
  const terms = [...words, ...typos, ...prefixes];
  terms.forEach((term, i) => {
    const q = `q=${encodeURIComponent(term).replace(/%20/g, '+')}`;
    urls.add(`/zoeken?${q}`);
    urls.add(`/zoeken?${q}&pagina=2`);
    urls.add(`/zoeken?${q}&sortering=${i % 2 ? 'cijfer' : 'naam'}`);
    urls.add(`/zoeken?${q}&${facets[i % facets.length]}`);
    urls.add(`/zoeken?${q}&${facets[(i + 5) % facets.length]}&${facets[(i + 9) % facets.length]}`);
    if (postcodes.length) urls.add(`/zoeken?${q}&postcode=${postcodes[i % postcodes.length]}&sortering=afstand`);
  });
  for (const facet of facets) urls.add(`/zoeken?${facet}`);
  return [...urls];
}

interface Row {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  total: number;
  /** CPU ms of the server's processes per request (null for the bare server or off Linux). */
  serverCpuMs: number | null;
}

/** Every request takes the next path of the list (autocannon would start each connection at the first). */
async function measure(name: string, url: string, paths: readonly string[], headers: Record<string, string>, serverPid?: number): Promise<Row> {
  const cpuBefore = serverPid === undefined ? null : cpuSecondsOfTree(serverPid);
  let next = 0;
  const setupRequest = (request: { path: string }) => ({ ...request, path: paths[next++ % paths.length]! });
  const requests = paths.length === 1 ? [{ method: 'GET' as const, path: paths[0]! }] : [{ method: 'GET' as const, path: paths[0]!, setupRequest }];
  const result = await autocannon({ url, connections, duration: seconds, headers, requests });
  const cpuAfter = serverPid === undefined ? null : cpuSecondsOfTree(serverPid);
  const answered = result.requests.total + result.non2xx;
  return {
    serverCpuMs: cpuBefore === null || cpuAfter === null || answered === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / answered,
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sk-http-bench-'));
  const databasePath = join(dir, 'sociale-kaart.db');
  const children: ChildProcess[] = [];
  try {
    console.error('Building (when stale) and seeding a fresh demo database …');
    buildIfStale(() => undefined);
    const cached = await startApp(databasePath, 64);
    children.push(cached.child);
    const hot = await fetch(`${cached.url}${HOT}`, { headers: { 'Accept-Encoding': 'identity' } });
    const body = Buffer.from(await hot.arrayBuffer());
    // Every worker process keeps its own cache: ask until one answers from it (each worker's
    // first answer is a miss, and connections are spread over the workers).
    let seen: string | null = null;
    for (let i = 0; i < 20 && seen !== 'hit'; i++) {
      const again = await fetch(`${cached.url}${HOT}`, { headers: { 'Accept-Encoding': 'identity', Connection: 'close' } });
      await again.arrayBuffer();
      seen = again.headers.get('X-Page-Cache');
    }
    if (seen !== 'hit') throw new Error(`the hot URL is not served from the cache (X-Page-Cache: ${seen})`);
    const bodyFile = join(dir, 'hot.html');
    writeFileSync(bodyFile, body);
    const bare = await startBare(bodyFile);
    children.push(bare.child);

    const sqlite = new Database(databasePath, { readonly: true });
    const districts = sqlite.prepare('SELECT slug FROM districts ORDER BY slug LIMIT 6').pluck().all() as string[];
    const postcodes = sqlite.prepare("SELECT DISTINCT substr(postal_code, 1, 4) FROM locations WHERE postal_code GLOB '[1-9][0-9][0-9][0-9]*' ORDER BY 1 LIMIT 6").pluck().all() as string[];
    sqlite.close();
    const urls = searchUrls(districts, postcodes);

    const load1 = loadavg()[0]!;
    console.error(`(a) bare server, ${body.length} bytes, ${connections} connections, ${seconds} s …`);
    await measure('warm-up', bare.url, ['/'], {});
    const rowBare = await measure(`(a) bare Node server, same ${body.length} bytes`, bare.url, ['/'], {});
    await stopBenchServer(bare.child);
    console.error(`(b) ${HOT} through the app with the page cache …`);
    const rowCached = await measure(`(b) app (${cached.workers} workers), page cache, ${HOT}`, cached.url, [HOT], {}, cached.child.pid);
    await stopBenchServer(cached.child);

    const cold = await startApp(databasePath, 0);
    children.push(cold.child);
    // Warm the search index and the JIT, as a running server would be.
    await warmEveryWorker(cold.url, urls.slice(0, 20 * cold.workers));
    console.error(`(c) ${urls.length} distinct search URLs, cache off …`);
    const rowCold = await measure(`(c) app (${cold.workers} workers), cache off, ${urls.length} distinct search URLs (gzip)`, cold.url, urls, { 'accept-encoding': 'gzip' }, cold.child.pid);
    await stopBenchServer(cold.child);
    const load2 = loadavg()[0]!;

    const ratio = rowCached.requestsPerSecond / rowBare.requestsPerSecond;
    const summary = {
      connections,
      seconds,
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
      loadAverage: [load1, load2],
      node: process.version,
      workers: cold.workers,
      hotBytes: body.length,
      distinctUrls: urls.length,
      rows: [rowBare, rowCached, rowCold],
      ratio,
      goals: {
        'goal 1: cold ≥ 250 req/s and p99 ≤ 250 ms': rowCold.requestsPerSecond >= 250 && rowCold.p99 <= 250 && rowCold.errors === 0,
        'goal 2: cached ≥ 0.25 × bare': ratio >= 0.25,
        'goal 5: cached p99 ≤ 100 ms, 0 errors': rowCached.p99 <= 100 && rowCached.errors === 0 && rowCached.non2xx === 0,
      },
    };
    if (values.json) {
      console.log(JSON.stringify(summary, null, 2));
    } else {
      console.log(`\n${connections} connections, ${seconds} s each; ${summary.cpus}; load average ${load1.toFixed(2)} → ${load2.toFixed(2)}; Node ${process.version}`);
      console.log('| run | requests/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx | server CPU ms/request |');
      console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const row of summary.rows) {
        console.log(`| ${row.name} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.max} | ${row.total} | ${row.errors} | ${row.non2xx} | ${row.serverCpuMs === null ? '–' : row.serverCpuMs.toFixed(2)} |`);
      }
      console.log(`\nratio cached / bare: ${ratio.toFixed(3)}`);
      for (const [goal, met] of Object.entries(summary.goals)) console.log(`${met ? 'met    ' : 'NOT met'}  ${goal}`);
    }
  } finally {
    for (const child of children) await stopBenchServer(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
