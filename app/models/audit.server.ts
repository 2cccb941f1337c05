/**
 * The audit log: who did what, when, from where, to which entity and field, with which result.
 * Append-only (SQLite triggers refuse UPDATE and DELETE). Write inside the same transaction as
 * the change it records, so a change and its entry exist together or not at all.
 *
 *   audit(db, { actor: actorOf(user, ip, now), action: 'update', entityType: 'service', entityId: id,
 *               field: 'waiting_weeks', oldValue: 4, newValue: 6 });
 */
import { and, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import { systemClock } from '../domain/clock';
import { isSecurityAction, logSecurityEvent } from '../lib/log.server';

/** Who did it: a signed-in user, or a label for the system or an anonymous visitor. */
export interface AuditActor {
  userId: number | null;
  /** A readable label that survives the user's deletion: their e-mail, 'anonymous', 'system'. */
  label: string;
  ip: string | null;
  /** When: the request's instant (app/domain/clock.ts); audit entries and the rows they record take it. */
  at: Date;
}

export interface AuditEntry {
  actor: AuditActor;
  /** A verb, optionally with a topic: 'sign_in', 'role_change', 'disable', 'update', 'approve'. */
  action: string;
  /** 'account', 'user', 'organization', 'service', 'contract', 'budget_ceiling', 'review', … */
  entityType: string;
  entityId?: string | number | null;
  field?: string | null;
  /** Strings are stored as they are; anything else as JSON. */
  oldValue?: unknown;
  newValue?: unknown;
  result?: 'success' | 'failure';
  /** Defaults to the actor's instant (`actor.at`); tests and imports may set it. */
  at?: Date;
}

/** The actions this feature writes; other features add their own verbs. */
export const accountActions = {
  signIn: 'sign_in',
  signOut: 'sign_out',
  register: 'register',
  passwordChange: 'password_change',
  passwordResetRequest: 'password_reset_request',
  passwordReset: 'password_reset',
  invite: 'invite',
  acceptInvitation: 'accept_invitation',
  roleChange: 'role_change',
  disable: 'disable',
  enable: 'enable',
  endSessions: 'end_sessions',
} as const;

export const ANONYMOUS = 'anonymous';

/** The actor for a signed-in user (or an anonymous visitor) acting from `ip` at `at` (the request's instant). */
export function actorOf(user: { id: number; email: string } | null, ip: string | null | undefined, at: Date): AuditActor {
  return user ? { userId: user.id, label: user.email, ip: ip ?? null, at } : { userId: null, label: ANONYMOUS, ip: ip ?? null, at };
}

function stored(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.slice(0, 2000);
  return JSON.stringify(value).slice(0, 2000);
}

/** Anything that can insert: the database or a transaction of it. */
export type AuditWriter = Pick<Db, 'insert'>;

/**
 * Appends one entry. Call inside the transaction that makes the change. Two spellings:
 * `audit(db, { actor, action, … })` and `audit(db, actor, { action, … })`.
 */
export function audit(db: AuditWriter, entry: AuditEntry): void;
export function audit(db: AuditWriter, actor: AuditActor, entry: Omit<AuditEntry, 'actor'>): void;
export function audit(db: AuditWriter, first: AuditEntry | AuditActor, second?: Omit<AuditEntry, 'actor'>): void {
  const entry: AuditEntry = second ? { ...second, actor: first as AuditActor } : (first as AuditEntry);
  db.insert(auditLog)
    .values({
      at: entry.at ?? entry.actor.at,
      userId: entry.actor.userId,
      actor: entry.actor.label.slice(0, 320),
      ip: entry.actor.ip?.slice(0, 64) ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      field: entry.field ?? null,
      oldValue: stored(entry.oldValue),
      newValue: stored(entry.newValue),
      result: entry.result ?? 'success',
    })
    .run();
  // Security actions also go to the log as a structured event (BIO 8.15; docs/operations.md).
  if (isSecurityAction(entry.action, entry.entityType)) {
    logSecurityEvent({
      userId: entry.actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      at: entry.at ?? systemClock.now(),
      ip: entry.actor.ip,
      result: entry.result ?? 'success',
    });
  }
}

type ChangeBase = Omit<AuditEntry, 'field' | 'oldValue' | 'newValue'>;

/**
 * One entry per changed field; unchanged fields are left out. Returns how many were written.
 * Either a list of changes, `auditChanges(db, base, [{ field, oldValue, newValue }])`, or two
 * snapshots keyed by column name, `auditChanges(db, actor, base, before, after)`.
 */
export function auditChanges(db: AuditWriter, base: ChangeBase, changes: readonly { field: string; oldValue: unknown; newValue: unknown }[]): number;
export function auditChanges(
  db: AuditWriter,
  actor: AuditActor,
  base: Omit<ChangeBase, 'actor'>,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): number;
export function auditChanges(
  db: AuditWriter,
  first: ChangeBase | AuditActor,
  second: readonly { field: string; oldValue: unknown; newValue: unknown }[] | Omit<ChangeBase, 'actor'>,
  before?: Readonly<Record<string, unknown>>,
  after?: Readonly<Record<string, unknown>>,
): number {
  let base: ChangeBase;
  let changes: { field: string; oldValue: unknown; newValue: unknown }[];
  if (before && after) {
    base = { ...(second as Omit<ChangeBase, 'actor'>), actor: first as AuditActor };
    changes = Object.keys(after).map((field) => ({ field, oldValue: before[field], newValue: after[field] }));
  } else {
    base = first as ChangeBase;
    changes = [...(second as readonly { field: string; oldValue: unknown; newValue: unknown }[])];
  }
  let written = 0;
  for (const change of changes) {
    if (stored(change.oldValue) === stored(change.newValue)) continue;
    audit(db, { ...base, ...change });
    written += 1;
  }
  return written;
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string | number;
  /** Entries about any of these records (a name filter); an empty list matches nothing. */
  records?: readonly { type: string; ids: readonly string[] }[];
  /** Entries made by this user. */
  userId?: number;
  action?: string;
  result?: 'success' | 'failure';
  since?: Date;
  /** Entries before this moment (the end of a period). */
  until?: Date;
  /** Entries by this actor label (an e-mail address, 'anonymous', 'system'). */
  actor?: string;
  /** Entries with an id below this one (for paging back in time). */
  beforeId?: number;
  limit?: number;
}

/** Entries, newest first, with the actor's current name when the user still exists. */
export function listAuditEntries(db: Db, filter: AuditFilter = {}) {
  const conditions: SQL[] = [];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId !== undefined) conditions.push(eq(auditLog.entityId, String(filter.entityId)));
  if (filter.records) {
    const groups = filter.records.filter((g) => g.ids.length > 0);
    conditions.push(groups.length ? or(...groups.map((g) => and(eq(auditLog.entityType, g.type), inArray(auditLog.entityId, [...g.ids]))))! : sql`0`);
  }
  if (filter.userId !== undefined) conditions.push(eq(auditLog.userId, filter.userId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.result) conditions.push(eq(auditLog.result, filter.result));
  if (filter.since) conditions.push(gte(auditLog.at, filter.since));
  if (filter.until) conditions.push(lt(auditLog.at, filter.until));
  if (filter.actor) conditions.push(eq(auditLog.actor, filter.actor));
  if (filter.beforeId !== undefined) conditions.push(lt(auditLog.id, filter.beforeId));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      actor: auditLog.actor,
      actorName: users.name,
      ip: auditLog.ip,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      field: auditLog.field,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
      result: auditLog.result,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(Math.max(filter.limit ?? 50, 1), 500))
    .all();
}

/** Unix seconds of matching entries since `since` (used to count recent attempts). */
export function auditMoments(
  db: Db,
  filter: {
    action: string;
    entityType: string;
    entityId: string;
    result?: 'success' | 'failure';
    since: Date;
    excludeNewValue?: string;
    /** Only entries with this new value. */
    newValue?: string;
    /** Only entries from this source address (null: entries without one). */
    ip?: string | null;
  },
): number[] {
  const conditions: SQL[] = [
    eq(auditLog.entityType, filter.entityType),
    eq(auditLog.entityId, filter.entityId),
    eq(auditLog.action, filter.action),
    gte(auditLog.at, filter.since),
  ];
  if (filter.result) conditions.push(eq(auditLog.result, filter.result));
  if (filter.excludeNewValue) conditions.push(sql`coalesce(${auditLog.newValue}, '') <> ${filter.excludeNewValue}`);
  if (filter.newValue !== undefined) conditions.push(eq(auditLog.newValue, filter.newValue));
  if (filter.ip !== undefined) conditions.push(filter.ip === null ? isNull(auditLog.ip) : eq(auditLog.ip, filter.ip.slice(0, 64)));
  return db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(and(...conditions))
    .all()
    .map((row) => Math.floor(row.at.getTime() / 1000));
}
