/**
 * Packed loader data (app/domain/packed.ts): the same object for the same text, the packed object
 * itself where `pack` made the text, and a text read on every request kept while others pass by.
 */
import { describe, expect, it } from 'vitest';
import { pack, unpack, unpackWith } from '../../app/domain/packed';

describe('packed data', () => {
  it('round-trips plain JSON and gives the packed object back', () => {
    const value = { title: 'Zoeken', results: [{ id: 'a', distanceKm: null }], facets: [] };
    const text = pack(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(unpack(text)).toBe(value);
  });

  it('parses a text it did not make once, then gives that object each time', () => {
    const text = JSON.stringify({ page: 2, unique: Math.PI }) as Parameters<typeof unpack<{ page: number }>>[0];
    const first = unpack(text);
    expect(first).toEqual({ page: 2, unique: Math.PI });
    expect(unpack(`${text}` as typeof text)).toBe(first);
  });

  it('keeps a text in use while many other texts pass by', () => {
    const messages = { 'app.name': 'Sociale Kaart' };
    const text = pack(messages);
    for (let i = 0; i < 100; i++) {
      unpack(pack({ request: i }));
      // Read on every request, as the root's messages are.
      expect(unpackWith(text, () => ({ reparsed: true }))).toBe(messages);
    }
  });

  it('writes characters above U+00FF as escapes that read back the same, so the page stays one byte per character', () => {
    const value = { title: 'Zoekresultaten voor “{q}”', money: '€ 62,50', dash: 'a – b', emoji: 'ok 😀', lone: 'x\ud800y', latin: 'cliënt één ß ·' };
    const text = pack(value);
    expect(text).not.toMatch(/[\u0100-\uffff]/);
    expect(text).toContain('cliënt één ß ·');
    expect(JSON.parse(text)).toEqual(value);
    expect(unpack(text)).toBe(value);
  });
});
