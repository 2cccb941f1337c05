/**
 * The production server as the benchmarks start it: its own process (`scripts/start.ts`, which
 * migrates and seeds an empty database), on a free loopback port, request log off and every rate
 * limit lifted through its variable, so the figures measure the app and not the limiter.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface BenchServer {
  url: string;
  child: ChildProcess;
  /** What the server printed so far. */
  output: () => string;
  /** How many worker processes serve (its start-up line; WEB_CONCURRENCY, ADR 019). */
  workers: number;
}

export interface BenchServerOptions {
  databasePath: string;
  /** More (or overriding) environment variables. */
  env?: Record<string, string>;
  /** Node options before the script, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** How long to wait for /healthz (the first start seeds and builds the search index). */
  timeoutMs?: number;
  /** Another checkout to serve (its own `build/`), for A/B runs; this project by default. */
  root?: string;
}

export async function startBenchServer({ databasePath, env = {}, nodeArgs = [], timeoutMs = 300_000, root = projectRoot }: BenchServerOptions): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      LOG_REQUESTS: 'false',
      RATE_LIMIT_READS_PER_MINUTE: '0',
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
      RATE_LIMIT_SIGN_INS_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (chunk) => (printed += chunk));
  child.stderr!.on('data', (chunk) => (printed += chunk));
  const output = () => printed;
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) {
        // The line comes when the first worker listens; the others follow within moments.
        const workers = Number(/with (\d+) worker process/.exec(output())?.[1] ?? 1);
        while ((output().match(/ serves\n/g) ?? []).length < workers && workers > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        return { url, child, output, workers };
      }
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server did not start:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** SIGTERM, and wait until the process has gone (it drains and closes the database first). */
export async function stopBenchServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * CPU seconds (user + system) a process and every process below it (the cluster's workers) have
 * used so far, from /proc (Linux); null elsewhere. A worker that has exited is no longer counted.
 */
export function cpuSecondsOfTree(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    let seconds = (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
    for (const child of childPids(pid)) seconds += cpuSecondsOfTree(child) ?? 0;
    return seconds;
  } catch {
    return null;
  }
}

/**
 * The open TCP connections on `port` that each process of the tree holds (Linux: the socket
 * inodes of /proc/net/tcp{,6} in state ESTABLISHED, matched with each process's file descriptors),
 * for the processes that hold any: how the cluster's primary shared the connections out.
 */
export function connectionsPerProcess(pid: number | undefined, port: number): Map<number, number> {
  const counts = new Map<number, number>();
  if (pid === undefined) return counts;
  const established = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; st 01 is ESTABLISHED; field 9 is the inode.
      if (fields.length > 9 && fields[1]!.endsWith(`:${hexPort}`) && fields[3] === '01') established.add(fields[9]!);
    }
  }
  const visit = (id: number) => {
    let count = 0;
    try {
      for (const fd of readdirSync(`/proc/${id}/fd`)) {
        try {
          const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${id}/fd/${fd}`))?.[1];
          if (inode && established.has(inode)) count++;
        } catch {
          // closed meanwhile
        }
      }
    } catch {
      return;
    }
    if (count > 0) counts.set(id, count);
    for (const child of childPids(id)) visit(child);
  };
  visit(pid);
  return counts;
}

function childPids(pid: number): number[] {
  const pids: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/)) if (child) pids.push(Number(child));
    } catch {
      // the thread ended meanwhile
    }
  }
  return pids;
}

/** GETs on a new connection each, so every worker of the cluster gets its share (the primary deals connections out in turn). */
export async function warmEveryWorker(url: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await new Promise<void>((resolveDone, reject) => {
      get(`${url}${path}`, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolveDone());
      }).on('error', reject);
    });
  }
}

/**
 * The four citizen pages issue 12's goal 4 names — home, a search, a provider page (the first the
 * search links to) and the accessibility statement — on a running bench server.
 */
export async function goalFourPages(url: string): Promise<{ name: string; path: string }[]> {
  const search = await (await fetch(`${url}/zoeken?q=begeleiding`)).text();
  const slug = /href="\/aanbieders\/([a-z0-9-]+)[#"?]/.exec(search)?.[1];
  if (!slug) throw new Error('no provider link on the search page');
  return [
    { name: 'home', path: '/' },
    { name: 'search', path: '/zoeken?q=begeleiding' },
    { name: 'provider page', path: `/aanbieders/${slug}` },
    { name: 'accessibility statement', path: '/toegankelijkheid' },
  ];
}
