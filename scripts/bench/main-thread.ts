/**
 * The browser's main thread while a citizen page loads: Chromium traces of home, a search, a
 * provider page and the accessibility statement at 360 × 800 with the CPU slowed down 4× (as
 * Lighthouse's mobile profile assumes), against the production server on a fresh demo database.
 * Per page, the medians over the runs of:
 * - busy: the time the renderer's main thread spent in tasks, from navigation to 2 s after the
 *   router exists (after `load` on pages that hydrate after their first paint, ADR 031);
 * - blocking: what Total Blocking Time counts, from these real tasks — every task's part after the
 *   first contentful paint beyond 50 ms;
 * - longest: the longest task;
 * - FCP.
 * Lighthouse (scripts/bench/lighthouse.ts) simulates its timings from one such trace, and on this
 * shared machine its TBT moves by ±150 ms from run to run; these figures move far less, so they
 * show what a change does. `--against DIR` serves a second checkout (a worktree at an earlier
 * commit, with its own build) and alternates the two, run by run.
 *
 *   npx tsx scripts/bench/main-thread.ts [--runs 5] [--cpu 4] [--against ../before]
 *   CHROME_PATH=/usr/bin/chromium (the default)
 *
 * A benchmark, not a test: never part of `npm test`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { buildIfStale } from '../build-if-stale';
import { goalFourPages, startBenchServer, stopBenchServer, type BenchServer } from './server';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    cpu: { type: 'string', default: '4' },
    against: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs) || 5);
const cpuSlowdown = Math.max(1, Number(values.cpu) || 4);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

interface Figures {
  busy: number;
  blocking: number;
  longest: number;
  fcp: number;
}

/** The figures of one page load from its trace (times in ms). */
function mainThreadFigures(events: readonly TraceEvent[]): Figures {
  const threadNames = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  // The page's renderer: the CrRendererMain thread with the most events (others are about:blank and helpers).
  const perThread = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (threadNames.get(key) === 'CrRendererMain') perThread.set(key, (perThread.get(key) ?? 0) + 1);
  }
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const tasks: { start: number; end: number }[] = [];
  for (const e of events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts)) {
    // Top-level tasks only: a task nested in another (a nested run loop) is part of it.
    if (tasks.length > 0 && e.ts < tasks.at(-1)!.end) continue;
    tasks.push({ start: e.ts, end: e.ts + e.dur! });
  }
  if (tasks.length === 0) throw new Error('no tasks on the main thread');
  const origin = tasks[0]!.start;
  const [pid] = main.split(':').map(Number);
  const paint = events.filter((e) => e.name === 'firstContentfulPaint' && e.pid === pid).map((e) => e.ts);
  const fcp = paint.length > 0 ? Math.min(...paint) : origin;
  let busy = 0;
  let blocking = 0;
  let longest = 0;
  for (const { start, end } of tasks) {
    busy += end - start;
    longest = Math.max(longest, end - start);
    if (end > fcp) blocking += Math.max(0, end - Math.max(start, fcp) - 50_000);
  }
  return { busy: busy / 1000, blocking: blocking / 1000, longest: longest / 1000, fcp: (fcp - origin) / 1000 };
}

async function traceLoad(browser: Browser, url: string): Promise<Figures> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing', 'toplevel'] });
    await page.goto(url, { waitUntil: 'load' });
    // Pages for visitors who are not signed in fetch their modules after the first paint (ADR
    // 031), so `load` comes before hydration: wait for the router, then for the hydration tasks.
    await page.waitForFunction(() => '__remixRouter' in window, null, { timeout: 30_000 });
    await page.waitForTimeout(2000);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return mainThreadFigures(trace.traceEvents);
  } finally {
    await context.close();
  }
}

const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sk-main-thread-'));
  buildIfStale(() => undefined);
  const builds: { name: string; server: BenchServer }[] = [];
  let browser: Browser | undefined;
  try {
    const env = { SESSION_SECRET: randomBytes(32).toString('base64url') };
    builds.push({ name: 'this build', server: await startBenchServer({ databasePath: join(dir, 'this.db'), env }) });
    if (values.against) {
      const root = resolve(values.against);
      builds.push({ name: basename(root), server: await startBenchServer({ databasePath: join(dir, 'against.db'), env, root }) });
    }
    const pages = await goalFourPages(builds[0]!.server.url);
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    const load = loadavg()[0]!.toFixed(1);
    const results = new Map<string, Figures[]>();
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        // Alternating, and the first build first every other run: the machine's drift falls on both.
        for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
          const key = `${page.name}\u0000${build.name}`;
          results.set(key, [...(results.get(key) ?? []), await traceLoad(browser, `${build.server.url}${page.path}`)]);
        }
      }
    }
    console.log(`Main thread while loading, ${runs} run(s) per page and build, CPU ${cpuSlowdown}× slower, 360 × 800, Debian Chromium; medians in ms; load average ${load} → ${loadavg()[0]!.toFixed(1)}.`);
    console.log('| page | build | busy | blocking after FCP | longest task | FCP |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: |');
    for (const page of pages) {
      for (const build of builds) {
        const list = results.get(`${page.name}\u0000${build.name}`)!;
        const cell = (pick: (f: Figures) => number) => `${Math.round(median(list.map(pick)))} (${list.map((f) => Math.round(pick(f))).join(', ')})`;
        console.log(`| ${page.name} | ${build.name} | ${cell((f) => f.busy)} | ${cell((f) => f.blocking)} | ${cell((f) => f.longest)} | ${Math.round(median(list.map((f) => f.fcp)))} |`);
      }
    }
  } finally {
    await browser?.close();
    for (const { server } of builds) await stopBenchServer(server.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
