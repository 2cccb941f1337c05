/**
 * Maintaining the national-procurement list (services bought nationally, e.g. by the VNG, with
 * their tariffs). Only contract managers and administrators reach these functions (routes guard
 * with 'update:contract:any'). Contracts and ceilings are in contract-admin.server.ts.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { nationalProcurements, organizations, productCategories, products } from '../../db/schema';
import type { NationalProcurementInput } from '../domain/catalogue-forms';
import { nationalProcurementEditableFields } from '../domain/catalogue-forms';
import { describeConflict, formText, type FormValues } from '../domain/optimistic-lock';
import { message } from '../domain/validation';
import { columnName, inTransaction, invalid, newId, record, recordChanges, type AuditActor, type SaveResult } from './catalogue-admin.server';

export function listNationalProcurements(db: Db) {
  return db
    .select({
      id: nationalProcurements.id,
      categoryCode: nationalProcurements.categoryCode,
      categoryNameNl: productCategories.nameNl,
      categoryNameEn: productCategories.nameEn,
      productCode: nationalProcurements.productCode,
      organizationId: nationalProcurements.organizationId,
      organizationName: organizations.name,
      note: nationalProcurements.note,
      validFrom: nationalProcurements.validFrom,
      validTo: nationalProcurements.validTo,
    })
    .from(nationalProcurements)
    .innerJoin(organizations, eq(organizations.id, nationalProcurements.organizationId))
    .leftJoin(productCategories, eq(productCategories.code, nationalProcurements.categoryCode))
    .orderBy(asc(nationalProcurements.categoryCode), asc(nationalProcurements.productCode), asc(organizations.name))
    .all();
}

function readNational(db: Db, id: string) {
  return db.select().from(nationalProcurements).where(eq(nationalProcurements.id, id)).get();
}
type NationalRecord = NonNullable<ReturnType<typeof readNational>>;

export function nationalFormValues(n: NationalRecord): FormValues {
  return {
    categoryCode: n.categoryCode,
    productCode: formText(n.productCode),
    organizationId: n.organizationId,
    note: formText(n.note),
    validFrom: n.validFrom,
    validTo: formText(n.validTo),
  };
}

export function getNationalForAdmin(db: Db, id: string) {
  const row = readNational(db, id);
  if (!row) return undefined;
  return { national: { id: row.id }, values: nationalFormValues(row) };
}

function checkNational(db: Db, input: NationalProcurementInput): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId)).get()) {
    errors.organizationId = [message('v.unknownOrganization')];
  }
  if (input.productCode) {
    const product = db.select().from(products).where(eq(products.code, input.productCode)).get();
    if (!product) errors.productCode = [message('v.unknownProduct')];
    else if (product.categoryCode !== input.categoryCode) errors.productCode = [message('v.productCategory')];
  }
  return errors;
}

export function createNational(db: Db, actor: AuditActor, input: NationalProcurementInput): SaveResult {
  const id = newId();
  return inTransaction(db, (): SaveResult => {
    const errors = checkNational(db, input);
    if (Object.keys(errors).length) return invalid(errors);
    db.insert(nationalProcurements).values({ id, ...input }).run();
    record(db, actor, { action: 'create', entityType: 'national_procurement', entityId: id, newValue: input });
    return { ok: true, id, version: 1 };
  });
}

/**
 * The national list has no version column: the form's snapshot is the lock. When the stored
 * values differ from what the form showed, the save is refused with what changed.
 */
export function updateNational(db: Db, actor: AuditActor, id: string, input: NationalProcurementInput, snapshot: FormValues | null): SaveResult {
  return inTransaction(db, (): SaveResult => {
    const current = readNational(db, id);
    if (!current) return { ok: false, reason: 'notFound' };
    const currentValues = nationalFormValues(current);
    if (snapshot && describeConflict(nationalProcurementEditableFields, snapshot, currentValues, currentValues).length > 0) {
      record(db, actor, { action: 'update', entityType: 'national_procurement', entityId: id, field: null, result: 'failure', newValue: 'changed by someone else' });
      return { ok: false, reason: 'conflict', currentVersion: 0, current: currentValues };
    }
    const errors = checkNational(db, input);
    if (Object.keys(errors).length) return invalid(errors);
    db.update(nationalProcurements).set(input).where(eq(nationalProcurements.id, id)).run();
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of nationalProcurementEditableFields) {
      before[columnName(field)] = (current as Record<string, unknown>)[field] ?? null;
      after[columnName(field)] = (input as Record<string, unknown>)[field] ?? null;
    }
    recordChanges(db, actor, { action: 'update', entityType: 'national_procurement', entityId: id }, before, after);
    return { ok: true, id, version: 0 };
  });
}

export function deleteNational(db: Db, actor: AuditActor, id: string): boolean {
  return inTransaction(db, () => {
    const current = readNational(db, id);
    if (!current) return false;
    db.delete(nationalProcurements).where(eq(nationalProcurements.id, id)).run();
    record(db, actor, { action: 'delete', entityType: 'national_procurement', entityId: id, oldValue: nationalFormValues(current) });
    return true;
  });
}
