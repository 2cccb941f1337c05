/**
 * Dated values summed from a cutoff on, without going back to the database: what a "last four
 * years" mark needs for any moment. The entries are database facts (the same until anything is
 * written, so they can be remembered until a write); only the cutoff depends on the moment, and it
 * is applied per request by a binary search over the dates and a subtraction of running sums.
 */

export interface DatedSeries {
  /** Seconds since the epoch, ascending. */
  readonly at: readonly number[];
  /** `tail[k][i]`: the sum of value k over entries i to the end; `tail[k][at.length]` is 0. */
  readonly tail: readonly (readonly number[])[];
}

/** A series of entries that each carry `width` values (in any order; sorted here by date). */
export function datedSeries(entries: readonly { at: number; values: readonly number[] }[], width: number): DatedSeries {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  const tail = Array.from({ length: width }, () => new Array<number>(sorted.length + 1).fill(0));
  for (let i = sorted.length - 1; i >= 0; i--) {
    for (let k = 0; k < width; k++) tail[k]![i] = tail[k]![i + 1]! + (sorted[i]!.values[k] ?? 0);
  }
  return { at: sorted.map((entry) => entry.at), tail };
}

/** The first position whose date is at or after `cutoff` (the length when none is). */
function firstFrom(at: readonly number[], cutoff: number): number {
  let low = 0;
  let high = at.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (at[middle]! < cutoff) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many entries are dated at or after `cutoff`, and the sum of each of their values. */
export function totalsFrom(series: DatedSeries | undefined, cutoff: number): { count: number; sums: number[] } {
  if (!series) return { count: 0, sums: [] };
  const first = firstFrom(series.at, cutoff);
  return { count: series.at.length - first, sums: series.tail.map((column) => column[first]!) };
}

/** How many entries are dated at or after `cutoff`: which entries count (always the latest ones), so it tells apart every result `totalsFrom` can give. */
export function countFrom(series: DatedSeries | undefined, cutoff: number): number {
  return series ? series.at.length - firstFrom(series.at, cutoff) : 0;
}

/** Groups rows by a key into series (rows of one key in any order). */
export function seriesByKey<Row>(rows: readonly Row[], keyOf: (row: Row) => string, entryOf: (row: Row) => { at: number; values: readonly number[] }, width: number): Map<string, DatedSeries> {
  const grouped = new Map<string, { at: number; values: readonly number[] }[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = grouped.get(key);
    if (list) list.push(entryOf(row));
    else grouped.set(key, [entryOf(row)]);
  }
  const result = new Map<string, DatedSeries>();
  for (const [key, entries] of grouped) result.set(key, datedSeries(entries, width));
  return result;
}
