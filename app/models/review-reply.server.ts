/**
 * The provider's one reply to a published review of its own organisation. Who may reply is the
 * access policy's `reply:review:own`: a provider account, for its own organisation only
 * (administrators do not reply in a provider's name, ADR 005).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reviewReplies } from '../../db/schema';
import type { Role } from '../domain/enums';
import { AccessDenied, mayActForOrganization, type Viewer } from '../domain/visibility';
import { audit, type AuditActor } from './audit.server';
import { asTx, fail, type Failure } from './review-common.server';
import { getPublishedReview } from './review-read.server';

/**
 * The review the viewer may reply to, with its reply; undefined when it is not a published
 * review. The policy decides who may reply (`reply:review:own`, for the viewer's own
 * organisation): anyone else gets AccessDenied.
 */
export function getReplyTargetForViewer(db: Db, viewer: Viewer, reviewId: number) {
  const review = getPublishedReview(db, reviewId);
  if (!review) return undefined;
  if (!mayActForOrganization(viewer, 'reply:review:own', review.organizationId)) throw new AccessDenied('getReplyTargetForViewer');
  const reply = db
    .select({ body: reviewReplies.body, createdAt: reviewReplies.createdAt, updatedAt: reviewReplies.updatedAt })
    .from(reviewReplies)
    .where(eq(reviewReplies.reviewId, reviewId))
    .get();
  return {
    review,
    reply: reply ? { body: reply.body, createdAt: reply.createdAt.toISOString(), updatedAt: reply.updatedAt.toISOString() } : null,
  };
}

/** Publishes the provider's one reply to a review, or saves the edit of it (AccessDenied as above). */
export function saveReply(
  db: Db,
  user: { id: number; email: string; role: Role; organizationId: string | null },
  reviewId: number,
  body: string,
  ip: string | null,
  now: Date,
): { ok: true; organizationSlug: string; created: boolean } | Failure {
  return db.transaction((tx) => {
    const t = asTx(tx);
    const target = getReplyTargetForViewer(t, { role: user.role, userId: user.id, organizationId: user.organizationId }, reviewId);
    if (!target) return fail(404, 'reviews.error.reviewUnknown');
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

