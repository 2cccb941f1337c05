/**
 * Maintaining the professional-only cost facts: contracts with their tariffs, yearly budget
 * ceilings with the committed amounts (the national-procurement list: national-admin.server.ts). Only contract managers
 * and administrators reach these functions (routes guard with 'update:contract:any').
 */
import { and, asc, count, desc, eq, isNotNull, isNull, like, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { budgetCeilings, contracts, organizations, products } from '../../db/schema';
import type { CeilingInput, ContractInput } from '../domain/catalogue-forms';
import { ceilingEditableFields, contractEditableFields } from '../domain/catalogue-forms';
import { formText, type FormValues } from '../domain/optimistic-lock';
import { findOverlappingTariff, formatCentsForInput, message } from '../domain/validation';
import { columnName, inTransaction, invalid, newId, record, recordChanges, type AuditActor, type SaveResult } from './catalogue-admin.server';
import { rememberedUntilWrite } from './prepared.server';

// ---------------------------------------------------------------------------------------------
// Contracts and tariffs
// ---------------------------------------------------------------------------------------------

export interface ContractListFilter {
  organizationId?: string;
  productCode?: string;
  q?: string;
  state?: 'current' | 'archived' | 'all';
  page: number;
  perPage: number;
}

export function listContracts(db: Db, filter: ContractListFilter) {
  const conditions: SQL[] = [];
  if (filter.organizationId) conditions.push(eq(contracts.organizationId, filter.organizationId));
  if (filter.productCode) conditions.push(eq(contracts.productCode, filter.productCode));
  if (filter.state === 'archived') conditions.push(isNotNull(contracts.archivedAt));
  else if (filter.state !== 'all') conditions.push(isNull(contracts.archivedAt));
  const q = filter.q?.trim().replace(/[%_\\]/g, '');
  if (q) conditions.push(like(organizations.name, `%${q}%`));
  const where = conditions.length ? and(...conditions) : undefined;
  const total =
    db.select({ n: count() }).from(contracts).innerJoin(organizations, eq(organizations.id, contracts.organizationId)).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: contracts.id,
      organizationId: contracts.organizationId,
      organizationName: organizations.name,
      productCode: contracts.productCode,
      productNameNl: products.nameNl,
      productNameEn: products.nameEn,
      lot: contracts.lot,
      tariffCents: contracts.tariffCents,
      unit: contracts.unit,
      validFrom: contracts.validFrom,
      validTo: contracts.validTo,
      archived: sql<boolean>`${contracts.archivedAt} IS NOT NULL`.mapWith(Boolean),
    })
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .leftJoin(products, eq(products.code, contracts.productCode))
    .where(where)
    .orderBy(asc(organizations.name), asc(contracts.productCode), desc(contracts.validFrom), asc(contracts.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
    .all();
  return { total, rows };
}

function readContract(db: Db, id: string) {
  return db.select().from(contracts).where(eq(contracts.id, id)).get();
}
type ContractRecord = NonNullable<ReturnType<typeof readContract>>;

export function contractFormValues(c: ContractRecord): FormValues {
  return {
    organizationId: c.organizationId,
    productCode: c.productCode,
    lot: formText(c.lot),
    tariffCents: formatCentsForInput(c.tariffCents),
    unit: c.unit,
    validFrom: c.validFrom,
    validTo: formText(c.validTo),
  };
}

export function getContractForAdmin(db: Db, id: string) {
  const contract = readContract(db, id);
  if (!contract) return undefined;
  const organization = db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.id, contract.organizationId)).get()!;
  return {
    contract: { id: contract.id, version: contract.version, archived: contract.archivedAt !== null, productCode: contract.productCode, tariffCents: contract.tariffCents },
    organization,
    values: contractFormValues(contract),
  };
}

/** Product codes with names and categories, for select lists. */
export function listProducts(db: Db) {
  return db
    .select({ code: products.code, categoryCode: products.categoryCode, nameNl: products.nameNl, nameEn: products.nameEn })
    .from(products)
    .orderBy(asc(products.code))
    .all();
}

/** Database checks of a tariff: organisation and product exist, and no overlap with another period. */
function checkContract(db: Db, input: ContractInput, ownId: string | null, checkOverlap = true): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId)).get()) {
    errors.organizationId = [message('v.unknownOrganization')];
  }
  if (!db.select({ code: products.code }).from(products).where(eq(products.code, input.productCode)).get()) {
    errors.productCode = [message('v.unknownProduct')];
  }
  if (Object.keys(errors).length || !checkOverlap) return errors;
  const others = db
    .select({ id: contracts.id, organizationId: contracts.organizationId, productCode: contracts.productCode, validFrom: contracts.validFrom, validTo: contracts.validTo })
    .from(contracts)
    .where(and(eq(contracts.organizationId, input.organizationId), eq(contracts.productCode, input.productCode), isNull(contracts.archivedAt)))
    .all();
  const overlap = findOverlappingTariff({ ...input, id: ownId }, others);
  if (overlap) errors.validFrom = [message('v.tariffOverlap', { from: overlap.validFrom, to: overlap.validTo ?? '…' })];
  return errors;
}

function contractColumns(input: ContractInput) {
  return {
    organizationId: input.organizationId,
    productCode: input.productCode,
    lot: input.lot,
    tariffCents: input.tariffCents,
    unit: input.unit,
    validFrom: input.validFrom,
    validTo: input.validTo,
  };
}

export function createContract(db: Db, actor: AuditActor, input: ContractInput): SaveResult {
  const id = newId();
  return inTransaction(db, (): SaveResult => {
    const errors = checkContract(db, input, null);
    if (Object.keys(errors).length) return invalid(errors);
    const columns = contractColumns(input);
    db.insert(contracts).values({ id, ...columns, createdAt: actor.at, updatedAt: actor.at }).run();
    record(db, actor, { action: 'create', entityType: 'contract', entityId: id, newValue: columns });
    return { ok: true, id, version: 1 };
  });
}

export function updateContract(db: Db, actor: AuditActor, id: string, input: ContractInput, basedOnVersion: number): SaveResult {
  return inTransaction(db, (): SaveResult => {
    const current = readContract(db, id);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.version !== basedOnVersion) {
      record(db, actor, { action: 'update', entityType: 'contract', entityId: id, field: 'version', oldValue: basedOnVersion, newValue: current.version, result: 'failure' });
      return { ok: false, reason: 'conflict', currentVersion: current.version, current: contractFormValues(current) };
    }
    const errors = checkContract(db, input, id, current.archivedAt === null);
    if (Object.keys(errors).length) return invalid(errors);
    const columns = contractColumns(input);
    const changed = db
      .update(contracts)
      .set({ ...columns, version: sql`${contracts.version} + 1`, updatedAt: actor.at })
      .where(and(eq(contracts.id, id), eq(contracts.version, basedOnVersion)))
      .run().changes;
    if (changed !== 1) throw new Error('contract version changed inside the transaction');
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of contractEditableFields) {
      before[columnName(field)] = (current as Record<string, unknown>)[field] ?? null;
      after[columnName(field)] = (columns as Record<string, unknown>)[field] ?? null;
    }
    recordChanges(db, actor, { action: 'update', entityType: 'contract', entityId: id }, before, after);
    return { ok: true, id, version: basedOnVersion + 1 };
  });
}

/** Archive a tariff (kept for history and the log) or bring it back when no other period overlaps. */
export function setContractArchived(db: Db, actor: AuditActor, id: string, archived: boolean): SaveResult {
  return inTransaction(db, (): SaveResult => {
    const current = readContract(db, id);
    if (!current) return { ok: false, reason: 'notFound' };
    if ((current.archivedAt !== null) === archived) return { ok: true, id, version: current.version };
    if (!archived) {
      const errors = checkContract(db, { ...current, lot: current.lot, validTo: current.validTo }, id);
      if (Object.keys(errors).length) return invalid(errors);
    }
    const archivedAt = archived ? actor.at : null;
    db.update(contracts)
      .set({ archivedAt, version: sql`${contracts.version} + 1`, updatedAt: actor.at })
      .where(eq(contracts.id, id))
      .run();
    record(db, actor, { action: archived ? 'archive' : 'restore', entityType: 'contract', entityId: id, field: 'archived_at', oldValue: current.archivedAt, newValue: archivedAt });
    return { ok: true, id, version: current.version + 1 };
  });
}

// ---------------------------------------------------------------------------------------------
// Budget ceilings
// ---------------------------------------------------------------------------------------------

type CeilingFilter = { year?: number; q?: string; page: number; perPage: number };

/**
 * A page of budget ceilings: database facts alone, remembered per filter until anything is
 * written (prepared.server.ts); counting and sorting every ceiling per request cost most of the
 * page. Shared: do not change the result.
 */
export function listCeilings(db: Db, filter: CeilingFilter) {
  return ceilingPage(db, JSON.stringify([filter.year ?? null, filter.q ?? '', filter.page, filter.perPage]), filter);
}

const ceilingPage = rememberedUntilWrite((db: Db, _key: string, filter: CeilingFilter) => {
  const conditions: SQL[] = [];
  if (filter.year) conditions.push(eq(budgetCeilings.year, filter.year));
  const q = filter.q?.trim().replace(/[%_\\]/g, '');
  if (q) conditions.push(like(organizations.name, `%${q}%`));
  const where = conditions.length ? and(...conditions) : undefined;
  const total =
    db.select({ n: count() }).from(budgetCeilings).innerJoin(organizations, eq(organizations.id, budgetCeilings.organizationId)).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: budgetCeilings.id,
      organizationId: budgetCeilings.organizationId,
      organizationName: organizations.name,
      year: budgetCeilings.year,
      ceilingCents: budgetCeilings.ceilingCents,
      committedCents: budgetCeilings.committedCents,
    })
    .from(budgetCeilings)
    .innerJoin(organizations, eq(organizations.id, budgetCeilings.organizationId))
    .where(where)
    .orderBy(desc(budgetCeilings.year), asc(organizations.name))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
    .all();
  return { total, rows };
});

/** The years that have ceilings, newest first: remembered until any write. Shared: do not change the result. */
export function listCeilingYears(db: Db): readonly number[] {
  return ceilingYears(db, '');
}

const ceilingYears = rememberedUntilWrite((db: Db) =>
  db.selectDistinct({ year: budgetCeilings.year }).from(budgetCeilings).orderBy(desc(budgetCeilings.year)).all().map((r) => r.year),
);

function readCeiling(db: Db, id: string) {
  return db.select().from(budgetCeilings).where(eq(budgetCeilings.id, id)).get();
}
type CeilingRecord = NonNullable<ReturnType<typeof readCeiling>>;

export function ceilingFormValues(c: CeilingRecord): FormValues {
  return {
    organizationId: c.organizationId,
    year: String(c.year),
    ceilingCents: formatCentsForInput(c.ceilingCents),
    committedCents: formatCentsForInput(c.committedCents),
  };
}

export function getCeilingForAdmin(db: Db, id: string) {
  const ceiling = readCeiling(db, id);
  if (!ceiling) return undefined;
  const organization = db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.id, ceiling.organizationId)).get()!;
  return { ceiling: { id: ceiling.id, version: ceiling.version, year: ceiling.year }, organization, values: ceilingFormValues(ceiling) };
}

function checkCeiling(db: Db, input: CeilingInput, ownId: string | null): Record<string, string[]> {
  if (!db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId)).get()) {
    return { organizationId: [message('v.unknownOrganization')] };
  }
  const other = db
    .select({ id: budgetCeilings.id })
    .from(budgetCeilings)
    .where(and(eq(budgetCeilings.organizationId, input.organizationId), eq(budgetCeilings.year, input.year), ownId ? ne(budgetCeilings.id, ownId) : undefined))
    .get();
  return other ? { year: [message('v.duplicateCeiling', { year: input.year })] } : {};
}

export function createCeiling(db: Db, actor: AuditActor, input: CeilingInput): SaveResult {
  const id = newId();
  return inTransaction(db, (): SaveResult => {
    const errors = checkCeiling(db, input, null);
    if (Object.keys(errors).length) return invalid(errors);
    db.insert(budgetCeilings).values({ id, ...input, updatedAt: actor.at }).run();
    record(db, actor, { action: 'create', entityType: 'budget_ceiling', entityId: id, newValue: input });
    return { ok: true, id, version: 1 };
  });
}

export function updateCeiling(db: Db, actor: AuditActor, id: string, input: CeilingInput, basedOnVersion: number): SaveResult {
  return inTransaction(db, (): SaveResult => {
    const current = readCeiling(db, id);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.version !== basedOnVersion) {
      record(db, actor, { action: 'update', entityType: 'budget_ceiling', entityId: id, field: 'version', oldValue: basedOnVersion, newValue: current.version, result: 'failure' });
      return { ok: false, reason: 'conflict', currentVersion: current.version, current: ceilingFormValues(current) };
    }
    const errors = checkCeiling(db, input, id);
    if (Object.keys(errors).length) return invalid(errors);
    db.update(budgetCeilings)
      .set({ ...input, version: sql`${budgetCeilings.version} + 1`, updatedAt: actor.at })
      .where(and(eq(budgetCeilings.id, id), eq(budgetCeilings.version, basedOnVersion)))
      .run();
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of ceilingEditableFields) {
      before[columnName(field)] = (current as Record<string, unknown>)[field];
      after[columnName(field)] = (input as Record<string, unknown>)[field];
    }
    recordChanges(db, actor, { action: 'update', entityType: 'budget_ceiling', entityId: id }, before, after);
    return { ok: true, id, version: basedOnVersion + 1 };
  });
}
