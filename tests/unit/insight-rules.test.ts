import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../app/domain/compare';
import { checkChoiceReason, checkNeedAnswer, checkUnmetNeed, parseDashboardFilter, parseEuroCents } from '../../app/domain/insight-forms';
import {
  MIN_CELL_RECORDS,
  addMonthsToMonth,
  choiceFacts,
  monthsEndingWith,
  quadrantOf,
  seesSmallCells,
  suppressCount,
  suppressValue,
  suppressedShare,
  trendOf,
} from '../../app/domain/insight';
import { findAddresses, findPersonalData } from '../../app/domain/personal-data';

function row(key: string, costCents: number | null, available: boolean): ComparisonRow {
  return { key, costCents, available } as unknown as ComparisonRow;
}

describe('suppression of small cells', () => {
  it('hides counts from 1 to 4 below the administrator, shows 0 and 5 or more', () => {
    expect(MIN_CELL_RECORDS).toBe(5);
    expect([0, 1, 4, 5, 12].map((n) => suppressCount(n, false))).toEqual([0, null, null, 5, 12]);
    expect([1, 4].map((n) => suppressCount(n, true))).toEqual([1, 4]);
  });

  it('only administrators see small cells', () => {
    expect(seesSmallCells('admin')).toBe(true);
    for (const role of ['policy', 'staff', 'contract_manager', 'citizen', 'provider', 'anonymous'] as const) expect(seesSmallCells(role)).toBe(false);
  });

  it('hides an amount that rests on fewer than 5 records', () => {
    expect(suppressValue(123_400, 4, false)).toBeNull();
    expect(suppressValue(123_400, 5, false)).toBe(123_400);
    expect(suppressValue(123_400, 1, true)).toBe(123_400);
  });

  it('hides a share when its part or the rest would reveal a small cell', () => {
    expect(suppressedShare(3, 20, false)).toBeNull();
    expect(suppressedShare(17, 20, false)).toBeNull();
    expect(suppressedShare(10, 20, false)).toBe(0.5);
    expect(suppressedShare(0, 20, false)).toBe(0);
    expect(suppressedShare(20, 20, false)).toBe(1);
    expect(suppressedShare(3, 20, true)).toBe(0.15);
    expect(suppressedShare(0, 0, true)).toBeNull();
  });
});

describe('the recorded choice', () => {
  const rows = [row('a', 1000, false), row('b', 1500, true), row('c', 1500, true), row('d', 2500, true), row('e', null, false)];

  it('keeps the comparison estimate as the recorded cost', () => {
    expect(choiceFacts(rows[3]!, rows).estimatedCostCents).toBe(2500);
    expect(choiceFacts(rows[4]!, rows).estimatedCostCents).toBeNull();
  });

  it('is the cheapest with room when no available row is cheaper; a tie counts', () => {
    expect(choiceFacts(rows[1]!, rows).cheapestWithRoom).toBe(true);
    expect(choiceFacts(rows[2]!, rows).cheapestWithRoom).toBe(true);
    expect(choiceFacts(rows[3]!, rows).cheapestWithRoom).toBe(false);
  });

  it('is not the cheapest with room when the row has no room, even if it is the cheapest of all', () => {
    expect(choiceFacts(rows[0]!, rows).cheapestWithRoom).toBe(false);
    expect(choiceFacts(rows[4]!, rows).cheapestWithRoom).toBe(false);
  });

  it('asks a reason only when it was not the cheapest with room, and words with "other"', () => {
    const form = (entries: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(entries)) f.set(k, v);
      return f;
    };
    expect(checkChoiceReason(form({}), false).errors).toEqual({});
    expect(checkChoiceReason(form({}), true).errors.reden?.key).toBe('insight.choice.error.reason');
    expect(checkChoiceReason(form({ reden: 'other' }), true).errors.toelichting?.key).toBe('insight.choice.error.reasonText');
    expect(checkChoiceReason(form({ reden: 'waiting_time' }), true).values.reason).toBe('waiting_time');
    expect(checkChoiceReason(form({ reden: 'other', toelichting: 'bel 06-12345678' }), true).errors.toelichting).toEqual({ key: 'insight.error.personal', personal: ['phone'] });
  });
});

describe('personal data in a need', () => {
  it('finds BSN, phone, e-mail, names and addresses', () => {
    const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
    expect(kinds('BSN 111222333')).toEqual(['bsn']);
    expect(kinds('bel haar op 06 1234 5678')).toEqual(['phone']);
    expect(kinds('mail naar piet@example.nl')).toEqual(['email']);
    expect(kinds('mevrouw Jansen zoekt contact')).toEqual(['name']);
    expect(kinds('woont op de Dorpsstraat 12a')).toEqual(['address']);
    expect(findAddresses('postcode 3561 AB')).toEqual(['3561 AB']);
    expect(kinds('Oudere bewoner zoekt contact in de buurt, 3 keer per week.')).toEqual([]);
  });

  it('refuses a description with a phone number at the field and keeps a clean one', () => {
    const f = new FormData();
    f.set('maand', '2026-11');
    f.set('wijk', 'centrum');
    f.set('behoefte', 'loneliness');
    f.set('omschrijving', 'Zoekt een maatje, bel 0612345678');
    const refused = checkUnmetNeed(f, new Set(['centrum']), new Set(['02A05']));
    expect(refused.errors.omschrijving).toEqual({ key: 'insight.error.personal', personal: ['phone'] });
    f.set('omschrijving', 'Zoekt een maatje om mee te wandelen');
    f.set('kosten', '1.250,50');
    f.set('alternatief', '02A05');
    const ok = checkUnmetNeed(f, new Set(['centrum']), new Set(['02A05']));
    expect(ok.errors).toEqual({});
    expect(ok.values.alternativeCostCents).toBe(125_050);
  });

  it('reads euro amounts the Dutch and the English way', () => {
    expect(parseEuroCents('1250')).toBe(125_000);
    expect(parseEuroCents('€ 1.250,50')).toBe(125_050);
    expect(parseEuroCents('1250.5')).toBe(125_050);
    expect(parseEuroCents('')).toBeNull();
    expect(parseEuroCents('twaalf')).toBeNaN();
  });

  it('needs a reason to reject', () => {
    const f = new FormData();
    f.set('antwoord', 'rejected');
    expect(checkNeedAnswer(f).errors.toelichting?.key).toBe('insight.needs.error.reason');
    f.set('antwoord', 'planned');
    expect(checkNeedAnswer(f).errors).toEqual({});
  });
});

describe('months, trends, filters and quadrants', () => {
  it('counts months across a year', () => {
    expect(addMonthsToMonth('2026-01', -1)).toBe('2025-12');
    expect(addMonthsToMonth('2026-11', 2)).toBe('2027-01');
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('calls a series rising, falling or steady', () => {
    expect(trendOf([1, 2, 3, 4, 5, 6])).toBe('rising');
    expect(trendOf([6, 5, 4, 3, 2, 1])).toBe('falling');
    expect(trendOf([3, 3, 3, 3, 3, 4])).toBe('steady');
  });

  it('falls back to defaults for unknown filters and says so', () => {
    const f = parseDashboardFilter(new URLSearchParams('tot=2099-01&maanden=7&wijk=nergens&behoefte=xx'), '2026-11', new Set(['centrum']));
    expect(f).toEqual({ to: '2026-11', months: 12, districtSlug: null, needCode: null, invalid: true });
    expect(parseDashboardFilter(new URLSearchParams('tot=2026-05&maanden=6&wijk=centrum&behoefte=debts'), '2026-11', new Set(['centrum']))).toEqual({
      to: '2026-05',
      months: 6,
      districtSlug: 'centrum',
      needCode: 'debts',
      invalid: false,
    });
  });

  it('places good and affordable top right', () => {
    expect(quadrantOf(5000, 8, 6000, 7.5)).toBe('good_affordable');
    expect(quadrantOf(7000, 8, 6000, 7.5)).toBe('good_expensive');
    expect(quadrantOf(5000, 7, 6000, 7.5)).toBe('weak_affordable');
    expect(quadrantOf(7000, 7, 6000, 7.5)).toBe('weak_expensive');
    expect(quadrantOf(7000, null, 6000, 7.5)).toBeNull();
  });
});
