/**
 * Serving on every core (ADR 019): the primary process prepares once (environment, migrations,
 * demo seed, build, deployment check; scripts/start.ts) and then forks WEB_CONCURRENCY workers
 * with node:cluster that share the one port. The primary serves nothing itself: it restarts a
 * worker that dies (with a back-off, so a crash loop does not spin), holds the rate-limit counts
 * of all workers (scripts/security/rate-limit-store.ts) and drains on SIGTERM/SIGINT: it passes the
 * signal on, waits for every worker to finish its requests in flight, closes its own database
 * connection and exits 0. Exactly one worker runs the scheduled maintenance (MAINTENANCE_WORKER).
 * A worker whose primary is gone (killed with SIGKILL) drains and exits (`drainWhenPrimaryGone`).
 */
import cluster, { type Worker } from 'node:cluster';
import { logEvent } from '../../app/lib/log.server';

/** Set in the environment of the one worker that runs the scheduled backups and cleanup. */
export const MAINTENANCE_WORKER = 'SOCIALE_KAART_MAINTENANCE_WORKER';

/** How many server processes: WEB_CONCURRENCY when given, else every core in production and 1 otherwise. */
export function workerCount(webConcurrency: number | undefined, mode: 'development' | 'production' | 'test', availableCores: number): number {
  if (webConcurrency !== undefined) return webConcurrency;
  return mode === 'production' ? Math.max(1, availableCores) : 1;
}

/** Crashes closer together than this count as one crash loop. */
export const CRASH_WINDOW_MS = 60_000;
export const FIRST_RESTART_DELAY_MS = 100;
export const MAX_RESTART_DELAY_MS = 30_000;

/**
 * The wait before a dead worker is replaced, given the moments (ms) of the crashes so far in this
 * slot, the newest last: at once-ish for a first crash, then doubling per crash within the window,
 * at most MAX_RESTART_DELAY_MS.
 */
export function restartDelayMs(crashMoments: readonly number[], nowMs: number): number {
  const recent = crashMoments.filter((t) => nowMs - t < CRASH_WINDOW_MS).length;
  if (recent <= 1) return FIRST_RESTART_DELAY_MS;
  return Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** (recent - 1));
}

/**
 * V8 flags for the workers, after the primary's own (ADR 025): a young generation of up to 64 MB
 * per semi-space instead of 16. A rendered page allocates about a megabyte that dies young; with
 * 16 MB a busy worker stopped for a scavenge every ten to twelve requests. A scavenge copies only
 * what survives, so fewer, larger ones cost less in all: on the cold-search bench, 116 instead of
 * 400 scavenges in 20 s and 7.4 instead of 8.2 ms of CPU per request (docs/benchmarks.md). The
 * young generation grows to that size only under such load. `WEB_CONCURRENCY=1` serves in the
 * one process, without these flags.
 */
export const WORKER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

export interface PrimaryOptions {
  workers: number;
  /** Seconds a worker may take to drain (SHUTDOWN_TIMEOUT_SECONDS); the primary waits a little longer. */
  shutdownTimeoutMs: number;
  /** Checkpoints and closes the primary's own database connection, if it has one. */
  closeDatabase: () => { checkpointed: boolean };
  exit?: (code: number) => void;
}

/** Forks the workers and keeps them running until a signal drains them all. */
export function runPrimary(options: PrimaryOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const crashes = new Map<number, number[]>();
  const slots = new Map<Worker, number>();
  let draining = false;

  const fork = (slot: number) => {
    const worker = cluster.fork({ [MAINTENANCE_WORKER]: slot === 1 ? '1' : '' });
    slots.set(worker, slot);
    logEvent('info', 'worker_started', { slot, pid: worker.process.pid }, { text: `worker ${slot} started (pid ${worker.process.pid})` });
  };

  cluster.on('listening', (worker) => {
    logEvent('info', 'worker_listening', { slot: slots.get(worker), pid: worker.process.pid }, { text: `worker ${slots.get(worker)} (pid ${worker.process.pid}) serves` });
  });

  cluster.on('exit', (worker, code, signal) => {
    const slot = slots.get(worker) ?? 0;
    slots.delete(worker);
    if (draining) {
      if (slots.size === 0) finish();
      return;
    }
    const now = performance.now();
    const moments = [...(crashes.get(slot) ?? []), now].filter((t) => now - t < CRASH_WINDOW_MS);
    crashes.set(slot, moments);
    const delay = restartDelayMs(moments, now);
    logEvent('error', 'worker_died', { slot, pid: worker.process.pid, code, signal, restartInMs: delay }, {
      text: `worker ${slot} (pid ${worker.process.pid}) died (${signal ?? `exit code ${code}`}); a new one starts in ${delay} ms`,
    });
    setTimeout(() => {
      if (!draining) fork(slot);
    }, delay);
  });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(bound);
    let checkpointed = false;
    try {
      checkpointed = options.closeDatabase().checkpointed;
    } catch (error) {
      logEvent('error', 'shutdown_database', { error: (error as Error).message });
    }
    logEvent('info', 'stopped', { workers: options.workers, checkpointed }, {
      text: `all workers stopped; primary: WAL ${checkpointed ? 'checkpointed' : 'not checkpointed'}, database closed`,
    });
    exit(0);
  };
  let bound: NodeJS.Timeout | undefined;
  const drain = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    logEvent('info', 'shutdown_primary', { signal, workers: slots.size }, { text: `${signal}: draining ${slots.size} worker(s)` });
    if (slots.size === 0) return finish();
    // A worker drains itself on the signal (scripts/ops/shutdown.ts); one from a terminal's Ctrl-C may already have it.
    for (const worker of slots.keys()) worker.process.kill(signal);
    // Workers stop within their own time limit; should one hang, it is killed a little later.
    bound = setTimeout(() => {
      for (const worker of slots.keys()) worker.process.kill('SIGKILL');
    }, options.shutdownTimeoutMs + 5_000);
  };
  process.on('SIGTERM', () => drain('SIGTERM'));
  process.on('SIGINT', () => drain('SIGINT'));

  cluster.setupPrimary({ execArgv: [...process.execArgv, ...WORKER_V8_FLAGS] });
  for (let slot = 1; slot <= options.workers; slot++) fork(slot);
}

/**
 * In a worker: when the primary is gone (killed with SIGKILL, so the IPC channel closed), drain
 * as on SIGTERM — no new connections, requests in flight finish within SHUTDOWN_TIMEOUT_SECONDS,
 * maintenance stops, WAL checkpoint, close — and exit, so the whole server has stopped and a
 * service manager starts it again. Without this, Node ends such a worker at once with
 * `process.exit(0)` (a 'disconnect' while `exitedAfterDisconnect` is not true), which cuts off its
 * requests in flight, a backup being written and the checkpoint. Node emits the worker's
 * 'disconnect' event just before it looks at that flag, so setting the flag here hands the exit
 * to the drain (tests/integration/cluster.test.ts proves both the drain and the exit).
 */
export function drainWhenPrimaryGone(drain: (reason: 'primary gone') => void, worker: Worker | undefined = cluster.worker): void {
  if (!worker) return;
  worker.on('disconnect', () => {
    // A disconnect the primary asked for (worker.disconnect()): Node's own orderly path.
    if (worker.exitedAfterDisconnect) return;
    worker.exitedAfterDisconnect = true;
    logEvent('error', 'primary_gone', { pid: process.pid }, { text: `worker (pid ${process.pid}): the primary process is gone; draining, then exiting` });
    drain('primary gone');
  });
}
