/**
 * Registration that does not tell whether an address has an account (the answer and the time
 * are the same; the address's owner gets an e-mail either way), and the alert to an account's
 * owner after many wrong passwords. `now` is the request's instant.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { unixSeconds } from '../domain/clock';
import { ownerAlertDue, OWNER_ALERT_WINDOW_SECONDS } from '../domain/sign-in-throttle';
import { isResidentRole } from '../domain/visibility';
import { createAccountToken } from '../lib/account-link.server';
import type { RequestMeta } from '../domain/request-meta';
import { accountActions, actorOf, audit, auditMoments } from './audit.server';
import { normalizeEmail } from './user.server';

export type RegistrationOutcome =
  /** A new account without a password yet: the link lets the person choose one. */
  | { kind: 'link'; token: string; expiresAt: Date; user: { id: number; email: string; name: string } }
  /** The address has an account: its owner is told someone tried. */
  | { kind: 'taken'; user: { email: string; name: string } }
  /** A disabled account: nothing is sent. */
  | { kind: 'none' };

/**
 * A registration request. New address: a resident account without a password and an
 * activation link (the invitation link: it works once, for 7 days). An account that was
 * registered but never activated: a fresh link. An active account: a warning to its owner.
 * Each request is audited against the address, which also limits requests per address.
 */
export function requestRegistration(db: Db, input: { name: string; email: string }, meta: RequestMeta, now: Date): RegistrationOutcome {
  const email = normalizeEmail(input.email);
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const existing = tx
      .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.email, email))
      .get();
    const record = (newValue: string) =>
      audit(txDb, { actor: actorOf(null, meta.ip, now), action: accountActions.register, entityType: 'account', entityId: email, newValue, result: newValue === 'link_sent' ? 'success' : 'failure', at: now });
    if (existing?.disabledAt) {
      record('disabled');
      return { kind: 'none' as const };
    }
    if (existing && (existing.passwordHash || !isResidentRole(existing.role))) {
      record('address_taken');
      return { kind: 'taken' as const, user: { email: existing.email, name: existing.name } };
    }
    let subject = existing;
    if (!subject) {
      subject = tx
        .insert(users)
        .values({ email, name: input.name.trim(), passwordHash: null, role: 'citizen', createdAt: now })
        .returning({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
        .get();
      audit(txDb, { actor: actorOf(subject, meta.ip, now), action: accountActions.register, entityType: 'user', entityId: subject.id, field: 'role', newValue: 'citizen', at: now });
    }
    record('link_sent');
    const { token, expiresAt } = createAccountToken('invitation', subject, now);
    return { kind: 'link' as const, token, expiresAt, user: { id: subject.id, email: subject.email, name: subject.name } };
  });
}

/**
 * After a wrong password: whether the owner of this address should hear about it now (the count
 * over 24 hours from all sources reached OWNER_ALERT_FAILURES and no alert went out in that
 * period). When so, the alert is recorded and the owner returned.
 */
export function signInAlertDue(db: Db, email: string, now: Date): { email: string; name: string; failures: number } | null {
  const entityId = normalizeEmail(email).slice(0, 320);
  const since = new Date((unixSeconds(now) - OWNER_ALERT_WINDOW_SECONDS) * 1000);
  const failures = auditMoments(db, { action: accountActions.signIn, entityType: 'account', entityId, result: 'failure', newValue: 'password', since }).length;
  const alerts = auditMoments(db, { action: signInAlertAction, entityType: 'account', entityId, since }).length;
  if (!ownerAlertDue(failures, alerts)) return null;
  const owner = db.select({ id: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt }).from(users).where(eq(users.email, entityId)).get();
  if (!owner || owner.disabledAt) return null;
  audit(db, { actor: { userId: null, label: 'system', ip: null, at: now }, action: signInAlertAction, entityType: 'account', entityId, newValue: failures, at: now });
  return { email: owner.email, name: owner.name, failures };
}

export const signInAlertAction = 'sign_in_alert';
