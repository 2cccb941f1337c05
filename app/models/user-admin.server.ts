/**
 * What an administrator does with accounts: list and find them, invite, change a role (and the
 * organisation of a provider account), disable or enable, end sessions, make a new link. Every
 * change runs in one transaction with its audit entry, and a role change or disable ends the
 * account's sessions. Nobody can take away the last active account that manages users.
 */
import { and, asc, eq, inArray, isNotNull, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations, users } from '../../db/schema';
import { roles, type Role } from '../domain/enums';
import type { UserStatusFilter } from '../domain/user-status';
import { createAccountToken, type LinkPurpose } from '../lib/account-link.server';
import { accountActions, audit, type AuditActor } from './audit.server';
import { deleteUserSessions, listUserSessions } from './session.server';
import { linkSubject, normalizeEmail } from './user.server';
import { hasPermission } from '../domain/permissions';
import { representsOrganization } from '../domain/visibility';

export interface UserListInput {
  q?: string;
  role?: Role;
  status?: UserStatusFilter;
  page: number;
  perPage: number;
}

export function listUsers(db: Db, input: UserListInput) {
  const conditions: SQL[] = [];
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.status === 'disabled') conditions.push(isNotNull(users.disabledAt));
  if (input.status === 'active') conditions.push(and(isNull(users.disabledAt), isNotNull(users.passwordHash)) as SQL);
  if (input.status === 'invited') conditions.push(and(isNull(users.disabledAt), isNull(users.passwordHash)) as SQL);
  const q = input.q?.trim().toLowerCase().replace(/[%_\\]/g, '');
  if (q) conditions.push(or(like(users.email, `%${q}%`), like(sql`lower(${users.name})`, `%${q}%`)) as SQL);
  const where = conditions.length ? and(...conditions) : undefined;
  const total = db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(users).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organizationName: organizations.name,
      invited: sql<boolean>`${users.passwordHash} IS NULL`.mapWith(Boolean),
      disabledAt: users.disabledAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(where)
    .orderBy(sql`CASE ${users.role} WHEN 'citizen' THEN 1 ELSE 0 END`, asc(users.name), asc(users.id))
    .limit(input.perPage)
    .offset((input.page - 1) * input.perPage)
    .all();
  return {
    total,
    users: rows.map((row) => ({
      ...row,
      disabledAt: row.disabledAt?.toISOString() ?? null,
      lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    })),
  };
}

export function getUserForAdmin(db: Db, id: number) {
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organizationId: users.organizationId,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      invited: sql<boolean>`${users.passwordHash} IS NULL`.mapWith(Boolean),
      disabledAt: users.disabledAt,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, id))
    .get();
  if (!row) return undefined;
  const sessions = listUserSessions(db, id);
  return {
    ...row,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    activeSessions: sessions.length,
  };
}

/** Organisations to link a provider account to (active ones, by name). */
export function listOrganizationChoices(db: Db) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.status, 'active'))
    .orderBy(asc(organizations.name))
    .all();
}

function organizationExists(db: Db, id: string): boolean {
  return Boolean(db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id)).get());
}

/** Roles that manage accounts (administrators): one such account must stay active. */
const userManagers = roles.filter((role) => hasPermission(role, 'manage:user:any'));
const managesUsers = (role: Role) => userManagers.includes(role);

function activeAdminCount(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(users)
      .where(and(inArray(users.role, userManagers), isNull(users.disabledAt)))
      .get()?.n ?? 0
  );
}

export type AdminChangeRefusal = 'not_found' | 'self' | 'last_admin' | 'organization_required' | 'unknown_organization' | 'unchanged';

/** Changes an account's role (and organisation, for providers); its sessions end. */
export function changeUserRole(
  db: Db,
  input: { actor: AuditActor & { userId: number }; userId: number; role: Role; organizationId: string | null },
): { ok: true } | { ok: false; reason: AdminChangeRefusal } {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const target = tx.select({ id: users.id, role: users.role, organizationId: users.organizationId, disabledAt: users.disabledAt }).from(users).where(eq(users.id, input.userId)).get();
    if (!target) return { ok: false as const, reason: 'not_found' as const };
    if (target.id === input.actor.userId) return { ok: false as const, reason: 'self' as const };
    const organizationId = representsOrganization(input.role) ? input.organizationId : null;
    if (representsOrganization(input.role) && !organizationId) return { ok: false as const, reason: 'organization_required' as const };
    if (organizationId && !organizationExists(txDb, organizationId)) return { ok: false as const, reason: 'unknown_organization' as const };
    if (target.role === input.role && target.organizationId === organizationId) return { ok: false as const, reason: 'unchanged' as const };
    if (managesUsers(target.role) && !managesUsers(input.role) && !target.disabledAt && activeAdminCount(txDb) <= 1) {
      return { ok: false as const, reason: 'last_admin' as const };
    }
    tx.update(users).set({ role: input.role, organizationId }).where(eq(users.id, target.id)).run();
    deleteUserSessions(txDb, target.id);
    audit(txDb, { actor: input.actor, action: accountActions.roleChange, entityType: 'user', entityId: target.id, field: 'role', oldValue: target.role, newValue: input.role });
    if (target.organizationId !== organizationId) {
      audit(txDb, {
        actor: input.actor,
        action: accountActions.roleChange,
        entityType: 'user',
        entityId: target.id,
        field: 'organization_id',
        oldValue: target.organizationId,
        newValue: organizationId,
      });
    }
    return { ok: true as const };
  });
}

/** Disables (ending every session) or enables an account. */
export function setUserDisabled(
  db: Db,
  input: { actor: AuditActor & { userId: number }; userId: number; disabled: boolean },
): { ok: true } | { ok: false; reason: AdminChangeRefusal } {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const target = tx.select({ id: users.id, role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, input.userId)).get();
    if (!target) return { ok: false as const, reason: 'not_found' as const };
    if (target.id === input.actor.userId) return { ok: false as const, reason: 'self' as const };
    if (Boolean(target.disabledAt) === input.disabled) return { ok: false as const, reason: 'unchanged' as const };
    if (input.disabled && managesUsers(target.role) && activeAdminCount(txDb) <= 1) return { ok: false as const, reason: 'last_admin' as const };
    tx.update(users).set({ disabledAt: input.disabled ? input.actor.at : null }).where(eq(users.id, target.id)).run();
    const ended = input.disabled ? deleteUserSessions(txDb, target.id) : 0;
    audit(txDb, {
      actor: input.actor,
      action: input.disabled ? accountActions.disable : accountActions.enable,
      entityType: 'user',
      entityId: target.id,
      field: 'disabled_at',
      oldValue: target.disabledAt ? 'disabled' : 'active',
      newValue: input.disabled ? 'disabled' : 'active',
    });
    if (ended > 0) audit(txDb, { actor: input.actor, action: accountActions.endSessions, entityType: 'user', entityId: target.id, newValue: ended });
    return { ok: true as const };
  });
}

/** Ends every session of an account (for example after a lost laptop). */
export function endUserSessions(db: Db, input: { actor: AuditActor; userId: number }): number {
  return db.transaction((tx) => {
    const ended = deleteUserSessions(tx as unknown as Db, input.userId);
    audit(tx as unknown as Db, { actor: input.actor, action: accountActions.endSessions, entityType: 'user', entityId: input.userId, newValue: ended });
    return ended;
  });
}

/**
 * Creates an account without a password for a professional (or a provider) and returns the
 * invitation token; the person chooses a password through the link.
 */
export function inviteUser(
  db: Db,
  input: { actor: AuditActor; email: string; name: string; role: Role; organizationId: string | null },
): { ok: true; userId: number; token: string; expiresAt: Date } | { ok: false; reason: 'email_taken' | 'organization_required' | 'unknown_organization' } {
  const email = normalizeEmail(input.email);
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) return { ok: false as const, reason: 'email_taken' as const };
    const organizationId = representsOrganization(input.role) ? input.organizationId : null;
    if (representsOrganization(input.role) && !organizationId) return { ok: false as const, reason: 'organization_required' as const };
    if (organizationId && !organizationExists(txDb, organizationId)) return { ok: false as const, reason: 'unknown_organization' as const };
    const created = tx
      .insert(users)
      .values({ email, name: input.name.trim(), role: input.role, organizationId, passwordHash: null, createdAt: input.actor.at })
      .returning({ id: users.id, email: users.email, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
      .get();
    audit(txDb, { actor: input.actor, action: accountActions.invite, entityType: 'user', entityId: created.id, field: 'role', newValue: input.role });
    const { token, expiresAt } = createAccountToken('invitation', created, input.actor.at);
    return { ok: true as const, userId: created.id, token, expiresAt };
  });
}

/**
 * A fresh one-time link for an account: an invitation while no password is set, otherwise a
 * password reset. Recorded in the audit log (without the link itself).
 */
export function createLinkForUser(
  db: Db,
  input: { actor: AuditActor; userId: number },
): { purpose: LinkPurpose; token: string; expiresAt: Date; user: { id: number; email: string; name: string } } | undefined {
  const subject = linkSubject(db, input.userId);
  if (!subject || subject.disabledAt) return undefined;
  const purpose: LinkPurpose = subject.passwordHash ? 'password_reset' : 'invitation';
  const { token, expiresAt } = createAccountToken(purpose, subject, input.actor.at);
  audit(db, {
    actor: input.actor,
    action: purpose === 'invitation' ? accountActions.invite : accountActions.passwordResetRequest,
    entityType: 'user',
    entityId: subject.id,
    newValue: 'link_created_by_admin',
  });
  return { purpose, token, expiresAt, user: { id: subject.id, email: subject.email, name: subject.name } };
}
