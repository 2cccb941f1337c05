/**
 * A document goes out as bytes written from `renderToStringParts` (a patched react-dom, ADR 029)
 * into one buffer per process (`documentBody`, app/utils/encoding.server.ts). These would fail if
 * the parts were not the whole page, if a part grew into one string of a large page again, if a
 * character were written wrongly, or if one response's bytes could change with the next page.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createElement, type ReactElement } from 'react';
import { renderToString, renderToStringParts } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { documentBody } from '../../app/utils/encoding.server';

/** A page of about `rows` table rows, with characters of one, two, three and four UTF-8 bytes. */
function page(rows: number, word = 'Zorg'): ReactElement {
  const cells = Array.from({ length: rows }, (_, i) =>
    createElement('tr', { key: i }, createElement('td', null, `${word} ${i} – “café”`), createElement('td', { className: 'sk-num' }, `€ ${i},00 😀 ë`)),
  );
  return createElement('html', null, createElement('body', null, createElement('table', null, createElement('tbody', null, cells))));
}

const request = (acceptEncoding?: string) => new Request('https://kaart.example.nl/inzicht', { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });
const decoded = (bytes: Uint8Array, headers: Headers) => {
  const encoding = headers.get('Content-Encoding');
  const plain = encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : Buffer.from(bytes);
  return plain.toString('utf8');
};

const require = createRequire(import.meta.url);

describe('renderToStringParts (patches/react-dom+18.3.1.patch)', () => {
  const builds = {
    development: { renderToString, renderToStringParts },
    // What the server runs in production (NODE_ENV=production loads this file).
    production: require(join(dirname(require.resolve('react-dom/package.json')), 'cjs/react-dom-server-legacy.node.production.min.js')) as { renderToString: typeof renderToString; renderToStringParts: typeof renderToStringParts },
  };
  for (const [name, build] of Object.entries(builds)) {
    it(`joined, is renderToString's markup; a large page in parts of about 32 kB (${name})`, () => {
      const large = page(3000);
      const parts = build.renderToStringParts(large);
      expect(parts.join('')).toBe(build.renderToString(large));
      expect(parts.length).toBeGreaterThan(5);
      // React adds its chunks one by one; a part ends with the chunk that took it past 32 768.
      for (const part of parts) expect(part.length).toBeLessThan(40_000);
    });

    it(`gives a small page as one part (${name})`, () => {
      const small = page(3);
      expect(build.renderToStringParts(small)).toEqual([build.renderToString(small)]);
    });
  }
});

describe('documentBody', () => {
  it('writes every character as UTF-8, with the doctype, its length and Vary', () => {
    const parts = renderToStringParts(page(2000));
    const headers = new Headers();
    const body = documentBody(request(), headers, parts);
    expect(body.toString('utf8')).toBe(`<!DOCTYPE html>${parts.join('')}`);
    expect(headers.get('Content-Length')).toBe(String(body.length));
    expect(headers.get('Content-Encoding')).toBeNull();
    expect(headers.get('Vary')).toBe('Accept-Encoding');
  });

  it('writes a lone surrogate as U+FFFD, as Buffer.from does', () => {
    const body = documentBody(request(), new Headers(), ['<p>a\ud800b</p>']);
    expect(body.equals(Buffer.from('<!DOCTYPE html><p>a\ud800b</p>'))).toBe(true);
  });

  it('encodes as accepted, and decodes to the same page', () => {
    const parts = renderToStringParts(page(500));
    for (const accept of ['br', 'gzip', 'gzip, deflate, br, zstd']) {
      const headers = new Headers();
      const body = documentBody(request(accept), headers, parts);
      expect(headers.get('Content-Encoding'), accept).not.toBeNull();
      expect(decoded(body, headers)).toBe(`<!DOCTYPE html>${parts.join('')}`);
    }
  });

  it("never hands out the shared buffer: a response's bytes stay as they were when the next page is written", () => {
    const firstHeaders = new Headers();
    const first = documentBody(request(), firstHeaders, renderToStringParts(page(400, 'Eerste')));
    const firstCopy = Buffer.from(first);
    const secondHeaders = new Headers();
    const second = documentBody(request(), secondHeaders, renderToStringParts(page(400, 'Tweede')));
    expect(first.equals(firstCopy)).toBe(true);
    expect(first.buffer).not.toBe(second.buffer);
    const compressed = documentBody(request('br'), new Headers(), renderToStringParts(page(400, 'Derde')));
    expect(first.equals(firstCopy)).toBe(true);
    expect(compressed.buffer).not.toBe(first.buffer);
  });

  it('writes a document larger than the shared buffer may grow to on its own', () => {
    const huge = ['<p>', 'x'.repeat(3_000_000), '</p>'];
    const body = documentBody(request(), new Headers(), huge);
    expect(body.length).toBe('<!DOCTYPE html>'.length + 3_000_007);
    expect(body.subarray(0, 18).toString()).toBe('<!DOCTYPE html><p>');
  });
});
