/**
 * The production server on every core (ADR 019): `scripts/start.ts` with WEB_CONCURRENCY=2 on
 * this file's copy of the seeded database. Proves, with real processes:
 * (a) a service written by another process (this test, through the model) is found by `/zoeken`
 *     and `/api/v1/search` at once, by every worker — each had built its index before;
 * (b) a rate limit holds across workers: requests over many connections get 429 at the limit,
 *     not at twice the limit;
 * (c) a killed worker is replaced and the server keeps answering;
 * (d) SIGTERM drains every worker and the primary exits 0;
 * (e) when the primary is killed (SIGKILL), each worker notices, finishes its request in flight
 *     and exits (by pid), so a service manager can start the whole server again;
 * (f) connections opened at once are all taken and shared evenly (ADR 028): the workers' limits
 *     refuse none for good and never leave one worker with them all.
 * Requests go over a new connection each (the primary deals connections out in turn), and name
 * their visitor with X-Forwarded-For (the server trusts its loopback proxy), so each part counts
 * in a rate-limit bucket of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { createService } from '../../app/models/service-admin.server';
import type { ServiceInput } from '../../app/domain/catalogue-forms';
import { projectRoot, TEST_NOW } from '../support/paths';
import { connect } from 'node:net';
import { connectionsPerProcess, freePort } from '../../scripts/bench/server';
import { SLACK } from '../../scripts/ops/connection-balance';
import { WORKER_V8_FLAGS } from '../../scripts/ops/workers';

const READ_LIMIT = 30;
const databasePath = process.env.DATABASE_PATH!;
let server: ChildProcess;
let baseUrl = '';
let output = '';

let visitor = 0;
/** A GET on a connection of its own, as `ip` (a fresh visitor unless given). */
function get(path: string, ip = `10.1.${Math.floor(++visitor / 250)}.${visitor % 250}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { agent: false, headers: { 'X-Forwarded-For': ip, Connection: 'close', 'Accept-Language': 'nl' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const workerPids = () =>
  [...output.matchAll(/worker (\d+) started \(pid (\d+)\)/g)].map((m) => {
    startedWorkerPids.add(Number(m[2]));
    return { slot: Number(m[1]), pid: Number(m[2]) };
  });

/** Whether the process runs (a zombie whose parent is gone counts as ended). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] !== 'Z';
  } catch {
    return false;
  }
}

async function until(condition: () => boolean | Promise<boolean>, what: string, limitMs = 60_000, primaryMayBeGone = false) {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (!primaryMayBeGone && server.exitCode !== null) throw new Error(`server exited while waiting for ${what}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`no ${what}:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts `npm start` with 2 workers on a free port; `server`, `baseUrl` and `output` are its own. */
async function start() {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  output = '';
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      WEB_CONCURRENCY: '2',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      PUBLIC_URL: baseUrl,
      DEMO_DATA: 'true',
      CLOCK_NOW: TEST_NOW.toISOString(),
      SESSION_SECRET: 'cluster-test-secret-0123456789abcdefghijklmn',
      LOG_REQUESTS: 'false',
      PAGE_CACHE_MB: '0',
      RATE_LIMIT_READS_PER_MINUTE: String(READ_LIMIT),
      // No sign-in tier: (e)'s request to /inloggen must not ask the primary (which it kills) for a count.
      RATE_LIMIT_SIGN_INS_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  startedServers.push(server);
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await until(async () => (await get('/healthz').catch(() => ({ status: 0 }))).status === 200, 'healthy server', 170_000);
  workerPids(); // remembered for afterAll
}

/**
 * A POST whose body waits: `Expect: 100-continue` makes the worker answer "100 Continue" the
 * moment the request is in its hands (in flight); the body is sent only when `send` is called.
 */
function heldPost(path: string, body: string) {
  let req!: ClientRequest;
  const answer = new Promise<{ status: number; body: string }>((resolve) => {
    req = request(
      `${baseUrl}${path}`,
      {
        method: 'POST',
        agent: false,
        headers: {
          Expect: '100-continue',
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': String(Buffer.byteLength(body)),
          'X-Forwarded-For': '10.98.0.1',
          Connection: 'close',
          'Accept-Language': 'nl',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    // Cut off (status 0) instead of answered: the assertion on the status says so.
    req.on('error', (error) => resolve({ status: 0, body: error.message }));
  });
  const continued = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  req.flushHeaders();
  return { continued, answer, send: () => req.end(body) };
}

const startedServers: ChildProcess[] = [];
const startedWorkerPids = new Set<number>();

beforeAll(start, 180_000);

afterAll(async () => {
  // Every server this file started (a skipped or failed (d) leaves the first one running).
  for (const started of startedServers) {
    if (started.exitCode !== null || started.signalCode !== null) continue;
    const gone = new Promise((r) => started.once('exit', r));
    started.kill('SIGKILL');
    await gone;
  }
  // Workers this file started that outlived a failed assertion.
  for (const pid of startedWorkerPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

describe('npm start with WEB_CONCURRENCY=2', { timeout: 120_000 }, () => {
  it('says how many workers serve', () => {
    expect(output).toMatch(/listens on http:\/\/localhost:\d+ with 2 worker processes/);
    expect(workerPids().map((w) => w.slot).sort()).toEqual([1, 2]);
  });

  it('starts the workers with their V8 flags (a larger young generation, ADR 025)', () => {
    for (const { pid } of workerPids()) {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      for (const flag of WORKER_V8_FLAGS) expect(argv, argv.join(' ')).toContain(flag);
    }
  });

  it('(a) finds a service another process just wrote, in every worker', async () => {
    const word = 'klokkenluidershulp';
    // Every worker has its index built before the write (connections are dealt out in turn).
    for (let i = 0; i < 4; i++) {
      const page = await get(`/zoeken?q=${word}`);
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('Zeldzame Klokkenluidershulp');
    }
    const db = openDatabase(databasePath);
    try {
      const input: ServiceInput = {
        name: 'Zeldzame Klokkenluidershulp',
        description: 'Hulp voor wie een misstand wil melden.',
        externalId: null,
        kind: 'general',
        law: 'none',
        categoryCode: null,
        productCode: null,
        targetGroup: null,
        minimumAge: null,
        maximumAge: null,
        waitingWeeks: null,
        waitingReportedOn: null,
        acceptingNewClients: true,
        applicationProcess: null,
        url: null,
        email: null,
        phone: null,
        status: 'active',
        languages: [],
        locationIds: [],
        hours: [],
      };
      const organizationId = (db.$client.prepare("SELECT id FROM organizations WHERE status = 'active' ORDER BY id LIMIT 1").get() as { id: string }).id;
      const saved = createService(db, { userId: null, label: 'cluster test', ip: null, at: TEST_NOW }, organizationId, input, '2026-11-16');
      expect(saved.ok).toBe(true);
    } finally {
      db.$client.close();
    }
    for (let i = 0; i < 4; i++) {
      const page = await get(`/zoeken?q=${word}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('Zeldzame Klokkenluidershulp');
      const api = await get(`/api/v1/search?q=${word}`);
      expect(api.status).toBe(200);
      expect(api.body).toContain('Zeldzame Klokkenluidershulp');
    }
  });

  it('(b) holds one rate limit across the workers', async () => {
    const answers = [];
    // Sequential: each request on a new connection, so the workers take turns.
    for (let i = 0; i < READ_LIMIT + 10; i++) answers.push((await get('/toegankelijkheid', '10.99.0.1')).status);
    expect(answers.filter((status) => status === 200)).toHaveLength(READ_LIMIT);
    expect(answers.filter((status) => status === 429)).toHaveLength(10);
    expect(answers.slice(READ_LIMIT).every((status) => status === 429)).toBe(true);
  });

  it('(f) takes every connection opened at once and shares them evenly', async () => {
    const port = Number(new URL(baseUrl).port);
    const sockets = Array.from({ length: 30 }, () => connect(port, '127.0.0.1'));
    try {
      // Each asks once and keeps its connection open (keep-alive), as a browser or a load generator does.
      const answered = await Promise.all(
        sockets.map(
          (socket, i) =>
            new Promise<boolean>((resolve) => {
              socket.once('error', () => resolve(false));
              socket.once('data', (chunk) => resolve(chunk.toString('latin1').startsWith('HTTP/1.1 200')));
              socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 10.97.0.${i + 1}\r\n\r\n`);
            }),
        ),
      );
      expect(answered.every(Boolean)).toBe(true);
      let split: number[] = [];
      await until(() => {
        split = [...connectionsPerProcess(server.pid, port).values()].sort((a, b) => b - a);
        return split.reduce((a, b) => a + b, 0) === 30;
      }, 'all 30 connections held by the workers');
      expect(split).toHaveLength(2);
      expect(split[0]! - split[1]!, split.join(' + ')).toBeLessThanOrEqual(SLACK);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });

  it('(c) replaces a killed worker and keeps answering', async () => {
    const [first] = workerPids();
    process.kill(first!.pid, 'SIGKILL');
    await until(() => workerPids().filter((w) => w.slot === first!.slot).length === 2, 'replacement worker');
    const replacement = workerPids().filter((w) => w.slot === first!.slot)[1]!;
    await until(() => output.includes(`worker ${first!.slot} (pid ${replacement.pid}) serves`), 'replacement worker serving');
    expect(output).toMatch(new RegExp(`worker ${first!.slot} \\(pid ${first!.pid}\\) died \\(SIGKILL\\)`));
    for (let i = 0; i < 6; i++) {
      const page = await get('/zoeken?q=klokkenluidershulp');
      expect(page.status).toBe(200);
      expect(page.body).toContain('Zeldzame Klokkenluidershulp');
    }
  });

  it('(d) drains every worker on SIGTERM and exits 0', async () => {
    const code = new Promise<number | null>((resolve) => server.once('exit', (exitCode) => resolve(exitCode)));
    server.kill('SIGTERM');
    expect(await code).toBe(0);
    expect(output).toMatch(/SIGTERM: draining 2 worker\(s\)/);
    expect(output.match(/SIGTERM: no new connections/g), output).toHaveLength(2);
    expect(output).toMatch(/all workers stopped; primary: WAL checkpointed, database closed/);
  });

  it('(e) when the primary is killed, every worker finishes its request in flight and exits', async () => {
    await start();
    const pids = workerPids().map((w) => w.pid);
    expect(pids).toHaveLength(2);
    await until(() => output.match(/\(pid \d+\) serves/g)?.length === 2, 'both workers serving');
    // A sign-in the worker holds (its body comes later): in flight when the primary dies.
    const held = heldPost('/inloggen', 'email=&password=');
    await held.continued;
    const primaryGone = new Promise((r) => server.once('exit', r));
    server.kill('SIGKILL');
    await primaryGone;
    await until(() => output.match(/primary gone: no new connections/g)?.length === 2, 'both workers noticing the lost primary', 30_000, true);
    held.send();
    // Answered by the worker (the form's errors), not cut off.
    const answer = await held.answer;
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('<form');
    // A generous bound (SHUTDOWN_TIMEOUT_SECONDS is 10 s); not a measure of speed.
    await until(() => pids.every((pid) => !alive(pid)), 'worker processes ending after the primary was killed', 60_000, true);
    expect(output.match(/worker \(pid \d+\): the primary process is gone/g), output).toHaveLength(2);
    expect(output.match(/stopped; WAL (not )?checkpointed, database closed/g), output).toHaveLength(2);
  });
});
