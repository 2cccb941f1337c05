/**
 * What Remix reports through `handleError`, written to the log so an operator can act on it:
 * - a request Remix refuses itself (a route error response below 500: a POST to a page without an
 *   action is 405) is the client's doing: a warning with its status, method and reason;
 * - Remix's own warnings (an `Error` whose message starts with "Warning: ", such as a legacy
 *   `?_data=` request) are warnings, without a stack;
 * - everything else is a server error with its stack, or, for a thrown value that is not an
 *   `Error`, what it holds (never "[object Object]"; bounded, so one odd value cannot flood the log).
 * A database that cannot be used is noted, so the server answers 503 (scripts/ops/unavailable.ts).
 */
import { inspect } from 'node:util';
import { isRouteErrorResponse } from '@remix-run/react';
import { currentRequest, logEvent } from '../lib/log.server';
import { noteDatabaseFailure } from './database-errors.server';

export function reportRequestError(error: unknown, request: Request): void {
  if (request.signal.aborted) return;
  const requestId = currentRequest()?.requestId ?? null;
  if (isRouteErrorResponse(error) && error.status < 500) {
    const internal = (error as { error?: unknown }).error;
    logEvent('warn', 'request_refused', {
      requestId,
      status: error.status,
      method: request.method,
      reason: internal instanceof Error ? internal.message : error.statusText,
    });
    return;
  }
  if (error instanceof Error && error.message.startsWith('Warning: ')) {
    logEvent('warn', 'remix_warning', { requestId, method: request.method, message: error.message });
    return;
  }
  const reason = noteDatabaseFailure(error);
  logEvent('error', 'server_error', {
    requestId,
    database: reason,
    error: error instanceof Error ? (error.stack ?? error.message) : inspect(error, { depth: 3, breakLength: Infinity, maxArrayLength: 20, maxStringLength: 2_000 }),
  });
}
