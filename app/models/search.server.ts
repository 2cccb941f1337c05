/**
 * Reads for search: the search documents (one per public service, public facts only: no tariff,
 * contract, ceiling or finding is ever selected here), districts and postcode centroids.
 */
import { and, asc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { once } from './prepared.server';
import {
  districts,
  locations,
  organizations,
  postcodeCentroids,
  products,
  schedules,
  serviceAtLocations,
  serviceLanguages,
  services,
} from '../../db/schema';
import type { OpeningPeriod } from '../domain/opening-hours';
import type { SearchDocument } from '../search/document';

/** SQLite allows a limited number of bound parameters: ids go in chunks of this size. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export interface SearchDocumentScope {
  /**
   * Only services of this municipality (a location in one of its districts), plus nationally
   * procured services and services without a district. Null: every public service.
   */
  city: string | null;
}

/**
 * The search documents of public services (not inactive, organisation active). With `serviceIds`
 * only those services; a service that is not public is simply missing from the result.
 */
export function listSearchDocuments(db: Db, options: { serviceIds?: readonly string[]; scope?: SearchDocumentScope } = {}): SearchDocument[] {
  const city = options.scope?.city ?? null;
  let ids = options.serviceIds ? [...new Set(options.serviceIds)] : null;
  // A municipality's deployment loads only its own services (and the national ones), by id.
  if (!ids && city !== null) ids = serviceIdsInScope(db, city);
  const documents: SearchDocument[] = [];
  for (const chunk of ids ? chunks(ids) : [null]) {
    if (chunk && chunk.length === 0) continue;
    for (const document of loadDocuments(db, chunk)) documents.push(document);
  }
  return city === null ? documents : documents.filter((doc) => inScope(doc, city));
}

/** Services of a municipality: at a location in one of its districts, nationally procured, or without any district. */
function serviceIdsInScope(db: Db, city: string): string[] {
  const rows = db.$client
    .prepare(
      `SELECT sal.service_id AS id FROM districts d JOIN locations l ON l.district_id = d.id
         JOIN service_at_locations sal ON sal.location_id = l.id WHERE d.city = ?
       UNION SELECT s.id FROM services s WHERE s.kind = 'national'
       UNION SELECT s.id FROM services s WHERE NOT EXISTS (
         SELECT 1 FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
         WHERE sal.service_id = s.id AND l.district_id IS NOT NULL)
       ORDER BY id`,
    )
    .all(city) as { id: string }[];
  return rows.map((r) => r.id);
}

function inScope(doc: SearchDocument, city: string): boolean {
  return doc.kind === 'national' || doc.districts.length === 0 || doc.cities.includes(city);
}

function loadDocuments(db: Db, ids: readonly string[] | null): SearchDocument[] {
  const conditions: SQL[] = [ne(services.status, 'inactive'), eq(organizations.status, 'active')];
  if (ids) conditions.push(inArray(services.id, [...ids]));
  const rows = db
    .select({
      id: services.id,
      name: services.name,
      description: services.description,
      kind: services.kind,
      law: services.law,
      status: services.status,
      categoryCode: services.categoryCode,
      productCode: services.productCode,
      productNameNl: products.nameNl,
      productNameEn: products.nameEn,
      targetGroup: services.targetGroup,
      minimumAge: services.minimumAge,
      maximumAge: services.maximumAge,
      waitingWeeks: services.waitingWeeks,
      acceptingNewClients: services.acceptingNewClients,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
    })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .leftJoin(products, eq(products.code, services.productCode))
    .where(and(...conditions))
    .orderBy(asc(services.id))
    .all();
  if (rows.length === 0) return [];
  const serviceIds = ids ? rows.map((r) => r.id) : null;
  const only = <T extends SQL | undefined>(column: Parameters<typeof inArray>[0], extra?: T) =>
    serviceIds ? and(inArray(column, serviceIds), extra) : extra;

  const languagesByService = new Map<string, string[]>();
  for (const row of db
    .select({ serviceId: serviceLanguages.serviceId, code: serviceLanguages.code })
    .from(serviceLanguages)
    .where(only(serviceLanguages.serviceId))
    .orderBy(asc(serviceLanguages.serviceId), asc(serviceLanguages.code))
    .all()) {
    push(languagesByService, row.serviceId, row.code);
  }

  const locationRows = db
    .select({
      serviceId: serviceAtLocations.serviceId,
      locationId: locations.id,
      city: locations.city,
      latitude: locations.latitude,
      longitude: locations.longitude,
      wheelchairAccessible: locations.wheelchairAccessible,
      districtSlug: districts.slug,
      districtName: districts.name,
      districtCity: districts.city,
    })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .leftJoin(districts, eq(districts.id, locations.districtId))
    .where(only(serviceAtLocations.serviceId))
    .orderBy(asc(serviceAtLocations.serviceId), asc(serviceAtLocations.id))
    .all();
  const locationsByService = new Map<string, typeof locationRows>();
  for (const row of locationRows) push(locationsByService, row.serviceId, row);

  // Opening hours: a service's own schedule, else the schedules of its locations.
  const ownHours = new Map<string, OpeningPeriod[]>();
  for (const row of db
    .select({ serviceId: schedules.serviceId, weekday: schedules.weekday, opensAt: schedules.opensAt, closesAt: schedules.closesAt })
    .from(schedules)
    .where(only(schedules.serviceId, isNotNull(schedules.serviceId)))
    .orderBy(asc(schedules.serviceId), asc(schedules.weekday), asc(schedules.opensAt))
    .all()) {
    push(ownHours, row.serviceId!, { weekday: row.weekday, opensAt: row.opensAt, closesAt: row.closesAt });
  }
  const locationIds = [...new Set(locationRows.map((r) => r.locationId))];
  const locationHours = new Map<string, OpeningPeriod[]>();
  const hourChunks = serviceIds ? chunks(locationIds) : [null];
  for (const chunk of hourChunks) {
    for (const row of db
      .select({ locationId: schedules.locationId, weekday: schedules.weekday, opensAt: schedules.opensAt, closesAt: schedules.closesAt })
      .from(schedules)
      .where(chunk ? and(inArray(schedules.locationId, chunk), isNotNull(schedules.locationId)) : isNotNull(schedules.locationId))
      .orderBy(asc(schedules.locationId), asc(schedules.weekday), asc(schedules.opensAt))
      .all()) {
      push(locationHours, row.locationId!, { weekday: row.weekday, opensAt: row.opensAt, closesAt: row.closesAt });
    }
  }

  return rows.map((row): SearchDocument => {
    const sites = locationsByService.get(row.id) ?? [];
    const districtList: SearchDocument['districts'] = [];
    const cities: string[] = [];
    for (const site of sites) {
      if (site.districtSlug && site.districtName && !districtList.some((d) => d.slug === site.districtSlug)) {
        districtList.push({ slug: site.districtSlug, name: site.districtName });
      }
      const city = site.districtCity ?? site.city;
      if (!cities.includes(city)) cities.push(city);
    }
    const hours = ownHours.get(row.id) ?? sites.flatMap((site) => locationHours.get(site.locationId) ?? []);
    return {
      ...row,
      status: row.status === 'temporarily_closed' ? 'temporarily_closed' : 'active',
      languages: languagesByService.get(row.id) ?? [],
      districts: districtList,
      cities,
      wheelchairAccessible: sites.some((s) => s.wheelchairAccessible),
      locationIds: [...new Set(sites.map((s) => s.locationId))],
      points: sites.flatMap((s) => (s.latitude !== null && s.longitude !== null ? [{ latitude: s.latitude, longitude: s.longitude }] : [])),
      openingPeriods: dedupePeriods(hours),
    };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dedupePeriods(periods: OpeningPeriod[]): OpeningPeriod[] {
  const seen = new Set<string>();
  return periods.filter((p) => {
    const key = `${p.weekday} ${p.opensAt} ${p.closesAt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Ids of the services of an organisation (all statuses), for re-indexing after it changes. */
export function listServiceIdsOfOrganization(db: Db, organizationId: string): string[] {
  return db.select({ id: services.id }).from(services).where(eq(services.organizationId, organizationId)).all().map((r) => r.id);
}

/** Ids of the services offered at a location, for re-indexing after it changes. */
export function listServiceIdsAtLocation(db: Db, locationId: string): string[] {
  return db
    .select({ id: serviceAtLocations.serviceId })
    .from(serviceAtLocations)
    .where(eq(serviceAtLocations.locationId, locationId))
    .all()
    .map((r) => r.id);
}

/** Counts and newest changes of the catalogue: when they move without the index hearing of it, rebuild. */
export function countCatalogue(db: Db): { services: number; organizations: number; newestServiceUpdate: number; newestOrganizationUpdate: number } {
  const row = db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM services) AS services, (SELECT count(*) FROM organizations) AS organizations,
              (SELECT coalesce(max(updated_at), 0) FROM services) AS newestServiceUpdate,
              (SELECT coalesce(max(updated_at), 0) FROM organizations) AS newestOrganizationUpdate`,
    )
    .get() as { services: number; organizations: number; newestServiceUpdate: number; newestOrganizationUpdate: number };
  return row;
}

/** Districts as the municipality defines them, for validating the district filter. */
export function listDistricts(db: Db) {
  return db.select({ slug: districts.slug, name: districts.name, city: districts.city }).from(districts).orderBy(asc(districts.name)).all();
}

/** The centroid of a 4-digit postcode, or undefined when it is unknown. */
/** The centre of a four-digit postcode area, or undefined when the database does not know it. */
export function findPostcodeCentroid(db: Db, pc4: string): { pc4: string; latitude: number; longitude: number; city: string | null } | undefined {
  return centroidQuery(db).get({ pc4 });
}

const centroidQuery = once((db: Db) =>
  db
    .select({ pc4: postcodeCentroids.pc4, latitude: postcodeCentroids.latitude, longitude: postcodeCentroids.longitude, city: postcodeCentroids.city })
    .from(postcodeCentroids)
    .where(eq(postcodeCentroids.pc4, sql.placeholder('pc4')))
    .prepare(),
);

/** The municipality (city) a deployment serves, when the database knows districts of it. */
export function findMunicipalityCity(db: Db, municipalityName: string): string | null {
  const city = municipalityName.replace(/^gemeente\s+/i, '').trim();
  const row = db.select({ city: districts.city }).from(districts).where(eq(districts.city, city)).limit(1).get();
  return row?.city ?? null;
}

export interface CentroidImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/**
 * Writes postcode centroids in one transaction: new ones are added, changed ones updated; with
 * `replace`, centroids missing from the file are removed. All or nothing.
 */
export function importPostcodeCentroids(
  db: Db,
  rows: readonly { pc4: string; latitude: number; longitude: number; city: string | null }[],
  options: { replace: boolean; dryRun?: boolean },
): CentroidImportResult {
  const result: CentroidImportResult = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  const apply = (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => {
    const existing = new Map(
      tx
        .select()
        .from(postcodeCentroids)
        .all()
        .map((row) => [row.pc4, row]),
    );
    for (const row of rows) {
      const current = existing.get(row.pc4);
      if (!current) {
        tx.insert(postcodeCentroids).values(row).run();
        result.inserted += 1;
      } else if (current.latitude !== row.latitude || current.longitude !== row.longitude || current.city !== row.city) {
        tx.update(postcodeCentroids).set({ latitude: row.latitude, longitude: row.longitude, city: row.city }).where(eq(postcodeCentroids.pc4, row.pc4)).run();
        result.updated += 1;
      } else {
        result.unchanged += 1;
      }
      existing.delete(row.pc4);
    }
    if (options.replace) {
      for (const pc4 of existing.keys()) {
        tx.delete(postcodeCentroids).where(eq(postcodeCentroids.pc4, pc4)).run();
        result.removed += 1;
      }
    }
    if (options.dryRun) throw new DryRun();
  };
  try {
    db.transaction(apply);
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return result;
}

class DryRun extends Error {}
