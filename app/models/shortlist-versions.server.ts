/**
 * The two versions of a shortlist. The resident's version: contact details, waiting times,
 * residents' marks — never an amount or a staff finding; it is what the share link opens. The
 * professional version: tariffs, ceilings, national procurement and staff marks, for a viewer
 * the policy allows to see costs and findings (anyone else gets AccessDenied).
 */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  contracts,
  districts,
  locations,
  organizations,
  products,
  serviceAtLocations,
  services,
  shortlists,
} from '../../db/schema';
import {
  assessIndicationRoom,
  contractEndsBefore,
  contractIsValidOn,
  nationalCoverage,
  takesNoNewClientsViaMunicipality,
  type Ceiling,
  type CeilingAssessment,
  type NationalProcurement,
  type YearRoom,
} from '../domain/ceiling';
import { indicationCostCents, indicationPeriod, splitByContractYear, type IndicationInput } from '../domain/indication';
import type { Law, ServiceKind, ServiceStatus, TariffUnit } from '../domain/enums';
import { residentCostFor } from '../domain/personal-contribution';
import { summarize } from '../domain/reviews';
import { AccessDenied, canSee, type Viewer } from '../domain/visibility';
import { reviewSummaries } from './catalogue.server';
import { ceilingAssessmentsForProfessional, ceilingThresholds, ceilingsForProfessional, listNationalProcurements, noNewClientsViaMunicipality } from './ceiling.server';
import { staffMarkSummaries, type StaffMarkSummary } from './compare-staff-marks.server';
import { listItems, ownedList } from './shortlist.server';
interface ItemOffer {
  serviceKind: ServiceKind | null;
  law: Law;
  serviceStatus: ServiceStatus | null;
  categoryCode: string | null;
  productCode: string | null;
  waitingWeeks: number | null;
  waitingReportedOn: string | null;
  acceptingNewClients: boolean | null;
  applicationProcess: string | null;
}

function offerDetails(db: Db, serviceIds: readonly string[]): Map<string, ItemOffer & { phone: string | null; email: string | null; url: string | null }> {
  const result = new Map<string, ItemOffer & { phone: string | null; email: string | null; url: string | null }>();
  if (serviceIds.length === 0) return result;
  const rows = db
    .select({
      id: services.id,
      serviceKind: services.kind,
      law: services.law,
      serviceStatus: services.status,
      categoryCode: services.categoryCode,
      productCode: services.productCode,
      waitingWeeks: services.waitingWeeks,
      waitingReportedOn: services.waitingReportedOn,
      acceptingNewClients: services.acceptingNewClients,
      applicationProcess: services.applicationProcess,
      phone: services.phone,
      email: services.email,
      url: services.url,
    })
    .from(services)
    .where(inArray(services.id, [...serviceIds]))
    .all();
  for (const { id, ...row } of rows) result.set(id, row);
  return result;
}

function contactDetails(db: Db, organizationIds: readonly string[]) {
  const result = new Map<string, { phone: string | null; email: string | null; website: string | null }>();
  if (organizationIds.length === 0) return result;
  const rows = db
    .select({ id: organizations.id, phone: organizations.phone, email: organizations.email, website: organizations.website })
    .from(organizations)
    .where(inArray(organizations.id, [...organizationIds]))
    .all();
  for (const { id, ...row } of rows) result.set(id, row);
  return result;
}

/** Addresses where the offer is given (its own locations, else the organisation's), at most two. */
function addresses(db: Db, items: readonly { organizationId: string; serviceId: string | null }[]) {
  const result = new Map<string, { name: string; address1: string; postalCode: string; city: string; district: string | null; wheelchairAccessible: boolean }[]>();
  const serviceIds = items.map((i) => i.serviceId).filter((id): id is string => id !== null);
  const columns = {
    name: locations.name,
    address1: locations.address1,
    postalCode: locations.postalCode,
    city: locations.city,
    district: districts.name,
    wheelchairAccessible: locations.wheelchairAccessible,
  };
  const byService = serviceIds.length
    ? db
        .select({ serviceId: serviceAtLocations.serviceId, ...columns })
        .from(serviceAtLocations)
        .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
        .leftJoin(districts, eq(districts.id, locations.districtId))
        .where(inArray(serviceAtLocations.serviceId, serviceIds))
        .orderBy(asc(locations.name))
        .all()
    : [];
  const organizationIds = [...new Set(items.map((i) => i.organizationId))];
  const byOrganization = organizationIds.length
    ? db
        .select({ organizationId: locations.organizationId, ...columns })
        .from(locations)
        .leftJoin(districts, eq(districts.id, locations.districtId))
        .where(inArray(locations.organizationId, organizationIds))
        .orderBy(asc(locations.name))
        .all()
    : [];
  for (const item of items) {
    const own = item.serviceId ? byService.filter((l) => l.serviceId === item.serviceId) : [];
    const list = (own.length ? own : byOrganization.filter((l) => l.organizationId === item.organizationId))
      .slice(0, 2)
      .map(({ name, address1, postalCode, city, district, wheelchairAccessible }) => ({ name, address1, postalCode, city, district, wheelchairAccessible }));
    result.set(`${item.organizationId}|${item.serviceId ?? ''}`, list);
  }
  return result;
}

/**
 * The resident's version: what helps a resident choose and get in touch. It selects no cost
 * column and no staff finding; a reached ceiling shows only as "takes no new clients through the
 * municipality for now".
 */
export function getResidentShortlist(db: Db, shortlistId: number, now: Date) {
  const list = db
    .select({ id: shortlists.id, title: shortlists.title, note: shortlists.note, updatedAt: shortlists.updatedAt })
    .from(shortlists)
    .where(eq(shortlists.id, shortlistId))
    .get();
  if (!list) return undefined;
  const items = listItems(db, list.id);
  const organizationIds = [...new Set(items.map((i) => i.organizationId))];
  const offers = offerDetails(db, items.map((i) => i.serviceId).filter((id): id is string => id !== null));
  const contacts = contactDetails(db, organizationIds);
  const places = addresses(db, items);
  const summaries = reviewSummaries(db, organizationIds, now);
  const full = noNewClientsViaMunicipality(db, organizationIds, now);
  return {
    title: list.title,
    note: list.note,
    updatedAt: list.updatedAt.toISOString(),
    items: items.map((item) => {
      const offer = item.serviceId ? offers.get(item.serviceId) : undefined;
      const contact = contacts.get(item.organizationId);
      return {
        id: item.id,
        organizationName: item.organizationName,
        organizationSlug: item.organizationSlug,
        serviceName: item.serviceName,
        note: item.note,
        kind: offer?.serviceKind ?? null,
        cost: residentCostFor(offer?.serviceKind ? { kind: offer.serviceKind, law: offer.law, categoryCode: offer.categoryCode } : null),
        status: offer?.serviceStatus ?? null,
        waitingWeeks: offer?.waitingWeeks ?? null,
        waitingReportedOn: offer?.waitingReportedOn ?? null,
        acceptingNewClients: offer?.acceptingNewClients ?? null,
        noNewClientsViaMunicipality: offer?.serviceKind === 'contracted' ? (full.get(item.organizationId) ?? false) : false,
        applicationProcess: offer?.applicationProcess ?? null,
        phone: offer?.phone ?? contact?.phone ?? null,
        email: offer?.email ?? contact?.email ?? null,
        website: offer?.url ?? contact?.website ?? null,
        locations: places.get(`${item.organizationId}|${item.serviceId ?? ''}`) ?? [],
        reviews: summaries.get(item.organizationId) ?? summarize(0, 0, 0),
      };
    }),
  };
}


export interface ProfessionalContract {
  productCode: string;
  productNameNl: string;
  productNameEn: string;
  tariffCents: number;
  unit: TariffUnit;
  validFrom: string;
  validTo: string | null;
}

/**
 * The professional version: the resident's version plus, per provider, the valid contracts
 * (tariff, unit, term), the ceiling flag and room, national procurement of the product and the
 * staff mark. Only for viewers who may see costs and findings.
 */
export function getProfessionalShortlist(
  db: Db,
  viewer: Viewer,
  ownerUserId: number,
  shortlistId: number,
  now: Date,
  indication: IndicationInput | null = null,
) {
  if (!canSee(viewer, 'costs') || !canSee(viewer, 'findings')) throw new AccessDenied('getProfessionalShortlist');
  if (!ownedList(db, ownerUserId, shortlistId)) return undefined;
  const resident = getResidentShortlist(db, shortlistId, now);
  if (!resident) return undefined;
  const items = listItems(db, shortlistId);
  const organizationIds = [...new Set(items.map((i) => i.organizationId))];
  const day = now.toISOString().slice(0, 10);
  const contractRows = organizationIds.length
    ? db
        .select({
          organizationId: contracts.organizationId,
          productCode: contracts.productCode,
          productNameNl: products.nameNl,
          productNameEn: products.nameEn,
          categoryCode: products.categoryCode,
          tariffCents: contracts.tariffCents,
          unit: contracts.unit,
          validFrom: contracts.validFrom,
          validTo: contracts.validTo,
          archivedAt: contracts.archivedAt,
        })
        .from(contracts)
        .innerJoin(products, eq(products.code, contracts.productCode))
        .where(inArray(contracts.organizationId, organizationIds))
        .orderBy(asc(contracts.productCode), desc(contracts.validFrom))
        .all()
        .filter((c) => contractIsValidOn({ validFrom: c.validFrom, validTo: c.validTo, archived: c.archivedAt !== null }, day))
    : [];
  const offers = offerDetails(db, items.map((i) => i.serviceId).filter((id): id is string => id !== null));
  const ceilings = ceilingAssessmentsForProfessional(db, viewer, organizationIds, now);
  const staff = staffMarkSummaries(db, viewer, organizationIds, now);
  const procurements = listNationalProcurements(db, now);
  const period = indication ? indicationPeriod(indication) : null;
  const years = period ? [...new Set(splitByContractYear(period, 0).map((p) => p.year))] : [];
  const ceilingsByYear = period ? ceilingsForProfessional(db, viewer, organizationIds, years) : new Map<string, Ceiling[]>();
  const thresholds = ceilingThresholds();
  return {
    ...resident,
    period,
    items: resident.items.map((residentItem) => {
      const item = items.find((i) => i.id === residentItem.id)!;
      const offer = item.serviceId ? offers.get(item.serviceId) : undefined;
      const own = contractRows.filter((c) => c.organizationId === item.organizationId);
      // The contract for the offer's product first; without an offer, all valid contracts.
      const relevant = offer?.productCode ? own.filter((c) => c.productCode === offer.productCode) : own;
      const ceiling: CeilingAssessment = ceilings.get(item.organizationId) ?? { status: 'none', utilisation: null, remainingCents: null };
      const national: NationalProcurement[] =
        offer?.categoryCode && offer.serviceKind !== 'national'
          ? nationalCoverage({ categoryCode: offer.categoryCode, productCode: offer.productCode }, procurements, now)
          : [];
      const staffMark: StaffMarkSummary | null = staff.get(item.organizationId) ?? null;
      const tariff = relevant[0] ?? (offer?.productCode ? undefined : own[0]);
      let estimate: { costCents: number | null; fits: boolean; years: YearRoom[]; contractEndsOn: string | null } | null = null;
      if (indication && period && tariff) {
        const costCents = indicationCostCents(indication, tariff, period);
        const room = assessIndicationRoom(ceilingsByYear.get(item.organizationId) ?? [], splitByContractYear(period, costCents ?? 0), thresholds);
        estimate = { costCents, fits: room.fits, years: room.years, contractEndsOn: contractEndsBefore(tariff, period.end) ? tariff.validTo : null };
      }
      return {
        estimate,
        ...residentItem,
        productCode: offer?.productCode ?? null,
        contracts: (relevant.length ? relevant : own).map(
          (c): ProfessionalContract => ({
            productCode: c.productCode,
            productNameNl: c.productNameNl,
            productNameEn: c.productNameEn,
            tariffCents: c.tariffCents,
            unit: c.unit,
            validFrom: c.validFrom,
            validTo: c.validTo,
          }),
        ),
        ceiling,
        takesNoNewClients: takesNoNewClientsViaMunicipality(ceiling),
        national,
        staffMark,
      };
    }),
  };
}



