/**
 * The catalogue as Open Referral HSDS 3.0 objects, with the Dutch profile in docs/hsds-profile.md:
 * KvK/AGB identifiers, the iWmo/iJw product categories and municipal product codes as
 * taxonomies, WJ756 tariff units in cost options. Pure: the model hands in rows and a function
 * that makes stable UUIDs; nothing here reads the database.
 *
 * HSDS fields are typed strings and numbers, not nullable: a value we do not have is left out.
 */
import type { Law, ServiceKind, ServiceStatus, TariffUnit } from './enums';
import { compact, tariffUnitNames, termId, taxonomyTerm, type HsdsObject, type StableId, type TermInput } from './hsds-taxonomy';

// The base types and the taxonomies of the Dutch profile live in hsds-taxonomy.ts.
export { taxonomyKeys, kindTerms, lawTerms, taxonomyId, termId, taxonomy, taxonomyTerm, type HsdsObject, type StableId, type TaxonomyKey, type TermInput } from './hsds-taxonomy';

export const HSDS_VERSION = '3.0';

// ---------------------------------------------------------------------------------------------
// Rows the model reads
// ---------------------------------------------------------------------------------------------

export interface OrganizationRow {
  id: string;
  name: string;
  alternateName: string | null;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  logoUrl: string | null;
  /** Where the provider's page lives on this site. */
  pageUrl: string;
}

export interface ServiceRow {
  id: string;
  organizationId: string;
  name: string;
  description: string;
  kind: ServiceKind;
  law: Law;
  categoryCode: string | null;
  productCode: string | null;
  targetGroup: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  waitingWeeks: number | null;
  waitingReportedOn: string | null;
  acceptingNewClients: boolean;
  applicationProcess: string | null;
  url: string | null;
  email: string | null;
  phone: string | null;
  status: ServiceStatus;
  assuredDate: string | null;
  updatedAt: Date;
}

export interface LocationRow {
  id: string;
  organizationId: string;
  name: string;
  address1: string;
  postalCode: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  wheelchairAccessible: boolean;
  hearingLoop: boolean;
  accessibleToilet: boolean;
  accessibilityNote: string | null;
  transportation: string | null;
}

export interface ScheduleRow {
  id: string;
  weekday: number;
  opensAt: string;
  closesAt: string;
  note: string | null;
}

export interface CostRow {
  id: string;
  productCode: string;
  productName: string | null;
  lot: string | null;
  tariffCents: number;
  unit: TariffUnit;
  validFrom: string;
  validTo: string | null;
}

export interface ServiceDetails {
  languages: { code: string; name: string }[];
  schedules: ScheduleRow[];
  locations: { serviceAtLocationId: string; location: LocationRow; schedules: ScheduleRow[] }[];
  terms: TermInput[];
  /** Only in the professional export. */
  costs?: CostRow[];
}

// ---------------------------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------------------------

const statusMap: Record<ServiceStatus, string> = { active: 'active', temporarily_closed: 'temporarily closed', inactive: 'inactive' };
const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const feesDescription: Record<ServiceKind, string> = {
  general: 'Gratis. U heeft geen indicatie of beschikking nodig.',
  contracted: 'U heeft een beschikking van de gemeente nodig. Voor Wmo-maatwerk kan een eigen bijdrage gelden.',
  national: 'Landelijk ingekocht; u heeft een verwijzing of beschikking nodig.',
};

function waitTime(row: ServiceRow): string | undefined {
  if (row.waitingWeeks === null) return undefined;
  const weeks = row.waitingWeeks === 1 ? '1 week' : `${row.waitingWeeks} weken`;
  return row.waitingReportedOn ? `${weeks} (doorgegeven op ${row.waitingReportedOn})` : weeks;
}

function alert(row: ServiceRow): string | undefined {
  if (row.status === 'temporarily_closed') return 'Tijdelijk gesloten.';
  if (!row.acceptingNewClients) return 'Neemt op dit moment geen nieuwe cliënten aan.';
  return undefined;
}

export function organizationBasic(o: OrganizationRow): HsdsObject {
  return compact({
    id: o.id,
    name: o.name,
    alternate_name: o.alternateName,
    description: o.description || o.name,
    email: o.email,
    website: o.website,
    logo: o.logoUrl,
    uri: o.pageUrl,
  });
}

/** The one-to-one fields of a service (the list form), with its organisation's basic fields. */
export function serviceBasic(s: ServiceRow, organization: OrganizationRow | null): HsdsObject {
  return compact({
    id: s.id,
    organization_id: s.organizationId,
    name: s.name,
    description: s.description || undefined,
    url: s.url,
    email: s.email,
    status: statusMap[s.status],
    application_process: s.applicationProcess,
    fees_description: feesDescription[s.kind],
    wait_time: waitTime(s),
    eligibility_description: s.targetGroup,
    minimum_age: s.minimumAge,
    maximum_age: s.maximumAge,
    assured_date: s.assuredDate,
    alert: alert(s),
    last_modified: s.updatedAt.toISOString(),
    organization: organization ? organizationBasic(organization) : undefined,
  });
}

export function schedule(id: StableId, row: ScheduleRow, owner: { service_id?: string; location_id?: string }): HsdsObject {
  const crosses = row.closesAt < row.opensAt;
  return compact({
    id: row.id,
    ...owner,
    freq: 'WEEKLY',
    wkst: 'MO',
    interval: 1,
    byday: days[row.weekday - 1],
    opens_at: row.opensAt,
    closes_at: row.closesAt === '24:00' ? '23:59' : row.closesAt,
    description: [row.opensAt === '00:00' && row.closesAt === '24:00' ? 'Dag en nacht open.' : crosses ? 'Sluit de volgende dag.' : null, row.note]
      .filter(Boolean)
      .join(' '),
    notes: 'Tijden in Europe/Amsterdam.',
  });
}

export function locationBasic(l: LocationRow): HsdsObject {
  return compact({
    id: l.id,
    location_type: 'physical',
    organization_id: l.organizationId,
    name: l.name,
    transportation: l.transportation,
    latitude: l.latitude,
    longitude: l.longitude,
  });
}

export function locationFull(id: StableId, l: LocationRow, schedules: readonly ScheduleRow[]): HsdsObject {
  const accessibility = [
    l.wheelchairAccessible ? { key: 'rolstoel', description: 'Toegankelijk met een rolstoel' } : null,
    l.hearingLoop ? { key: 'ringleiding', description: 'Ringleiding voor slechthorenden' } : null,
    l.accessibleToilet ? { key: 'toilet', description: 'Aangepast toilet' } : null,
    l.accessibilityNote ? { key: 'toelichting', description: l.accessibilityNote } : null,
  ]
    .filter((a): a is { key: string; description: string } => a !== null)
    .map((a) => compact({ id: id(`accessibility:${l.id}:${a.key}`), location_id: l.id, description: a.description, details: a.key }));
  return compact({
    ...locationBasic(l),
    addresses: [
      compact({
        id: id(`address:${l.id}`),
        location_id: l.id,
        address_1: l.address1,
        city: l.city,
        // The Dutch profile does not record provinces; HSDS requires the field.
        state_province: '-',
        postal_code: l.postalCode,
        country: 'NL',
        address_type: 'physical',
      }),
    ],
    accessibility,
    schedules: schedules.map((s) => schedule(id, s, { location_id: l.id })),
  });
}

function attribute(id: StableId, serviceId: string, term: TermInput): HsdsObject {
  const tid = termId(id, term.key, term.code);
  return compact({
    id: id(`attribute:${serviceId}:${tid}`),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: tid,
    taxonomy_term: taxonomyTerm(id, term),
  });
}

export function costOption(serviceId: string, c: CostRow): HsdsObject {
  return compact({
    id: c.id,
    service_id: serviceId,
    valid_from: c.validFrom,
    valid_to: c.validTo,
    option: [c.productCode, c.productName, c.lot ? `(${c.lot})` : null].filter(Boolean).join(' '),
    currency: 'EUR',
    amount: c.tariffCents / 100,
    amount_description: `${tariffUnitNames[c.unit]} (WJ756 eenheid ${c.unit})`,
  });
}

/** A fully nested service. Cost options only when the caller passes them (professional export). */
export function serviceFull(id: StableId, s: ServiceRow, organization: OrganizationRow | null, details: ServiceDetails): HsdsObject {
  return compact({
    ...serviceBasic(s, organization),
    phones: s.phone ? [compact({ id: id(`phone:service:${s.id}`), service_id: s.id, number: s.phone, type: 'voice' })] : [],
    languages: details.languages.map((l) => compact({ id: id(`language:${s.id}:${l.code}`), service_id: s.id, name: l.name, code: l.code })),
    schedules: details.schedules.map((row) => schedule(id, row, { service_id: s.id })),
    service_at_locations: details.locations.map((entry) =>
      compact({
        id: entry.serviceAtLocationId,
        service_id: s.id,
        location_id: entry.location.id,
        location: locationFull(id, entry.location, entry.schedules),
      }),
    ),
    attributes: details.terms.map((term) => attribute(id, s.id, term)),
    cost_options: details.costs?.map((c) => costOption(s.id, c)),
  });
}

export function organizationFull(
  id: StableId,
  o: OrganizationRow,
  identifiers: readonly { scheme: 'kvk' | 'agb'; identifier: string }[],
  locations: readonly { location: LocationRow; schedules: ScheduleRow[] }[],
  services: readonly HsdsObject[],
): HsdsObject {
  return compact({
    ...organizationBasic(o),
    phones: o.phone ? [compact({ id: id(`phone:organization:${o.id}`), organization_id: o.id, number: o.phone, type: 'voice' })] : [],
    organization_identifiers: identifiers.map((i) =>
      compact({
        id: id(`identifier:${o.id}:${i.scheme}`),
        organization_id: o.id,
        identifier_scheme: i.scheme === 'kvk' ? 'NL-KVK' : 'NL-AGB',
        identifier_type: i.scheme === 'kvk' ? 'KvK-nummer' : 'AGB-code',
        identifier: i.identifier,
      }),
    ),
    locations: locations.map((l) => locationFull(id, l.location, l.schedules)),
    services,
  });
}

export function serviceAtLocationBasic(salId: string, service: ServiceRow, organization: OrganizationRow | null, location: LocationRow): HsdsObject {
  return compact({
    id: salId,
    service_id: service.id,
    location_id: location.id,
    location: locationBasic(location),
    service: serviceBasic(service, organization),
  });
}

/** A service at a location with the full service and location nested (GET /service_at_locations/{id}). */
export function serviceAtLocationFull(salId: string, service: HsdsObject, location: HsdsObject): HsdsObject {
  return compact({ id: salId, service_id: service.id, location_id: location.id, location, service });
}

/** The HSDS paging envelope. */
export function page<T>(contents: readonly T[], total: number, pageNumber: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** Great-circle distance in metres. */
export function distanceMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
