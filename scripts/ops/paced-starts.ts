/**
 * One rendered request starts per turn of the event loop (ADR 025). Node reads every socket that
 * has data in one poll phase and runs each request's handler as it reads it, and a page is
 * rendered synchronously (ADR 022): under load one turn of a worker's loop lasted as long as all of
 * its waiting requests together (25 connections × 7 ms ≈ 175 ms). Everything
 * that is only looked at between turns waits that long: the cluster primary hands a worker its
 * next new connection only after the worker has acknowledged the previous one, which it does once
 * per turn, so the 25th connection of a worker waited seconds for its first answer; timers (request
 * timeouts, maintenance) and signals wait too.
 *
 * This middleware, mounted just before the Remix handler (static files and page-cache hits are
 * cheap and stay inline), queues the request and starts one per turn from `setImmediate`, in the
 * order they came. It limits when work starts, not how much runs at once: a request that waits
 * for I/O does not hold up the next. The request's async context (its request id for the log)
 * travels with it in an `AsyncResource` (not `AsyncResource.bind`: on Node 20 that defines a
 * deprecated getter on every bound function, about ten times the cost).
 *
 * The first request of a connection starts ahead of the others (at most FIRSTS_IN_A_ROW in a row,
 * then one of the others). It has waited already where this queue cannot see it: in the cluster
 * primary, whose hand-over gives a worker one new connection per turn. In arrival order at the
 * server it is older than the requests queued here; started behind them, the last connections of a
 * burst waited two queues long (docs/benchmarks.md, seventh round). The limit keeps connections
 * that are already open served when new ones keep coming (a proxy that opens one per request).
 */
import { AsyncResource } from 'node:async_hooks';
import type { NextFunction, RequestHandler } from 'express';

interface Waiting {
  context: AsyncResource;
  next: NextFunction;
}

/** How many first requests of connections may start in a row while other requests wait. */
export const FIRSTS_IN_A_ROW = 4;

export function pacedStarts(): RequestHandler {
  /** First requests of their connections, and the others; each in the order they came. */
  const firsts: Waiting[] = [];
  const others: Waiting[] = [];
  /** Connections that have had a request here. */
  const seen = new WeakSet<object>();
  let firstsInARow = 0;
  let scheduled = false;
  const startOne = () => {
    const takeFirst = firsts.length > 0 && (firstsInARow < FIRSTS_IN_A_ROW || others.length === 0);
    // Counted only while others wait: those are the starts that go ahead of someone.
    firstsInARow = takeFirst && others.length > 0 ? firstsInARow + 1 : 0;
    const next = takeFirst ? firsts.shift() : others.shift();
    // Queued for the next turn: the poll phase (new connections, IPC, other sockets) runs first.
    if (firsts.length + others.length > 0) setImmediate(startOne);
    else scheduled = false;
    next?.context.runInAsyncScope(() => next.next());
  };
  return (req, _res, next) => {
    const socket: object | undefined = req.socket;
    const first = socket !== undefined && !seen.has(socket);
    if (first) seen.add(socket);
    (first ? firsts : others).push({ context: new AsyncResource('PacedStart'), next });
    if (!scheduled) {
      scheduled = true;
      setImmediate(startOne);
    }
  };
}
