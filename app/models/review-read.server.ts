/**
 * Showing published reviews: the statistics of an organisation (averages overall and per aspect,
 * the histogram) and the list with the provider's replies, shaped for the viewer.
 */
import { and, count, desc, eq, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations, reviewReplies, reviews, services } from '../../db/schema';
import { reviewDimensions, type ReviewDimension } from '../domain/enums';
import { dutchDay } from '../domain/indication';
import { averageCutoff, averageOf, countsTowardsAverage, histogram, summarize, type DimensionAverage, type ReviewSummary } from '../domain/reviews';
import { mayActForOrganization, type Viewer } from '../domain/visibility';
import { dimensionColumn, reviewContentColumns, seconds } from './review-common.server';
import { once } from './prepared.server';

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

const publishedOf = (organizationId: string | Placeholder) => and(eq(reviews.organizationId, organizationId), eq(reviews.status, 'published'));

/**
 * The statistics' three queries, built once per connection (prepared.server.ts): the provider
 * page and its review list ask for them on every view, and building and compiling them cost more
 * than running them. The cutoff goes in per call: what counts depends on the moment.
 */
const statisticsQueries = once((db: Db) => {
  const organizationId = sql.placeholder('organizationId');
  const counted = and(publishedOf(organizationId), sql`${reviews.createdAt} >= ${sql.placeholder('cutoff')}`);
  const dimensionSelect = Object.fromEntries(
    reviewDimensions.flatMap((d) => [
      [`${d}Sum`, sql<number>`coalesce(sum(${dimensionColumn[d]}), 0)`.mapWith(Number)],
      [`${d}Count`, sql<number>`count(${dimensionColumn[d]})`.mapWith(Number)],
    ]),
  ) as Record<string, SQL<number>>;
  return {
    totals: db
      .select({
        count: count(),
        sum: sql<number>`coalesce(sum(${reviews.overall}), 0)`.mapWith(Number),
        recommend: sql<number>`coalesce(sum(${reviews.wouldRecommend}), 0)`.mapWith(Number),
        ...dimensionSelect,
      })
      .from(reviews)
      .where(counted)
      .prepare(),
    marks: db.select({ mark: reviews.overall, count: count() }).from(reviews).where(counted).groupBy(reviews.overall).prepare(),
    publishedTotal: db.select({ n: count() }).from(reviews).where(publishedOf(organizationId)).prepare(),
  };
});

/** Averages (overall and per dimension), share recommending and the distribution of marks. */
export function getReviewStatistics(db: Db, organizationId: string, now: Date): ReviewStatistics {
  const queries = statisticsQueries(db);
  const params = { organizationId, cutoff: averageCutoff(now) };
  const totals = queries.totals.get(params) as unknown as Record<string, number>;
  const marks = queries.marks.all(params);
  const publishedTotal = queries.publishedTotal.get({ organizationId })?.n ?? 0;
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
 * The list's two queries per filter shape (by service or not, verified only or not), built once
 * per connection on first use; the organisation, service, page size and offset go in per call.
 */
const listQueries = once(() => new Map<string, ReturnType<typeof buildListQueries>>());
function buildListQueries(db: Db, byService: boolean, verifiedOnly: boolean) {
  const conditions: SQL[] = [publishedOf(sql.placeholder('organizationId')) as SQL];
  if (byService) conditions.push(eq(reviews.serviceId, sql.placeholder('serviceId')));
  if (verifiedOnly) conditions.push(eq(reviews.verified, true));
  const where = and(...conditions);
  return {
    total: db.select({ n: count() }).from(reviews).where(where).prepare(),
    rows: db
      .select({
        id: reviews.id,
        userId: reviews.userId,
        ...reviewContentColumns,
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
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
  };
}

/**
 * Published reviews of one organisation, newest first, with the provider's reply. `viewer` only
 * decides what the viewer may do with each review (edit their own, reply as the provider); the
 * author's account never leaves the server.
 */
export function listPublishedReviews(db: Db, viewer: Viewer, organizationId: string, filter: ReviewListFilter, now: Date) {
  const byService = Boolean(filter.serviceId);
  const verifiedOnly = Boolean(filter.verifiedOnly);
  const shapes = listQueries(db);
  const shape = `${byService}|${verifiedOnly}`;
  let queries = shapes.get(shape);
  if (!queries) shapes.set(shape, (queries = buildListQueries(db, byService, verifiedOnly)));
  const params = { organizationId, serviceId: filter.serviceId ?? null, limit: filter.perPage, offset: (filter.page - 1) * filter.perPage };
  const total = queries.total.get(params)?.n ?? 0;
  const rows = queries.rows.all(params);
  const canReply = mayActForOrganization(viewer, 'reply:review:own', organizationId);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / filter.perPage)),
    reviews: rows.map(({ userId, treatment, expertise, appointments, reachability, say, result, ...row }) => ({
      ...row,
      marks: { treatment, expertise, appointments, reachability, say, result } satisfies Record<ReviewDimension, number | null>,
      createdAt: row.createdAt.toISOString(),
      createdOn: dutchDay(row.createdAt),
      replyCreatedAt: row.replyCreatedAt?.toISOString() ?? null,
      replyCreatedOn: row.replyCreatedAt ? dutchDay(row.replyCreatedAt) : null,
      replyUpdatedAt: row.replyUpdatedAt?.toISOString() ?? null,
      counted: countsTowardsAverage(seconds(row.createdAt), now),
      mine: viewer.userId !== null && userId === viewer.userId,
      canReply,
    })),
  };
}


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
  return row ? { ...row, createdAt: row.createdAt.toISOString(), createdOn: dutchDay(row.createdAt) } : undefined;
}


