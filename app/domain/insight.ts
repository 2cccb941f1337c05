/**
 * The rules of recording and insight (issue 13). Pure.
 *
 * - Suppression: a cell (a count, or an amount or share derived from records) that rests on
 *   fewer than MIN_CELL_RECORDS records is not shown to anyone below the administrator — in
 *   charts, tables and exports alike — so a small group cannot be traced back to a resident.
 * - The recorded choice: its estimated cost and whether it was the cheapest offer with room.
 * - Months, trends, the share "general before paid" and the value map's quadrants.
 */
import type { ComparisonRow } from './compare';
import { generalNeeds, type Role } from './enums';
import { productCategories } from './categories';
import { hasPermission } from './permissions';

export const MIN_CELL_RECORDS = 5;

/** Only those with `read:small-cells:any` (administrators) see cells that rest on fewer than MIN_CELL_RECORDS records. */
export function seesSmallCells(role: Role | 'anonymous'): boolean {
  return role !== 'anonymous' && hasPermission(role, 'read:small-cells:any');
}

/** A count as it may be shown: null when it must be suppressed (0 is shown: it reveals nobody). */
export function suppressCount(count: number, showSmall: boolean): number | null {
  return showSmall || count === 0 || count >= MIN_CELL_RECORDS ? count : null;
}

/** A value derived from `records` records (an amount, a share): null when those records are too few. */
export function suppressValue<T>(value: T, records: number, showSmall: boolean): T | null {
  return showSmall || records >= MIN_CELL_RECORDS ? value : null;
}

/**
 * A share part/total where both may be shown; null when either would be suppressed (a share of
 * a visible total would reveal a suppressed part) or the total is 0.
 */
export function suppressedShare(part: number, total: number, showSmall: boolean): number | null {
  if (total === 0) return null;
  const rest = total - part;
  if (!showSmall && ((part > 0 && part < MIN_CELL_RECORDS) || (rest > 0 && rest < MIN_CELL_RECORDS))) return null;
  return part / total;
}

// ---------------------------------------------------------------------------------------------
// The recorded choice
// ---------------------------------------------------------------------------------------------

export interface ChoiceFacts {
  estimatedCostCents: number | null;
  cheapestWithRoom: boolean;
}

/**
 * What is recorded for the chosen row of a comparison: its estimated cost (the comparison's,
 * from the tariff and the indication) and whether it was the cheapest offer with room — the row
 * is available (room, taking new clients, open) and no available row is cheaper. A tie with the
 * best choice counts as cheapest.
 */
export function choiceFacts(chosen: ComparisonRow, rows: readonly ComparisonRow[]): ChoiceFacts {
  const cheapestAvailable = rows
    .filter((r) => r.available && r.costCents !== null)
    .reduce<number | null>((min, r) => (min === null || r.costCents! < min ? r.costCents! : min), null);
  const cheapestWithRoom = chosen.available && chosen.costCents !== null && cheapestAvailable !== null && chosen.costCents <= cheapestAvailable;
  return { estimatedCostCents: chosen.costCents, cheapestWithRoom };
}

// ---------------------------------------------------------------------------------------------
// Months and needs
// ---------------------------------------------------------------------------------------------

/** "2026-11" from "2026-11-03". */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function addMonthsToMonth(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonthsToMonth(last, i - count + 1));
}

/** Every need a recording can name: the iWmo/iJw categories and the general needs. */
export const needCodes: readonly string[] = [...productCategories.map((c) => c.code), ...generalNeeds];

export function isNeedCode(code: string): boolean {
  return needCodes.includes(code);
}

// ---------------------------------------------------------------------------------------------
// Trends
// ---------------------------------------------------------------------------------------------

export const trends = ['rising', 'steady', 'falling'] as const;
export type Trend = (typeof trends)[number];

/**
 * The trend of a monthly series: the last three months against the three before. Rising or
 * falling when the difference is at least a quarter of the earlier count and at least 2.
 */
export function trendOf(series: readonly number[]): Trend {
  const recent = series.slice(-3).reduce((a, b) => a + b, 0);
  const before = series.slice(-6, -3).reduce((a, b) => a + b, 0);
  const difference = recent - before;
  if (Math.abs(difference) < 2 || Math.abs(difference) < before / 4) return 'steady';
  return difference > 0 ? 'rising' : 'falling';
}

// ---------------------------------------------------------------------------------------------
// The value map: tariff against marks
// ---------------------------------------------------------------------------------------------

export const quadrants = ['good_affordable', 'good_expensive', 'weak_affordable', 'weak_expensive'] as const;
export type Quadrant = (typeof quadrants)[number];

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The quadrant of a provider: good means a mark at or above the product's median mark,
 * affordable a tariff at or below the product's median tariff. Null without a mark.
 */
export function quadrantOf(tariffCents: number, mark: number | null, medianTariff: number, medianMark: number | null): Quadrant | null {
  if (mark === null || medianMark === null) return null;
  const good = mark >= medianMark;
  const affordable = tariffCents <= medianTariff;
  return good ? (affordable ? 'good_affordable' : 'good_expensive') : affordable ? 'weak_affordable' : 'weak_expensive';
}
