/** Dated series (app/domain/dated-series.ts): totals from a cutoff equal a plain filter-and-sum, at every cutoff. */
import { describe, expect, it } from 'vitest';
import { countFrom, datedSeries, seriesByKey, totalsFrom } from '../../app/domain/dated-series';

function bruteForce(entries: { at: number; values: number[] }[], cutoff: number, width: number) {
  const counted = entries.filter((entry) => entry.at >= cutoff);
  return { count: counted.length, sums: Array.from({ length: width }, (_, k) => counted.reduce((sum, entry) => sum + entry.values[k]!, 0)) };
}

describe('dated series', () => {
  it('gives the count and sums of the entries at or after any cutoff, ties and unsorted input included', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const entries = Array.from({ length: Math.floor(random() * 30) }, () => ({ at: 1000 + Math.floor(random() * 50), values: [1 + Math.floor(random() * 10), Math.floor(random() * 2)] }));
      const series = datedSeries(entries, 2);
      for (let cutoff = 990; cutoff <= 1060; cutoff++) {
        const expected = bruteForce(entries, cutoff, 2);
        expect(totalsFrom(series, cutoff), `round ${round} cutoff ${cutoff}`).toEqual(expected);
        expect(countFrom(series, cutoff)).toBe(expected.count);
      }
    }
  });

  it('counts nothing without a series, and groups rows per key', () => {
    expect(totalsFrom(undefined, 5)).toEqual({ count: 0, sums: [] });
    expect(countFrom(undefined, 5)).toBe(0);
    const byKey = seriesByKey(
      [
        { key: 'a', at: 3, v: 1 },
        { key: 'b', at: 1, v: 5 },
        { key: 'a', at: 1, v: 2 },
      ],
      (row) => row.key,
      (row) => ({ at: row.at, values: [row.v] }),
      1,
    );
    expect(totalsFrom(byKey.get('a'), 2)).toEqual({ count: 1, sums: [1] });
    expect(totalsFrom(byKey.get('a'), 1)).toEqual({ count: 2, sums: [3] });
    expect(totalsFrom(byKey.get('b'), 2)).toEqual({ count: 0, sums: [0] });
  });
});
