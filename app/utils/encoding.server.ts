/**
 * Documents compressed once, where they are made (docs/decisions/024-documents-compressed-once.md).
 *
 * A document is rendered into one buffer (app/entry.server.tsx, ADR 022). The compression
 * middleware (`compression`, scripts/ops/responses.ts) would pass it through a zlib stream: a new
 * stream per response, the work handed to libuv's threads and back, output in 16 kB pieces, and a
 * chunked response. For a whole body one synchronous call does the same work for about a third
 * less CPU. The choice of encoding is the middleware's own (its `negotiator`, its encodings in its
 * order of preference, its 1 kB threshold, no body for HEAD, `Cache-Control: no-transform`
 * respected), so a response is encoded the same either way; the middleware passes an encoded
 * body by, and compresses everything else (`.data`, files, the API) as before.
 */
import Negotiator from 'negotiator';
import { brotliCompressSync, constants as zlib, deflateSync, gzipSync } from 'node:zlib';

/** zlib's fastest level that still searches matches fully (1–3 skip the lazy search of 4–9): 30 % less CPU than 4 for 4 % more bytes. */
export const GZIP_LEVEL = 3;
/**
 * Brotli's fastest quality that still models the text: a search page in 140 µs of CPU instead of
 * 340 at quality 3 (and a fifth of the default 4), for 8 % more bytes (13.1 instead of 12.1 kB;
 * still smaller than gzip at level 3). docs/decisions/024-documents-compressed-once.md.
 */
export const BROTLI_QUALITY = 1;
/** Bodies smaller than this go out as they are (the compression middleware's default threshold). */
export const COMPRESS_THRESHOLD = 1024;

/** The compression middleware's encodings and its preference when the client likes several equally. */
const SUPPORTED = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED = ['br', 'gzip'];

export type Encoding = 'br' | 'gzip' | 'deflate';
/** zlib's output: a Buffer over a plain ArrayBuffer (what `Response` takes). */
type Bytes = Buffer<ArrayBuffer>;

/** One encoder per encoding, at this module's levels (the page cache encodes its entries with them too). */
export const encoders: Record<Encoding, (body: Buffer) => Bytes> = {
  br: (body) => brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }) as Bytes,
  gzip: (body) => gzipSync(body, { level: GZIP_LEVEL }) as Bytes,
  deflate: (body) => deflateSync(body, { level: GZIP_LEVEL }) as Bytes,
};

/** The encoding the compression middleware would choose for this request, or null for none. */
export function chosenEncoding(method: string, acceptEncoding: string | null, cacheControl: string | null, length: number): Encoding | null {
  if (method === 'HEAD' || length < COMPRESS_THRESHOLD || acceptEncoding === null) return null;
  if (cacheControl !== null && /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(cacheControl)) return null;
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  // negotiator 0.6.4 takes the preferred order as a second argument (its types do not say so yet).
  const encoding = (negotiator.encoding as (this: Negotiator, available: string[], preferred: string[]) => string | undefined).call(negotiator, SUPPORTED, PREFERRED);
  return encoding === 'br' || encoding === 'gzip' || encoding === 'deflate' ? encoding : null;
}

/**
 * The body of a whole response, encoded as the request accepts: sets `Vary`, and
 * `Content-Encoding` when it encodes, and `Content-Length`. The headers are the response's.
 * `body` may be borrowed (`documentBody`): what is returned is never `body` itself.
 */
function encodedBody(request: Request, headers: Headers, body: Bytes): Bytes {
  if (!/\baccept-encoding\b/i.test(headers.get('Vary') ?? '')) headers.append('Vary', 'Accept-Encoding');
  const encoding = chosenEncoding(request.method, request.headers.get('Accept-Encoding'), headers.get('Cache-Control'), body.length);
  const sent = encoding ? encoders[encoding](body) : copyOf(body);
  if (encoding) headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(sent.length));
  return sent;
}

function copyOf(bytes: Bytes): Bytes {
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  return copy;
}

const DOCTYPE = '<!DOCTYPE html>';
/** The largest document written through the shared buffer (3 bytes per character at most); larger ones get their own. */
const MAX_SHARED_BYTES = 8 * 1024 * 1024;
/** One buffer per process that every document is written into before it is encoded (see documentBody). */
let shared = Buffer.allocUnsafeSlow(0) as Bytes;

/**
 * A rendered document, as the parts of `renderToStringParts` (the markup without the doctype), as
 * the encoded bytes of its response, with its headers set as `encodedBody` sets them.
 *
 * Each part is written as UTF-8 into one buffer that stays, and the encoder reads it from there.
 * Two costs of the single string and `Buffer.from(markup)` this avoids, both from memory that is
 * fresh per page and faults on first touch:
 * - writing a string flattens it into one, and V8 puts a string of more than 128 kB in a large
 *   object page of its own: the staff insight page (136 kB) spent about 1 ms on that alone;
 * - `Buffer.from` asks for a new, zero-filled buffer per page.
 * The parts are about 32 kB, so each is flattened in the young generation. Everything here is
 * synchronous: no other request writes into the buffer in between (docs/benchmarks.md, ninth round).
 */
export function documentBody(request: Request, headers: Headers, parts: readonly string[]): Bytes {
  let characters = DOCTYPE.length;
  for (const part of parts) characters += part.length;
  const most = characters * 3;
  if (most > MAX_SHARED_BYTES) return encodedBody(request, headers, Buffer.from(DOCTYPE + parts.join('')) as Bytes);
  if (shared.length < most) shared = Buffer.allocUnsafeSlow(Math.max(most, 256 * 1024)) as Bytes;
  let length = shared.write(DOCTYPE, 0, 'latin1');
  for (const part of parts) length += shared.write(part, length, 'utf8');
  return encodedBody(request, headers, shared.subarray(0, length));
}
