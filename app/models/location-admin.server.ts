/**
 * Maintaining locations with their opening hours: read for editing, create, edit with optimistic
 * locking, delete (a location holds no history of its own; the audit log keeps its last values).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { districts, locations, organizations, schedules, serviceAtLocations } from '../../db/schema';
import { locationEditableFields, type LocationInput } from '../domain/catalogue-forms';
import { hoursSummary, periodsFromSlots } from '../domain/hours';
import { formText, type FormValues } from '../domain/optimistic-lock';
import { message } from '../domain/validation';
import { catalogueChanged } from './catalogue-events.server';
import { columnName, inTransaction, invalid, newId, record, recordChanges, type AuditActor, type SaveResult } from './catalogue-admin.server';
import { replaceHours } from './service-admin.server';

export function listDistrictOptions(db: Db) {
  return db.select({ id: districts.id, name: districts.name, city: districts.city }).from(districts).orderBy(asc(districts.city), asc(districts.name)).all();
}

function readLocation(db: Db, id: string) {
  const row = db.select().from(locations).where(eq(locations.id, id)).get();
  if (!row) return undefined;
  const hours = db
    .select({ weekday: schedules.weekday, opensAt: schedules.opensAt, closesAt: schedules.closesAt })
    .from(schedules)
    .where(eq(schedules.locationId, id))
    .all();
  return { ...row, hours };
}
type LocationRecord = NonNullable<ReturnType<typeof readLocation>>;

export function locationFormValues(l: LocationRecord): FormValues {
  return {
    name: l.name,
    address1: l.address1,
    postalCode: l.postalCode,
    city: l.city,
    districtId: formText(l.districtId),
    latitude: formText(l.latitude),
    longitude: formText(l.longitude),
    wheelchairAccessible: l.wheelchairAccessible,
    hearingLoop: l.hearingLoop,
    accessibleToilet: l.accessibleToilet,
    accessibilityNote: formText(l.accessibilityNote),
    transportation: formText(l.transportation),
    hours: hoursSummary(l.hours),
  };
}

export function getLocationForAdmin(db: Db, id: string) {
  const location = readLocation(db, id);
  if (!location) return undefined;
  const organization = db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, location.organizationId))
    .get()!;
  const serviceCount = db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(serviceAtLocations).where(eq(serviceAtLocations.locationId, id)).get()?.n ?? 0;
  return {
    location: { id: location.id, name: location.name, version: location.version, hours: location.hours },
    organization,
    serviceCount,
    values: locationFormValues(location),
  };
}

function checkDistrict(db: Db, districtId: string | null): Record<string, string[]> {
  if (!districtId) return {};
  return db.select({ id: districts.id }).from(districts).where(eq(districts.id, districtId)).get() ? {} : { districtId: [message('v.unknownDistrict')] };
}

function columnsOf(input: LocationInput) {
  return {
    name: input.name,
    address1: input.address1,
    postalCode: input.postalCode,
    city: input.city,
    districtId: input.districtId,
    latitude: input.latitude,
    longitude: input.longitude,
    wheelchairAccessible: input.wheelchairAccessible,
    hearingLoop: input.hearingLoop,
    accessibleToilet: input.accessibleToilet,
    accessibilityNote: input.accessibilityNote,
    transportation: input.transportation,
  };
}

export function createLocation(db: Db, actor: AuditActor, organizationId: string, input: LocationInput): SaveResult {
  if (!db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).get()) {
    return invalid({ organizationId: [message('v.unknownOrganization')] });
  }
  const errors = checkDistrict(db, input.districtId);
  if (Object.keys(errors).length) return invalid(errors);
  const id = newId();
  const columns = columnsOf(input);
  inTransaction(db, () => {
    db.insert(locations).values({ id, organizationId, ...columns, createdAt: actor.at, updatedAt: actor.at }).run();
    const periods = periodsFromSlots(input.hours);
    replaceHours(db, { locationId: id }, periods);
    record(db, actor, { action: 'create', entityType: 'location', entityId: id, newValue: { ...columns, organizationId, hours: hoursSummary(periods) } });
  });
  catalogueChanged({ locationIds: [id] });
  return { ok: true, id, version: 1 };
}

export function updateLocation(db: Db, actor: AuditActor, id: string, input: LocationInput, basedOnVersion: number): SaveResult {
  const result = inTransaction(db, (): SaveResult => {
    const current = readLocation(db, id);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.version !== basedOnVersion) {
      record(db, actor, { action: 'update', entityType: 'location', entityId: id, field: 'version', oldValue: basedOnVersion, newValue: current.version, result: 'failure' });
      return { ok: false, reason: 'conflict', currentVersion: current.version, current: locationFormValues(current) };
    }
    const errors = checkDistrict(db, input.districtId);
    if (Object.keys(errors).length) return invalid(errors);
    const columns = columnsOf(input);
    const changed = db
      .update(locations)
      .set({ ...columns, version: sql`${locations.version} + 1`, updatedAt: actor.at })
      .where(and(eq(locations.id, id), eq(locations.version, basedOnVersion)))
      .run().changes;
    if (changed !== 1) throw new Error('location version changed inside the transaction');
    const periods = periodsFromSlots(input.hours);
    replaceHours(db, { locationId: id }, periods);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of locationEditableFields) {
      before[columnName(field)] = field === 'hours' ? hoursSummary(current.hours) : (current as Record<string, unknown>)[field] ?? null;
      after[columnName(field)] = field === 'hours' ? hoursSummary(periods) : (columns as Record<string, unknown>)[field] ?? null;
    }
    recordChanges(db, actor, { action: 'update', entityType: 'location', entityId: id }, before, after);
    return { ok: true, id, version: basedOnVersion + 1 };
  });
  if (result.ok) catalogueChanged({ locationIds: [id] });
  return result;
}

/** Deletes a location (its opening hours and links to services go with it); the log keeps its values. */
export function deleteLocation(db: Db, actor: AuditActor, id: string, basedOnVersion: number): SaveResult {
  let serviceIds: string[] = [];
  const result = inTransaction(db, (): SaveResult => {
    const current = readLocation(db, id);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.version !== basedOnVersion) {
      record(db, actor, { action: 'delete', entityType: 'location', entityId: id, field: 'version', oldValue: basedOnVersion, newValue: current.version, result: 'failure' });
      return { ok: false, reason: 'conflict', currentVersion: current.version, current: locationFormValues(current) };
    }
    serviceIds = db.select({ id: serviceAtLocations.serviceId }).from(serviceAtLocations).where(eq(serviceAtLocations.locationId, id)).all().map((r) => r.id);
    db.delete(locations).where(eq(locations.id, id)).run();
    record(db, actor, { action: 'delete', entityType: 'location', entityId: id, oldValue: { ...columnsOf({ ...current, hours: [] } as unknown as LocationInput), organizationId: current.organizationId, hours: hoursSummary(current.hours) } });
    return { ok: true, id: current.organizationId, version: 0 };
  });
  if (result.ok) catalogueChanged({ serviceIds });
  return result;
}
