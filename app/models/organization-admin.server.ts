/**
 * Maintaining organisations (aanbieders): list, read for editing, create, edit with optimistic
 * locking, archive and restore, mark verified. Every write is one transaction with its audit
 * entries; catalogueChanged runs after the commit.
 */
import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  budgetCeilings,
  contracts,
  locations,
  organizationIdentifiers,
  organizations,
  services,
} from '../../db/schema';
import type { OrganizationInput } from '../domain/catalogue-forms';
import { organizationEditableFields } from '../domain/catalogue-forms';
import type { FormValues } from '../domain/optimistic-lock';
import { slugify, uniqueSlug } from '../domain/slug';
import { message } from '../domain/validation';
import { catalogueChanged } from './catalogue-events.server';
import { rememberedUntilWrite } from './prepared.server';
import { columnName, generatedExternalId, inTransaction, invalid, newId, record, recordChanges, type AuditActor, type SaveResult } from './catalogue-admin.server';

export interface OrganizationListFilter {
  q?: string;
  status?: 'active' | 'archived';
  page: number;
  perPage: number;
}

export function listOrganizationsForAdmin(db: Db, filter: OrganizationListFilter) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(organizations.status, filter.status));
  const q = filter.q?.trim().replace(/[%_\\]/g, '');
  if (q) {
    const pattern = `%${q}%`;
    conditions.push(
      or(
        like(organizations.name, pattern),
        like(organizations.externalId, pattern),
        sql`${organizations.id} IN (SELECT organization_id FROM organization_identifiers WHERE identifier LIKE ${pattern})`,
      )!,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const total = db.select({ n: count() }).from(organizations).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: organizations.id,
      name: organizations.name,
      externalId: organizations.externalId,
      status: organizations.status,
      assuredDate: organizations.assuredDate,
      serviceCount: sql<number>`(SELECT count(*) FROM services s WHERE s.organization_id = ${organizations.id})`.mapWith(Number),
      locationCount: sql<number>`(SELECT count(*) FROM locations l WHERE l.organization_id = ${organizations.id})`.mapWith(Number),
    })
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
    .all();
  return { total, rows };
}

/** Names for a select list of organisations (active first). */
export function listOrganizationOptions(db: Db) {
  return db
    .select({ id: organizations.id, name: organizations.name, externalId: organizations.externalId, status: organizations.status })
    .from(organizations)
    .orderBy(desc(sql`${organizations.status} = 'active'`), asc(organizations.name))
    .all();
}

function identifiersOf(db: Db, organizationId: string) {
  const rows = db
    .select({ scheme: organizationIdentifiers.scheme, identifier: organizationIdentifiers.identifier })
    .from(organizationIdentifiers)
    .where(eq(organizationIdentifiers.organizationId, organizationId))
    .all();
  return {
    kvk: rows.find((r) => r.scheme === 'kvk')?.identifier ?? null,
    agb: rows.find((r) => r.scheme === 'agb')?.identifier ?? null,
  };
}

function readOrganization(db: Db, id: string) {
  const row = db.select().from(organizations).where(eq(organizations.id, id)).get();
  if (!row) return undefined;
  return { ...row, ...identifiersOf(db, id) };
}
type OrganizationRecord = NonNullable<ReturnType<typeof readOrganization>>;

/** The values of the edit form, as text (also the snapshot for optimistic locking). */
export function organizationFormValues(org: OrganizationRecord): FormValues {
  return {
    name: org.name,
    alternateName: org.alternateName ?? '',
    description: org.description,
    externalId: org.externalId ?? '',
    kvk: org.kvk ?? '',
    agb: org.agb ?? '',
    website: org.website ?? '',
    email: org.email ?? '',
    phone: org.phone ?? '',
  };
}

/**
 * One organisation with everything its maintenance page lists: database facts alone, remembered
 * per organisation until anything is written (prepared.server.ts), so its version (the form's
 * optimistic lock) is always the current one. Shared: do not change the result.
 */
export function getOrganizationForAdmin(db: Db, id: string) {
  return organizationForAdmin(db, id);
}

const organizationForAdmin = rememberedUntilWrite((db: Db, id: string) => {
  const org = readOrganization(db, id);
  if (!org) return undefined;
  const serviceRows = db
    .select({ id: services.id, name: services.name, kind: services.kind, status: services.status, assuredDate: services.assuredDate, externalId: services.externalId })
    .from(services)
    .where(eq(services.organizationId, id))
    .orderBy(asc(services.name))
    .all();
  const locationRows = db
    .select({ id: locations.id, name: locations.name, address1: locations.address1, postalCode: locations.postalCode, city: locations.city })
    .from(locations)
    .where(eq(locations.organizationId, id))
    .orderBy(asc(locations.name))
    .all();
  const contractRows = db
    .select({
      id: contracts.id,
      productCode: contracts.productCode,
      tariffCents: contracts.tariffCents,
      unit: contracts.unit,
      validFrom: contracts.validFrom,
      validTo: contracts.validTo,
      archivedAt: contracts.archivedAt,
    })
    .from(contracts)
    .where(eq(contracts.organizationId, id))
    .orderBy(asc(contracts.productCode), desc(contracts.validFrom))
    .all();
  const ceilingRows = db
    .select({ id: budgetCeilings.id, year: budgetCeilings.year, ceilingCents: budgetCeilings.ceilingCents, committedCents: budgetCeilings.committedCents })
    .from(budgetCeilings)
    .where(eq(budgetCeilings.organizationId, id))
    .orderBy(desc(budgetCeilings.year))
    .all();
  return {
    organization: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      status: org.status,
      assuredDate: org.assuredDate,
      version: org.version,
      updatedAt: org.updatedAt.toISOString(),
    },
    values: organizationFormValues(org),
    services: serviceRows,
    locations: locationRows,
    contracts: contractRows.map((c) => ({ ...c, archivedAt: c.archivedAt ? c.archivedAt.toISOString() : null })),
    ceilings: ceilingRows,
  };
});

/** Server-side checks a form cannot do: a unique external id. */
function checkExternalId(db: Db, externalId: string | null, ownId: string | null): Record<string, string[]> {
  if (!externalId) return {};
  const other = db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.externalId, externalId))
    .get();
  if (other && other.id !== ownId) return { externalId: [message('v.duplicateExternalId', { name: other.name })] };
  return {};
}

function writeIdentifiers(db: Db, organizationId: string, values: { kvk: string | null; agb: string | null }) {
  for (const scheme of ['kvk', 'agb'] as const) {
    const value = values[scheme];
    if (value) {
      db.insert(organizationIdentifiers)
        .values({ id: newId(), organizationId, scheme, identifier: value })
        .onConflictDoUpdate({ target: [organizationIdentifiers.organizationId, organizationIdentifiers.scheme], set: { identifier: value } })
        .run();
    } else {
      db.delete(organizationIdentifiers)
        .where(and(eq(organizationIdentifiers.organizationId, organizationId), eq(organizationIdentifiers.scheme, scheme)))
        .run();
    }
  }
}

/** The stored form of the input (empty optional fields are null; the description is never null). */
function storedValues(input: OrganizationInput) {
  return {
    name: input.name,
    alternateName: input.alternateName,
    description: input.description ?? '',
    externalId: input.externalId,
    kvk: input.kvk,
    agb: input.agb,
    website: input.website,
    email: input.email,
    phone: input.phone,
  };
}

export function createOrganization(db: Db, actor: AuditActor, input: OrganizationInput): SaveResult {
  const errors = checkExternalId(db, input.externalId, null);
  if (Object.keys(errors).length) return invalid(errors);
  const id = newId();
  const values = storedValues(input);
  inTransaction(db, () => {
    const slug = uniqueSlug(slugify(input.name), (s) => Boolean(db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, s)).get()));
    const externalId = values.externalId ?? generatedExternalId('ORG');
    db.insert(organizations)
      .values({
        id,
        slug,
        externalId,
        name: values.name,
        alternateName: values.alternateName,
        description: values.description,
        website: values.website,
        email: values.email,
        phone: values.phone,
        createdAt: actor.at,
        updatedAt: actor.at,
      })
      .run();
    writeIdentifiers(db, id, values);
    record(db, actor, { action: 'create', entityType: 'organization', entityId: id, field: null, newValue: { ...values, externalId, slug } });
  });
  catalogueChanged({ organizationIds: [id] });
  return { ok: true, id, version: 1 };
}

export function updateOrganization(db: Db, actor: AuditActor, id: string, input: OrganizationInput, basedOnVersion: number): SaveResult {
  const values = storedValues(input);
  const result = inTransaction(db, (): SaveResult => {
    const current = readOrganization(db, id);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.version !== basedOnVersion) {
      record(db, actor, {
        action: 'update',
        entityType: 'organization',
        entityId: id,
        field: 'version',
        oldValue: basedOnVersion,
        newValue: current.version,
        result: 'failure',
      });
      return { ok: false, reason: 'conflict', currentVersion: current.version, current: organizationFormValues(current) };
    }
    const errors = checkExternalId(db, values.externalId, id);
    if (Object.keys(errors).length) return invalid(errors);
    const externalId = values.externalId ?? current.externalId;
    const changed = db
      .update(organizations)
      .set({
        name: values.name,
        alternateName: values.alternateName,
        description: values.description,
        externalId,
        website: values.website,
        email: values.email,
        phone: values.phone,
        version: sql`${organizations.version} + 1`,
        updatedAt: actor.at,
      })
      .where(and(eq(organizations.id, id), eq(organizations.version, basedOnVersion)))
      .run().changes;
    if (changed !== 1) throw new Error('organisation version changed inside the transaction');
    writeIdentifiers(db, id, values);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of organizationEditableFields) {
      before[columnName(field)] = (current as Record<string, unknown>)[field] ?? null;
      after[columnName(field)] = field === 'externalId' ? externalId : (values as Record<string, unknown>)[field] ?? null;
    }
    recordChanges(db, actor, { action: 'update', entityType: 'organization', entityId: id }, before, after);
    return { ok: true, id, version: basedOnVersion + 1 };
  });
  if (result.ok) catalogueChanged({ organizationIds: [id] });
  return result;
}

/** Archive (hidden from the public, history kept) or restore an organisation. */
export function setOrganizationStatus(db: Db, actor: AuditActor, id: string, status: 'active' | 'archived'): boolean {
  const done = inTransaction(db, () => {
    const current = db.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, id)).get();
    if (!current) return false;
    if (current.status === status) return true;
    db.update(organizations)
      .set({ status, version: sql`${organizations.version} + 1`, updatedAt: actor.at })
      .where(eq(organizations.id, id))
      .run();
    record(db, actor, { action: status === 'archived' ? 'archive' : 'restore', entityType: 'organization', entityId: id, field: 'status', oldValue: current.status, newValue: status });
    return true;
  });
  if (done) catalogueChanged({ organizationIds: [id] });
  return done;
}

/**
 * "Gecontroleerd": a person checked these entries today. Sets the verification date only (not
 * updated_at, not the version: nothing in the entry itself changed).
 */
export function markVerified(db: Db, actor: AuditActor, ids: { organizationIds?: readonly string[]; serviceIds?: readonly string[] }, today: string): number {
  return inTransaction(db, () => {
    let count = 0;
    const orgIds = [...new Set(ids.organizationIds ?? [])];
    const serviceIds = [...new Set(ids.serviceIds ?? [])];
    if (orgIds.length) {
      const rows = db.select({ id: organizations.id, assuredDate: organizations.assuredDate }).from(organizations).where(inArray(organizations.id, orgIds)).all();
      for (const row of rows) {
        db.update(organizations).set({ assuredDate: today }).where(eq(organizations.id, row.id)).run();
        record(db, actor, { action: 'verify', entityType: 'organization', entityId: row.id, field: 'assured_date', oldValue: row.assuredDate, newValue: today });
        count += 1;
      }
    }
    if (serviceIds.length) {
      const rows = db.select({ id: services.id, assuredDate: services.assuredDate }).from(services).where(inArray(services.id, serviceIds)).all();
      for (const row of rows) {
        db.update(services).set({ assuredDate: today }).where(eq(services.id, row.id)).run();
        record(db, actor, { action: 'verify', entityType: 'service', entityId: row.id, field: 'assured_date', oldValue: row.assuredDate, newValue: today });
        count += 1;
      }
    }
    return count;
  });
}
