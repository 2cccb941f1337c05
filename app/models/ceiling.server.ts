/**
 * Budget-ceiling facts per organisation, assessed with the rules in app/domain/ceiling.ts and the
 * thresholds from the environment. Two doors: the full assessment for professionals, and the
 * single consequence a citizen may learn.
 */
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { budgetCeilings, nationalProcurements, organizations } from '../../db/schema';
import {
  assessCeiling,
  nationalCoverage,
  takesNoNewClientsViaMunicipality,
  type Ceiling,
  type CeilingAssessment,
  type CeilingThresholds,
  type NationalProcurement,
} from '../domain/ceiling';
import { assertCanSee, type Viewer } from '../domain/visibility';
import { getEnv } from '../env.server';
import { once, rememberedUntilWrite } from './prepared.server';

export function ceilingThresholds(): CeilingThresholds {
  const env = getEnv();
  return { nearlyReachedPercent: env.CEILING_NEARLY_REACHED_PERCENT, reachedPercent: env.CEILING_REACHED_PERCENT };
}

function assessments(db: Db, organizationIds: readonly string[], onDate: Date): Map<string, CeilingAssessment> {
  const result = new Map<string, CeilingAssessment>();
  if (organizationIds.length === 0) return result;
  const thresholds = ceilingThresholds();
  const rows = ceilingQueries(db).ofYear.all({ organizationIds: JSON.stringify(organizationIds), year: onDate.getUTCFullYear() });
  for (const row of rows) result.set(row.organizationId, assessCeiling(row, thresholds));
  for (const id of organizationIds) if (!result.has(id)) result.set(id, assessCeiling(undefined, thresholds));
  return result;
}

/** Professionals only: the full assessment (status, utilisation, remaining room) per organisation. */
export function ceilingAssessmentsForProfessional(
  db: Db,
  viewer: Viewer,
  organizationIds: readonly string[],
  onDate: Date,
): Map<string, CeilingAssessment> {
  assertCanSee(viewer, 'costs', 'ceilingAssessmentsForProfessional');
  return assessments(db, organizationIds, onDate);
}

/**
 * Per contract year: whether each organisation with a ceiling that year takes no new clients via
 * the municipality, and the answer for one without. Every search page asks this for its cards;
 * remembered until any write (docs/decisions/021-remembered-until-write.md).
 */
const closedInYear = rememberedUntilWrite((db: Db, year: string) => {
  const thresholds = ceilingThresholds();
  const byOrganization = new Map<string, boolean>();
  for (const row of ceilingQueries(db).allOfYear.all({ year: Number(year) })) {
    byOrganization.set(row.organizationId, takesNoNewClientsViaMunicipality(assessCeiling(row, thresholds)));
  }
  return { byOrganization, withoutCeiling: takesNoNewClientsViaMunicipality(assessCeiling(undefined, thresholds)) };
});

/** Anyone: whether each organisation takes no new clients via the municipality (ceiling reached). */
export function noNewClientsViaMunicipality(db: Db, organizationIds: readonly string[], onDate: Date): Map<string, boolean> {
  const { byOrganization, withoutCeiling } = closedInYear(db, String(onDate.getUTCFullYear()));
  return new Map(organizationIds.map((id) => [id, byOrganization.get(id) ?? withoutCeiling]));
}

/** Professionals only: every ceiling of the given contract years per organisation (for indications that cross a year). */
export function ceilingsForProfessional(
  db: Db,
  viewer: Viewer,
  organizationIds: readonly string[],
  years: readonly number[],
): Map<string, Ceiling[]> {
  assertCanSee(viewer, 'costs', 'ceilingsForProfessional');
  const result = new Map<string, Ceiling[]>();
  for (const id of organizationIds) result.set(id, []);
  if (organizationIds.length === 0 || years.length === 0) return result;
  const rows = ceilingQueries(db).ofYears.all({ organizationIds: JSON.stringify(organizationIds), years: JSON.stringify(years) });
  for (const row of rows) result.get(row.organizationId)?.push({ year: row.year, ceilingCents: row.ceilingCents, committedCents: row.committedCents });
  return result;
}

/**
 * The products the municipality buys nationally, with the national provider's name, valid on
 * `onDate` (all of them without a date). Filter per product with `nationalCoverage`.
 */
export function listNationalProcurements(db: Db, onDate?: Date): NationalProcurement[] {
  const day = onDate?.toISOString().slice(0, 10);
  return day ? nationalQueries(db).onDay.all({ day }) : nationalQueries(db).all.all();
}

/** Built once per connection (app/models/prepared.server.ts); ids and years go in as JSON arrays. */
const ceilingQueries = once((db: Db) => {
  const columns = {
    organizationId: budgetCeilings.organizationId,
    year: budgetCeilings.year,
    ceilingCents: budgetCeilings.ceilingCents,
    committedCents: budgetCeilings.committedCents,
  };
  const ofOrganizations = sql`${budgetCeilings.organizationId} IN (SELECT value FROM json_each(${sql.placeholder('organizationIds')}))`;
  return {
    ofYear: db.select(columns).from(budgetCeilings).where(and(ofOrganizations, eq(budgetCeilings.year, sql.placeholder('year')))).prepare(),
    allOfYear: db.select(columns).from(budgetCeilings).where(eq(budgetCeilings.year, sql.placeholder('year'))).prepare(),
    ofYears: db
      .select(columns)
      .from(budgetCeilings)
      .where(and(ofOrganizations, sql`${budgetCeilings.year} IN (SELECT value FROM json_each(${sql.placeholder('years')}))`))
      .prepare(),
  };
});

const nationalQueries = once((db: Db) => {
  const select = (onDay: boolean) =>
    db
      .select({
      categoryCode: nationalProcurements.categoryCode,
      productCode: nationalProcurements.productCode,
      organizationId: nationalProcurements.organizationId,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      validFrom: nationalProcurements.validFrom,
      validTo: nationalProcurements.validTo,
    })
    .from(nationalProcurements)
    .innerJoin(organizations, eq(organizations.id, nationalProcurements.organizationId))
    .where(
        onDay
          ? and(lte(nationalProcurements.validFrom, sql.placeholder('day')), or(isNull(nationalProcurements.validTo), gte(nationalProcurements.validTo, sql.placeholder('day'))))
          : undefined,
      )
      .orderBy(asc(organizations.name))
      .prepare();
  return { onDay: select(true), all: select(false) };
});

/**
 * Professionals only: for each product an organisation has a contract or a contracted service
 * for, the national procurements that already cover it (by another organisation) — the warning
 * on a local provider's page that the municipality already pays for this nationally.
 */
export function nationalCoverageByProduct(db: Db, viewer: Viewer, organizationId: string, onDate: Date): Record<string, NationalProcurement[]> {
  assertCanSee(viewer, 'costs', 'nationalCoverageByProduct');
  const offered = db.$client
    .prepare(
      `SELECT DISTINCT p.code AS productCode, p.category_code AS categoryCode FROM products p
        WHERE p.code IN (SELECT product_code FROM contracts WHERE organization_id = ? AND archived_at IS NULL)
           OR p.code IN (SELECT product_code FROM services WHERE organization_id = ? AND kind = 'contracted' AND status <> 'inactive')`,
    )
    .all(organizationId, organizationId) as { productCode: string; categoryCode: string }[];
  const procurements = listNationalProcurements(db, onDate).filter((p) => p.organizationId !== organizationId);
  const result: Record<string, NationalProcurement[]> = {};
  for (const product of offered) {
    const covered = nationalCoverage(product, procurements, onDate);
    if (covered.length > 0) result[product.productCode] = covered;
  }
  return result;
}
