/**
 * Reporting a published review and moderating: the queue (pending reviews and reported ones,
 * with their automatic flags) and the moderator's decision, each in one transaction with its
 * audit entry.
 */
import { and, asc, count, desc, eq, gte, inArray, isNull, max, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, organizations, reviewReports, reviews, services } from '../../db/schema';
import { type ReviewDimension, type ReviewStatus } from '../domain/enums';
import { flagReview, type ReviewFlag } from '../domain/review-flags';
import { dailyWindowStart, decodeReason, encodeReason, REPORTS_PER_DAY, type ConductRule, type ReportCategory } from '../domain/reviews';
import { audit, type AuditActor, type AuditEntry } from './audit.server';
import { refreshReviewNumbersInSearch } from './review-search.server';
import { asTx, reviewContentColumns, fail, inReviewTransaction, residentActor, type Failure } from './review-common.server';
import { getPublishedReview } from './review-read.server';

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
      ...reviewContentColumns,
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
  const actor: AuditActor = { userId: moderator.id, label: moderator.email, ip, at: now };
  /** One audit entry of this decision on this review. */
  const logged = (t: Db, entry: Pick<AuditEntry, 'field' | 'oldValue' | 'newValue' | 'result'>) =>
    audit(t, { actor, action: 'moderate', entityType: 'review', entityId: reviewId, at: now, ...entry });
  const status: ReviewStatus = decision.intent === 'approve' ? 'published' : 'rejected';
  // Not in the queue: unknown (404), or someone else decided first (409, audited as refused).
  const refused = (t: Db): Failure => {
    const exists = t.select({ id: reviews.id }).from(reviews).where(eq(reviews.id, reviewId)).get();
    if (!exists) return fail(404, 'reviews.error.reviewUnknown');
    // Logged as refused (the log says whether a change succeeded).
    logged(t, { field: 'status', newValue: status, result: 'failure' });
    return fail(409, 'reviews.error.alreadyDecided');
  };
  const result = inReviewTransaction(db, reviewId, inQueue, refused, (t, review) => {
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
    logged(t, { field: 'status', oldValue: review.status, newValue: status });
    if (moderationReason) logged(t, { field: 'moderation_reason', newValue: moderationReason });
    if (closed > 0) logged(t, { field: 'reports', oldValue: `${closed} open`, newValue: 'resolved' });
    return { ok: true as const, organizationId: review.organizationId, status, changed: review.status !== status };
  });
  if (!result.ok) return result;
  if (result.changed) refreshReviewNumbersInSearch(result.organizationId);
  return { ok: true, organizationId: result.organizationId, status: result.status };
}

