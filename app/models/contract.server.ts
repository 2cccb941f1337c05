/**
 * Contracts, tariffs and budget ceilings of one provider: professionals only. Every function
 * takes the viewer and refuses one who may not see costs, so a loader cannot select these
 * columns for a resident by accident. The citizen's door is `noNewClientsViaMunicipality` in
 * ceiling.server.ts, which returns a yes/no and never an amount.
 */
import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { budgetCeilings, contracts, productCategories, products } from '../../db/schema';
import { assessCeiling } from '../domain/ceiling';
import { assertCanSee, canSee, type Viewer } from '../domain/visibility';
import { ceilingThresholds } from './ceiling.server';
import { listFindingsForProfessional } from './finding.server';

function assertCosts(viewer: Viewer, what: string) {
  assertCanSee(viewer, 'costs', what);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Contracts that apply on `onDate` or start later (ended and archived ones are left out). */
export function listContractsForProfessional(db: Db, viewer: Viewer, organizationId: string, onDate: Date) {
  assertCosts(viewer, 'listContractsForProfessional');
  const today = isoDay(onDate);
  return db
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
    .where(and(eq(contracts.organizationId, organizationId), isNull(contracts.archivedAt), or(isNull(contracts.validTo), gte(contracts.validTo, today))))
    .orderBy(asc(contracts.productCode), asc(contracts.validFrom))
    .all()
    .map((contract) => ({ ...contract, current: contract.validFrom <= today }));
}

/** The budget ceiling of the contract year that contains `onDate`, assessed; null without one. */
export function getCeilingForProfessional(db: Db, viewer: Viewer, organizationId: string, onDate: Date) {
  assertCosts(viewer, 'getCeilingForProfessional');
  const year = onDate.getUTCFullYear();
  const row = db
    .select({ year: budgetCeilings.year, ceilingCents: budgetCeilings.ceilingCents, committedCents: budgetCeilings.committedCents, updatedAt: budgetCeilings.updatedAt })
    .from(budgetCeilings)
    .where(and(eq(budgetCeilings.organizationId, organizationId), eq(budgetCeilings.year, year)))
    .get();
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
}

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

