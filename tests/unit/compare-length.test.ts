/** Showing a long comparison's best rows first. */
import { describe, expect, it } from 'vitest';
import { alternativeFacts, visibleComparisonRows, wantsAllRows } from '../../app/domain/compare-length';

const row = (key: string, extra: Partial<{ bestChoice: boolean; alternatives: string[]; costCents: number | null }> = {}) => ({
  key,
  organizationName: `Aanbieder ${key}`,
  bestChoice: false,
  alternatives: [] as string[],
  costCents: 100 as number | null,
  ...extra,
});

describe('visibleComparisonRows', () => {
  const rows = Array.from({ length: 47 }, (_, i) => row(String(i), { bestChoice: i === 20 }));

  it('keeps the first rows in order and always the best choice', () => {
    const shown = visibleComparisonRows(rows, false, 10);
    expect(shown.rows.map((r) => r.key)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '20']);
    expect(shown).toMatchObject({ total: 47, hidden: 36 });
  });

  it('shows every row when asked, and a short list whole', () => {
    expect(visibleComparisonRows(rows, true, 10)).toMatchObject({ total: 47, hidden: 0 });
    expect(visibleComparisonRows(rows.slice(0, 4), false, 10).rows).toHaveLength(4);
  });

  it('reads alle=1 only', () => {
    expect(wantsAllRows(new URLSearchParams('alle=1'))).toBe(true);
    expect(wantsAllRows(new URLSearchParams('alle=ja'))).toBe(false);
    expect(wantsAllRows(new URLSearchParams(''))).toBe(false);
  });
});

describe('alternativeFacts', () => {
  it('names the alternatives of shown rows from all rows', () => {
    const all = [row('a', { alternatives: ['z'] }), row('b'), row('z', { costCents: 250 })];
    expect(alternativeFacts([all[0]!], all)).toEqual({ z: { organizationName: 'Aanbieder z', costCents: 250 } });
  });
});
