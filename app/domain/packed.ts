/**
 * Loader data sent as one JSON text (docs/decisions/023-packed-page-data.md).
 *
 * Remix encodes loader data with turbo-stream for the browser: it walks every object, key and
 * value and writes each as an entry of its own, on every request — for a search page about 500
 * entries and half a millisecond. A string it copies as it is. A loader whose data is large, plain
 * JSON (no dates, maps or promises) and made anew per request therefore sends it packed: one
 * `JSON.stringify`, one `JSON.parse` in the browser, both native.
 *
 * `unpack` gives the same object for the same text, so a component, its `meta` and a re-render
 * share one parse. On the server the text was just made by `pack` from an object: that object is
 * remembered (the last few), so the server renders from it without parsing its own output.
 */

/** The JSON text of a `T`, as a loader returns it. */
export type Packed<T> = string & { readonly __packed: T };

/** How many texts are kept unpacked: a browser sees a handful per visit; a server renders a page right after its loader. */
const MAX_REMEMBERED = 32;
const remembered = new Map<string, unknown>();

function remember(text: string, value: unknown): void {
  if (remembered.size >= MAX_REMEMBERED) {
    // The least recently used first (a Map keeps insertion order; a hit moves its text to the end).
    const oldest = remembered.keys().next().value;
    if (oldest !== undefined) remembered.delete(oldest);
  }
  remembered.set(text, value);
}

/** Characters above U+00FF: one of them makes a whole JavaScript string two bytes per character. */
const WIDE = /[\u0100-\uffff]/;
const WIDE_ALL = /[\u0100-\uffff]/g;

/**
 * `value` as one JSON text. It must be plain JSON: no `undefined` in arrays, no dates, maps or
 * class instances. Characters above U+00FF are written as `\uXXXX` escapes, which `JSON.parse`
 * reads back the same: the text goes into the page's HTML, and one such character (a curly quote in
 * a message) made V8 keep the whole rendered page two bytes per character, which costs a few
 * hundred microseconds when the page is turned into bytes (docs/benchmarks.md, fifth round).
 */
export function pack<T>(value: T): Packed<T> {
  const json = JSON.stringify(value);
  const text = WIDE.test(json) ? json.replace(WIDE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
  remember(text, value);
  return text as Packed<T>;
}

/**
 * The value of a text read by `read`: the same object for the same text, and the object `pack`
 * was given for a text it made. Recently used texts stay (a page's messages, read on every request).
 */
export function unpackWith<T>(text: string, read: (text: string) => T): T {
  if (remembered.has(text)) {
    const value = remembered.get(text);
    remembered.delete(text);
    remembered.set(text, value);
    return value as T;
  }
  const value = read(text);
  remember(text, value);
  return value;
}

/** The value in `packed`: the same object for the same text. The text is trusted: it comes from `pack`. */
export function unpack<T>(packed: Packed<T>): T {
  return unpackWith(packed, (text) => JSON.parse(text) as T);
}
