/**
 * Accounts: sign-in, registration, passwords, and what an administrator does with accounts
 * (invite, change role, disable). Every write that matters for security runs in one transaction
 * together with its audit entry, and a role change or disable ends the account's sessions.
 */
import { and, asc, eq, isNotNull, isNull, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations, sessions, users } from '../../db/schema';
import type { Role } from '../domain/enums';
import { unixSeconds } from '../domain/clock';
import type { UserStatusFilter } from '../domain/user-status';
import { FAILURE_WINDOW_SECONDS, secondsUntilNextAttempt } from '../domain/sign-in-throttle';
import { createAccountToken, tokenUserId, verifyAccountToken, type LinkPurpose } from '../lib/account-link.server';
import { hashPassword, verifyPassword } from '../lib/password.server';
import type { RequestMeta } from '../domain/request-meta';
import { accountActions, actorOf, audit, auditMoments, type AuditActor } from './audit.server';
import { createSession, deleteUserSessions, listUserSessions } from './session.server';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Signing in
// ---------------------------------------------------------------------------------------------

const signInColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  organizationId: users.organizationId,
  passwordHash: users.passwordHash,
  disabledAt: users.disabledAt,
};

let dummyHash: Promise<string> | undefined;

export type CredentialCheck =
  | { ok: true; user: { id: number; email: string; name: string; role: Role; organizationId: string | null } }
  | { ok: false; reason: 'unknown' | 'password' | 'disabled' };

/**
 * Checks an e-mail address and password. An unknown address costs as much time as a wrong
 * password, so the answer time does not tell whether an account exists.
 */
export async function checkCredentials(db: Db, email: string, password: string): Promise<CredentialCheck> {
  const row = db.select(signInColumns).from(users).where(eq(users.email, normalizeEmail(email))).get();
  if (!row || !row.passwordHash) {
    dummyHash ??= hashPassword('sociale-kaart-timing-equaliser');
    await verifyPassword(password, await dummyHash);
    return { ok: false, reason: 'unknown' };
  }
  const valid = await verifyPassword(password, row.passwordHash);
  if (!valid) return { ok: false, reason: 'password' };
  if (row.disabledAt) return { ok: false, reason: 'disabled' };
  const { passwordHash: _hash, disabledAt: _disabled, ...user } = row;
  return { ok: true, user };
}

/** Seconds before the next sign-in attempt for this address may be checked (0: now). */
/**
 * Seconds before the next sign-in attempt for this address from this source (IP address) may be
 * checked (0: now). Wrong passwords from elsewhere do not count: nobody can lock the owner out.
 */
export function signInWaitSeconds(db: Db, email: string, ip: string | null, at: Date): number {
  const now = unixSeconds(at);
  const entityId = normalizeEmail(email).slice(0, 320);
  const windowStart = new Date((now - FAILURE_WINDOW_SECONDS) * 1000);
  const source = { action: accountActions.signIn, entityType: 'account', entityId, ip };
  const successes = auditMoments(db, { ...source, result: 'success', since: windowStart });
  const since = successes.length ? new Date((Math.max(...successes) + 1) * 1000) : windowStart;
  const failures = auditMoments(db, { ...source, result: 'failure', since, excludeNewValue: 'throttled' });
  return secondsUntilNextAttempt(failures, now);
}

export function recordFailedSignIn(db: Db, email: string, meta: RequestMeta, reason: 'unknown' | 'password' | 'disabled' | 'throttled'): void {
  audit(db, {
    actor: actorOf(null, meta.ip, meta.now),
    action: accountActions.signIn,
    entityType: 'account',
    entityId: normalizeEmail(email).slice(0, 320),
    newValue: reason,
    result: 'failure',
  });
}

/** A new session (always a new id), the last sign-in moment and the audit entry, together. */
export function completeSignIn(db: Db, user: { id: number; email: string; role: Role }, meta: RequestMeta) {
  return db.transaction((tx) => {
    const session = createSession(tx as unknown as Db, user, meta);
    tx.update(users).set({ lastLoginAt: meta.now }).where(eq(users.id, user.id)).run();
    audit(tx as unknown as Db, {
      actor: actorOf(user, meta.ip, meta.now),
      action: accountActions.signIn,
      entityType: 'account',
      entityId: user.email,
      result: 'success',
    });
    return session;
  });
}

export function recordSignOut(db: Db, user: { id: number; email: string }, meta: RequestMeta): void {
  audit(db, { actor: actorOf(user, meta.ip, meta.now), action: accountActions.signOut, entityType: 'account', entityId: user.email });
}

// ---------------------------------------------------------------------------------------------
// Registration and passwords
// ---------------------------------------------------------------------------------------------

/**
 * At most this many registration requests per address per hour, whether or not the address has
 * an account (so the limit does not tell either), which also limits the e-mails to its owner.
 */
export const REGISTRATION_ATTEMPTS_PER_HOUR = 5;

/** Seconds before another registration for this address may be tried (0: now). */
export function registrationWaitSeconds(db: Db, email: string, at: Date): number {
  const now = unixSeconds(at);
  const refused = auditMoments(db, {
    action: accountActions.register,
    entityType: 'account',
    entityId: normalizeEmail(email).slice(0, 320),
    since: new Date((now - 3600) * 1000),
  });
  if (refused.length < REGISTRATION_ATTEMPTS_PER_HOUR) return 0;
  return Math.max(1, Math.min(...refused) + 3600 - now);
}

/** Changes one's own password; every other session of the account ends. */
export async function changeOwnPassword(
  db: Db,
  user: { id: number; email: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<{ ok: true; endedSessions: number } | { ok: false; reason: 'wrong_current' }> {
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash))) {
    audit(db, { actor: actorOf(user, meta.ip, meta.now), action: accountActions.passwordChange, entityType: 'user', entityId: user.id, result: 'failure' });
    return { ok: false, reason: 'wrong_current' };
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    const ended = tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.id, user.sessionId)))
      .run().changes;
    audit(tx as unknown as Db, { actor: actorOf(user, meta.ip, meta.now), action: accountActions.passwordChange, entityType: 'user', entityId: user.id });
    return { ok: true as const, endedSessions: ended };
  });
}

function linkSubject(db: Db, userId: number) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/** The account a one-time link belongs to, when the link is valid now; otherwise undefined. */
export function accountForLink(db: Db, token: string, purpose: LinkPurpose, now: Date) {
  const userId = tokenUserId(token, purpose);
  if (userId === null) return undefined;
  const subject = linkSubject(db, userId);
  if (!subject || !verifyAccountToken(token, purpose, subject, now)) return undefined;
  return { id: subject.id, email: subject.email, name: subject.name, role: subject.role };
}

/**
 * Sets a password through a one-time link. The link stops working (the password hash it was
 * signed over changes) and every session of the account ends.
 */
export async function setPasswordWithLink(
  db: Db,
  token: string,
  purpose: LinkPurpose,
  password: string,
  meta: RequestMeta,
): Promise<{ ok: true; user: { id: number; email: string } } | { ok: false }> {
  const account = accountForLink(db, token, purpose, meta.now);
  if (!account) return { ok: false };
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    // Check again inside the transaction: a second request with the same link loses.
    const subject = linkSubject(tx as unknown as Db, account.id);
    if (!subject || !verifyAccountToken(token, purpose, subject, meta.now)) return { ok: false as const };
    tx.update(users).set({ passwordHash }).where(eq(users.id, account.id)).run();
    deleteUserSessions(tx as unknown as Db, account.id);
    audit(tx as unknown as Db, {
      actor: actorOf(account, meta.ip, meta.now),
      action: purpose === 'invitation' ? accountActions.acceptInvitation : accountActions.passwordReset,
      entityType: 'user',
      entityId: account.id,
    });
    return { ok: true as const, user: { id: account.id, email: account.email } };
  });
}

/** At most this many reset links per address per hour. */
export const RESET_REQUESTS_PER_HOUR = 3;

/**
 * A password-reset link for an active account with this address, or null (unknown address,
 * disabled account, or too many requests). The caller answers the same in every case.
 */
export function requestPasswordReset(
  db: Db,
  email: string,
  meta: RequestMeta,
): { token: string; expiresAt: Date; user: { id: number; email: string; name: string } } | null {
  const normalized = normalizeEmail(email).slice(0, 320);
  const recent = auditMoments(db, {
    action: accountActions.passwordResetRequest,
    entityType: 'account',
    entityId: normalized,
    since: new Date(meta.now.getTime() - 3600_000),
  });
  const row = db.select({ id: users.id }).from(users).where(eq(users.email, normalized)).get();
  const subject = row ? linkSubject(db, row.id) : undefined;
  const allowed = Boolean(subject && !subject.disabledAt && recent.length < RESET_REQUESTS_PER_HOUR);
  audit(db, {
    actor: actorOf(null, meta.ip, meta.now),
    action: accountActions.passwordResetRequest,
    entityType: 'account',
    entityId: normalized,
    newValue: allowed ? 'link_sent' : subject ? 'refused' : 'unknown',
    result: allowed ? 'success' : 'failure',
  });
  if (!allowed || !subject) return null;
  const { token, expiresAt } = createAccountToken('password_reset', subject, meta.now);
  return { token, expiresAt, user: { id: subject.id, email: subject.email, name: subject.name } };
}

// ---------------------------------------------------------------------------------------------
// Administration
// ---------------------------------------------------------------------------------------------

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

function activeAdminCount(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
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
    const organizationId = input.role === 'provider' ? input.organizationId : null;
    if (input.role === 'provider' && !organizationId) return { ok: false as const, reason: 'organization_required' as const };
    if (organizationId && !organizationExists(txDb, organizationId)) return { ok: false as const, reason: 'unknown_organization' as const };
    if (target.role === input.role && target.organizationId === organizationId) return { ok: false as const, reason: 'unchanged' as const };
    if (target.role === 'admin' && input.role !== 'admin' && !target.disabledAt && activeAdminCount(txDb) <= 1) {
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
    if (input.disabled && target.role === 'admin' && activeAdminCount(txDb) <= 1) return { ok: false as const, reason: 'last_admin' as const };
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
    const organizationId = input.role === 'provider' ? input.organizationId : null;
    if (input.role === 'provider' && !organizationId) return { ok: false as const, reason: 'organization_required' as const };
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
