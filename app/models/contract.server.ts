/**
 * Contracts, tariffs and budget ceilings of one provider: professionals only. Every function
 * takes the viewer and refuses one who may not see costs, so a loader cannot select these
 * columns for a resident by accident. The citizen's door is `noNewClientsViaMunicipality` in
 * ceiling.server.ts, which returns a yes/no and never an amount.
 */
import { and, asc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { budgetCeilings, contracts, productCategories, products } from '../../db/schema';
import { assessCeiling } from '../domain/ceiling';
import { assertCanSee, canSee, type Viewer } from '../domain/visibility';
import { ceilingThresholds } from './ceiling.server';
import { listFindingsForProfessional } from './finding.server';
import { once, rememberedUntilWrite } from './prepared.server';

function assertCosts(viewer: Viewer, what: string) {
  assertCanSee(viewer, 'costs', what);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The two queries of the professional facts, built once per connection (prepared.server.ts): a
 * professional's provider page asks for them on every view; the day and year go in per call.
 */
const factQueries = once((db: Db) => ({
  contracts: db
    .select({
      id: contracts.id,
      productCode: contracts.productCode,
      productNameNl: products.nameNl,
      productNameEn: products.nameEn,
      categoryCode: products.categoryCode,
      law: productCategories.law,
      lot: contracts.lot,
      tariffCents: contracts.tariffCents,
      unit: contracts.unit,
      validFrom: contracts.validFrom,
      validTo: contracts.validTo,
    })
    .from(contracts)
    .innerJoin(products, eq(products.code, contracts.productCode))
    .innerJoin(productCategories, eq(productCategories.code, products.categoryCode))
    .where(
      and(
        eq(contracts.organizationId, sql.placeholder('organizationId')),
        isNull(contracts.archivedAt),
        or(isNull(contracts.validTo), gte(contracts.validTo, sql.placeholder('today'))),
      ),
    )
    .orderBy(asc(contracts.productCode), asc(contracts.validFrom))
    .prepare(),
  ceiling: db
    .select({ year: budgetCeilings.year, ceilingCents: budgetCeilings.ceilingCents, committedCents: budgetCeilings.committedCents, updatedAt: budgetCeilings.updatedAt })
    .from(budgetCeilings)
    .where(and(eq(budgetCeilings.organizationId, sql.placeholder('organizationId')), eq(budgetCeilings.year, sql.placeholder('year'))))
    .prepare(),
}));

/** Contracts that apply on `onDate` or start later (ended and archived ones are left out). */
export function listContractsForProfessional(db: Db, viewer: Viewer, organizationId: string, onDate: Date) {
  assertCosts(viewer, 'listContractsForProfessional');
  const today = isoDay(onDate);
  return contractsOfDay(db, `${organizationId}|${today}`, organizationId, today);
}

/** The budget ceiling of the contract year that contains `onDate`, assessed; null without one. */
export function getCeilingForProfessional(db: Db, viewer: Viewer, organizationId: string, onDate: Date) {
  assertCosts(viewer, 'getCeilingForProfessional');
  const year = onDate.getUTCFullYear();
  return ceilingOfYear(db, `${organizationId}|${year}`, organizationId, year);
}

/**
 * An organisation's contracts on a day and its assessed ceiling of a year: database facts (and
 * the thresholds, fixed for the process) alone, remembered until any write (prepared.server.ts,
 * ADR 021), as a professional's provider page asks for them on every view. Shared between
 * requests: do not change the result.
 */
const contractsOfDay = rememberedUntilWrite((db: Db, _key: string, organizationId: string, today: string) =>
  factQueries(db)
    .contracts.all({ organizationId, today })
    .map((contract) => ({ ...contract, current: contract.validFrom <= today })),
);

const ceilingOfYear = rememberedUntilWrite((db: Db, _key: string, organizationId: string, year: number) => {
  const row = factQueries(db).ceiling.get({ organizationId, year });
  if (!row) return null;
  const assessment = assessCeiling(row, ceilingThresholds());
  return {
    year: row.year,
    ceilingCents: row.ceilingCents,
    committedCents: row.committedCents,
    remainingCents: assessment.remainingCents ?? 0,
    utilisation: assessment.utilisation,
    status: assessment.status,
    updatedAt: row.updatedAt.toISOString(),
  };
});

/** Everything the "Voor professionals" section of a provider page shows. */
export function getProfessionalFacts(db: Db, viewer: Viewer, organizationId: string, onDate: Date) {
  assertCosts(viewer, 'getProfessionalFacts');
  return {
    year: onDate.getUTCFullYear(),
    contracts: listContractsForProfessional(db, viewer, organizationId, onDate),
    ceiling: getCeilingForProfessional(db, viewer, organizationId, onDate),
    thresholds: ceilingThresholds(),
    findings: canSee(viewer, 'findings') ? listFindingsForProfessional(db, viewer, organizationId, { now: onDate }) : null,
  };
}

