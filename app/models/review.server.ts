/**
 * Reviews (ervaringen): writing, editing, withdrawing, reporting, moderating and showing them.
 * The rules live in app/domain/reviews.ts; this module applies them to the database. Every write
 * runs in one transaction together with its audit entry, so nothing is ever written half.
 *
 * Outcomes are values, not exceptions: `{ ok: false, status, formError | fieldErrors }` carries
 * message keys that the route hands to the form (conform's `submission.reply`).
 */
import { createHmac } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray, isNull, max, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, organizations, reviewReplies, reviewReports, reviews, services, users } from '../../db/schema';
import { reviewDimensions, type ReviewDimension, type ReviewStatus } from '../domain/enums';
import { flagReview, type ReviewFlag } from '../domain/review-flags';
import type { ReviewFormValues } from '../domain/review-schema';
import {
  averageCutoff,
  averageOf,
  countsTowardsAverage,
  dailyWindowStart,
  decodeReason,
  encodeReason,
  histogram,
  oneReviewWindowStart,
  REPORTS_PER_DAY,
  REVIEWS_PER_ACCOUNT_PER_DAY,
  REVIEWS_PER_IP_PER_DAY,
  summarize,
  type ConductRule,
  type DimensionAverage,
  type ReportCategory,
  type ReviewSummary,
} from '../domain/reviews';
import type { Viewer } from '../domain/visibility';
import { getEnv } from '../env.server';
import { audit, type AuditActor } from './audit.server';
import { claimInvitation, checkInvitation, recordFailedInvitationAttempt, tooManyInvitationAttempts } from './invitation.server';
import { refreshReviewNumbersInSearch } from './review-search.server';

/** What a withdrawn review keeps of its text: nothing (right to erasure). */
export const WITHDRAWN_BODY = '[ingetrokken]';

const dimensionColumn = {
  treatment: reviews.markTreatment,
  expertise: reviews.markExpertise,
  appointments: reviews.markAppointments,
  reachability: reviews.markReachability,
  say: reviews.markSay,
  result: reviews.markResult,
} as const satisfies Record<ReviewDimension, unknown>;

export type Failure = {
  ok: false;
  status: 400 | 403 | 404 | 409 | 429;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  /** For "you already wrote one": the review to edit instead. */
  existingReviewId?: number;
};

const fail = (status: Failure['status'], formError: string, extra: Partial<Failure> = {}): Failure => ({
  ok: false,
  status,
  formError,
  ...extra,
});
const fieldFail = (status: Failure['status'], field: string, key: string): Failure => ({
  ok: false,
  status,
  fieldErrors: { [field]: [key] },
});

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const asTx = (tx: unknown) => tx as Db;

/** A keyed hash of the client's IP address: enough for the daily limit, useless to anyone else. */
export function hashIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  return createHmac('sha256', getEnv().SESSION_SECRET).update(`review-ip:${ip}`).digest('base64url');
}

/** Who acted, for the audit log. Residents are logged by the keyed hash of their IP, never the address. */
export function residentActor(user: { id: number; email: string } | null, ipHash: string | null, at: Date, label = 'anonymous'): AuditActor {
  return { userId: user?.id ?? null, label: user?.email ?? label, ip: ipHash ? `hmac:${ipHash}` : null, at };
}

// ---------------------------------------------------------------------------------------------
// The organisation a review is about
// ---------------------------------------------------------------------------------------------

/** An active organisation by slug with the services a review may name; undefined when unknown. */
export function getReviewTarget(db: Db, slug: string) {
  const organization = db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), eq(organizations.status, 'active')))
    .get();
  if (!organization) return undefined;
  const serviceRows = db
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(and(eq(services.organizationId, organization.id), ne(services.status, 'inactive')))
    .orderBy(asc(services.name), asc(services.id))
    .all();
  return { organization, services: serviceRows };
}

export type ReviewTarget = NonNullable<ReturnType<typeof getReviewTarget>>;

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
      authorName: reviews.authorName,
      overall: reviews.overall,
      ...dimensionColumn,
      wouldRecommend: reviews.wouldRecommend,
      body: reviews.body,
      experienceMonth: reviews.experienceMonth,
      status: reviews.status,
      verified: reviews.verified,
      createdAt: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(organizations, eq(organizations.id, reviews.organizationId))
    .where(and(eq(reviews.id, reviewId), eq(reviews.userId, userId), ne(reviews.status, 'withdrawn')))
    .get();
  if (!row) return undefined;
  return { ...row, createdAt: row.createdAt.toISOString() };
}

export type OwnReview = NonNullable<ReturnType<typeof getOwnReview>>;

/** Saves an edit: the review goes back to moderation (pending) and leaves the page until approved. */
export function updateOwnReview(
  db: Db,
  user: { id: number; email: string },
  reviewId: number,
  values: ReviewFormValues,
  ipHash: string | null,
  now: Date,
): { ok: true; organizationId: string; wasPublished: boolean } | Failure {
  const result = db.transaction((tx) => {
    const t = asTx(tx);
    const review = t
      .select({ id: reviews.id, organizationId: reviews.organizationId, status: reviews.status })
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.userId, user.id), ne(reviews.status, 'withdrawn')))
      .get();
    if (!review) return fail(404, 'reviews.error.reviewUnknown');
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
  const result = db.transaction((tx) => {
    const t = asTx(tx);
    const review = t
      .select({ id: reviews.id, organizationId: reviews.organizationId, status: reviews.status })
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.userId, user.id), ne(reviews.status, 'withdrawn')))
      .get();
    if (!review) return fail(404, 'reviews.error.reviewUnknown');
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
    updatedAt: row.updatedAt.toISOString(),
    replyCreatedAt: row.replyCreatedAt?.toISOString() ?? null,
  }));
}

// ---------------------------------------------------------------------------------------------
// Showing
// ---------------------------------------------------------------------------------------------

export interface ReviewStatistics {
  /** The same summary the search cards and the rating sort use (catalogue.server reviewSummaries). */
  summary: ReviewSummary;
  dimensions: DimensionAverage<ReviewDimension>[];
  /** Counted reviews per overall mark 1–10 (index 0 = mark 1). */
  histogram: number[];
  /** Every published review, including those older than 4 years. */
  publishedTotal: number;
}

const publishedOf = (organizationId: string) => and(eq(reviews.organizationId, organizationId), eq(reviews.status, 'published'));

/** Averages (overall and per dimension), share recommending and the distribution of marks. */
export function getReviewStatistics(db: Db, organizationId: string, now: Date): ReviewStatistics {
  const counted = and(publishedOf(organizationId), sql`${reviews.createdAt} >= ${averageCutoff(now)}`);
  const dimensionSelect = Object.fromEntries(
    reviewDimensions.flatMap((d) => [
      [`${d}Sum`, sql<number>`coalesce(sum(${dimensionColumn[d]}), 0)`.mapWith(Number)],
      [`${d}Count`, sql<number>`count(${dimensionColumn[d]})`.mapWith(Number)],
    ]),
  ) as Record<string, SQL<number>>;
  const totals = db
    .select({
      count: count(),
      sum: sql<number>`coalesce(sum(${reviews.overall}), 0)`.mapWith(Number),
      recommend: sql<number>`coalesce(sum(${reviews.wouldRecommend}), 0)`.mapWith(Number),
      ...dimensionSelect,
    })
    .from(reviews)
    .where(counted)
    .get() as unknown as Record<string, number>;
  const marks = db.select({ mark: reviews.overall, count: count() }).from(reviews).where(counted).groupBy(reviews.overall).all();
  const publishedTotal = db.select({ n: count() }).from(reviews).where(publishedOf(organizationId)).get()?.n ?? 0;
  return {
    summary: summarize(totals.count ?? 0, totals.sum ?? 0, totals.recommend ?? 0),
    dimensions: reviewDimensions.map((dimension) => ({
      dimension,
      average: averageOf(totals[`${dimension}Sum`] ?? 0, totals[`${dimension}Count`] ?? 0),
      count: totals[`${dimension}Count`] ?? 0,
    })),
    histogram: histogram(marks),
    publishedTotal,
  };
}

export interface ReviewListFilter {
  serviceId?: string;
  verifiedOnly?: boolean;
  page: number;
  perPage: number;
}

/**
 * Published reviews of one organisation, newest first, with the provider's reply. `viewer` only
 * decides what the viewer may do with each review (edit their own, reply as the provider); the
 * author's account never leaves the server.
 */
export function listPublishedReviews(db: Db, viewer: Viewer, organizationId: string, filter: ReviewListFilter, now: Date) {
  const conditions: SQL[] = [publishedOf(organizationId) as SQL];
  if (filter.serviceId) conditions.push(eq(reviews.serviceId, filter.serviceId));
  if (filter.verifiedOnly) conditions.push(eq(reviews.verified, true));
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(reviews).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: reviews.id,
      userId: reviews.userId,
      authorName: reviews.authorName,
      overall: reviews.overall,
      ...dimensionColumn,
      wouldRecommend: reviews.wouldRecommend,
      body: reviews.body,
      experienceMonth: reviews.experienceMonth,
      verified: reviews.verified,
      createdAt: reviews.createdAt,
      serviceName: services.name,
      replyBody: reviewReplies.body,
      replyCreatedAt: reviewReplies.createdAt,
      replyUpdatedAt: reviewReplies.updatedAt,
    })
    .from(reviews)
    .leftJoin(services, eq(services.id, reviews.serviceId))
    .leftJoin(reviewReplies, eq(reviewReplies.reviewId, reviews.id))
    .where(where)
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
    .all();
  const canReply = viewer.role === 'provider' && viewer.organizationId === organizationId;
  return {
    total,
    pages: Math.max(1, Math.ceil(total / filter.perPage)),
    reviews: rows.map(({ userId, treatment, expertise, appointments, reachability, say, result, ...row }) => ({
      ...row,
      marks: { treatment, expertise, appointments, reachability, say, result } satisfies Record<ReviewDimension, number | null>,
      createdAt: row.createdAt.toISOString(),
      replyCreatedAt: row.replyCreatedAt?.toISOString() ?? null,
      replyUpdatedAt: row.replyUpdatedAt?.toISOString() ?? null,
      counted: countsTowardsAverage(seconds(row.createdAt), now),
      mine: viewer.userId !== null && userId === viewer.userId,
      canReply,
    })),
  };
}

export type ListedReview = ReturnType<typeof listPublishedReviews>['reviews'][number];

/** A published review with its organisation, for the report and reply pages; undefined otherwise. */
export function getPublishedReview(db: Db, reviewId: number) {
  const row = db
    .select({
      id: reviews.id,
      organizationId: reviews.organizationId,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      authorName: reviews.authorName,
      overall: reviews.overall,
      body: reviews.body,
      experienceMonth: reviews.experienceMonth,
      verified: reviews.verified,
      createdAt: reviews.createdAt,
      replyBody: reviewReplies.body,
    })
    .from(reviews)
    .innerJoin(organizations, eq(organizations.id, reviews.organizationId))
    .leftJoin(reviewReplies, eq(reviewReplies.reviewId, reviews.id))
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, 'published'), eq(organizations.status, 'active')))
    .get();
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : undefined;
}

export type PublishedReviewDetail = NonNullable<ReturnType<typeof getPublishedReview>>;

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------

export interface ReportInput {
  reviewId: number;
  reporter: { id: number; email: string } | null;
  category: ReportCategory;
  explanation: string;
  ipHash: string | null;
  now: Date;
}

/**
 * Anyone may report a published review. It stays visible and returns to the moderation queue
 * until a moderator decides. A second report by the same account on the same open review is
 * accepted without a second row.
 */
export function reportReview(db: Db, input: ReportInput): { ok: true; organizationSlug: string } | Failure {
  const { reviewId, reporter, ipHash, now } = input;
  return db.transaction((tx) => {
    const t = asTx(tx);
    const review = getPublishedReview(t, reviewId);
    if (!review) return fail(404, 'reviews.error.reviewUnknown');
    const since = new Date(dailyWindowStart(now) * 1000);
    const byAccount = reporter
      ? t
          .select({ n: count() })
          .from(reviewReports)
          .where(and(eq(reviewReports.reporterUserId, reporter.id), gte(reviewReports.createdAt, since)))
          .get()?.n ?? 0
      : 0;
    const byIp = ipHash
      ? t
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.action, 'report'), eq(auditLog.ip, `hmac:${ipHash}`), gte(auditLog.at, since)))
          .get()?.n ?? 0
      : 0;
    if (byAccount >= REPORTS_PER_DAY || byIp >= REPORTS_PER_DAY) return fail(429, 'reviews.error.limitReports');
    const duplicate =
      reporter &&
      t
        .select({ id: reviewReports.id })
        .from(reviewReports)
        .where(and(eq(reviewReports.reviewId, reviewId), eq(reviewReports.reporterUserId, reporter.id), isNull(reviewReports.resolvedAt)))
        .get();
    if (!duplicate) {
      const created = t
        .insert(reviewReports)
        .values({ reviewId, reporterUserId: reporter?.id ?? null, reason: encodeReason(input.category, input.explanation), createdAt: now })
        .returning({ id: reviewReports.id })
        .get();
      audit(t, {
        actor: residentActor(reporter, ipHash, now),
        action: 'report',
        entityType: 'review',
        entityId: reviewId,
        field: 'report',
        newValue: `${created.id}: ${input.category}`,
        at: now,
      });
    }
    return { ok: true as const, organizationSlug: review.organizationSlug };
  });
}

// ---------------------------------------------------------------------------------------------
// Moderation
// ---------------------------------------------------------------------------------------------

/** In the queue: pending reviews, and published reviews with an open report. */
const inQueue = sql`(${reviews.status} = 'pending' OR (${reviews.status} = 'published' AND EXISTS (
  SELECT 1 FROM review_reports rr WHERE rr.review_id = ${reviews.id} AND rr.resolved_at IS NULL)))`;
/** When a review entered the queue: submitted or edited (pending), or first reported (published). */
const queuedAt = sql<number>`CASE WHEN ${reviews.status} = 'pending' THEN ${reviews.updatedAt}
  ELSE (SELECT min(rr.created_at) FROM review_reports rr WHERE rr.review_id = ${reviews.id} AND rr.resolved_at IS NULL) END`;

/** How many reviews wait for a decision. */
export function countModerationQueue(db: Db): number {
  return db.select({ n: count() }).from(reviews).where(inQueue).get()?.n ?? 0;
}

/**
 * A review's flags, remembered per database while the review is unchanged and no review was
 * added (near-duplicates compare with others): the queue is triaged as a whole, so its flags are
 * needed for every waiting review on every view. A withdrawn review may linger as a near-duplicate
 * hint until the next review arrives.
 */
const flagCaches = new WeakMap<Db, Map<number, { key: string; flags: ReviewFlag[] }>>();
function cachedFlags(db: Db, key: string, id: number, compute: () => ReviewFlag[]): ReviewFlag[] {
  let cache = flagCaches.get(db);
  if (!cache) flagCaches.set(db, (cache = new Map()));
  const hit = cache.get(id);
  if (hit && hit.key === key) return hit.flags;
  const flags = compute();
  if (cache.size > 20_000) cache.clear();
  cache.set(id, { key, flags });
  return flags;
}

/** Comparable texts for near-duplicates: the same organisation, author or IP hash (newest 300). */
function comparableReviews(db: Db, review: { id: number; organizationId: string; userId: number | null; submittedIpHash: string | null }) {
  const sameSource: SQL[] = [eq(reviews.organizationId, review.organizationId)];
  if (review.userId !== null) sameSource.push(eq(reviews.userId, review.userId));
  if (review.submittedIpHash) sameSource.push(eq(reviews.submittedIpHash, review.submittedIpHash));
  return db
    .select({ id: reviews.id, body: reviews.body })
    .from(reviews)
    .where(and(ne(reviews.id, review.id), ne(reviews.status, 'withdrawn'), or(...sameSource)))
    .orderBy(desc(reviews.createdAt))
    .limit(300)
    .all();
}

/** The moderation queue, oldest first, each review with its open reports and automatic flags. */
export function listModerationQueue(db: Db, options: { page: number; perPage: number }) {
  const total = countModerationQueue(db);
  const newestId = db.select({ id: max(reviews.id) }).from(reviews).get()?.id ?? 0;
  const rows = db
    .select({
      id: reviews.id,
      organizationId: reviews.organizationId,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      serviceName: services.name,
      userId: reviews.userId,
      submittedIpHash: reviews.submittedIpHash,
      authorName: reviews.authorName,
      overall: reviews.overall,
      ...dimensionColumn,
      wouldRecommend: reviews.wouldRecommend,
      body: reviews.body,
      experienceMonth: reviews.experienceMonth,
      verified: reviews.verified,
      status: reviews.status,
      createdAt: reviews.createdAt,
      updatedAt: reviews.updatedAt,
      queuedAt,
    })
    .from(reviews)
    .innerJoin(organizations, eq(organizations.id, reviews.organizationId))
    .leftJoin(services, eq(services.id, reviews.serviceId))
    .where(inQueue)
    .orderBy(asc(queuedAt), asc(reviews.id))
    .limit(options.perPage)
    .offset((options.page - 1) * options.perPage)
    .all();
  const ids = rows.map((r) => r.id);
  const reports = ids.length
    ? db
        .select({ reviewId: reviewReports.reviewId, reason: reviewReports.reason, createdAt: reviewReports.createdAt })
        .from(reviewReports)
        .where(and(inArray(reviewReports.reviewId, ids), isNull(reviewReports.resolvedAt)))
        .orderBy(asc(reviewReports.createdAt), asc(reviewReports.id))
        .all()
    : [];
  return {
    total,
    pages: Math.max(1, Math.ceil(total / options.perPage)),
    items: rows.map(
      ({ userId, submittedIpHash, treatment, expertise, appointments, reachability, say, result, queuedAt: queued, ...row }) => {
        const flags: ReviewFlag[] = cachedFlags(db, `${row.id}:${row.updatedAt.getTime()}:${newestId}`, row.id, () =>
          flagReview(row, comparableReviews(db, { id: row.id, organizationId: row.organizationId, userId, submittedIpHash })),
        );
        return {
          ...row,
          marks: { treatment, expertise, appointments, reachability, say, result } satisfies Record<ReviewDimension, number | null>,
          createdAt: row.createdAt.toISOString(),
          updatedAt: row.updatedAt.toISOString(),
          queuedAt: new Date(Number(queued) * 1000).toISOString(),
          edited: row.updatedAt.getTime() > row.createdAt.getTime() && row.status === 'pending',
          reports: reports
            .filter((r) => r.reviewId === row.id)
            .map((r) => ({ reason: decodeReason(r.reason), createdAt: r.createdAt.toISOString() })),
          flags,
        };
      },
    ),
  };
}

export type ModerationItem = ReturnType<typeof listModerationQueue>['items'][number];

export type ModerationDecision = { intent: 'approve' } | { intent: 'reject'; rule: ConductRule; reason: string };

/**
 * Approves or rejects a review in the queue. A rejection carries a statement of reasons (the
 * rule of the code of conduct and an explanation) that the author sees. Open reports are closed
 * either way. Refused with 409 when the review is no longer in the queue (someone else decided).
 */
export function decideModeration(
  db: Db,
  moderator: { id: number; email: string },
  reviewId: number,
  decision: ModerationDecision,
  ip: string | null,
  now: Date,
): { ok: true; organizationId: string; status: ReviewStatus } | Failure {
  const result = db.transaction((tx) => {
    const t = asTx(tx);
    const review = t
      .select({ id: reviews.id, organizationId: reviews.organizationId, status: reviews.status })
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), inQueue))
      .get();
    if (!review) {
      const exists = t.select({ id: reviews.id }).from(reviews).where(eq(reviews.id, reviewId)).get();
      if (!exists) return fail(404, 'reviews.error.reviewUnknown');
      // Refused: someone else decided first. Logged as refused (the log says whether a change succeeded).
      audit(t, {
        actor: { userId: moderator.id, label: moderator.email, ip, at: now },
        action: 'moderate',
        entityType: 'review',
        entityId: reviewId,
        field: 'status',
        newValue: decision.intent === 'approve' ? 'published' : 'rejected',
        result: 'failure',
        at: now,
      });
      return fail(409, 'reviews.error.alreadyDecided');
    }
    const actor: AuditActor = { userId: moderator.id, label: moderator.email, ip, at: now };
    const status: ReviewStatus = decision.intent === 'approve' ? 'published' : 'rejected';
    const moderationReason = decision.intent === 'reject' ? encodeReason(decision.rule, decision.reason) : null;
    t.update(reviews)
      .set({ status, moderationReason, moderatedByUserId: moderator.id, moderatedAt: now, updatedAt: now })
      .where(eq(reviews.id, review.id))
      .run();
    const closed = t
      .update(reviewReports)
      .set({ resolvedAt: now })
      .where(and(eq(reviewReports.reviewId, review.id), isNull(reviewReports.resolvedAt)))
      .run().changes;
    audit(t, {
      actor,
      action: 'moderate',
      entityType: 'review',
      entityId: review.id,
      field: 'status',
      oldValue: review.status,
      newValue: status,
      at: now,
    });
    if (moderationReason) {
      audit(t, {
        actor,
        action: 'moderate',
        entityType: 'review',
        entityId: review.id,
        field: 'moderation_reason',
        newValue: moderationReason,
        at: now,
      });
    }
    if (closed > 0) {
      audit(t, {
        actor,
        action: 'moderate',
        entityType: 'review',
        entityId: review.id,
        field: 'reports',
        oldValue: `${closed} open`,
        newValue: 'resolved',
        at: now,
      });
    }
    return { ok: true as const, organizationId: review.organizationId, status, changed: review.status !== status };
  });
  if (!result.ok) return result;
  if (result.changed) refreshReviewNumbersInSearch(result.organizationId);
  return { ok: true, organizationId: result.organizationId, status: result.status };
}

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

/** The display name to suggest for a new review: the first name of the account. */
export function suggestedAuthorName(db: Db, userId: number): string {
  const row = db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
  return row?.name.trim().split(/\s+/)[0]?.slice(0, 60) ?? '';
}
