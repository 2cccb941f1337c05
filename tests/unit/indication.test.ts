import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  convertUnits,
  indicationCostCents,
  indicationIssues,
  indicationPeriod,
  maximumVolume,
  splitByContractYear,
  totalUnits,
  type IndicationInput,
} from '../../app/domain/indication';

const hoursPerWeek = (volume: number, weeks: number, start = '2026-03-02'): IndicationInput => ({
  volume,
  unit: '04',
  frequency: 'week',
  start,
  duration: { count: weeks, unit: 'weeks' },
});

describe('indication period', () => {
  it('counts 26 weeks as 26 weeks and ends the day before the 27th week starts', () => {
    const period = indicationPeriod({ start: '2026-03-02', duration: { count: 26, unit: 'weeks' } });
    expect(period).toMatchObject({ start: '2026-03-02', end: '2026-08-30', days: 182, weeks: 26 });
  });

  it('counts 12 months as 52 weeks and follows the calendar for the last day', () => {
    const period = indicationPeriod({ start: '2026-01-15', duration: { count: 12, unit: 'months' } });
    expect(period).toMatchObject({ end: '2027-01-14', weeks: 52, months: 12, days: 365 });
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('uses the calendar between a start and an end date (both days included)', () => {
    const period = indicationPeriod({ start: '2026-01-01', end: '2026-01-14' });
    expect(period).toMatchObject({ days: 14, weeks: 2 });
  });
});

describe('cost of an indication', () => {
  it('multiplies volume, duration and tariff: 3 hours a week for 26 weeks at € 62,50 an hour', () => {
    const input = hoursPerWeek(3, 26);
    expect(totalUnits(input)).toBe(78);
    expect(indicationCostCents(input, { tariffCents: 6250, unit: '04' })).toBe(78 * 6250);
  });

  it('converts hours to a tariff per minute and back', () => {
    const input = hoursPerWeek(1.5, 10);
    expect(indicationCostCents(input, { tariffCents: 170, unit: '01' })).toBe(15 * 60 * 170);
    const minutes: IndicationInput = { ...input, unit: '01', volume: 90 };
    expect(indicationCostCents(minutes, { tariffCents: 6000, unit: '04' })).toBe(15 * 6000);
    expect(convertUnits(120, '01', '04')).toBe(2);
  });

  it('cannot compare hours with dagdelen, etmalen or pieces', () => {
    const input = hoursPerWeek(3, 26);
    for (const unit of ['14', '16', '82', '83', '84'] as const) {
      expect(indicationCostCents(input, { tariffCents: 5000, unit })).toBeNull();
    }
  });

  it('handles dagdelen per week for a year, 30 etmalen in total and a budget in euros', () => {
    const dagdelen: IndicationInput = { volume: 2, unit: '16', frequency: 'week', start: '2026-01-05', duration: { count: 12, unit: 'months' } };
    expect(indicationCostCents(dagdelen, { tariffCents: 4500, unit: '16' })).toBe(2 * 52 * 4500);
    const etmalen: IndicationInput = { volume: 30, unit: '14', frequency: 'total', start: '2026-05-01' };
    expect(indicationCostCents(etmalen, { tariffCents: 15000, unit: '14' })).toBe(30 * 15000);
    const euros: IndicationInput = { volume: 2500, unit: '83', frequency: 'total', start: '2026-05-01' };
    expect(indicationCostCents(euros, { tariffCents: 100, unit: '83' })).toBe(250_000);
  });

  it('per month counts months (4 hours a month for 6 months)', () => {
    const input: IndicationInput = { volume: 4, unit: '04', frequency: 'month', start: '2026-02-01', duration: { count: 6, unit: 'months' } };
    expect(indicationCostCents(input, { tariffCents: 5000, unit: '04' })).toBe(24 * 5000);
  });

  it('rounds to whole cents once, at the end', () => {
    const input: IndicationInput = { volume: 1, unit: '01', frequency: 'week', start: '2026-02-02', duration: { count: 3, unit: 'weeks' } };
    // 3 minutes at € 62,51 an hour = 312,55 cents → 313
    expect(indicationCostCents(input, { tariffCents: 6251, unit: '04' })).toBe(313);
  });
});

describe('contract years', () => {
  it('puts an indication inside one year in that year', () => {
    const period = indicationPeriod({ start: '2026-03-02', duration: { count: 26, unit: 'weeks' } });
    expect(splitByContractYear(period, 487_500)).toEqual([{ year: 2026, costCents: 487_500 }]);
  });

  it('splits an indication over the turn of the year by days, to the cent', () => {
    // 2026-12-18 … 2027-01-14: 14 days in 2026, 14 days in 2027
    const period = indicationPeriod({ start: '2026-12-18', duration: { count: 4, unit: 'weeks' } });
    expect(period.end).toBe('2027-01-14');
    expect(splitByContractYear(period, 1001)).toEqual([
      { year: 2026, costCents: 501 },
      { year: 2027, costCents: 500 },
    ]);
  });

  it('always adds up to the total (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 1, max: 260 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        (offset, weeks, cost) => {
          const start = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
          const parts = splitByContractYear(indicationPeriod({ start, duration: { count: weeks, unit: 'weeks' } }), cost);
          expect(parts.reduce((sum, p) => sum + p.costCents, 0)).toBe(cost);
          expect(parts.every((p) => p.costCents >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe('validation', () => {
  const base = { unit: '04' as const, frequency: 'week' as const, start: '2026-03-02', duration: { count: 26, unit: 'weeks' as const } };

  it('accepts a normal indication', () => {
    expect(indicationIssues({ ...base, volume: 3 })).toEqual([]);
  });

  it('refuses a volume of 0 at the volume field', () => {
    expect(indicationIssues({ ...base, volume: 0 })).toEqual([{ field: 'volume', code: 'notPositive' }]);
    expect(indicationIssues({ ...base, volume: -2 })).toEqual([{ field: 'volume', code: 'notPositive' }]);
  });

  it('allows exactly 168 hours a week and refuses more', () => {
    expect(indicationIssues({ ...base, volume: 168 })).toEqual([]);
    expect(indicationIssues({ ...base, volume: 168.25 })).toEqual([
      { field: 'volume', code: 'tooMuch', max: 168, unit: '04', frequency: 'week' },
    ]);
    expect(indicationIssues({ ...base, unit: '01', volume: 168 * 60 + 1 })[0]).toMatchObject({ field: 'volume', max: 10_080 });
    expect(maximumVolume('14', 'week')).toBe(7);
    expect(maximumVolume('16', 'month')).toBe(93);
    expect(maximumVolume('82', 'week')).toBeNull();
  });

  it('refuses an end date before the start date at the end field', () => {
    expect(indicationIssues({ ...base, volume: 3, end: '2026-03-01' })).toEqual([{ field: 'end', code: 'beforeStart' }]);
    expect(indicationIssues({ ...base, volume: 3, end: '2026-03-02' })).toEqual([]);
  });

  it('asks for a duration unless the volume is a one-off total', () => {
    expect(indicationIssues({ ...base, duration: null, volume: 3 })).toEqual([{ field: 'duration', code: 'missing' }]);
    expect(indicationIssues({ ...base, frequency: 'total', unit: '14', duration: null, volume: 30 })).toEqual([]);
  });

  it('refuses a duration of 0 weeks or longer than five years, and impossible dates', () => {
    expect(indicationIssues({ ...base, volume: 3, duration: { count: 0, unit: 'weeks' } })).toEqual([{ field: 'duration', code: 'notPositive' }]);
    expect(indicationIssues({ ...base, volume: 3, duration: { count: 61, unit: 'months' } })).toEqual([{ field: 'duration', code: 'tooLong' }]);
    expect(indicationIssues({ ...base, volume: 3, start: '2026-02-30' })).toContainEqual({ field: 'start', code: 'invalidDate' });
  });

  it('checks a total against the days of its period', () => {
    const etmalen = { volume: 31, unit: '14' as const, frequency: 'total' as const, start: '2026-05-01', end: '2026-05-30' };
    expect(indicationIssues(etmalen)).toEqual([{ field: 'volume', code: 'tooMuch', max: 30, unit: '14', frequency: 'total' }]);
    expect(indicationIssues({ ...etmalen, volume: 30 })).toEqual([]);
  });
});
