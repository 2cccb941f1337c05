/**
 * Accounts: sign-in, sign-out, registration and passwords (what an administrator does with
 * accounts is in user-admin.server.ts). Every write that matters for security runs in one
 * transaction together with its audit entry.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import type { Role } from '../domain/enums';
import { unixSeconds } from '../domain/clock';
import { FAILURE_WINDOW_SECONDS, secondsUntilNextAttempt } from '../domain/sign-in-throttle';
import { createAccountToken, tokenUserId, verifyAccountToken, type LinkPurpose } from '../lib/account-link.server';
import { hashPassword, verifyPassword } from '../lib/password.server';
import type { RequestMeta } from '../domain/request-meta';
import { accountActions, actorOf, audit, auditMoments } from './audit.server';
import { createSession, deleteUserSessions } from './session.server';

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

/** The account a one-time link is made for (what the link token signs). */
export function linkSubject(db: Db, userId: number) {
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
