/**
 * Where compared (and free) offers are given: the places of services and organisations with
 * their district and coordinates, read for many ids in one prepared query each.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { districts, locations, serviceAtLocations } from '../../db/schema';
import type { Point } from '../domain/compare';
import { once } from './prepared.server';

/** `column IN (the ids in placeholder `name`, one JSON array)`: one prepared query for any number of ids. */
export const inJson = (column: Parameters<typeof eq>[0], name: string) => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`;

export interface LocationFact extends Point {
  districtName: string | null;
  districtSlug: string | null;
}

export function roundKm(km: number | null): number | null {
  return km === null ? null : Math.round(km * 10) / 10;
}

const locationColumns = {
  latitude: locations.latitude,
  longitude: locations.longitude,
  districtName: districts.name,
  districtSlug: districts.slug,
};

export function serviceLocations(db: Db, serviceIds: readonly string[]): Map<string, LocationFact[]> {
  const result = new Map<string, LocationFact[]>();
  if (serviceIds.length === 0) return result;
  for (const { serviceId, ...place } of serviceLocationQuery(db).all({ serviceIds: JSON.stringify(serviceIds) })) pushTo(result, serviceId, place);
  return result;
}

/** Appends in place (copying the list per row made this quadratic in the rows per key). */
export function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

const serviceLocationQuery = once((db: Db) =>
  db
    .select({ serviceId: serviceAtLocations.serviceId, ...locationColumns })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .leftJoin(districts, eq(districts.id, locations.districtId))
    .where(inJson(serviceAtLocations.serviceId, 'serviceIds'))
    .prepare(),
);

export function organizationLocations(db: Db, organizationIds: readonly string[]): Map<string, LocationFact[]> {
  const result = new Map<string, LocationFact[]>();
  if (organizationIds.length === 0) return result;
  for (const { organizationId, ...place } of organizationLocationQuery(db).all({ organizationIds: JSON.stringify(organizationIds) })) pushTo(result, organizationId, place);
  return result;
}

const organizationLocationQuery = once((db: Db) =>
  db
    .select({ organizationId: locations.organizationId, ...locationColumns })
    .from(locations)
    .leftJoin(districts, eq(districts.id, locations.districtId))
    .where(inJson(locations.organizationId, 'organizationIds'))
    .prepare(),
);
