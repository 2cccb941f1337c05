/**
 * A long comparison (household help: 47 providers) shows its best rows first: the first rows in
 * the chosen order, and always the best choice, with "show all" as a plain link (`alle=1`).
 * The alternatives a shown row names keep their name and cost even when their own row is not
 * shown. Pure.
 */
export const COLLAPSED_ROWS = 10;
/** The chart shows this many cheapest providers; the rest are in the table. */
export const CHART_BARS = 10;

export interface VisibleComparison<T> {
  rows: T[];
  total: number;
  hidden: number;
}

export function visibleComparisonRows<T extends { bestChoice: boolean }>(rows: readonly T[], showAll: boolean, limit: number = COLLAPSED_ROWS): VisibleComparison<T> {
  const shown = showAll ? [...rows] : rows.filter((row, index) => index < limit || row.bestChoice);
  return { rows: shown, total: rows.length, hidden: rows.length - shown.length };
}

/** Name and cost of every row a shown row names as an alternative, from all rows. */
export function alternativeFacts<T extends { key: string; organizationName: string; costCents: number | null; alternatives: readonly string[] }>(
  shown: readonly T[],
  all: readonly T[],
): Record<string, { organizationName: string; costCents: number | null }> {
  const byKey = new Map(all.map((row) => [row.key, row]));
  const result: Record<string, { organizationName: string; costCents: number | null }> = {};
  for (const row of shown) {
    for (const key of row.alternatives) {
      const other = byKey.get(key);
      if (other) result[key] = { organizationName: other.organizationName, costCents: other.costCents };
    }
  }
  return result;
}

/** Whether the address asks for every row. */
export function wantsAllRows(params: URLSearchParams): boolean {
  return params.get('alle') === '1';
}
