/**
 * Server rendering: the whole document at once, for browsers and bots alike (the app streams no
 * deferred data, so streaming would only add per-chunk overhead).
 */
import { Writable } from 'node:stream';
import type { AppLoadContext, EntryContext, HandleErrorFunction } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { renderToPipeableStream } from 'react-dom/server';
import { NonceProvider } from './components/nonce';
import { LayoutMessagesProvider, type LayoutMessages } from './components/layout-messages';
import { getLocale } from './i18n/locale.server';
import { selectMessages } from './i18n/route-messages.server';
import { messages as layoutPrefixes } from './root';
import { noteDatabaseFailure } from './utils/database-errors.server';
import { currentRequest, logEvent } from './lib/log.server';
import { warmSearchIndexInBackground } from './search/index.server';
import { installRouteMatchCache } from './utils/route-match-cache.server';

// Route matching remembered per path (app/utils/route-match-cache.server.ts).
installRouteMatchCache();

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
  // The Content-Security-Policy nonce of this response (scripts/security/csp.ts).
  const nonce = typeof loadContext.cspNonce === 'string' && loadContext.cspNonce ? loadContext.cspNonce : undefined;
  // The layout's messages in the request's language, for a page rendered without the root
  // loader's data (an error after a failed action; app/components/layout-messages.tsx).
  const locale = getLocale(request);
  const layoutMessages = layoutMessagesFor(locale);
  return new Promise<Response>((resolvePromise, reject) => {
    let rendered = false;
    // The whole document is rendered before it is sent, in one body (see renderedBody). The app
    // defers no data, so waiting for everything costs nothing in time to first byte, and it saves
    // passing each of React's 2 kB chunks through a Node stream, a web stream and compression.
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <LayoutMessagesProvider value={layoutMessages}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </LayoutMessagesProvider>
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          rendered = true;
          renderedBody(pipe).then((body) => {
            clearTimeout(timer);
            responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
            resolvePromise(new Response(body, { headers: responseHeaders, status: responseStatusCode }));
          }, reject);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (rendered) console.error(error);
        },
      },
    );
    // A render that never completes is aborted; the timer is cleared when it does, so a finished
    // render is not kept alive (with its whole tree) until the timer fires.
    const timer = setTimeout(abort, ABORT_DELAY + 1_000);
  });
}

const layoutMessagesByLocale = new Map<string, LayoutMessages>();
/** The layout's messages per language: the same object for every request. */
function layoutMessagesFor(locale: LayoutMessages['locale']): LayoutMessages {
  let layout = layoutMessagesByLocale.get(locale);
  if (!layout) {
    layout = { locale, messages: selectMessages(locale, layoutPrefixes, false) };
    layoutMessagesByLocale.set(locale, layout);
  }
  return layout;
}

/** Everything React writes, as one buffer. */
function renderedBody(pipe: (destination: Writable) => Writable): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
      final(callback) {
        const body = Buffer.concat(chunks);
        resolveBody(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength));
        callback();
      },
    });
    sink.on('error', rejectBody);
    pipe(sink);
  });
}
