/**
 * Maintaining services (aanbod): read for editing, create, edit with optimistic locking (the
 * service's languages, locations and opening hours included), stop and restart. One
 * transaction per write, with its audit entries.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { locations, organizations, products, schedules, serviceAtLocations, serviceLanguages, services } from '../../db/schema';
import { serviceEditableFields, type ServiceInput } from '../domain/catalogue-forms';
import { hoursSummary, periodsFromSlots, type HoursPeriod } from '../domain/hours';
import { formText, type FormValues } from '../domain/optimistic-lock';
import { message } from '../domain/validation';
import { catalogueChanged } from './catalogue-events.server';
import { columnName, generatedExternalId, inTransaction, invalid, newId, record, recordChanges, type AuditActor, type SaveResult } from './catalogue-admin.server';

export function listProductOptions(db: Db) {
  return db.select().from(products).orderBy(asc(products.code)).all();
}

function readService(db: Db, id: string) {
  const row = db.select().from(services).where(eq(services.id, id)).get();
  if (!row) return undefined;
  const languages = db
    .select({ code: serviceLanguages.code })
    .from(serviceLanguages)
    .where(eq(serviceLanguages.serviceId, id))
    .orderBy(asc(serviceLanguages.code))
    .all()
    .map((r) => r.code);
  const locationIds = db
    .select({ id: serviceAtLocations.locationId })
    .from(serviceAtLocations)
    .where(eq(serviceAtLocations.serviceId, id))
    .all()
    .map((r) => r.id)
    .sort();
  const hours = db
    .select({ weekday: schedules.weekday, opensAt: schedules.opensAt, closesAt: schedules.closesAt })
    .from(schedules)
    .where(eq(schedules.serviceId, id))
    .all();
  return { ...row, languages, locationIds, hours };
}
type ServiceRecord = NonNullable<ReturnType<typeof readService>>;

export function serviceFormValues(s: ServiceRecord): FormValues {
  return {
    name: s.name,
    description: s.description,
    externalId: formText(s.externalId),
    kind: s.kind,
    law: s.law,
    categoryCode: formText(s.categoryCode),
    productCode: formText(s.productCode),
    targetGroup: formText(s.targetGroup),
    minimumAge: formText(s.minimumAge),
    maximumAge: formText(s.maximumAge),
    waitingWeeks: formText(s.waitingWeeks),
    waitingReportedOn: formText(s.waitingReportedOn),
    acceptingNewClients: s.acceptingNewClients,
    applicationProcess: formText(s.applicationProcess),
    url: formText(s.url),
    email: formText(s.email),
    phone: formText(s.phone),
    status: s.status,
    languages: s.languages,
    locationIds: s.locationIds,
    hours: hoursSummary(s.hours),
  };
}

export const serviceFormFields = serviceEditableFields;

/** A service with what its edit page needs: the organisation, its locations, the products. */
export function getServiceForAdmin(db: Db, id: string) {
  const service = readService(db, id);
  if (!service) return undefined;
  const organization = db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, status: organizations.status })
    .from(organizations)
    .where(eq(organizations.id, service.organizationId))
    .get()!;
  return {
    service: {
      id: service.id,
      name: service.name,
      status: service.status,
      assuredDate: service.assuredDate,
      version: service.version,
      hours: service.hours,
    },
    organization,
    values: serviceFormValues(service),
    locations: organizationLocations(db, service.organizationId),
  };
}

export function organizationLocations(db: Db, organizationId: string) {
  return db
    .select({ id: locations.id, name: locations.name, address1: locations.address1, city: locations.city })
    .from(locations)
    .where(eq(locations.organizationId, organizationId))
    .orderBy(asc(locations.name))
    .all();
}

type ServiceWrite = ServiceInput;

/** Checks against the database: product code and category, locations of this organisation, external id. */
function checkReferences(db: Db, input: ServiceWrite, organizationId: string, ownId: string | null) {
  const errors: Record<string, string[]> = {};
  let categoryCode = input.categoryCode;
  if (input.productCode) {
    const product = db.select().from(products).where(eq(products.code, input.productCode.toUpperCase())).get();
    if (!product) errors.productCode = [message('v.unknownProduct')];
    else if (categoryCode && product.categoryCode !== categoryCode) errors.productCode = [message('v.productCategory')];
    else categoryCode = product.categoryCode;
  }
  if (input.locationIds.length) {
    const found = db
      .select({ id: locations.id })
      .from(locations)
      .where(and(inArray(locations.id, input.locationIds), eq(locations.organizationId, organizationId)))
      .all();
    if (found.length !== new Set(input.locationIds).size) errors.locationIds = [message('v.unknownLocation')];
  }
  if (input.externalId) {
    const other = db
      .select({ id: services.id, name: services.name })
      .from(services)
      .where(eq(services.externalId, input.externalId))
      .get();
    if (other && other.id !== ownId) errors.externalId = [message('v.duplicateExternalId', { name: other.name })];
  }
  return { errors, categoryCode };
}

function writeRelations(db: Db, serviceId: string, input: ServiceWrite) {
  db.delete(serviceLanguages).where(eq(serviceLanguages.serviceId, serviceId)).run();
  for (const code of new Set(input.languages)) db.insert(serviceLanguages).values({ serviceId, code }).run();
  const wanted = new Set(input.locationIds);
  const existing = db.select().from(serviceAtLocations).where(eq(serviceAtLocations.serviceId, serviceId)).all();
  for (const link of existing) if (!wanted.has(link.locationId)) db.delete(serviceAtLocations).where(eq(serviceAtLocations.id, link.id)).run();
  const have = new Set(existing.map((l) => l.locationId));
  for (const locationId of wanted) if (!have.has(locationId)) db.insert(serviceAtLocations).values({ id: newId(), serviceId, locationId }).run();
  replaceHours(db, { serviceId }, periodsFromSlots(input.hours));
}

/** Replaces the weekly opening hours of a service or a location. */
export function replaceHours(db: Db, owner: { serviceId: string } | { locationId: string }, periods: readonly HoursPeriod[]) {
  if ('serviceId' in owner) db.delete(schedules).where(eq(schedules.serviceId, owner.serviceId)).run();
  else db.delete(schedules).where(eq(schedules.locationId, owner.locationId)).run();
  for (const p of periods) {
    db.insert(schedules)
      .values({ id: newId(), ...owner, weekday: p.weekday, opensAt: p.opensAt, closesAt: p.closesAt })
      .run();
  }
}

function columnsOf(input: ServiceWrite, categoryCode: string | null) {
  return {
    name: input.name,
    description: input.description ?? '',
    kind: input.kind,
    law: input.law,
    categoryCode,
    productCode: input.productCode ? input.productCode.toUpperCase() : null,
    targetGroup: input.targetGroup,
    minimumAge: input.minimumAge,
    maximumAge: input.maximumAge,
    waitingWeeks: input.waitingWeeks,
    waitingReportedOn: input.waitingReportedOn,
    acceptingNewClients: input.acceptingNewClients,
    applicationProcess: input.applicationProcess,
    url: input.url,
    email: input.email,
    phone: input.phone,
    status: input.status,
  };
}

export function createService(db: Db, actor: AuditActor, organizationId: string, input: ServiceWrite, today: string): SaveResult {
  const org = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).get();
  if (!org) return invalid({ organizationId: [message('v.unknownOrganization')] });
  const { errors, categoryCode } = checkReferences(db, input, organizationId, null);
  if (Object.keys(errors).length) return invalid(errors);
  const id = newId();
  const columns = columnsOf(input, categoryCode);
  if (columns.waitingWeeks !== null && !columns.waitingReportedOn) columns.waitingReportedOn = today;
  const externalId = input.externalId ?? generatedExternalId('SRV');
  inTransaction(db, () => {
    db.insert(services).values({ id, organizationId, externalId, ...columns, createdAt: actor.at, updatedAt: actor.at }).run();
    writeRelations(db, id, input);
    record(db, actor, {
      action: 'create',
      entityType: 'service',
      entityId: id,
      newValue: { ...columns, externalId, organizationId, languages: input.languages, locationIds: input.locationIds, hours: hoursSummary(periodsFromSlots(input.hours)) },
    });
  });
  catalogueChanged({ serviceIds: [id] });
  return { ok: true, id, version: 1 };
}

export function updateService(db: Db, actor: AuditActor, id: string, input: ServiceWrite, basedOnVersion: number, today: string): SaveResult {
  const result = inTransaction(db, (): SaveResult => {
    const current = readService(db, id);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.version !== basedOnVersion) {
      record(db, actor, { action: 'update', entityType: 'service', entityId: id, field: 'version', oldValue: basedOnVersion, newValue: current.version, result: 'failure' });
      return { ok: false, reason: 'conflict', currentVersion: current.version, current: serviceFormValues(current) };
    }
    const { errors, categoryCode } = checkReferences(db, input, current.organizationId, id);
    if (Object.keys(errors).length) return invalid(errors);
    const columns = columnsOf(input, categoryCode);
    // A new waiting time counts from today unless a date was given with it.
    if (columns.waitingWeeks !== current.waitingWeeks && columns.waitingWeeks !== null && columns.waitingReportedOn === current.waitingReportedOn) {
      columns.waitingReportedOn = today;
    }
    const externalId = input.externalId ?? current.externalId;
    const changed = db
      .update(services)
      .set({ ...columns, externalId, version: sql`${services.version} + 1`, updatedAt: actor.at })
      .where(and(eq(services.id, id), eq(services.version, basedOnVersion)))
      .run().changes;
    if (changed !== 1) throw new Error('service version changed inside the transaction');
    writeRelations(db, id, input);
    const after = { ...columns, externalId, languages: [...new Set(input.languages)].sort(), locationIds: [...new Set(input.locationIds)].sort(), hours: hoursSummary(periodsFromSlots(input.hours)) };
    const before: Record<string, unknown> = {};
    const afterColumns: Record<string, unknown> = {};
    for (const field of serviceFormFields) {
      before[columnName(field)] = field === 'hours' ? hoursSummary(current.hours) : (current as Record<string, unknown>)[field] ?? null;
      afterColumns[columnName(field)] = (after as Record<string, unknown>)[field] ?? null;
    }
    recordChanges(db, actor, { action: 'update', entityType: 'service', entityId: id }, before, afterColumns);
    return { ok: true, id, version: basedOnVersion + 1 };
  });
  if (result.ok) catalogueChanged({ serviceIds: [id] });
  return result;
}
