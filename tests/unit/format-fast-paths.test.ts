/**
 * Shortcuts in app/domain/format.ts that skip Intl where its answer is known (issue 12: the
 * insight tables format a thousand numbers per page) must give exactly what Intl gives.
 */
import { describe, expect, it } from 'vitest';
import { formatCents, formatInteger, formatKilometres, formatMark } from '../../app/domain/format';

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

/** Numbers from 0 up past the shortcuts' bounds, in steps that hit every rounding case of one decimal. */
const decimals = [
  ...Array.from({ length: 12_000 }, (_, i) => i / 1000),
  ...Array.from({ length: 400 }, (_, i) => i + 0.05),
  ...Array.from({ length: 400 }, (_, i) => 600 + i + 0.95),
  // Averages of n marks from 1 to 10, as review summaries compute them.
  ...Array.from({ length: 60 }, (_, n) => Array.from({ length: 9 * (n + 1) + 1 }, (_, extra) => (n + 1 + extra) / (n + 1))).flat(),
  8.05, 8.15, 8.25, 9.95, 9.949999, 998.95, 998.96, 999, 999.94, 999.95, 999.96, 1000, 1234.56, -0, -0.04, -1.5, Number.NaN, Number.POSITIVE_INFINITY, 1 / 3, 2 / 3,
];

describe('formatMark and formatKilometres', () => {
  it('give what Intl gives, in both languages, around and beyond the shortcut', () => {
    for (const [locale, tag] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      const mark = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      const kilometres = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
      for (const value of decimals) {
        expect(formatMark(locale, value), `mark ${locale} ${value}`).toBe(mark.format(value));
        expect(formatKilometres(locale, value), `km ${locale} ${value}`).toBe(kilometres.format(value));
      }
    }
    expect(formatMark('nl', 8)).toBe('8,0');
    expect(formatKilometres('nl', 2.44)).toBe('2,4');
    expect(formatKilometres('en', 3)).toBe('3');
  });
});

describe('formatCents', () => {
  it('gives what Intl gives for every amount below € 100 and around the shortcut, in both languages', () => {
    const amounts = [...Array.from({ length: 10_000 }, (_, i) => i), 6250, 99_999, 100_000, 100_001, 123_456_78, -1, -6250, 0.5, 12.5];
    for (const [locale, tag] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      const intl = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
      for (const cents of amounts) expect(formatCents(locale, cents), `${locale} ${cents}`).toBe(intl.format(cents / 100));
    }
    expect(formatCents('nl', 6250)).toBe('€\u00a062,50');
    expect(formatCents('en', 6250)).toBe('€62.50');
  });
});
