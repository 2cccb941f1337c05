/**
 * Writing reviews (ervaringen): the organisation a review is about, submitting one (with the
 * limits and invitation codes), and a resident's own reviews: listing, editing, withdrawing.
 * The rules live in app/domain/reviews.ts; every write runs in one transaction together with its
 * audit entry, so nothing is ever written half.
 */
import { and, asc, count, desc, eq, gte, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations, reviewReplies, reviewReports, reviews, services, users } from '../../db/schema';
import { dutchDay } from '../domain/indication';
import type { ReviewFormValues } from '../domain/review-schema';
import { dailyWindowStart, decodeReason, oneReviewWindowStart, REVIEWS_PER_ACCOUNT_PER_DAY, REVIEWS_PER_IP_PER_DAY } from '../domain/reviews';
import { audit } from './audit.server';
import { claimInvitation, checkInvitation, recordFailedInvitationAttempt, tooManyInvitationAttempts } from './invitation.server';
import { refreshReviewNumbersInSearch } from './review-search.server';
import { once } from './prepared.server';
import { asTx, reviewContentColumns, fail, fieldFail, inReviewTransaction, ownReview, residentActor, WITHDRAWN_BODY, type Failure } from './review-common.server';

const unknownReview = () => fail(404, 'reviews.error.reviewUnknown');

// ---------------------------------------------------------------------------------------------
// The organisation a review is about
// ---------------------------------------------------------------------------------------------

/** An active organisation by slug with the services a review may name; undefined when unknown. */
export function getReviewTarget(db: Db, slug: string) {
  const queries = targetQueries(db);
  const organization = queries.organization.get({ slug });
  if (!organization) return undefined;
  return { organization, services: queries.services.all({ organizationId: organization.id }) };
}

/** Built once per connection (prepared.server.ts): every review page asks for its organisation. */
const targetQueries = once((db: Db) => ({
  organization: db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.slug, sql.placeholder('slug')), eq(organizations.status, 'active')))
    .prepare(),
  services: db
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(and(eq(services.organizationId, sql.placeholder('organizationId')), ne(services.status, 'inactive')))
    .orderBy(asc(services.name), asc(services.id))
    .prepare(),
}));

function serviceBelongsTo(db: Db, serviceId: string, organizationId: string): boolean {
  return Boolean(
    db
      .select({ id: services.id })
      .from(services)
      .where(and(eq(services.id, serviceId), eq(services.organizationId, organizationId), ne(services.status, 'inactive')))
      .get(),
  );
}

/** The person's review of this organisation that blocks a new one (written in the last 12 months). */
export function findBlockingReview(db: Db, userId: number, organizationId: string, now: Date) {
  return db
    .select({ id: reviews.id, status: reviews.status, createdAt: reviews.createdAt })
    .from(reviews)
    .where(
      and(
        eq(reviews.userId, userId),
        eq(reviews.organizationId, organizationId),
        inArray(reviews.status, ['pending', 'published', 'rejected']),
        gte(reviews.createdAt, new Date(oneReviewWindowStart(now) * 1000)),
      ),
    )
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .get();
}

function reviewsSince(db: Db, condition: SQL, since: number): number {
  return (
    db
      .select({ n: count() })
      .from(reviews)
      .where(and(condition, gte(reviews.createdAt, new Date(since * 1000))))
      .get()?.n ?? 0
  );
}

function markValues(values: ReviewFormValues) {
  return {
    overall: values.overall,
    markTreatment: values.treatment,
    markExpertise: values.expertise,
    markAppointments: values.appointments,
    markReachability: values.reachability,
    markSay: values.say,
    markResult: values.result,
    wouldRecommend: values.recommend === 'yes',
    body: values.body,
    experienceMonth: values.experienceMonth,
    authorName: values.authorName,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

export interface SubmitReviewInput {
  organizationId: string;
  /** The signed-in citizen, or null for a resident with an invitation code. */
  user: { id: number; email: string } | null;
  values: ReviewFormValues;
  ipHash: string | null;
  now: Date;
}

/**
 * A new review, pending moderation. Refused (nothing written) when the service is not the
 * organisation's, the person already wrote one in the last 12 months, a daily limit is reached,
 * or the invitation code is missing, unknown, used, expired or for another provider.
 */
export function submitReview(db: Db, input: SubmitReviewInput): { ok: true; reviewId: number; verified: boolean } | Failure {
  const { user, values, now, organizationId, ipHash } = input;
  const serviceId = values.serviceId || null;
  const rawCode = values.code?.trim() ?? '';
  const result = db.transaction((tx) => {
    const t = asTx(tx);
    if (serviceId && !serviceBelongsTo(t, serviceId, organizationId)) return fieldFail(400, 'serviceId', 'reviews.error.serviceUnknown');
    if (user) {
      const existing = findBlockingReview(t, user.id, organizationId, now);
      if (existing) return fail(409, 'reviews.error.alreadyReviewed', { existingReviewId: existing.id });
      if (reviewsSince(t, eq(reviews.userId, user.id), dailyWindowStart(now)) >= REVIEWS_PER_ACCOUNT_PER_DAY) {
        return fail(429, 'reviews.error.limitAccount');
      }
    }
    if (ipHash && reviewsSince(t, eq(reviews.submittedIpHash, ipHash), dailyWindowStart(now)) >= REVIEWS_PER_IP_PER_DAY) {
      return fail(429, 'reviews.error.limitIp');
    }
    let invitationId: number | null = null;
    if (!user && rawCode === '') return fieldFail(400, 'code', 'reviews.error.codeRequired');
    if (rawCode !== '') {
      if (tooManyInvitationAttempts(t, ipHash, now)) return fieldFail(429, 'code', 'reviews.error.codeTooManyAttempts');
      const invitation = checkInvitation(t, rawCode, organizationId, now);
      if (invitation.status !== 'valid') return { failedCode: invitation.status } as const;
      if (!claimInvitation(t, invitation.invitationId, now)) return fieldFail(400, 'code', 'reviews.error.codeUsed');
      invitationId = invitation.invitationId;
    }
    const created = t
      .insert(reviews)
      .values({
        organizationId,
        serviceId,
        userId: user?.id ?? null,
        invitationId,
        ...markValues(values),
        status: 'pending',
        verified: invitationId !== null,
        submittedIpHash: ipHash,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: reviews.id })
      .get();
    audit(t, {
      actor: residentActor(user, ipHash, now, invitationId ? 'anonymous (invitation)' : 'anonymous'),
      action: 'create',
      entityType: 'review',
      entityId: created.id,
      field: 'status',
      newValue: 'pending',
      at: now,
    });
    return { ok: true as const, reviewId: created.id, verified: invitationId !== null };
  });
  if ('failedCode' in result && result.failedCode) {
    // Outside the refused write: the attempt itself is logged, so guessing codes hits a limit.
    recordFailedInvitationAttempt(db, user, ipHash, result.failedCode, now);
    return fieldFail(400, 'code', `reviews.error.code.${result.failedCode}`);
  }
  return result;
}

/** The citizen's own review with the values the edit form needs; undefined when not theirs or withdrawn. */
export function getOwnReview(db: Db, userId: number, reviewId: number) {
  const row = db
    .select({
      id: reviews.id,
      organizationId: reviews.organizationId,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      serviceId: reviews.serviceId,
      ...reviewContentColumns,
      status: reviews.status,
      createdAt: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(organizations, eq(organizations.id, reviews.organizationId))
    .where(and(eq(reviews.id, reviewId), ownReview(userId)))
    .get();
  if (!row) return undefined;
  return { ...row, createdAt: row.createdAt.toISOString() };
}


/** Saves an edit: the review goes back to moderation (pending) and leaves the page until approved. */
export function updateOwnReview(
  db: Db,
  user: { id: number; email: string },
  reviewId: number,
  values: ReviewFormValues,
  ipHash: string | null,
  now: Date,
): { ok: true; organizationId: string; wasPublished: boolean } | Failure {
  const result = inReviewTransaction(db, reviewId, ownReview(user.id), unknownReview, (t, review) => {
    const serviceId = values.serviceId || null;
    if (serviceId && !serviceBelongsTo(t, serviceId, review.organizationId))
      return fieldFail(400, 'serviceId', 'reviews.error.serviceUnknown');
    t.update(reviews)
      .set({
        ...markValues(values),
        serviceId,
        status: 'pending',
        moderationReason: null,
        moderatedAt: null,
        moderatedByUserId: null,
        updatedAt: now,
      })
      .where(eq(reviews.id, review.id))
      .run();
    audit(t, {
      actor: residentActor(user, ipHash, now),
      action: 'update',
      entityType: 'review',
      entityId: review.id,
      field: 'status',
      oldValue: review.status,
      newValue: 'pending',
      at: now,
    });
    return { ok: true as const, organizationId: review.organizationId, wasPublished: review.status === 'published' };
  });
  if (result.ok && result.wasPublished) refreshReviewNumbersInSearch(result.organizationId);
  return result;
}

/**
 * Withdraws the citizen's own review (right to erasure): the text and display name are erased,
 * the provider's reply and any reports go, and the review leaves the page, the averages and the
 * search numbers at once. The row stays (without text) so the daily limits keep counting.
 */
export function withdrawOwnReview(
  db: Db,
  user: { id: number; email: string },
  reviewId: number,
  ipHash: string | null,
  now: Date,
): { ok: true; organizationId: string } | Failure {
  const result = inReviewTransaction(db, reviewId, ownReview(user.id), unknownReview, (t, review) => {
    t.update(reviews)
      .set({ status: 'withdrawn', body: WITHDRAWN_BODY, authorName: '', moderationReason: null, updatedAt: now })
      .where(eq(reviews.id, review.id))
      .run();
    t.delete(reviewReplies).where(eq(reviewReplies.reviewId, review.id)).run();
    t.delete(reviewReports).where(eq(reviewReports.reviewId, review.id)).run();
    audit(t, {
      actor: residentActor(user, ipHash, now),
      action: 'withdraw',
      entityType: 'review',
      entityId: review.id,
      field: 'status',
      oldValue: review.status,
      newValue: 'withdrawn',
      at: now,
    });
    return { ok: true as const, organizationId: review.organizationId };
  });
  if (result.ok) refreshReviewNumbersInSearch(result.organizationId);
  return result;
}

/** The citizen's own reviews, newest first, with status and the moderator's statement of reasons. */
export function listOwnReviews(db: Db, userId: number) {
  const rows = db
    .select({
      id: reviews.id,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      organizationActive: sql<number>`${organizations.status} = 'active'`.mapWith(Boolean),
      serviceName: services.name,
      overall: reviews.overall,
      body: reviews.body,
      experienceMonth: reviews.experienceMonth,
      status: reviews.status,
      verified: reviews.verified,
      moderationReason: reviews.moderationReason,
      moderatedAt: reviews.moderatedAt,
      createdAt: reviews.createdAt,
      updatedAt: reviews.updatedAt,
      replyBody: reviewReplies.body,
      replyCreatedAt: reviewReplies.createdAt,
    })
    .from(reviews)
    .innerJoin(organizations, eq(organizations.id, reviews.organizationId))
    .leftJoin(services, eq(services.id, reviews.serviceId))
    .leftJoin(reviewReplies, eq(reviewReplies.reviewId, reviews.id))
    .where(eq(reviews.userId, userId))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .all();
  return rows.map((row) => ({
    ...row,
    body: row.status === 'withdrawn' ? '' : row.body,
    moderationReason: row.status === 'rejected' ? decodeReason(row.moderationReason) : null,
    moderatedAt: row.moderatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdOn: dutchDay(row.createdAt),
    updatedAt: row.updatedAt.toISOString(),
    replyCreatedAt: row.replyCreatedAt?.toISOString() ?? null,
  }));
}


/** The display name to suggest for a new review: the first name of the account. */
export function suggestedAuthorName(db: Db, userId: number): string {
  const row = db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
  return row?.name.trim().split(/\s+/)[0]?.slice(0, 60) ?? '';
}
