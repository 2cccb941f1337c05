/**
 * Server rendering: the whole document at once, synchronously (docs/decisions/022-synchronous-render.md).
 * The app defers no data, so the loader data Remix hands to the browser is complete before the
 * render starts: it is read first, and React renders the document in one pass with
 * `renderToString` (in parts, `renderToStringParts`) — no Suspense round trips, no 2 kB chunks
 * through a Node stream.
 */
import type { AppLoadContext, EntryContext, HandleErrorFunction } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import * as ReactDOMServer from 'react-dom/server';
import { NonceProvider } from './components/nonce';
import { LayoutMessagesProvider, type LayoutMessages } from './components/layout-messages';
import { getLocale } from './i18n/locale.server';
import { selectMessages } from './i18n/route-messages.server';
import { messages as layoutPrefixes } from './root';
import { documentBody } from './utils/encoding.server';
import { reportRequestError } from './utils/request-errors.server';
import { warmSearchIndexInBackground } from './search/index.server';
import { installRouteMatchCache } from './utils/route-match-cache.server';
import { installRouteTreeCache } from './utils/route-tree-cache.server';

// Route matching remembered per path, the route tree per build (app/utils/route-*-cache.server.ts).
installRouteMatchCache();
installRouteTreeCache();

/**
 * renderToString's markup in parts of about 32 kB (patches/react-dom+18.3.1.patch, ADR 029); in a
 * tree installed without the patch, the one string as a single part (slower on large pages).
 */
const renderToStringParts: typeof ReactDOMServer.renderToStringParts =
  ReactDOMServer.renderToStringParts ?? ((element, options) => [ReactDOMServer.renderToString(element, options)]);

/** How long turbo-stream waits for a deferred value (the app defers none). */
export const streamTimeout = 5_000;

// In production the search index is built as soon as the server has loaded the app.
if (process.env.NODE_ENV === 'production') warmSearchIndexInBackground();

/**
 * Errors thrown by loaders and actions, and requests Remix refuses itself: logged with the request
 * id, each as what it is (app/utils/request-errors.server.ts).
 */
export const handleError: HandleErrorFunction = (error, { request }) => reportRequestError(error, request);

export default async function handleRequest(
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
  const layout = layoutMessagesFor(getLocale(request));
  await handOverLoaderData(remixContext);
  // A render error throws here; Remix then renders the document again with the error boundary.
  // The markup comes in parts of about 32 kB (a patched react-dom, ADR 029): see documentBody.
  const markup = renderToStringParts(
    <NonceProvider value={nonce}>
      <LayoutMessagesProvider value={layout}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </LayoutMessagesProvider>
    </NonceProvider>,
  );
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
  // renderToString, unlike the streaming renderers, writes no doctype. The body goes as bytes: a
  // string body is checked character by character for lone surrogates (undici's toUSVString);
  // compressed here in one call, as the request accepts (app/utils/encoding.server.ts, ADR 024).
  const body = documentBody(request, responseHeaders, markup);
  return new Response(body, { headers: responseHeaders, status: responseStatusCode });
}

/** What Remix's RemixServer reads the handed-over loader data from (@remix-run/react StreamTransfer). */
interface HandOver {
  serverHandoffStream?: ReadableStream<Uint8Array>;
  renderMeta?: { streamCache?: Record<number, { result: { done: boolean; value: string } }> };
}

/**
 * Reads the turbo-stream of the page's loader data to its end and gives it to RemixServer's
 * StreamTransfer as already read, so it writes one inline script and never suspends. Without
 * this, StreamTransfer reads the stream chunk by chunk during the render, suspending on each read.
 */
async function handOverLoaderData(context: EntryContext): Promise<void> {
  const handOver = context as unknown as HandOver;
  const stream = handOver.serverHandoffStream;
  if (!stream || !handOver.renderMeta) return;
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let value = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    value += decoder.decode(chunk.value, { stream: true });
  }
  value += decoder.decode();
  // RemixServer takes its own reader of the (now finished) stream.
  reader.releaseLock();
  handOver.renderMeta.streamCache = { 0: { result: { done: true, value } } };
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
