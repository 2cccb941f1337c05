/**
 * The budget-ceiling and national-procurement rules, in one place so search cards, provider
 * pages, the comparison and the shortlist never disagree. Pure: amounts in integer cents.
 */

export const ceilingStatuses = ['none', 'room', 'nearly_reached', 'reached'] as const;
export type CeilingStatus = (typeof ceilingStatuses)[number];

export interface CeilingThresholds {
  /** Utilisation in percent from which the ceiling is nearly reached (default 80). */
  nearlyReachedPercent: number;
  /** Utilisation in percent from which the ceiling is reached (default 100). */
  reachedPercent: number;
}

export const defaultThresholds: CeilingThresholds = { nearlyReachedPercent: 80, reachedPercent: 100 };

export interface Ceiling {
  year: number;
  ceilingCents: number;
  committedCents: number;
}

export interface CeilingAssessment {
  status: CeilingStatus;
  /** committed / ceiling as a fraction (1 = 100 %), null without a ceiling. */
  utilisation: number | null;
  /** What is left under the ceiling, never negative; null without a ceiling. */
  remainingCents: number | null;
}

/** The ceiling for the contract year that contains `onDate`, if any. */
export function ceilingForYear(ceilings: readonly Ceiling[], onDate: Date): Ceiling | undefined {
  const year = onDate.getUTCFullYear();
  return ceilings.find((c) => c.year === year);
}

export function assessCeiling(ceiling: Ceiling | undefined, thresholds: CeilingThresholds = defaultThresholds): CeilingAssessment {
  if (!ceiling) return { status: 'none', utilisation: null, remainingCents: null };
  const remainingCents = Math.max(0, ceiling.ceilingCents - ceiling.committedCents);
  if (ceiling.ceilingCents <= 0) return { status: 'reached', utilisation: null, remainingCents: 0 };
  const utilisation = ceiling.committedCents / ceiling.ceilingCents;
  // Compare in integer arithmetic so exactly 80 % is "nearly reached", not a rounding accident.
  const percentTimesCeiling = ceiling.committedCents * 100;
  const status: CeilingStatus =
    percentTimesCeiling >= thresholds.reachedPercent * ceiling.ceilingCents
      ? 'reached'
      : percentTimesCeiling >= thresholds.nearlyReachedPercent * ceiling.ceilingCents
        ? 'nearly_reached'
        : 'room';
  return { status, utilisation, remainingCents };
}

/** Whether an indication costing `costCents` still fits under the ceiling. No ceiling: it fits. */
export function fitsInRoom(assessment: CeilingAssessment, costCents: number): boolean {
  if (assessment.status === 'none') return true;
  if (assessment.status === 'reached') return false;
  return (assessment.remainingCents ?? 0) >= costCents;
}

/** What a citizen may learn: only that the provider takes no new clients via the municipality. */
export function takesNoNewClientsViaMunicipality(assessment: CeilingAssessment): boolean {
  return assessment.status === 'reached';
}

export interface NationalProcurement {
  categoryCode: string;
  productCode: string | null;
  organizationId: string;
  organizationName: string;
  /** For a link to the national provider's page, when known. */
  organizationSlug?: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * The national procurements that cover a local product on `onDate`: same product code, or the
 * same category when the national entry names no product.
 */
export function nationalCoverage(
  product: { categoryCode: string; productCode: string | null },
  procurements: readonly NationalProcurement[],
  onDate: Date,
): NationalProcurement[] {
  const day = onDate.toISOString().slice(0, 10);
  return procurements.filter(
    (p) =>
      p.validFrom <= day &&
      (p.validTo === null || p.validTo >= day) &&
      p.categoryCode === product.categoryCode &&
      (p.productCode === null || p.productCode === product.productCode),
  );
}

// ---------------------------------------------------------------------------------------------
// Contracts, contract years and an indication against the ceiling
// ---------------------------------------------------------------------------------------------

/** The validity of a contract (tariff): ISO dates, `validTo` inclusive, archived contracts never valid. */
export interface ContractValidity {
  validFrom: string;
  validTo: string | null;
  archived?: boolean;
}

/** Whether a contract's tariff applies on `day` (YYYY-MM-DD). Expired and archived contracts do not. */
export function contractIsValidOn(contract: ContractValidity, day: string): boolean {
  if (contract.archived) return false;
  return contract.validFrom <= day && (contract.validTo === null || contract.validTo >= day);
}

/** Whether a contract that is valid at the start ends before `lastDay` (the indication outlives it). */
export function contractEndsBefore(contract: ContractValidity, lastDay: string): boolean {
  return contract.validTo !== null && contract.validTo < lastDay;
}

/** The part of an indication's cost that falls in one contract year (a calendar year). */
export interface YearPortion {
  year: number;
  costCents: number;
}

export interface YearRoom {
  year: number;
  costCents: number;
  assessment: CeilingAssessment;
  fits: boolean;
}

export interface IndicationRoom {
  /** The assessment for the contract year in which the indication starts. */
  start: CeilingAssessment;
  /** One entry per contract year the indication touches. */
  years: YearRoom[];
  /** True when the cost of every contract year fits in that year's room. */
  fits: boolean;
}

/**
 * Whether an indication fits under a provider's ceilings, contract year by contract year: the
 * part of the cost that falls in a year must fit in that year's room. A year without a ceiling
 * (not set yet) does not block.
 */
export function assessIndicationRoom(
  ceilings: readonly Ceiling[],
  portions: readonly YearPortion[],
  thresholds: CeilingThresholds = defaultThresholds,
): IndicationRoom {
  const years = portions.map((portion) => {
    const assessment = assessCeiling(ceilings.find((c) => c.year === portion.year), thresholds);
    return { year: portion.year, costCents: portion.costCents, assessment, fits: fitsInRoom(assessment, portion.costCents) };
  });
  const start = years[0]?.assessment ?? assessCeiling(undefined, thresholds);
  return { start, years, fits: years.every((y) => y.fits) };
}

/**
 * Everything the rules say about one organisation and one product on a day: the ceiling status
 * and room, whether an indication of `costCents` fits (null without a cost), and the national
 * procurements that already cover the product. The search cards, the provider page, the
 * comparison and the shortlist all call this, so they cannot disagree.
 */
export interface OfferAssessment {
  ceiling: CeilingAssessment;
  fits: boolean | null;
  national: NationalProcurement[];
}

export function assessOffer(input: {
  ceilings: readonly Ceiling[];
  product: { categoryCode: string; productCode: string | null };
  procurements: readonly NationalProcurement[];
  onDate: Date;
  costCents?: number | null;
  thresholds?: CeilingThresholds;
}): OfferAssessment {
  const ceiling = assessCeiling(ceilingForYear(input.ceilings, input.onDate), input.thresholds ?? defaultThresholds);
  const costCents = input.costCents ?? null;
  return {
    ceiling,
    fits: costCents === null ? null : fitsInRoom(ceiling, costCents),
    national: nationalCoverage(input.product, input.procurements, input.onDate),
  };
}
