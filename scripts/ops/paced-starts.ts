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
 */
import { AsyncResource } from 'node:async_hooks';
import type { NextFunction, RequestHandler } from 'express';

interface Waiting {
  context: AsyncResource;
  next: NextFunction;
}

export function pacedStarts(): RequestHandler {
  const waiting: Waiting[] = [];
  let scheduled = false;
  const startOne = () => {
    const next = waiting.shift();
    // Queued for the next turn: the poll phase (new connections, IPC, other sockets) runs first.
    if (waiting.length > 0) setImmediate(startOne);
    else scheduled = false;
    next?.context.runInAsyncScope(() => next.next());
  };
  return (_req, _res, next) => {
    waiting.push({ context: new AsyncResource('PacedStart'), next });
    if (!scheduled) {
      scheduled = true;
      setImmediate(startOne);
    }
  };
}
