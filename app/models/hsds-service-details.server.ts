/**
 * The nested parts of an HSDS service for /api/hsds/*: its languages, schedules, locations (with
 * their schedules), taxonomy terms and — for professionals only — its tariffs as cost options.
 * Used by hsds.server.ts.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contracts, locations, products, schedules, serviceAtLocations, serviceLanguages } from '../../db/schema';
import type { CostRow, LocationRow, ScheduleRow, ServiceDetails, ServiceRow } from '../domain/hsds';
import { translate, type MessageKey } from '../i18n';
import { allTerms, termsOfService } from './hsds-taxonomy.server';


export const locationColumns = {
  id: locations.id,
  organizationId: locations.organizationId,
  name: locations.name,
  address1: locations.address1,
  postalCode: locations.postalCode,
  city: locations.city,
  latitude: locations.latitude,
  longitude: locations.longitude,
  wheelchairAccessible: locations.wheelchairAccessible,
  hearingLoop: locations.hearingLoop,
  accessibleToilet: locations.accessibleToilet,
  accessibilityNote: locations.accessibilityNote,
  transportation: locations.transportation,
};

export function schedulesBy(db: Db, column: 'serviceId' | 'locationId', ids: readonly string[]): Map<string, ScheduleRow[]> {
  const result = new Map<string, ScheduleRow[]>();
  if (ids.length === 0) return result;
  const col = column === 'serviceId' ? schedules.serviceId : schedules.locationId;
  const rows = db
    .select({ owner: col, id: schedules.id, weekday: schedules.weekday, opensAt: schedules.opensAt, closesAt: schedules.closesAt, note: schedules.note })
    .from(schedules)
    .where(inArray(col, [...ids]))
    .orderBy(asc(schedules.weekday), asc(schedules.opensAt))
    .all();
  for (const { owner, ...row } of rows) {
    if (!owner) continue;
    const list = result.get(owner) ?? [];
    list.push(row);
    result.set(owner, list);
  }
  return result;
}

export function serviceDetails(db: Db, rows: readonly ServiceRow[], withCosts: boolean): Map<string, ServiceDetails> {
  const ids = rows.map((r) => r.id);
  const languageRows = db.select().from(serviceLanguages).where(inArray(serviceLanguages.serviceId, ids)).orderBy(asc(serviceLanguages.code)).all();
  const links = db
    .select({ salId: serviceAtLocations.id, serviceId: serviceAtLocations.serviceId, ...locationColumns })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(inArray(serviceAtLocations.serviceId, ids))
    .orderBy(asc(locations.name), asc(serviceAtLocations.id))
    .all();
  const serviceSchedules = schedulesBy(db, 'serviceId', ids);
  const locationSchedules = schedulesBy(db, 'locationId', [...new Set(links.map((l) => l.id))]);
  const terms = new Map(allTerms(db).map((t) => [`${t.key}:${t.code}`, t]));
  const costs = withCosts ? costsFor(db, rows) : new Map<string, CostRow[]>();
  const result = new Map<string, ServiceDetails>();
  for (const s of rows) {
    result.set(s.id, {
      languages: languageRows.filter((l) => l.serviceId === s.id).map((l) => ({ code: l.code, name: languageName(l.code) })),
      schedules: serviceSchedules.get(s.id) ?? [],
      locations: links
        .filter((l) => l.serviceId === s.id)
        .map(({ salId, serviceId: _serviceId, ...location }) => ({ serviceAtLocationId: salId, location: location as LocationRow, schedules: locationSchedules.get(location.id) ?? [] })),
      terms: termsOfService(s, terms),
      ...(withCosts ? { costs: costs.get(s.id) ?? [] } : {}),
    });
  }
  return result;
}

function languageName(code: string): string {
  const key = `language.${code}` as MessageKey;
  const name = translate('nl', key);
  return name === key ? code : name;
}

/**
 * Professional export only: the current and future tariffs of the service's organisation for
 * its product code (or, without one, for every product in its category).
 */
function costsFor(db: Db, rows: readonly ServiceRow[]): Map<string, CostRow[]> {
  const result = new Map<string, CostRow[]>();
  const orgIds = [...new Set(rows.map((r) => r.organizationId))];
  if (orgIds.length === 0) return result;
  const tariffs = db
    .select({
      id: contracts.id,
      organizationId: contracts.organizationId,
      productCode: contracts.productCode,
      categoryCode: products.categoryCode,
      productName: products.nameNl,
      lot: contracts.lot,
      tariffCents: contracts.tariffCents,
      unit: contracts.unit,
      validFrom: contracts.validFrom,
      validTo: contracts.validTo,
    })
    .from(contracts)
    .leftJoin(products, eq(products.code, contracts.productCode))
    .where(and(inArray(contracts.organizationId, orgIds), isNull(contracts.archivedAt)))
    .orderBy(asc(contracts.productCode), asc(contracts.validFrom))
    .all();
  for (const s of rows) {
    const own = tariffs.filter(
      (t) => t.organizationId === s.organizationId && (s.productCode ? t.productCode === s.productCode : s.categoryCode !== null && t.categoryCode === s.categoryCode),
    );
    result.set(
      s.id,
      own.map(({ organizationId: _o, categoryCode: _c, ...t }) => t),
    );
  }
  return result;
}
