/**
 * Shortcuts in app/domain/format.ts that skip Intl where its answer is known (issue 12: the
 * insight tables format a thousand numbers per page) must give exactly what Intl gives.
 */
import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../app/domain/format';

describe('formatInteger', () => {
  it('gives what Intl gives, in both languages, around and beyond the shortcut', () => {
    const values = [...Array.from({ length: 1200 }, (_, i) => i), -1, -999, 0.5, 999.5, 1000, 12345, 1234567, Number.MAX_SAFE_INTEGER];
    for (const [locale, tag] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      const intl = new Intl.NumberFormat(tag);
      for (const value of values) expect(formatInteger(locale, value), `${locale} ${value}`).toBe(intl.format(value));
    }
    expect(formatInteger('nl', 1234)).toBe('1.234');
    expect(formatInteger('en', 1234)).toBe('1,234');
  });
});
