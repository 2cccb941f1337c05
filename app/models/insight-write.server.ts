/**
 * Recording in the flow of work (issue 13): a chosen offer from the comparison, a general
 * facility deployed, a need without a fitting offer — and policy's answer to such a need. No
 * resident identifiers: month, district and need only. Every write and its audit entry happen
 * in one transaction; the recording user is kept in the row and the audit log, and is never
 * selected by the aggregates (app/models/insight-read.server.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { deployments, districts, organizations, services, unmetNeeds } from '../../db/schema';
import type { ChoiceReason, NeedAnswer, Role, TariffUnit } from '../domain/enums';
import { findPersonalData } from '../domain/personal-data';
import { hasPermission, type Permission } from '../domain/permissions';
import { audit, type AuditEntry } from './audit.server';
import { rememberedUntilWrite } from './prepared.server';

type Actor = { id: number; email: string; role: Role };

function assertMay(user: Actor, permission: Permission, what: string): void {
  if (!hasPermission(user.role, permission)) throw new Error(`${what} called for a user who may not ${permission}`);
}

/** Free text is stored only when it holds no personal data; the form refuses it at the field first. */
function assertNoPersonalData(text: string | null | undefined, what: string): void {
  if (text && findPersonalData(text).length > 0) throw new Error(`${what}: text with personal data must be refused at the field`);
}

/** What a write records in the audit log; the actor and the instant are the recording user's. */
type InsightChange = Omit<AuditEntry, 'actor' | 'at' | 'entityId'> & { entityId: number };

/**
 * The one shape of every insight write: `write` makes the change and says what it changed (or
 * null when there was nothing to change), and that change is audited in the same transaction.
 */
function writeAudited(db: Db, user: Actor, ip: string | null, now: Date, write: (t: Db) => InsightChange | null): InsightChange | null {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const change = write(t);
    if (change) audit(t, { ...change, actor: { userId: user.id, label: user.email, ip, at: now }, at: now });
    return change;
  });
}

/** Inserts one row through `insert` (which returns its id) and audits it; returns the id. */
function insertAudited(db: Db, user: Actor, ip: string | null, now: Date, insert: (t: Db) => number, change: Omit<InsightChange, 'entityId'>): number {
  return writeAudited(db, user, ip, now, (t) => ({ ...change, entityId: insert(t) }))!.entityId;
}

export function districtIdBySlug(db: Db, slug: string): string | undefined {
  return db.select({ id: districts.id }).from(districts).where(eq(districts.slug, slug)).get()?.id;
}

/** The districts by name: the same until anything is written (prepared.server.ts). Shared: do not change the result. */
export function listDistricts(db: Db): readonly { id: string; slug: string; name: string }[] {
  return districtList(db, '');
}

const districtList = rememberedUntilWrite((db: Db) => db.select({ id: districts.id, slug: districts.slug, name: districts.name }).from(districts).orderBy(districts.name).all());

export interface ChoiceRecord {
  month: string;
  districtId: string;
  needCode: string;
  productCode: string;
  organizationId: string;
  serviceId: string | null;
  volume: number;
  unit: TariffUnit;
  estimatedCostCents: number | null;
  cheapestWithRoom: boolean;
  reason: ChoiceReason | null;
  reasonText: string | null;
}

export function recordChoice(db: Db, user: Actor, record: ChoiceRecord, ip: string | null, now: Date): number {
  assertMay(user, 'record:deployment:any', 'recordChoice');
  assertNoPersonalData(record.reasonText, 'recordChoice');
  if (!record.cheapestWithRoom && !record.reason) throw new Error('recordChoice: a reason is needed when the choice was not the cheapest with room');
  const insert = (t: Db) =>
    t
      .insert(deployments)
      .values({
        month: record.month,
        districtId: record.districtId,
        needCode: record.needCode,
        productCode: record.productCode,
        organizationId: record.organizationId,
        serviceId: record.serviceId,
        generalFacility: false,
        volume: record.volume,
        unit: record.unit,
        estimatedCostCents: record.estimatedCostCents,
        cheapestWithRoom: record.cheapestWithRoom,
        reason: record.cheapestWithRoom ? null : record.reason,
        reasonText: record.cheapestWithRoom || record.reason !== 'other' ? null : record.reasonText,
        recordedByUserId: user.id,
        createdAt: now,
      })
      .returning({ id: deployments.id })
      .get().id;
  return insertAudited(db, user, ip, now, insert, { action: 'record_choice', entityType: 'deployment', field: 'organization_id', newValue: record.organizationId });
}

export interface GeneralDeploymentRecord {
  month: string;
  districtId: string;
  needCode: string;
  organizationId: string;
  serviceId: string | null;
}

/** The general facility (algemene voorziening) of an organisation: its first active general service. */
export function generalFacilityOf(db: Db, slug: string) {
  const org = db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), eq(organizations.status, 'active')))
    .get();
  if (!org) return undefined;
  const service = db
    .select({ id: services.id, name: services.name, categoryCode: services.categoryCode })
    .from(services)
    .where(and(eq(services.organizationId, org.id), eq(services.kind, 'general'), eq(services.status, 'active')))
    .orderBy(services.name)
    .get();
  return service ? { ...org, service } : undefined;
}

export function recordGeneralDeployment(db: Db, user: Actor, record: GeneralDeploymentRecord, ip: string | null, now: Date): number {
  assertMay(user, 'record:deployment:any', 'recordGeneralDeployment');
  const insert = (t: Db) =>
    t.insert(deployments).values({ ...record, generalFacility: true, recordedByUserId: user.id, createdAt: now }).returning({ id: deployments.id }).get().id;
  return insertAudited(db, user, ip, now, insert, { action: 'record_general', entityType: 'deployment', field: 'organization_id', newValue: record.organizationId });
}

export interface UnmetNeedRecord {
  month: string;
  districtId: string;
  needCode: string;
  description: string;
  alternativeProductCode: string | null;
  alternativeCostCents: number | null;
}

export function recordUnmetNeed(db: Db, user: Actor, record: UnmetNeedRecord, ip: string | null, now: Date): number {
  assertMay(user, 'record:deployment:any', 'recordUnmetNeed');
  assertNoPersonalData(record.description, 'recordUnmetNeed');
  const insert = (t: Db) => t.insert(unmetNeeds).values({ ...record, recordedByUserId: user.id, createdAt: now }).returning({ id: unmetNeeds.id }).get().id;
  return insertAudited(db, user, ip, now, insert, { action: 'record_unmet_need', entityType: 'unmet_need', field: 'need_code', newValue: record.needCode });
}

/** Policy answers a need: planned, started, or rejected with a reason. False when the need does not exist. */
export function answerUnmetNeed(
  db: Db,
  user: Actor,
  id: number,
  answer: { answer: NeedAnswer; reason: string | null },
  ip: string | null,
  now: Date,
): boolean {
  assertMay(user, 'answer:need:any', 'answerUnmetNeed');
  assertNoPersonalData(answer.reason, 'answerUnmetNeed');
  if (answer.answer === 'rejected' && !answer.reason) throw new Error('answerUnmetNeed: a rejection needs a reason');
  const change = writeAudited(db, user, ip, now, (t) => {
    const before = t.select({ answer: unmetNeeds.answer }).from(unmetNeeds).where(eq(unmetNeeds.id, id)).get();
    if (!before) return null;
    t.update(unmetNeeds)
      .set({ answer: answer.answer, answerReason: answer.reason, answeredByUserId: user.id, answeredAt: now })
      .where(eq(unmetNeeds.id, id))
      .run();
    return { action: 'answer_need', entityType: 'unmet_need', entityId: id, field: 'answer', oldValue: before.answer, newValue: answer.answer };
  });
  return change !== null;
}

/** What the "deployed" form on a general facility's page needs, or null when it is not one. */
export function deploymentFormFor(db: Db, slug: string, month: string) {
  const facility = generalFacilityOf(db, slug);
  if (!facility) return null;
  return { slug: facility.slug, name: facility.name, month, needCode: facility.service.categoryCode ?? '', districts: listDistricts(db).map(({ slug: s, name }) => ({ slug: s, name })) };
}
