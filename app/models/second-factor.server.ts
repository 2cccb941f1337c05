/**
 * The second factor (ADR 012): enrolment, the sign-in step after the password, recovery codes,
 * the administrator's reset, and the slowdown of wrong codes. Every event is written to the
 * audit log in the transaction of the change. `now` is the request's instant (the one clock).
 */
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recoveryCodes, secondFactors, sessions, users } from '../../db/schema';
import { unixSeconds } from '../domain/clock';
import type { Role } from '../domain/enums';
import { looksLikeTotp, PENDING_SIGN_IN_SECONDS, stepAfterPassword, type PendingStep } from '../domain/second-factor';
import { FAILURE_WINDOW_SECONDS, secondsUntilNextAttempt } from '../domain/sign-in-throttle';
import { getEnv } from '../env.server';
import { decryptSecret, encryptSecret, hashRecoveryCode, newRecoveryCodes, newTotpSecret, verifyTotp } from '../lib/totp.server';
import type { RequestMeta } from '../domain/request-meta';
import { accountActions, actorOf, audit, auditMoments, type AuditActor } from './audit.server';
import { isDemoAccount, isDemoDatabase } from './demo.server';
import { createSession, sessionIdFor, sessionWithUser } from './session.server';

/** The audit actions of the second factor. */
export const mfaActions = {
  /** A secret was made and shown; enrolment waits for the first code. */
  enrol: 'mfa_enrol',
  /** The first code was right: the second factor is on, recovery codes were handed out. */
  confirm: 'mfa_confirm',
  /** A code at sign-in (or at confirmation): success or failure, newValue says which kind. */
  verify: 'mfa_verify',
  recoveryCodeUsed: 'mfa_recovery_code_used',
  /** An administrator removed a user's second factor. */
  reset: 'mfa_reset',
} as const;

type Tx = Db;
const asDb = (tx: unknown) => tx as Db;

export interface SignInSubject {
  id: number;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
}

// ---------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------

export function secondFactorStatus(db: Db, userId: number) {
  const factor = db.select({ confirmedAt: secondFactors.confirmedAt }).from(secondFactors).where(eq(secondFactors.userId, userId)).get();
  const unused =
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0;
  return { enrolled: Boolean(factor?.confirmedAt), confirmedAt: factor?.confirmedAt?.toISOString() ?? null, recoveryCodesLeft: unused };
}

/** Whether this role must set up a second factor (MFA_REQUIRED_ROLES; not for demo accounts in a demo database). */
export function secondFactorRequired(db: Db, user: { email: string; role: Role }): boolean {
  if (!getEnv().MFA_REQUIRED_ROLES.includes(user.role)) return false;
  return !(isDemoAccount(user.email) && isDemoDatabase(db));
}

/** What follows a correct password for this user: 'code', 'enrol' or null (signed in). */
export function stepAfterPasswordFor(db: Db, user: { id: number; email: string; role: Role }): PendingStep | null {
  const enrolled = secondFactorStatus(db, user.id).enrolled;
  if (enrolled) return 'code';
  return stepAfterPassword({ role: user.role, enrolled, requiredRoles: getEnv().MFA_REQUIRED_ROLES, exempt: !secondFactorRequired(db, user) });
}

// ---------------------------------------------------------------------------------------------
// Pending sign-ins: the password was right, the second factor is due
// ---------------------------------------------------------------------------------------------

/**
 * A session that gives no access yet (getSessionUser ignores it), only to the code step or to
 * enrolment, for ten minutes. The audit entry of the right password is written too.
 */
export function startPendingSignIn(db: Db, user: SignInSubject, step: PendingStep, meta: RequestMeta, now: Date): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PENDING_SIGN_IN_SECONDS * 1000);
  db.transaction((tx) => {
    tx.insert(sessions)
      .values({
        id: sessionIdFor(token),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: meta.ip ?? null,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
        pendingStep: step,
      })
      .run();
    audit(asDb(tx), {
      actor: actorOf(user, meta.ip, now),
      action: accountActions.signIn,
      entityType: 'account',
      entityId: user.email,
      newValue: step === 'code' ? 'second_factor_due' : 'second_factor_enrolment_due',
      at: now,
    });
  });
  return { token, expiresAt };
}

export interface PendingSignIn {
  sessionId: string;
  step: PendingStep;
  user: SignInSubject;
}

/** The step a session token waits for, without checking its time (the step's page does that). */
export function pendingStepOf(db: Db, token: string | undefined): PendingStep | null {
  if (!token || token.length > 100) return null;
  return db.select({ step: sessions.pendingStep }).from(sessions).where(eq(sessions.id, sessionIdFor(token))).get()?.step ?? null;
}

/** Where a pending sign-in continues. */
export function pendingStepPath(step: PendingStep, back: string | null): string {
  const path = step === 'code' ? '/inloggen/code' : '/account/tweestapsverificatie';
  return back ? `${path}?terug=${encodeURIComponent(back)}` : path;
}

/** The pending sign-in of a session token, or null (none, expired — then removed — or disabled). */
export function getPendingSignIn(db: Db, token: string | undefined, now: Date): PendingSignIn | null {
  const row = sessionWithUser(db, token);
  if (!row || !row.pendingStep) return null;
  const id = row.sessionId;
  if (row.disabledAt || row.expiresAt.getTime() <= now.getTime()) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  const { pendingStep: step, sessionId, id: userId, email, name, role, organizationId } = row;
  return { sessionId, step, user: { id: userId, email, name, role, organizationId } };
}

/**
 * Ends the pending session and starts a full one (a new token: the rights of the session
 * change), recording whether the second factor was passed.
 */
function completeSignIn(tx: Tx, pending: PendingSignIn, meta: RequestMeta, now: Date, secondFactorPassed: boolean) {
  tx.delete(sessions).where(eq(sessions.id, pending.sessionId)).run();
  const session = createSession(tx, pending.user, meta);
  if (secondFactorPassed) tx.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.id, sessionIdFor(session.token))).run();
  tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, pending.user.id)).run();
  audit(tx, { actor: actorOf(pending.user, meta.ip, now), action: accountActions.signIn, entityType: 'account', entityId: pending.user.email, at: now });
  return session;
}

// ---------------------------------------------------------------------------------------------
// Enrolment
// ---------------------------------------------------------------------------------------------

/**
 * The secret being set up for this user: the one waiting for its first code, or a new one
 * (written, and audited, so the page shows the same secret after a reload). Null when a
 * confirmed second factor exists.
 */
export function enrolmentSecret(db: Db, user: { id: number; email: string }, meta: RequestMeta, now: Date): string | null {
  const sessionSecret = getEnv().SESSION_SECRET;
  return db.transaction((tx) => {
    const existing = tx.select().from(secondFactors).where(eq(secondFactors.userId, user.id)).get();
    if (existing?.confirmedAt) return null;
    const readable = existing ? decryptSecret(existing.secretEncrypted, user.id, sessionSecret) : null;
    if (readable) return readable;
    const secret = newTotpSecret();
    const secretEncrypted = encryptSecret(secret, user.id, sessionSecret);
    tx.insert(secondFactors)
      .values({ userId: user.id, secretEncrypted, createdAt: now })
      .onConflictDoUpdate({ target: secondFactors.userId, set: { secretEncrypted, createdAt: now, lastUsedStep: null } })
      .run();
    audit(asDb(tx), { actor: actorOf(user, meta.ip, now), action: mfaActions.enrol, entityType: 'user', entityId: user.id, at: now });
    return secret;
  });
}

export type ConfirmResult = { ok: true; recoveryCodes: string[]; session: { token: string; expiresAt: Date; maxAgeSeconds: number } | null } | { ok: false; reason: 'wrong_code' | 'not_started' | 'throttled'; wait?: number };

/**
 * Confirms enrolment with the first code: the second factor is on, ten recovery codes are made
 * (returned once, stored hashed). A pending sign-in (enrolment was required) becomes a full
 * session, with the second factor passed.
 */
export function confirmEnrolment(
  db: Db,
  input: { user: { id: number; email: string }; code: string; pending: PendingSignIn | null },
  meta: RequestMeta,
  now: Date,
): ConfirmResult {
  const wait = codeWaitSeconds(db, input.user.id, now);
  if (wait > 0) return { ok: false, reason: 'throttled', wait };
  const sessionSecret = getEnv().SESSION_SECRET;
  const actor = actorOf(input.user, meta.ip, now);
  return db.transaction((tx) => {
    const factor = tx.select().from(secondFactors).where(eq(secondFactors.userId, input.user.id)).get();
    const secret = factor && !factor.confirmedAt ? decryptSecret(factor.secretEncrypted, input.user.id, sessionSecret) : null;
    if (!secret) return { ok: false as const, reason: 'not_started' as const };
    const step = verifyTotp(secret, input.code, now, factor?.lastUsedStep ?? null);
    if (step === null) {
      audit(asDb(tx), { actor, action: mfaActions.verify, entityType: 'user', entityId: input.user.id, newValue: 'enrolment', result: 'failure', at: now });
      return { ok: false as const, reason: 'wrong_code' as const };
    }
    tx.update(secondFactors).set({ confirmedAt: now, lastUsedStep: step }).where(eq(secondFactors.userId, input.user.id)).run();
    const codes = replaceRecoveryCodes(asDb(tx), input.user.id, now);
    audit(asDb(tx), { actor, action: mfaActions.confirm, entityType: 'user', entityId: input.user.id, newValue: `${codes.length} recovery codes`, at: now });
    const session = input.pending ? completeSignIn(asDb(tx), input.pending, meta, now, true) : null;
    return { ok: true as const, recoveryCodes: codes, session };
  });
}

function replaceRecoveryCodes(tx: Tx, userId: number, now: Date): string[] {
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  const codes = newRecoveryCodes();
  for (const code of codes) tx.insert(recoveryCodes).values({ userId, codeHash: hashRecoveryCode(userId, code), createdAt: now }).run();
  return codes;
}

// ---------------------------------------------------------------------------------------------
// The code at sign-in
// ---------------------------------------------------------------------------------------------

/**
 * Seconds before the next code may be checked for this account (0: now): five wrong codes in
 * 15 minutes are free, then the wait doubles from 30 seconds (the sign-in throttle's rule). Only
 * someone who knows the password gets here, so counting per account locks out nobody else.
 */
export function codeWaitSeconds(db: Db, userId: number, now: Date): number {
  const nowSeconds = unixSeconds(now);
  const windowStart = new Date((nowSeconds - FAILURE_WINDOW_SECONDS) * 1000);
  const filter = { action: mfaActions.verify, entityType: 'user', entityId: String(userId) };
  const successes = auditMoments(db, { ...filter, result: 'success', since: windowStart });
  const since = successes.length ? new Date((Math.max(...successes) + 1) * 1000) : windowStart;
  const failures = auditMoments(db, { ...filter, result: 'failure', since, excludeNewValue: 'throttled' });
  return secondsUntilNextAttempt(failures, nowSeconds);
}

export type CodeResult =
  | { ok: true; method: 'totp' | 'recovery_code'; session: { token: string; expiresAt: Date; maxAgeSeconds: number }; recoveryCodesLeft: number }
  | { ok: false; reason: 'wrong_code' | 'throttled' | 'unreadable'; wait?: number };

/**
 * Checks a code from the app or a recovery code for a pending sign-in. Right: the pending
 * session becomes a full one with the second factor passed; a recovery code is used up.
 */
export function verifySignInCode(db: Db, pending: PendingSignIn, code: string, meta: RequestMeta, now: Date): CodeResult {
  const actor = actorOf(pending.user, meta.ip, now);
  const userId = pending.user.id;
  const wait = codeWaitSeconds(db, userId, now);
  if (wait > 0) {
    audit(db, { actor, action: mfaActions.verify, entityType: 'user', entityId: userId, newValue: 'throttled', result: 'failure', at: now });
    return { ok: false, reason: 'throttled', wait };
  }
  const sessionSecret = getEnv().SESSION_SECRET;
  return db.transaction((tx) => {
    const factor = tx.select().from(secondFactors).where(eq(secondFactors.userId, userId)).get();
    if (!factor?.confirmedAt) return { ok: false as const, reason: 'unreadable' as const };
    let method: 'totp' | 'recovery_code' | null = null;
    if (looksLikeTotp(code)) {
      const secret = decryptSecret(factor.secretEncrypted, userId, sessionSecret);
      const step = secret ? verifyTotp(secret, code, now, factor.lastUsedStep) : null;
      if (step !== null) {
        tx.update(secondFactors).set({ lastUsedStep: step }).where(eq(secondFactors.userId, userId)).run();
        method = 'totp';
      }
    } else {
      const used = tx
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(userId, code)), isNull(recoveryCodes.usedAt)))
        .run().changes;
      if (used > 0) method = 'recovery_code';
    }
    if (!method) {
      audit(asDb(tx), { actor, action: mfaActions.verify, entityType: 'user', entityId: userId, newValue: looksLikeTotp(code) ? 'totp' : 'recovery_code', result: 'failure', at: now });
      return { ok: false as const, reason: 'wrong_code' as const };
    }
    audit(asDb(tx), { actor, action: mfaActions.verify, entityType: 'user', entityId: userId, newValue: method, at: now });
    const left =
      tx
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
        .get()?.n ?? 0;
    if (method === 'recovery_code') {
      audit(asDb(tx), { actor, action: mfaActions.recoveryCodeUsed, entityType: 'user', entityId: userId, newValue: `${left} left`, at: now });
    }
    const session = completeSignIn(asDb(tx), pending, meta, now, true);
    return { ok: true as const, method, session, recoveryCodesLeft: left };
  });
}

// ---------------------------------------------------------------------------------------------
// Administration
// ---------------------------------------------------------------------------------------------

/**
 * Removes a user's second factor and recovery codes (a lost phone); their sessions end, so the
 * next sign-in sets a new one up (when the role requires it). Audited.
 */
export function resetSecondFactor(db: Db, input: { actor: AuditActor & { userId: number }; userId: number; now: Date }): { ok: true } | { ok: false; reason: 'not_found' | 'self' | 'unchanged' } {
  return db.transaction((tx) => {
    const target = tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).get();
    if (!target) return { ok: false as const, reason: 'not_found' as const };
    if (target.id === input.actor.userId) return { ok: false as const, reason: 'self' as const };
    const removed = tx.delete(secondFactors).where(eq(secondFactors.userId, target.id)).run().changes;
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, target.id)).run();
    if (removed === 0) return { ok: false as const, reason: 'unchanged' as const };
    const ended = tx.delete(sessions).where(eq(sessions.userId, target.id)).run().changes;
    audit(asDb(tx), { actor: input.actor, action: mfaActions.reset, entityType: 'user', entityId: target.id, field: 'second_factor', oldValue: 'on', newValue: 'off', at: input.now });
    if (ended > 0) audit(asDb(tx), { actor: input.actor, action: accountActions.endSessions, entityType: 'user', entityId: target.id, newValue: ended, at: input.now });
    return { ok: true as const };
  });
}
