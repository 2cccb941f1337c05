/**
 * An indication (the volume of support a municipal decision grants) and what it costs at a
 * tariff: "3 uur per week for 26 weken", "2 dagdelen per week for 12 maanden", "30 etmalen".
 * Units are the iStandaarden WJ756 codes of app/domain/enums.ts. Pure: dates are ISO
 * `YYYY-MM-DD` strings, amounts integer cents.
 */
import type { TariffUnit } from './enums';
import type { YearPortion } from './ceiling';

/** How often the volume is given: per week, per month, or once for the whole indication. */
export const indicationFrequencies = ['week', 'month', 'total'] as const;
export type IndicationFrequency = (typeof indicationFrequencies)[number];

export const durationUnits = ['weeks', 'months'] as const;
export type DurationUnit = (typeof durationUnits)[number];

export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;
/** The longest indication we accept: five years. */
export const MAX_DURATION_WEEKS = 5 * WEEKS_PER_YEAR;
export const MAX_DURATION_MONTHS = 5 * MONTHS_PER_YEAR;
/** A volume above this is a typing error whatever the unit. */
export const MAX_VOLUME = 1_000_000;

export interface IndicationInput {
  /** Units per week, per month, or in total (see `frequency`); may have decimals (1,5 uur). */
  volume: number;
  unit: TariffUnit;
  frequency: IndicationFrequency;
  /** First day of the support. */
  start: string;
  /** How long the support lasts. */
  duration?: { count: number; unit: DurationUnit } | null;
  /** Last day of the support (inclusive). When given it wins over `duration`. */
  end?: string | null;
}

export interface IndicationPeriod {
  start: string;
  /** Last day, inclusive. */
  end: string;
  days: number;
  /** Length in weeks and months as the volume counts them (12 months = 52 weeks). */
  weeks: number;
  months: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function toTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const time = toTime(day);
  return Number.isNaN(time) ? day : toDay(time + days * DAY_MS);
}

/** `day` plus whole months; the 31st of a shorter month becomes its last day. */
export function addMonths(day: string, months: number): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + months;
  const target = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(Number(day.slice(8, 10)), lastDay));
  return toDay(target.getTime());
}

/** Days from `start` to `end`, both included. */
export function daysInclusive(start: string, end: string): number {
  return Math.round((toTime(end) - toTime(start)) / DAY_MS) + 1;
}

/**
 * The period of an indication. Weeks and months follow the way people count: 26 weeks is 26
 * weeks, 12 months is 52 weeks. With an end date the length follows the calendar. Without a
 * duration and an end date (a one-off volume such as 30 etmalen) the period is the first day.
 */
export function indicationPeriod(input: Pick<IndicationInput, 'start' | 'duration' | 'end'>): IndicationPeriod {
  const { start } = input;
  if (input.end) {
    const days = daysInclusive(start, input.end);
    return { start, end: input.end, days, weeks: days / 7, months: (days * MONTHS_PER_YEAR) / 365.25 };
  }
  if (input.duration && input.duration.unit === 'weeks') {
    const count = input.duration.count;
    const end = addDays(start, count * 7 - 1);
    return { start, end, days: count * 7, weeks: count, months: (count * MONTHS_PER_YEAR) / WEEKS_PER_YEAR };
  }
  if (input.duration && input.duration.unit === 'months') {
    const count = input.duration.count;
    const end = addDays(addMonths(start, count), -1);
    return { start, end, days: daysInclusive(start, end), weeks: (count * WEEKS_PER_YEAR) / MONTHS_PER_YEAR, months: count };
  }
  return { start, end: start, days: 1, weeks: 1 / 7, months: MONTHS_PER_YEAR / 365.25 };
}

/** The total volume of the indication, in its own unit. */
export function totalUnits(input: IndicationInput, period: IndicationPeriod = indicationPeriod(input)): number {
  switch (input.frequency) {
    case 'week':
      return input.volume * period.weeks;
    case 'month':
      return input.volume * period.months;
    case 'total':
      return input.volume;
  }
}

/** Minutes and hours convert into each other; other units only into themselves. */
export function convertUnits(amount: number, from: TariffUnit, to: TariffUnit): number | null {
  if (from === to) return amount;
  if (from === '04' && to === '01') return amount * 60;
  if (from === '01' && to === '04') return amount / 60;
  return null;
}

/**
 * The estimated cost of the indication at a tariff, in whole cents (rounded once, at the end);
 * null when the tariff's unit cannot be compared with the indication's (hours against dagdelen).
 */
export function indicationCostCents(
  input: IndicationInput,
  tariff: { tariffCents: number; unit: TariffUnit },
  period: IndicationPeriod = indicationPeriod(input),
): number | null {
  const units = convertUnits(totalUnits(input, period), input.unit, tariff.unit);
  if (units === null) return null;
  return Math.round(units * tariff.tariffCents);
}

/**
 * The cost spread over the contract (calendar) years the period touches, by days; the parts add
 * up to exactly `costCents` (largest remainder).
 */
export function splitByContractYear(period: IndicationPeriod, costCents: number): YearPortion[] {
  const firstYear = Number(period.start.slice(0, 4));
  const lastYear = Number(period.end.slice(0, 4));
  const total = daysInclusive(period.start, period.end);
  const years: { year: number; exact: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const from = year === firstYear ? period.start : `${year}-01-01`;
    const to = year === lastYear ? period.end : `${year}-12-31`;
    years.push({ year, exact: (costCents * daysInclusive(from, to)) / total });
  }
  const portions = years.map((y) => ({ year: y.year, costCents: Math.floor(y.exact) }));
  let rest = costCents - portions.reduce((sum, p) => sum + p.costCents, 0);
  const order = years.map((y, i) => [y.exact - Math.floor(y.exact), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0 && order.length > 0; k = (k + 1) % order.length, rest--) portions[order[k]![1]]!.costCents += 1;
  return portions;
}

// ---------------------------------------------------------------------------------------------
// Validation: pure, so the form schema, the loader and the tests share one set of rules
// ---------------------------------------------------------------------------------------------

/** How many of a unit fit in one day; units without a natural limit are absent. */
const perDay: Partial<Record<TariffUnit, number>> = { '01': 24 * 60, '04': 24, '14': 1, '16': 3 };

/** The most of `unit` that fits in one `frequency` (a week has 168 hours); null when unlimited. */
export function maximumVolume(unit: TariffUnit, frequency: IndicationFrequency, period?: IndicationPeriod): number | null {
  const day = perDay[unit];
  if (day === undefined) return null;
  switch (frequency) {
    case 'week':
      return day * 7;
    case 'month':
      return day * 31;
    case 'total':
      return period ? day * period.days : null;
  }
}

export type IndicationField = 'volume' | 'duration' | 'start' | 'end';

export type IndicationIssue =
  | { field: 'volume'; code: 'notPositive' }
  | { field: 'volume'; code: 'tooLarge'; max: number }
  | { field: 'volume'; code: 'tooMuch'; max: number; unit: TariffUnit; frequency: IndicationFrequency }
  | { field: 'duration'; code: 'missing' | 'notPositive' | 'tooLong' }
  | { field: 'start' | 'end'; code: 'invalidDate' }
  | { field: 'end'; code: 'beforeStart' | 'tooLong' };

/** Every problem with an indication, each tied to the field where the user can fix it. */
export function indicationIssues(input: {
  volume: number;
  unit: TariffUnit;
  frequency: IndicationFrequency;
  start: string;
  duration?: { count: number; unit: DurationUnit } | null;
  end?: string | null;
}): IndicationIssue[] {
  const issues: IndicationIssue[] = [];
  const startValid = isIsoDate(input.start);
  const endValid = !input.end || isIsoDate(input.end);
  if (!startValid) issues.push({ field: 'start', code: 'invalidDate' });
  if (!endValid) issues.push({ field: 'end', code: 'invalidDate' });

  let period: IndicationPeriod | undefined;
  if (input.end && startValid && endValid) {
    if (input.end < input.start) issues.push({ field: 'end', code: 'beforeStart' });
    else if (input.end > addDays(addMonths(input.start, MAX_DURATION_MONTHS), -1)) issues.push({ field: 'end', code: 'tooLong' });
    else period = indicationPeriod({ start: input.start, end: input.end });
  } else if (!input.end && input.duration) {
    const { count, unit } = input.duration;
    if (!(count > 0) || !Number.isInteger(count)) issues.push({ field: 'duration', code: 'notPositive' });
    else if (count > (unit === 'weeks' ? MAX_DURATION_WEEKS : MAX_DURATION_MONTHS)) issues.push({ field: 'duration', code: 'tooLong' });
    else if (startValid) period = indicationPeriod({ start: input.start, duration: input.duration });
  } else if (!input.end && input.frequency !== 'total') {
    issues.push({ field: 'duration', code: 'missing' });
  } else if (startValid && !input.end) {
    period = indicationPeriod({ start: input.start });
  }

  if (!(input.volume > 0) || !Number.isFinite(input.volume)) {
    issues.push({ field: 'volume', code: 'notPositive' });
  } else if (input.volume > MAX_VOLUME) {
    issues.push({ field: 'volume', code: 'tooLarge', max: MAX_VOLUME });
  } else {
    // A one-off total is checked against the whole period only when the period is known.
    const max = maximumVolume(input.unit, input.frequency, input.frequency === 'total' ? (input.end || input.duration ? period : undefined) : undefined);
    if (max !== null && input.volume > max) {
      issues.push({ field: 'volume', code: 'tooMuch', max, unit: input.unit, frequency: input.frequency });
    }
  }
  return issues;
}

/** Today's date in the Netherlands (YYYY-MM-DD), the default first day of an indication. */
export function dutchDay(moment: Date): string {
  return dutchDayFormat.format(moment);
}

/** Built once: a DateTimeFormat with a time zone costs far more to build than to use. */
const dutchDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
