/**
 * The comparison for the access team (/vergelijken): every contracted provider with a tariff
 * for a product that is valid on the day the indication starts, with the cost of the
 * indication, the budget-ceiling room per contract year, marks from residents and from staff,
 * waiting time, districts and distance — and the free general facilities and the national
 * procurement that come before it. Professionals only: every function checks the viewer.
 */
import { and, asc, eq, isNull, lte, ne, or, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contracts, organizations, products, services } from '../../db/schema';
import { assessIndicationRoom, contractEndsBefore, nationalCoverage, type NationalProcurement } from '../domain/ceiling';
import { annotateComparison, compareDutch, nearestKm, type ComparisonFacts, type ComparisonRow, type Point } from '../domain/compare';
import type { ServiceStatus, TariffUnit } from '../domain/enums';
import { indicationCostCents, indicationPeriod, splitByContractYear, type IndicationInput, type IndicationPeriod } from '../domain/indication';
import { averageCutoff, type ReviewSummary } from '../domain/reviews';
import { countFrom, type DatedSeries } from '../domain/dated-series';
import { assertCanSee, type Viewer } from '../domain/visibility';
import { findingSeries, reviewSeries, reviewSummaryAt, staffMarkAt } from './mark-series.server';
import { ceilingThresholds, ceilingsForProfessional, listNationalProcurements } from './ceiling.server';
import { once, rememberedUntilWrite } from './prepared.server';
import { inJson, organizationLocations, roundKm, serviceLocations } from './compare-places.server';
import type { StaffMarkSummary } from './compare-staff-marks.server';

function assertProfessional(viewer: Viewer, what: string): void {
  assertCanSee(viewer, 'costs', what);
}

// ---------------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------------

export interface CompareQuery {
  /** A product code (02A05) or a whole category (02). */
  productCodes: readonly string[];
  categoryCode: string;
  districtSlug: string | null;
  origin: Point | null;
  indication: IndicationInput;
}

export interface Comparison {
  period: IndicationPeriod;
  rows: ComparisonRow[];
  /** National procurements that cover any of the compared products. */
  national: NationalProcurement[];
  /** Units of the tariffs found, to suggest one when the chosen unit compares with none. */
  tariffUnits: TariffUnit[];
}

/**
 * Contracts valid on the first day, of active organisations. An organisation with two valid
 * contracts for one product (a tariff change) counts once, with the newest.
 */
function validContracts(db: Db, query: CompareQuery) {
  const period = indicationPeriod(query.indication);
  const day = period.start;
  const contractRows = contractQuery(db).all({ productCodes: JSON.stringify(query.productCodes), day });
  const seen = new Set<string>();
  const valid = contractRows.filter((row) => {
    const pair = `${row.organizationId}|${row.productCode}`;
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
  return { period, valid };
}

const contractQuery = once((db: Db) =>
  db
    .select({
      key: contracts.id,
      organizationId: contracts.organizationId,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      productCode: contracts.productCode,
      productNameNl: products.nameNl,
      productNameEn: products.nameEn,
      tariffCents: contracts.tariffCents,
      unit: contracts.unit,
      validFrom: contracts.validFrom,
      validTo: contracts.validTo,
    })
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .innerJoin(products, eq(products.code, contracts.productCode))
    .where(
      and(
        inJson(contracts.productCode, 'productCodes'),
        isNull(contracts.archivedAt),
        eq(organizations.status, 'active'),
        lte(contracts.validFrom, sql.placeholder('day')),
        or(isNull(contracts.validTo), gte(contracts.validTo, sql.placeholder('day'))),
      ),
    )
    .orderBy(asc(contracts.organizationId), asc(contracts.productCode), sql`${contracts.validFrom} DESC`)
    .prepare(),
);

export function compareProviders(db: Db, viewer: Viewer, query: CompareQuery, now: Date): Comparison {
  assertProfessional(viewer, 'compareProviders');
  const facts = comparisonFacts(db, JSON.stringify([query.productCodes, query.categoryCode, query.districtSlug, query.origin, query.indication]), query, viewer);
  // The marks depend on the moment (only reviews and findings of the last four years count).
  // Which of the remembered dated rows count decides them (and so the annotated rows) exactly:
  // the annotated rows are remembered per that choice, and worked out again when it changes.
  assertCanSee(viewer, 'findings', 'compareProviders');
  const cutoff = averageCutoff(now);
  const counted = facts.organizationIds.map((id) => `${countFrom(facts.reviews.get(id), cutoff)}.${countFrom(facts.findings.get(id), cutoff)}`).join(',');
  let rows = facts.annotated.get(counted);
  if (!rows) {
    rows = annotateComparison(facts.rows.map((row) => withMarks(row, reviewSummaryAt(facts.reviews.get(row.organizationId), now), staffMarkAt(facts.findings.get(row.organizationId), now))));
    if (facts.annotated.size >= 8) facts.annotated.clear();
    facts.annotated.set(counted, rows);
  }
  return { period: facts.period, rows, national: facts.national, tariffUnits: facts.tariffUnits };
}

function withMarks(row: Omit<ComparisonFacts, MarkFields>, reviews: ReviewSummary, staff: StaffMarkSummary | undefined): ComparisonFacts {
  return {
    ...row,
    citizenMark: reviews.average,
    citizenCount: reviews.count,
    citizenProvisional: reviews.provisional,
    staffMark: staff?.average ?? null,
    staffCount: staff?.count ?? 0,
  };
}

type MarkFields = 'citizenMark' | 'citizenCount' | 'citizenProvisional' | 'staffMark' | 'staffCount';

interface ComparisonDatabaseFacts {
  period: IndicationPeriod;
  organizationIds: string[];
  /** Every compared contract with its facts but the marks, in contract order. */
  rows: Omit<ComparisonFacts, MarkFields>[];
  national: NationalProcurement[];
  tariffUnits: TariffUnit[];
  /** Published reviews and staff findings per organisation, dated: the marks of any moment follow from them. */
  reviews: Map<string, DatedSeries>;
  findings: Map<string, DatedSeries>;
  /**
   * The annotated rows per choice of counted reviews and findings (compareProviders): filled as
   * requests come, dropped with the rest at the next write. Shared: callers must not change them.
   */
  annotated: Map<string, ComparisonRow[]>;
}

/**
 * What the comparison of one indication takes from the database (contracts, services, places,
 * ceilings, national procurements): the same for every professional until anything is written
 * (prepared.server.ts), so a re-sorted, shortened or repeated comparison does not read it again.
 * The key is the whole query; the indication's first day fixes the contracts, years and
 * procurements, and the reviews and findings are kept with their dates (the marks, which depend
 * on the moment, are counted from them per request), so nothing here depends on the moment of the
 * request.
 */
const comparisonFacts = rememberedUntilWrite((db: Db, _key: string, query: CompareQuery, viewer: Viewer): ComparisonDatabaseFacts => {
  const { period, valid } = validContracts(db, query);

  const organizationIds = [...new Set(valid.map((r) => r.organizationId))];
  const serviceByPair = contractedServices(db, organizationIds, query.productCodes);
  const locationsByService = serviceLocations(db, [...serviceByPair.values()].map((s) => s.id));
  const locationsByOrganization = organizationLocations(db, organizationIds);
  const years = [...new Set(splitByContractYear(period, 0).map((p) => p.year))];
  const ceilings = ceilingsForProfessional(db, viewer, organizationIds, years);
  const thresholds = ceilingThresholds();

  const rows: Omit<ComparisonFacts, MarkFields>[] = [];
  for (const contract of valid) {
    const service = serviceByPair.get(`${contract.organizationId}|${contract.productCode}`) ?? null;
    const places = (service ? locationsByService.get(service.id) : undefined) ?? locationsByOrganization.get(contract.organizationId) ?? [];
    if (query.districtSlug && !places.some((p) => p.districtSlug === query.districtSlug)) continue;
    const costCents = indicationCostCents(query.indication, contract, period);
    const room = assessIndicationRoom(ceilings.get(contract.organizationId) ?? [], splitByContractYear(period, costCents ?? 0), thresholds);
    const points = places.filter((p) => p.latitude !== null && p.longitude !== null);
    rows.push({
      key: contract.key,
      organizationId: contract.organizationId,
      organizationName: contract.organizationName,
      organizationSlug: contract.organizationSlug,
      serviceId: service?.id ?? null,
      serviceName: service?.name ?? null,
      serviceStatus: service?.status ?? null,
      productCode: contract.productCode,
      productNameNl: contract.productNameNl,
      productNameEn: contract.productNameEn,
      tariffCents: contract.tariffCents,
      unit: contract.unit,
      contractValidTo: contract.validTo,
      contractEndsEarly: contractEndsBefore(contract, period.end),
      costCents,
      ceiling: room.start,
      years: room.years,
      fits: room.fits,
      waitingWeeks: service?.waitingWeeks ?? null,
      acceptingNewClients: service ? service.acceptingNewClients : false,
      districts: [...new Set(places.map((p) => p.districtName).filter((n): n is string => n !== null))].sort(compareDutch),
      distanceKm: query.origin ? roundKm(nearestKm(query.origin, points)) : null,
    });
  }

  const day = period.start;
  const procurements = listNationalProcurements(db, new Date(`${day}T12:00:00Z`));
  const national = uniqueBy(
    query.productCodes.flatMap((code) => nationalCoverage({ categoryCode: query.categoryCode, productCode: code }, procurements, new Date(`${day}T12:00:00Z`))),
    (p) => `${p.organizationId}|${p.productCode ?? ''}`,
  );

  return {
    period,
    organizationIds,
    rows,
    national,
    tariffUnits: [...new Set(valid.map((c) => c.unit))],
    reviews: reviewSeries(db, organizationIds),
    findings: findingSeries(db, organizationIds),
    annotated: new Map(),
  };
});

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface ServiceFact {
  id: string;
  name: string;
  status: ServiceStatus;
  waitingWeeks: number | null;
  acceptingNewClients: boolean;
}

/** The organisation's own contracted service for each product (the first by name when there are more). */
function contractedServices(db: Db, organizationIds: readonly string[], productCodes: readonly string[]): Map<string, ServiceFact> {
  const result = new Map<string, ServiceFact>();
  if (organizationIds.length === 0) return result;
  const rows = contractedServiceQuery(db).all({ organizationIds: JSON.stringify(organizationIds), productCodes: JSON.stringify(productCodes) });
  for (const row of rows) {
    const pair = `${row.organizationId}|${row.productCode}`;
    if (!result.has(pair)) result.set(pair, row);
  }
  return result;
}

const contractedServiceQuery = once((db: Db) =>
  db
    .select({
      id: services.id,
      name: services.name,
      status: services.status,
      waitingWeeks: services.waitingWeeks,
      acceptingNewClients: services.acceptingNewClients,
      organizationId: services.organizationId,
      productCode: services.productCode,
    })
    .from(services)
    .where(and(inJson(services.organizationId, 'organizationIds'), inJson(services.productCode, 'productCodes'), eq(services.kind, 'contracted'), ne(services.status, 'inactive')))
    .orderBy(asc(services.name), asc(services.id))
    .prepare(),
);

