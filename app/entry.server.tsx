/**
 * Server rendering: bots get the whole document at once, browsers get it streamed.
 */
import { PassThrough } from 'node:stream';
import type { AppLoadContext, EntryContext, HandleErrorFunction } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { NonceProvider } from './components/nonce';
import { noteDatabaseFailure } from './utils/database-errors.server';
import { currentRequest, logEvent } from './lib/log.server';
import { warmSearchIndexInBackground } from './search/index.server';

const ABORT_DELAY = 5_000;

export const streamTimeout = ABORT_DELAY;

// In production the search index is built as soon as the server has loaded the app.
if (process.env.NODE_ENV === 'production') warmSearchIndexInBackground();

/**
 * Errors thrown by loaders and actions: logged with the request id. A database that cannot be
 * used (full, read-only, damaged, locked) is noted, so the server answers 503 (scripts/ops/unavailable.ts).
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  const reason = noteDatabaseFailure(error);
  logEvent('error', 'server_error', {
    requestId: currentRequest()?.requestId ?? null,
    database: reason,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const waitForAll = isbot(request.headers.get('user-agent') ?? '');
  // The Content-Security-Policy nonce of this response (scripts/security/csp.ts).
  const nonce = typeof loadContext.cspNonce === 'string' && loadContext.cspNonce ? loadContext.cspNonce : undefined;
  return new Promise<Response>((resolvePromise, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          resolvePromise(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1_000);
  });
}
