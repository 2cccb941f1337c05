/**
 * Graceful shutdown on SIGTERM (and SIGINT): stop accepting connections, let the requests in
 * flight finish (at most SHUTDOWN_TIMEOUT_SECONDS; after that their connections are closed),
 * checkpoint the WAL into the database file, close the database, exit 0. A cluster worker whose
 * primary is gone drains the same way (scripts/ops/workers.ts `drainWhenPrimaryGone`).
 */
import type { Server } from 'node:http';
import { logEvent } from '../../app/lib/log.server';

export interface DrainOptions {
  timeoutMs: number;
  /** Checkpoints and closes the database; runs once no request is in flight. */
  closeDatabase: () => { checkpointed: boolean };
  /** Stops schedules (backups, cleanup). */
  beforeClose?: () => void;
  exit?: (code: number) => void;
}

/** Counts requests in flight, so the drain can tell when they are done. */
export function trackInFlight(server: Server, draining: () => boolean = () => false): () => number {
  const open = new Set<object>();
  server.on('request', (_req, res) => {
    open.add(res);
    const done = () => open.delete(res);
    res.once('finish', done);
    res.once('close', done);
    // A request on a kept-alive connection during the drain is answered, then the connection closes.
    if (draining()) res.setHeader('Connection', 'close');
  });
  return () => open.size;
}

/** Why a drain started: a signal, or (in a cluster worker) the loss of the primary. */
export type DrainReason = NodeJS.Signals | 'primary gone';

/** Drains on SIGTERM/SIGINT; returns the drain, for other reasons to stop (a lost primary). */
export function drainOnSignals(server: Server, options: DrainOptions): (reason: DrainReason) => void {
  let draining = false;
  const inFlight = trackInFlight(server, () => draining);
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const drain = (signal: DrainReason) => {
    if (draining) return;
    draining = true;
    const started = performance.now();
    logEvent('info', 'shutdown', { signal, inFlight: inFlight(), timeoutMs: options.timeoutMs }, {
      text: `${signal}: no new connections; waiting for ${inFlight()} request(s) in flight (at most ${options.timeoutMs / 1000} s)`,
    });
    options.beforeClose?.();
    let finished = false;
    const finish = (timedOut: boolean) => {
      if (finished) return;
      finished = true;
      clearInterval(idleSweep);
      clearTimeout(bound);
      if (timedOut) server.closeAllConnections();
      let checkpointed = false;
      try {
        checkpointed = options.closeDatabase().checkpointed;
      } catch (error) {
        logEvent('error', 'shutdown_database', { error: (error as Error).message });
      }
      logEvent('info', 'stopped', { timedOut, checkpointed, durationMs: Math.round(performance.now() - started) }, {
        text: `stopped${timedOut ? ' (requests still running after the time limit were cut off)' : ''}; WAL ${checkpointed ? 'checkpointed' : 'not checkpointed'}, database closed`,
      });
      exit(0);
    };
    // Stop listening; the callback runs when every connection has ended.
    server.close(() => finish(false));
    // Keep-alive connections without a request in flight are closed at once and after each response.
    server.closeIdleConnections();
    const idleSweep = setInterval(() => {
      server.closeIdleConnections();
      if (inFlight() === 0) finish(false);
    }, 50);
    const bound = setTimeout(() => finish(true), options.timeoutMs);
  };
  process.on('SIGTERM', () => drain('SIGTERM'));
  process.on('SIGINT', () => drain('SIGINT'));
  return drain;
}
