/**
 * The provider's one reply to a published review of its own organisation. Who may reply is the
 * access policy's `reply:review:own`: a provider account, for its own organisation only
 * (administrators do not reply in a provider's name, ADR 005).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reviewReplies } from '../../db/schema';
import { audit, type AuditActor } from './audit.server';
import { asTx, fail, type Failure } from './review-common.server';
import { getPublishedReview } from './review-read.server';

// ---------------------------------------------------------------------------------------------
// Provider replies
// ---------------------------------------------------------------------------------------------

/** The review a provider account may reply to (published, about its own organisation), with its reply. */
export function getReplyTarget(db: Db, user: { organizationId: string | null }, reviewId: number) {
  const review = getPublishedReview(db, reviewId);
  if (!review) return { status: 'notFound' as const };
  if (!user.organizationId || user.organizationId !== review.organizationId) return { status: 'forbidden' as const };
  const reply = db
    .select({ body: reviewReplies.body, createdAt: reviewReplies.createdAt, updatedAt: reviewReplies.updatedAt })
    .from(reviewReplies)
    .where(eq(reviewReplies.reviewId, reviewId))
    .get();
  return {
    status: 'ok' as const,
    review,
    reply: reply ? { body: reply.body, createdAt: reply.createdAt.toISOString(), updatedAt: reply.updatedAt.toISOString() } : null,
  };
}

/** Publishes the provider's one reply to a review, or saves the edit of it. */
export function saveReply(
  db: Db,
  user: { id: number; email: string; organizationId: string | null },
  reviewId: number,
  body: string,
  ip: string | null,
  now: Date,
): { ok: true; organizationSlug: string; created: boolean } | Failure {
  return db.transaction((tx) => {
    const t = asTx(tx);
    const target = getReplyTarget(t, user, reviewId);
    if (target.status === 'notFound') return fail(404, 'reviews.error.reviewUnknown');
    if (target.status === 'forbidden') return fail(403, 'reviews.error.notYourOrganization');
    const actor: AuditActor = { userId: user.id, label: user.email, ip, at: now };
    if (target.reply) {
      t.update(reviewReplies).set({ body, userId: user.id, updatedAt: now }).where(eq(reviewReplies.reviewId, reviewId)).run();
      audit(t, {
        actor,
        action: 'update',
        entityType: 'review_reply',
        entityId: reviewId,
        field: 'body',
        oldValue: target.reply.body,
        newValue: body,
        at: now,
      });
    } else {
      t.insert(reviewReplies).values({ reviewId, userId: user.id, body, createdAt: now, updatedAt: now }).run();
      audit(t, { actor, action: 'create', entityType: 'review_reply', entityId: reviewId, field: 'body', newValue: body, at: now });
    }
    return { ok: true as const, organizationSlug: target.review.organizationSlug, created: !target.reply };
  });
}

