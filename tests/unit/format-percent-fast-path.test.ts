/** formatPercent's shortcut (app/domain/format.ts) gives exactly what Intl gives, around and beyond it. */
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../app/domain/format';

describe('formatPercent', () => {
  it('gives what Intl gives for shares, halves, negative zero and large values, in both languages', () => {
    const fractions = [
      ...Array.from({ length: 2001 }, (_, i) => i / 2000),
      ...Array.from({ length: 200 }, (_, i) => (i + 0.5) / 100),
      0.285, 0.145, 0.005, 0.015, 1 / 3, 2 / 3, 9.994999, 9.995, 9.995001, 10, 123.456, -0, -0.001, -0.004, -0.5, Number.NaN, Number.POSITIVE_INFINITY,
    ];
    for (const [locale, tag] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
      for (const fraction of fractions) expect(formatPercent(locale, fraction), `${locale} ${fraction}`).toBe(intl.format(fraction * 100));
    }
  });
});
