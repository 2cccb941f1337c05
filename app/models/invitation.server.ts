/**
 * Review invitations: a single-use code that staff hand to a resident (printed or read out). A
 * review written with a valid code is "geverifieerd" and needs no account. Only the SHA-256 of a
 * code is stored; the code itself is shown once, to the staff member who made it.
 */
import { createHash, randomInt } from 'node:crypto';
import { and, asc, count, desc, eq, gt, gte, isNull, like, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, organizations, reviewInvitations } from '../../db/schema';
import {
  dailyWindowStart,
  INVITATION_ALPHABET,
  INVITATION_ATTEMPTS_PER_DAY,
  INVITATION_CODE_LENGTH,
  invitationExpiry,
  looksLikeInvitationCode,
  normalizeInvitationCode,
} from '../domain/reviews';
import { audit } from './audit.server';

export type InvitationProblem = 'unknown' | 'used' | 'expired' | 'otherProvider';

export function generateInvitationCode(): string {
  let code = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH; i++) code += INVITATION_ALPHABET[randomInt(INVITATION_ALPHABET.length)];
  return code;
}

export function hashInvitationCode(code: string): string {
  return createHash('sha256').update(normalizeInvitationCode(code)).digest('hex');
}

/** Whether a code (as typed) is valid for this organisation at `now`, and if not, why. */
export function checkInvitation(
  db: Db,
  rawCode: string,
  organizationId: string,
  now: Date,
): { status: 'valid'; invitationId: number } | { status: InvitationProblem } {
  const normalized = normalizeInvitationCode(rawCode);
  if (!looksLikeInvitationCode(normalized)) return { status: 'unknown' };
  const invitation = db
    .select({
      id: reviewInvitations.id,
      organizationId: reviewInvitations.organizationId,
      expiresAt: reviewInvitations.expiresAt,
      usedAt: reviewInvitations.usedAt,
    })
    .from(reviewInvitations)
    .where(eq(reviewInvitations.codeHash, hashInvitationCode(normalized)))
    .get();
  if (!invitation) return { status: 'unknown' };
  if (invitation.organizationId !== organizationId) return { status: 'otherProvider' };
  if (invitation.usedAt) return { status: 'used' };
  if (invitation.expiresAt.getTime() <= now.getTime()) return { status: 'expired' };
  return { status: 'valid', invitationId: invitation.id };
}

/** Marks the invitation used; false when someone used it a moment earlier (or it just expired). */
export function claimInvitation(db: Db, invitationId: number, now: Date): boolean {
  return (
    db
      .update(reviewInvitations)
      .set({ usedAt: now })
      .where(and(eq(reviewInvitations.id, invitationId), isNull(reviewInvitations.usedAt), gt(reviewInvitations.expiresAt, now)))
      .run().changes === 1
  );
}

const FAILED_ATTEMPT = 'invitation_check';

/**
 * Unknown codes are logged by the keyed hash of the IP, so guessing codes runs into a daily limit.
 * (A used, expired or other provider's code exists: that is a resident with an old letter, not a guess.)
 */
export function recordFailedInvitationAttempt(
  db: Db,
  user: { id: number; email: string } | null,
  ipHash: string | null,
  problem: InvitationProblem,
  now: Date,
): void {
  if (problem !== 'unknown') return;
  audit(db, {
    actor: { userId: user?.id ?? null, label: user?.email ?? 'anonymous', ip: ipHash ? `hmac:${ipHash}` : null, at: now },
    action: FAILED_ATTEMPT,
    entityType: 'review_invitation',
    newValue: problem,
    result: 'failure',
    at: now,
  });
}

export function tooManyInvitationAttempts(db: Db, ipHash: string | null, now: Date): boolean {
  if (!ipHash) return false;
  const n =
    db
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, FAILED_ATTEMPT),
          eq(auditLog.ip, `hmac:${ipHash}`),
          gte(auditLog.at, new Date(dailyWindowStart(now) * 1000)),
        ),
      )
      .get()?.n ?? 0;
  return n >= INVITATION_ATTEMPTS_PER_DAY;
}

/** A new single-use code for an active organisation, valid 90 days; the code is returned once. */
export function createInvitation(
  db: Db,
  user: { id: number; email: string },
  organizationId: string,
  ip: string | null,
  now: Date,
): { ok: true; code: string; expiresAt: string; organization: { name: string; slug: string } } | { ok: false } {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const organization = t
      .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
      .from(organizations)
      .where(and(eq(organizations.id, organizationId), eq(organizations.status, 'active')))
      .get();
    if (!organization) return { ok: false as const };
    const expiresAt = invitationExpiry(now);
    for (let attempt = 0; ; attempt++) {
      const code = generateInvitationCode();
      const codeHash = hashInvitationCode(code);
      if (t.select({ id: reviewInvitations.id }).from(reviewInvitations).where(eq(reviewInvitations.codeHash, codeHash)).get()) {
        if (attempt < 5) continue;
        throw new Error('could not make a unique invitation code');
      }
      const created = t
        .insert(reviewInvitations)
        .values({ codeHash, organizationId, createdByUserId: user.id, createdAt: now, expiresAt })
        .returning({ id: reviewInvitations.id })
        .get();
      audit(t, {
        actor: { userId: user.id, label: user.email, ip, at: now },
        action: 'create',
        entityType: 'review_invitation',
        entityId: created.id,
        field: 'organization_id',
        newValue: organizationId,
        at: now,
      });
      return {
        ok: true as const,
        code,
        expiresAt: expiresAt.toISOString(),
        organization: { name: organization.name, slug: organization.slug },
      };
    }
  });
}

/** The invitations a staff member made lately (never the codes: only their hashes exist). */
export function listInvitationsBy(db: Db, userId: number, limit = 20) {
  return db
    .select({
      id: reviewInvitations.id,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      createdAt: reviewInvitations.createdAt,
      expiresAt: reviewInvitations.expiresAt,
      usedAt: reviewInvitations.usedAt,
    })
    .from(reviewInvitations)
    .innerJoin(organizations, eq(organizations.id, reviewInvitations.organizationId))
    .where(eq(reviewInvitations.createdByUserId, userId))
    .orderBy(desc(reviewInvitations.createdAt), desc(reviewInvitations.id))
    .limit(limit)
    .all()
    .map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      usedAt: row.usedAt?.toISOString() ?? null,
    }));
}

/** Active organisations whose name contains `q` (or the one with slug `slug`), for choosing where a code is for. */
export function findOrganizationsForInvitation(db: Db, query: { q?: string; slug?: string }, limit = 25) {
  const q = query.q?.trim().replace(/[%_\\]/g, '') ?? '';
  if (!q && !query.slug) return [];
  return db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(
      and(
        eq(organizations.status, 'active'),
        query.slug
          ? eq(organizations.slug, query.slug)
          : or(like(organizations.name, `%${q}%`), like(organizations.alternateName, `%${q}%`)),
      ),
    )
    .orderBy(asc(organizations.name))
    .limit(limit)
    .all();
}

/**
 * The message for a code as typed, before the rest of the form is right: null when there is no
 * code or it is valid. Used to warn early (a link from a letter with a used code, or a form
 * with other errors), so the resident does not fill in everything for nothing.
 */
export function invitationCodeError(db: Db, rawCode: string, organizationId: string, ipHash: string | null, now: Date): string | null {
  if (rawCode.trim() === '') return null;
  if (tooManyInvitationAttempts(db, ipHash, now)) return 'reviews.error.codeTooManyAttempts';
  const result = checkInvitation(db, rawCode, organizationId, now);
  if (result.status === 'valid') return null;
  recordFailedInvitationAttempt(db, null, ipHash, result.status, now);
  return `reviews.error.code.${result.status}`;
}
