/**
 * Reads for the HSDS 3.0 API (/api/hsds/*): the public catalogue — active services of active
 * organisations, no cost fields — and, for professionals only, the same services with their
 * tariffs as cost options. Mapping to HSDS objects lives in app/domain/hsds.ts, the taxonomies
 * and stable ids in hsds-taxonomy.server.ts, the query parameters in app/domain/hsds-params.ts
 * the nested parts of a service (languages, schedules, locations, costs) in
 * hsds-service-details.server.ts and the HTTP answers in app/utils/hsds-http.server.ts.
 */
import { and, asc, eq, gte, inArray, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { locations, organizationIdentifiers, organizations, postcodeCentroids, serviceAtLocations, services } from '../../db/schema';
import { laws, serviceKinds } from '../domain/enums';
import {
  distanceMetres,
  organizationBasic,
  organizationFull,
  page,
  locationFull,
  serviceAtLocationBasic,
  serviceAtLocationFull,
  serviceBasic,
  serviceFull,
  taxonomyId,
  taxonomyKeys,
  type HsdsObject,
  type LocationRow,
  type OrganizationRow,
  type ServiceRow,
} from '../domain/hsds';
import type { ListParams } from '../domain/hsds-params';
import { locationColumns, schedulesBy, serviceDetails } from './hsds-service-details.server';
import { allTerms, stableId } from './hsds-taxonomy.server';

// ---------------------------------------------------------------------------------------------
// Services, organisations, service at location
// ---------------------------------------------------------------------------------------------

const publicService = and(ne(services.status, 'inactive'), eq(organizations.status, 'active'));

const serviceColumns = {
  id: services.id,
  organizationId: services.organizationId,
  name: services.name,
  description: services.description,
  kind: services.kind,
  law: services.law,
  categoryCode: services.categoryCode,
  productCode: services.productCode,
  targetGroup: services.targetGroup,
  minimumAge: services.minimumAge,
  maximumAge: services.maximumAge,
  waitingWeeks: services.waitingWeeks,
  waitingReportedOn: services.waitingReportedOn,
  acceptingNewClients: services.acceptingNewClients,
  applicationProcess: services.applicationProcess,
  url: services.url,
  email: services.email,
  phone: services.phone,
  status: services.status,
  assuredDate: services.assuredDate,
  updatedAt: services.updatedAt,
};

const organizationColumns = {
  id: organizations.id,
  name: organizations.name,
  alternateName: organizations.alternateName,
  description: organizations.description,
  website: organizations.website,
  email: organizations.email,
  phone: organizations.phone,
  logoUrl: organizations.logoUrl,
  slug: organizations.slug,
};

type OrgSelect = { id: string; name: string; alternateName: string | null; description: string; website: string | null; email: string | null; phone: string | null; logoUrl: string | null; slug: string };
const toOrganization = (o: OrgSelect, origin: string): OrganizationRow => ({ ...o, pageUrl: `${origin}/aanbieders/${o.slug}` });

function searchCondition(q: string | undefined): SQL | undefined {
  const words = (q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[%_\\]/g, ''))
    .filter(Boolean)
    .slice(0, 10);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((w) => {
      const p = `%${w}%`;
      return or(like(services.name, p), like(services.description, p), like(organizations.name, p), like(services.productCode, p), like(services.targetGroup, p))!;
    }),
  );
}

function termCondition(db: Db, params: ListParams): SQL | undefined | 'none' {
  const conditions: SQL[] = [];
  if (params.taxonomy_term_id) {
    const term = allTerms(db).find((t) => t.id === params.taxonomy_term_id);
    if (!term) return 'none';
    if (term.key === 'iwmo' || term.key === 'ijw') conditions.push(eq(services.categoryCode, term.code));
    else if (term.key === 'productcode') conditions.push(eq(services.productCode, term.code));
    else if (term.key === 'soort-aanbod') conditions.push(eq(services.kind, term.code as (typeof serviceKinds)[number]));
    else conditions.push(eq(services.law, term.code as (typeof laws)[number]));
  }
  if (params.taxonomy_id) {
    const key = taxonomyKeys.find((k) => taxonomyId(stableId, k) === params.taxonomy_id);
    if (!key) return 'none';
    if (key === 'iwmo') conditions.push(sql`${services.categoryCode} BETWEEN '01' AND '18'`);
    else if (key === 'ijw') conditions.push(sql`${services.categoryCode} BETWEEN '40' AND '55'`);
    else if (key === 'productcode') conditions.push(sql`${services.productCode} IS NOT NULL`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

/** Service ids with their distance to a postcode's centroid (within `proximity` metres when given). */
function distances(db: Db, postcode: string, proximity: number | undefined): Map<string, number> | 'unknownPostcode' {
  const centroid = db.select().from(postcodeCentroids).where(eq(postcodeCentroids.pc4, postcode.slice(0, 4))).get();
  if (!centroid) return 'unknownPostcode';
  const radius = proximity ?? 50_000;
  const dLat = radius / 111_000 + 0.01;
  const dLon = radius / (111_000 * Math.cos((centroid.latitude * Math.PI) / 180)) + 0.01;
  const rows = db
    .select({ serviceId: serviceAtLocations.serviceId, latitude: locations.latitude, longitude: locations.longitude })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(
      and(
        sql`${locations.latitude} BETWEEN ${centroid.latitude - dLat} AND ${centroid.latitude + dLat}`,
        sql`${locations.longitude} BETWEEN ${centroid.longitude - dLon} AND ${centroid.longitude + dLon}`,
      ),
    )
    .all();
  const result = new Map<string, number>();
  for (const row of rows) {
    if (row.latitude === null || row.longitude === null) continue;
    const d = distanceMetres(centroid, { latitude: row.latitude, longitude: row.longitude });
    if (proximity !== undefined && d > proximity) continue;
    const best = result.get(row.serviceId);
    if (best === undefined || d < best) result.set(row.serviceId, d);
  }
  return result;
}

export type ListOutcome<T> = { ok: true; body: T } | { ok: false; status: 400 | 404; detail: string };

function serviceWhere(db: Db, params: ListParams): SQL | 'none' {
  const conditions: SQL[] = [publicService as SQL];
  const search = searchCondition(params.search);
  if (search) conditions.push(search);
  const terms = termCondition(db, params);
  if (terms === 'none') return 'none';
  if (terms) conditions.push(terms);
  if (params.organization_id) conditions.push(eq(services.organizationId, params.organization_id));
  if (params.modified_after) conditions.push(gte(services.updatedAt, params.modified_after));
  return and(...conditions)!;
}

/** Paginated services: the one-to-one fields, or fully nested with `full=true` (or for the professional export). */
export function listServices(db: Db, params: ListParams, options: { origin: string; withCosts?: boolean }): ListOutcome<ReturnType<typeof page>> {
  const where = serviceWhere(db, params);
  if (where === 'none') return { ok: true, body: page([], 0, params.page, params.per_page) };
  let near: Map<string, number> | null = null;
  if (params.postcode) {
    const found = distances(db, params.postcode, params.proximity);
    if (found === 'unknownPostcode') return { ok: false, status: 400, detail: 'postcode: unknown postcode' };
    near = found;
  }
  const base = db.select({ id: services.id, name: services.name }).from(services).innerJoin(organizations, eq(organizations.id, services.organizationId));
  let total: number;
  let pageIds: string[];
  if (near) {
    const candidates = base.where(where).all();
    const filtered = params.proximity !== undefined ? candidates.filter((c) => near!.has(c.id)) : candidates;
    filtered.sort((a, b) => (near!.get(a.id) ?? Infinity) - (near!.get(b.id) ?? Infinity) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    const ordered = filtered.map((c) => c.id);
    total = ordered.length;
    pageIds = ordered.slice((params.page - 1) * params.per_page, params.page * params.per_page);
  } else {
    total = db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(services).innerJoin(organizations, eq(organizations.id, services.organizationId)).where(where).get()?.n ?? 0;
    pageIds = base
      .where(where)
      .orderBy(asc(services.name), asc(services.id))
      .limit(params.per_page)
      .offset((params.page - 1) * params.per_page)
      .all()
      .map((r) => r.id);
  }
  if (params.minimal) {
    const rows = pageIds.length ? db.select({ id: services.id, updatedAt: services.updatedAt }).from(services).where(inArray(services.id, pageIds)).all() : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const minimal = pageIds.map((id) => ({ id, last_modified: byId.get(id)!.updatedAt.toISOString() }));
    return { ok: true, body: page(minimal, total, params.page, params.per_page) };
  }
  const contents = servicesByIds(db, pageIds, { origin: options.origin, full: Boolean(params.full || options.withCosts), withCosts: options.withCosts ?? false });
  return { ok: true, body: page(contents, total, params.page, params.per_page) };
}

/** One fully nested service (public: active services of active organisations only). */
export function getService(db: Db, id: string, options: { origin: string; withCosts?: boolean }): HsdsObject | undefined {
  const found = db.select({ id: services.id }).from(services).innerJoin(organizations, eq(organizations.id, services.organizationId)).where(and(eq(services.id, id), publicService)).get();
  if (!found) return undefined;
  return servicesByIds(db, [id], { origin: options.origin, full: true, withCosts: options.withCosts ?? false })[0];
}

/** Services in the given order, basic or fully nested, with cost options only when asked. */
function servicesByIds(db: Db, ids: readonly string[], options: { origin: string; full: boolean; withCosts: boolean }): HsdsObject[] {
  if (ids.length === 0) return [];
  const rows = db.select(serviceColumns).from(services).where(inArray(services.id, [...ids])).all() as ServiceRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const orgIds = [...new Set(rows.map((r) => r.organizationId))];
  const orgs = new Map(
    db
      .select(organizationColumns)
      .from(organizations)
      .where(inArray(organizations.id, orgIds))
      .all()
      .map((o) => [o.id, toOrganization(o, options.origin)]),
  );
  if (!options.full) return ids.map((id) => serviceBasic(byId.get(id)!, orgs.get(byId.get(id)!.organizationId) ?? null));
  const details = serviceDetails(db, rows, options.withCosts);
  return ids.map((id) => {
    const s = byId.get(id)!;
    return serviceFull(stableId, s, orgs.get(s.organizationId) ?? null, details.get(id)!);
  });
}

export function listOrganizations(db: Db, params: ListParams, options: { origin: string }) {
  const conditions: SQL[] = [eq(organizations.status, 'active')];
  const q = params.search?.trim().replace(/[%_\\]/g, '');
  if (q) conditions.push(or(like(organizations.name, `%${q}%`), like(organizations.description, `%${q}%`))!);
  const where = and(...conditions);
  const total = db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(organizations).where(where).get()?.n ?? 0;
  const rows = db
    .select(organizationColumns)
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(params.per_page)
    .offset((params.page - 1) * params.per_page)
    .all();
  const contents = params.full
    ? rows.map((o) => organizationById(db, o.id, { origin: options.origin, fullService: Boolean(params.full_service) })!)
    : rows.map((o) => organizationBasic(toOrganization(o, options.origin)));
  return page(contents, total, params.page, params.per_page);
}

/** One organisation, fully nested, with its services (basic, or full with `full_service`). */
export function organizationById(db: Db, id: string, options: { origin: string; fullService: boolean }): HsdsObject | undefined {
  const row = db.select(organizationColumns).from(organizations).where(and(eq(organizations.id, id), eq(organizations.status, 'active'))).get();
  if (!row) return undefined;
  const org = toOrganization(row, options.origin);
  const identifiers = db
    .select({ scheme: organizationIdentifiers.scheme, identifier: organizationIdentifiers.identifier })
    .from(organizationIdentifiers)
    .where(eq(organizationIdentifiers.organizationId, id))
    .orderBy(asc(organizationIdentifiers.scheme))
    .all();
  const locationRows = db.select(locationColumns).from(locations).where(eq(locations.organizationId, id)).orderBy(asc(locations.name)).all() as LocationRow[];
  const locationSchedules = schedulesBy(db, 'locationId', locationRows.map((l) => l.id));
  const serviceIds = db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.organizationId, id), ne(services.status, 'inactive')))
    .orderBy(asc(services.name), asc(services.id))
    .all()
    .map((r) => r.id);
  const serviceObjects = servicesByIds(db, serviceIds, { origin: options.origin, full: options.fullService, withCosts: false }).map((s) => {
    // Inside an organisation the organisation itself is not repeated.
    const { organization: _organization, ...rest } = s;
    return rest;
  });
  return organizationFull(
    stableId,
    org,
    identifiers,
    locationRows.map((l) => ({ location: l, schedules: locationSchedules.get(l.id) ?? [] })),
    serviceObjects,
  );
}

export function listServiceAtLocations(db: Db, params: ListParams, options: { origin: string }): ListOutcome<ReturnType<typeof page>> {
  const where = serviceWhere(db, params);
  if (where === 'none') return { ok: true, body: page([], 0, params.page, params.per_page) };
  let near: Map<string, number> | null = null;
  if (params.postcode) {
    const found = distances(db, params.postcode, params.proximity);
    if (found === 'unknownPostcode') return { ok: false, status: 400, detail: 'postcode: unknown postcode' };
    near = found;
  }
  const query = db
    .select({ salId: serviceAtLocations.id, serviceId: services.id, locationId: locations.id, serviceName: services.name, latitude: locations.latitude, longitude: locations.longitude })
    .from(serviceAtLocations)
    .innerJoin(services, eq(services.id, serviceAtLocations.serviceId))
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(where)
    .orderBy(asc(services.name), asc(serviceAtLocations.id))
    .all();
  let list = query;
  if (near && params.postcode) {
    const centroid = db.select().from(postcodeCentroids).where(eq(postcodeCentroids.pc4, params.postcode.slice(0, 4))).get()!;
    const distanceOf = (r: (typeof list)[number]) => (r.latitude === null || r.longitude === null ? Infinity : distanceMetres(centroid, { latitude: r.latitude, longitude: r.longitude }));
    if (params.proximity !== undefined) list = list.filter((r) => distanceOf(r) <= params.proximity!);
    list = [...list].sort((a, b) => distanceOf(a) - distanceOf(b));
  }
  const total = list.length;
  const slice = list.slice((params.page - 1) * params.per_page, params.page * params.per_page);
  const serviceRows = slice.length ? (db.select(serviceColumns).from(services).where(inArray(services.id, [...new Set(slice.map((r) => r.serviceId))])).all() as ServiceRow[]) : [];
  const servicesById = new Map(serviceRows.map((s) => [s.id, s]));
  const locationRows = slice.length ? (db.select(locationColumns).from(locations).where(inArray(locations.id, [...new Set(slice.map((r) => r.locationId))])).all() as LocationRow[]) : [];
  const locationsById = new Map(locationRows.map((l) => [l.id, l]));
  const orgs = new Map(
    serviceRows.length
      ? db
          .select(organizationColumns)
          .from(organizations)
          .where(inArray(organizations.id, [...new Set(serviceRows.map((s) => s.organizationId))]))
          .all()
          .map((o) => [o.id, toOrganization(o, options.origin)])
      : [],
  );
  const contents = slice.map((r) => {
    const s = servicesById.get(r.serviceId)!;
    return serviceAtLocationBasic(r.salId, s, orgs.get(s.organizationId) ?? null, locationsById.get(r.locationId)!);
  });
  return { ok: true, body: page(contents, total, params.page, params.per_page) };
}

/**
 * One service at a location, fully nested: the public service (without its own list of
 * locations, which the schema does not nest here) and the full location with its schedules.
 */
export function getServiceAtLocation(db: Db, id: string, options: { origin: string }): HsdsObject | undefined {
  const link = db
    .select({ salId: serviceAtLocations.id, serviceId: serviceAtLocations.serviceId, locationId: serviceAtLocations.locationId })
    .from(serviceAtLocations)
    .innerJoin(services, eq(services.id, serviceAtLocations.serviceId))
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(and(eq(serviceAtLocations.id, id), publicService))
    .get();
  if (!link) return undefined;
  const service = servicesByIds(db, [link.serviceId], { origin: options.origin, full: true, withCosts: false })[0];
  const location = db.select(locationColumns).from(locations).where(eq(locations.id, link.locationId)).get() as LocationRow | undefined;
  if (!service || !location) return undefined;
  const { service_at_locations: _nested, ...serviceObject } = service;
  return serviceAtLocationFull(link.salId, serviceObject, locationFull(stableId, location, schedulesBy(db, 'locationId', [location.id]).get(location.id) ?? []));
}
