/**
 * The comparison of contracted providers for one indication: the difference with the cheapest,
 * the cheapest provider that can actually take the client, alternatives for providers whose
 * ceiling is reached, and sorting by every column. Pure: the model gathers the facts, this
 * module decides what they mean.
 */
import type { CeilingAssessment, CeilingStatus, YearRoom } from './ceiling';
import type { ServiceStatus, TariffUnit } from './enums';

/** What the comparison form offers: products with contracts, grouped by category, and the districts. */
export interface CompareOptions {
  categories: { code: string; nameNl: string; nameEn: string; products: { code: string; nameNl: string; nameEn: string; unit: TariffUnit | null }[] }[];
  districts: { slug: string; name: string }[];
}

export interface ComparisonFacts {
  /** The contract id: one row per contract (organisation × product). */
  key: string;
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  serviceId: string | null;
  serviceName: string | null;
  serviceStatus: ServiceStatus | null;
  productCode: string;
  productNameNl: string;
  productNameEn: string;
  tariffCents: number;
  unit: TariffUnit;
  contractValidTo: string | null;
  /** The contract ends before the indication does. */
  contractEndsEarly: boolean;
  /** Estimated cost of the indication; null when the tariff's unit cannot be compared. */
  costCents: number | null;
  /** The ceiling in the contract year the indication starts. */
  ceiling: CeilingAssessment;
  /** Per contract year the indication touches: its part of the cost and whether it fits. */
  years: YearRoom[];
  /** The indication fits in the room of every contract year it touches. */
  fits: boolean;
  citizenMark: number | null;
  citizenCount: number;
  citizenProvisional: boolean;
  staffMark: number | null;
  staffCount: number;
  waitingWeeks: number | null;
  acceptingNewClients: boolean;
  districts: string[];
  distanceKm: number | null;
}

export interface ComparisonRow extends ComparisonFacts {
  /** Cost minus the cheapest cost, null when this row or nobody has a comparable cost. */
  differenceCents: number | null;
  /** The difference as a fraction of the cheapest cost (0.25 = 25 % more expensive). */
  differenceFraction: number | null;
  /** Lowest estimated cost of all rows. */
  cheapest: boolean;
  /** The cheapest provider that has room for this indication and takes new clients. */
  bestChoice: boolean;
  /** Can take this client now: room for the indication, accepting new clients, open. */
  available: boolean;
  /** For a provider whose ceiling is reached (or that has no room): keys of rows that can take the client. */
  alternatives: string[];
}

/** Whether the provider can take this client through the municipality now. */
export function isAvailable(row: ComparisonFacts): boolean {
  return (
    row.costCents !== null &&
    row.ceiling.status !== 'reached' &&
    row.fits &&
    row.acceptingNewClients &&
    row.serviceStatus !== 'temporarily_closed' &&
    row.serviceStatus !== 'inactive'
  );
}

/** `a.localeCompare(b, 'nl')` without building the collation for every pair (sorting rows compared thousands). */
export const compareDutch = new Intl.Collator('nl').compare;

/** The cheaper of two rows; ties go to the better citizen mark, then the name (stable). */
function byCost(a: ComparisonFacts, b: ComparisonFacts): number {
  return (
    (a.costCents ?? Infinity) - (b.costCents ?? Infinity) ||
    (b.citizenMark ?? -1) - (a.citizenMark ?? -1) ||
    compareDutch(a.organizationName, b.organizationName) ||
    a.key.localeCompare(b.key)
  );
}

export const MAX_ALTERNATIVES = 3;

/** Adds the difference with the cheapest, the best choice and the alternatives to every row. */
export function annotateComparison(facts: readonly ComparisonFacts[]): ComparisonRow[] {
  const costs = facts.map((f) => f.costCents).filter((c): c is number => c !== null);
  const cheapestCost = costs.length > 0 ? Math.min(...costs) : null;
  const availableRows = facts.filter(isAvailable).sort(byCost);
  const best = availableRows[0];
  return facts.map((row) => {
    const available = isAvailable(row);
    const differenceCents = row.costCents !== null && cheapestCost !== null ? row.costCents - cheapestCost : null;
    const differenceFraction =
      differenceCents !== null && cheapestCost !== null && cheapestCost > 0 ? differenceCents / cheapestCost : differenceCents === 0 ? 0 : null;
    return {
      ...row,
      differenceCents,
      differenceFraction,
      cheapest: cheapestCost !== null && row.costCents === cheapestCost,
      bestChoice: best !== undefined && row.key === best.key,
      available,
      alternatives: available || row.costCents === null ? [] : alternativesFor(row, availableRows),
    };
  });
}

/**
 * Rows that can take the client instead, cheapest first; the same product first when there is
 * one, so a specialist product is not offered as the alternative to a basic one by accident.
 */
export function alternativesFor(row: ComparisonFacts, availableRows: readonly ComparisonFacts[], max = MAX_ALTERNATIVES): string[] {
  const others = availableRows.filter((r) => r.organizationId !== row.organizationId);
  const sameProduct = others.filter((r) => r.productCode === row.productCode);
  const pool = sameProduct.length > 0 ? sameProduct : others;
  return [...pool].sort(byCost).slice(0, max).map((r) => r.key);
}

// ---------------------------------------------------------------------------------------------
// Sorting: one URL key per column, values that are unknown always last
// ---------------------------------------------------------------------------------------------

export const comparisonSortKeys = [
  'aanbieder',
  'tarief',
  'kosten',
  'verschil',
  'plafond',
  'ruimte',
  'past',
  'cijfer',
  'bevinding',
  'wachttijd',
  'nieuwe-clienten',
  'afstand',
] as const;
export type ComparisonSortKey = (typeof comparisonSortKeys)[number];

export const sortDirections = ['op', 'af'] as const;
export type SortDirection = (typeof sortDirections)[number];

const statusOrder: Record<CeilingStatus, number> = { none: 0, room: 1, nearly_reached: 2, reached: 3 };

type SortValue = number | string | null;

function sortValue(row: ComparisonRow, key: ComparisonSortKey): SortValue {
  switch (key) {
    case 'aanbieder':
      return row.organizationName;
    case 'tarief':
      return row.tariffCents;
    case 'kosten':
      return row.costCents;
    case 'verschil':
      return row.differenceCents;
    case 'plafond':
      return statusOrder[row.ceiling.status];
    case 'ruimte':
      // No ceiling means no limit: more room than any amount.
      return row.ceiling.status === 'none' ? Number.MAX_SAFE_INTEGER : row.ceiling.remainingCents;
    case 'past':
      return row.fits ? 1 : 0;
    case 'cijfer':
      return row.citizenMark;
    case 'bevinding':
      return row.staffMark;
    case 'wachttijd':
      return row.waitingWeeks;
    case 'nieuwe-clienten':
      return row.acceptingNewClients ? 1 : 0;
    case 'afstand':
      return row.distanceKm ?? (row.districts[0] ?? null);
  }
}

/** The direction a column sorts in when first chosen: cheapest, nearest, shortest wait or best mark first. */
export function defaultDirection(key: ComparisonSortKey): SortDirection {
  return key === 'cijfer' || key === 'bevinding' || key === 'ruimte' || key === 'past' || key === 'nieuwe-clienten' ? 'af' : 'op';
}

/** Sorted copy; unknown values last in both directions; ties by cost, then name. */
export function sortComparison(rows: readonly ComparisonRow[], key: ComparisonSortKey, direction: SortDirection): ComparisonRow[] {
  const sign = direction === 'op' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb) {
      // A known distance sorts before a district name.
      if (typeof va !== typeof vb) return typeof va === 'number' ? -1 : 1;
      const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : compareDutch(String(va), String(vb));
      if (order !== 0) return sign * order;
    }
    return byCost(a, b);
  });
}

// ---------------------------------------------------------------------------------------------
// Distance
// ---------------------------------------------------------------------------------------------

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest of a set of points, or null when none is known. */
export function nearestKm(from: Point, points: readonly Point[]): number | null {
  if (points.length === 0) return null;
  return Math.min(...points.map((p) => distanceKm(from, p)));
}

/** Dutch postcode "1234 AB", "1234ab" or just "1234" → the four digits, or null. */
export function postcodeDigits(value: string): string | null {
  const match = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})?\s*$/.exec(value);
  return match ? match[1]! : null;
}

// ---------------------------------------------------------------------------------------------
// Tariff bands: where a tariff sits among the tariffs of the same product
// ---------------------------------------------------------------------------------------------

/** The lower, middle and upper third of the tariffs of one product (units differ per product). */
export const tariffBands = ['laag', 'midden', 'hoog'] as const;
export type TariffBand = (typeof tariffBands)[number];

/**
 * The band of `cents` among `all` tariffs of the same product: the share of tariffs strictly
 * lower decides (below a third: low; below two thirds: middle; else high). With fewer than
 * three tariffs there is nothing to compare with: middle.
 */
export function tariffBand(cents: number, all: readonly number[]): TariffBand {
  if (all.length < 3) return 'midden';
  const lower = all.filter((c) => c < cents).length / all.length;
  return lower < 1 / 3 ? 'laag' : lower < 2 / 3 ? 'midden' : 'hoog';
}
