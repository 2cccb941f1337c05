/**
 * Connections shared evenly between the cluster's workers (ADR 028).
 *
 * The primary deals new connections out in turn, but each worker takes its next one only once it
 * has taken the last, in a turn of its event loop (ADR 025): a worker that is slower for a moment
 * (the load generator, another process or a scavenge on its core) takes fewer. Connections stay
 * open (keep-alive), and they take turns within their worker, so a worker's latency grows with its
 * connections: 50 connections opened at once were split 32 + 18 in one run, and the worker with 32
 * answered about 1.3 times as slowly as an even split would.
 *
 * So the workers tell the primary how many connections they hold (at most every REPORT_EVERY_MS,
 * only when it changed), and the primary gives every worker but the one with the fewest a limit
 * of SLACK above that fewest (`server.maxConnections`). Node's cluster hands a connection a worker
 * refuses at its limit to another worker. The worker with the fewest has no limit, so there is
 * always one that takes it; counts that moved meanwhile are put right by the next report.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Server } from 'node:net';

/**
 * A worker may hold this many connections more than the one with the fewest. Each refusal costs
 * the refusing worker a turn of its loop: with 2 the start of a burst of connections took longer
 * (the slowest request about 700 instead of 500 ms), with 4 it rarely comes to a refusal.
 */
export const SLACK = 4;
/** How often (ms) a worker reports its count at most; a burst of connections makes one report. */
export const REPORT_EVERY_MS = 5;

/** A worker's count, to the primary. */
interface CountMessage {
  skOpenConnections: number;
}
/** A worker's limit, from the primary (null: none). */
interface LimitMessage {
  skConnectionLimit: number | null;
}

const isCount = (message: unknown): message is CountMessage =>
  typeof message === 'object' && message !== null && typeof (message as CountMessage).skOpenConnections === 'number';
const isLimit = (message: unknown): message is LimitMessage =>
  typeof message === 'object' && message !== null && 'skConnectionLimit' in message;

/**
 * The limit of each worker given their counts: none for the one with the fewest connections (the
 * first of them on a tie) and for a worker on its own, the fewest plus SLACK for the others.
 */
export function connectionLimits<K>(counts: ReadonlyMap<K, number>): Map<K, number | null> {
  const limits = new Map<K, number | null>();
  let fewest: K | undefined;
  for (const [key, count] of counts) if (fewest === undefined || count < counts.get(fewest)!) fewest = key;
  for (const [key] of counts) limits.set(key, key === fewest ? null : counts.get(fewest!)! + SLACK);
  return limits;
}

/** In the primary, before forking: keeps the workers' counts and sends them their limits. */
export function balanceConnectionsInPrimary(): void {
  const counts = new Map<Worker, number>();
  const sent = new Map<Worker, number | null>();
  const update = () => {
    for (const [worker, limit] of connectionLimits(counts)) {
      if (sent.has(worker) && sent.get(worker) === limit) continue;
      sent.set(worker, limit);
      // A worker that is going away may miss it: the next one is sent its own.
      if (worker.isConnected()) worker.send({ skConnectionLimit: limit } satisfies LimitMessage, () => undefined);
    }
  };
  cluster.on('listening', (worker) => {
    counts.set(worker, counts.get(worker) ?? 0);
    update();
  });
  cluster.on('message', (worker, message: unknown) => {
    if (!isCount(message) || !counts.has(worker)) return;
    counts.set(worker, message.skOpenConnections);
    update();
  });
  cluster.on('exit', (worker) => {
    counts.delete(worker);
    sent.delete(worker);
    update();
  });
}

/** The IPC channel of a worker (process, in tests a stand-in). */
export interface Channel {
  connected?: boolean;
  send?: (message: CountMessage, callback: (error: Error | null) => void) => unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** In a worker: reports `server`'s open connections to the primary and applies the limit it sends. */
export function balanceConnectionsInWorker(server: Server, channel: Channel = process): void {
  let open = 0;
  let reported = 0;
  let timer: NodeJS.Timeout | undefined;
  const report = () => {
    timer = undefined;
    if (open === reported) return;
    reported = open;
    // Without a primary (killed) the worker drains (workers.ts drainWhenPrimaryGone): nothing to tell.
    if (channel.connected === false) return;
    channel.send?.({ skOpenConnections: open }, () => undefined);
  };
  const changed = () => {
    timer ??= setTimeout(report, REPORT_EVERY_MS).unref();
  };
  server.on('connection', (socket) => {
    open += 1;
    changed();
    socket.once('close', () => {
      open -= 1;
      changed();
    });
  });
  channel.on('message', (message) => {
    if (!isLimit(message)) return;
    server.maxConnections = message.skConnectionLimit ?? Number.POSITIVE_INFINITY;
  });
}
