/**
 * Retention: what the server removes on a schedule (scripts/ops/maintenance.ts), with `now` from
 * the clock. Documented in docs/operations.md ("Retention").
 *
 * - sessions past their absolute expiry, or idle longer than their role allows (the same rules
 *   as app/domain/session-policy.ts; such sessions can never be used again);
 * - review invitation codes that were used or expired more than INVITATION_GRACE_DAYS ago (a
 *   staff member still sees recent ones in /beheer/uitnodigingen; a review keeps its "verified"
 *   mark when its code is gone);
 * - audit-log entries older than AUDIT_RETENTION_DAYS, when set. The failed sign-in and
 *   invitation-code attempts that the throttles count live in the audit log, so they age out
 *   with it. The deletion goes through the mechanism of migration 0004: first an append-only
 *   record in audit_log_purges, then the DELETE, which the trigger allows only below that record.
 */
import { and, count, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, auditLogPurges, reviewInvitations, sessions, users } from '../../db/schema';
import { roles } from '../domain/enums';
import { sessionPolicy } from '../domain/session-policy';

export const INVITATION_GRACE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CleanupResult {
  sessions: number;
  invitations: number;
  auditEntries: number;
}

export function deleteDeadSessions(db: Db, now: Date): number {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  let removed = db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
  for (const role of roles) {
    const { idleSeconds, absoluteSeconds } = sessionPolicy(role);
    removed += db
      .delete(sessions)
      .where(
        and(
          sql`${sessions.userId} IN (SELECT ${users.id} FROM ${users} WHERE ${users.role} = ${role})`,
          or(lt(sessions.lastSeenAt, new Date((nowSeconds - idleSeconds) * 1000)), lt(sessions.createdAt, new Date((nowSeconds - absoluteSeconds) * 1000))),
        ),
      )
      .run().changes;
  }
  return removed;
}

export function deleteSpentInvitations(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - INVITATION_GRACE_DAYS * DAY_MS);
  return db
    .delete(reviewInvitations)
    .where(or(and(isNotNull(reviewInvitations.usedAt), lt(reviewInvitations.usedAt, cutoff)), lt(reviewInvitations.expiresAt, cutoff)))
    .run().changes;
}

/** Removes audit entries older than `retentionDays` (recording the purge first); returns how many. */
export function purgeAuditLog(db: Db, now: Date, retentionDays: number): number {
  const beforeAt = new Date(now.getTime() - retentionDays * DAY_MS);
  // Whole seconds, as SQLite stores them: the trigger compares in seconds.
  beforeAt.setUTCMilliseconds(0);
  return db.transaction((tx) => {
    const n = tx.select({ n: count() }).from(auditLog).where(lt(auditLog.at, beforeAt)).get()?.n ?? 0;
    if (n === 0) return 0;
    tx.insert(auditLogPurges).values({ at: now, beforeAt, retentionDays, deleted: n }).run();
    return tx.delete(auditLog).where(lt(auditLog.at, beforeAt)).run().changes;
  });
}

export function runCleanup(db: Db, now: Date, options: { auditRetentionDays?: number | undefined }): CleanupResult {
  return {
    sessions: deleteDeadSessions(db, now),
    invitations: deleteSpentInvitations(db, now),
    auditEntries: options.auditRetentionDays ? purgeAuditLog(db, now, options.auditRetentionDays) : 0,
  };
}
