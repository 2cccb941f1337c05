/**
 * The "Actualiteit" dashboard: what in the catalogue is stale by the rules in
 * app/domain/staleness.ts — not verified for too long, a waiting time reported too long ago,
 * contracts ending soon, providers without a location. The domain owns the numbers and the
 * cut-off days (`stalenessCutoffs`); the conditions below only compare with those days, the same
 * way as the domain predicates (isVerificationStale, isWaitingTimeStale, isContractEndingSoon).
 * tests/integration/staleness-rules.test.ts proves both agree on the boundary days.
 */
import { and, asc, count, eq, gte, isNull, lt, lte, ne, notExists, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contracts, locations, organizations, products, services } from '../../db/schema';
import type { StalenessCutoffs } from '../domain/staleness';

const LIMIT = 200;

export function listStaleness(db: Db, cutoffs: StalenessCutoffs, options: { limit?: number } = {}) {
  const limit = options.limit ?? LIMIT;

  const unverifiedOrg = and(eq(organizations.status, 'active'), or(isNull(organizations.assuredDate), lt(organizations.assuredDate, cutoffs.verifiedBefore)));
  const organizationsTotal = db.select({ n: count() }).from(organizations).where(unverifiedOrg).get()?.n ?? 0;
  const unverifiedOrganizations = db
    .select({ id: organizations.id, name: organizations.name, assuredDate: organizations.assuredDate })
    .from(organizations)
    .where(unverifiedOrg)
    .orderBy(sql`${organizations.assuredDate} IS NOT NULL`, asc(organizations.assuredDate), asc(organizations.name))
    .limit(limit)
    .all();

  const activeService = and(ne(services.status, 'inactive'), eq(organizations.status, 'active'));
  const unverifiedSvc = and(activeService, or(isNull(services.assuredDate), lt(services.assuredDate, cutoffs.verifiedBefore)));
  const servicesTotal = db.select({ n: count() }).from(services).innerJoin(organizations, eq(organizations.id, services.organizationId)).where(unverifiedSvc).get()?.n ?? 0;
  const unverifiedServices = db
    .select({ id: services.id, name: services.name, organizationName: organizations.name, assuredDate: services.assuredDate })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(unverifiedSvc)
    .orderBy(sql`${services.assuredDate} IS NOT NULL`, asc(services.assuredDate), asc(services.name))
    .limit(limit)
    .all();

  const staleWaiting = and(activeService, lt(services.waitingReportedOn, cutoffs.waitingReportedBefore));
  const waitingTotal = db.select({ n: count() }).from(services).innerJoin(organizations, eq(organizations.id, services.organizationId)).where(staleWaiting).get()?.n ?? 0;
  const staleWaitingTimes = db
    .select({
      id: services.id,
      name: services.name,
      organizationName: organizations.name,
      waitingWeeks: services.waitingWeeks,
      waitingReportedOn: services.waitingReportedOn,
    })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(staleWaiting)
    .orderBy(asc(services.waitingReportedOn), asc(services.name))
    .limit(limit)
    .all();

  const ending = and(isNull(contracts.archivedAt), gte(contracts.validTo, cutoffs.today), lte(contracts.validTo, cutoffs.contractsEndingBy));
  const endingTotal = db.select({ n: count() }).from(contracts).where(ending).get()?.n ?? 0;
  const endingContracts = db
    .select({
      id: contracts.id,
      organizationId: contracts.organizationId,
      organizationName: organizations.name,
      productCode: contracts.productCode,
      productNameNl: products.nameNl,
      productNameEn: products.nameEn,
      validTo: contracts.validTo,
    })
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .leftJoin(products, eq(products.code, contracts.productCode))
    .where(ending)
    .orderBy(asc(contracts.validTo), asc(organizations.name))
    .limit(limit)
    .all();

  const withoutLocationWhere = and(
    eq(organizations.status, 'active'),
    notExists(db.select({ one: sql`1` }).from(locations).where(eq(locations.organizationId, organizations.id))),
  );
  const withoutLocationTotal = db.select({ n: count() }).from(organizations).where(withoutLocationWhere).get()?.n ?? 0;
  const withoutLocation = db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(withoutLocationWhere)
    .orderBy(asc(organizations.name))
    .limit(limit)
    .all();

  return {
    cutoffs,
    unverifiedOrganizations: { total: organizationsTotal, rows: unverifiedOrganizations },
    unverifiedServices: { total: servicesTotal, rows: unverifiedServices },
    staleWaitingTimes: { total: waitingTotal, rows: staleWaitingTimes },
    endingContracts: { total: endingTotal, rows: endingContracts },
    withoutLocation: { total: withoutLocationTotal, rows: withoutLocation },
  };
}

