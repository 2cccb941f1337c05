/**
 * Public catalogue reads: categories, providers (organisations) with their services and
 * locations, and review summaries (search uses app/search/). Nothing here selects a cost column: contracts, tariffs and
 * ceilings live in their own model, behind the visibility policy.
 */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/client';
import {
  districts,
  locations,
  organizationIdentifiers,
  organizations,
  productCategories,
  reviewReplies,
  reviews,
  schedules,
  serviceAtLocations,
  serviceLanguages,
  services,
} from '../../db/schema';
import type { ServiceKind } from '../domain/enums';
import { dutchDay } from '../domain/indication';
import { averageCutoff, summarize, type ReviewSummary } from '../domain/reviews';
import { rememberedUntilWrite } from './prepared.server';

/** Services a member of the public may see: not stopped, from an active organisation. */
const publicService = and(ne(services.status, 'inactive'), eq(organizations.status, 'active'));

/** Categories with their public service counts: database facts alone, remembered until any write (prepared.server.ts). */
const categoriesWithCounts = rememberedUntilWrite((db: Db) => {
  return db
    .select({
      code: productCategories.code,
      law: productCategories.law,
      nameNl: productCategories.nameNl,
      nameEn: productCategories.nameEn,
      count: sql<number>`count(${services.id})`.mapWith(Number),
    })
    .from(productCategories)
    .leftJoin(services, eq(services.categoryCode, productCategories.code))
    .leftJoin(organizations, eq(organizations.id, services.organizationId))
    .where(sql`${services.id} IS NULL OR (${publicService})`)
    .groupBy(productCategories.code)
    .orderBy(asc(productCategories.code))
    .all();
});

/** Every category with how many public services it has (the home page). Shared: do not change the result. */
export function listCategoriesWithCounts(db: Db) {
  return categoriesWithCounts(db, 'all');
}


/**
 * The review-summary query, prepared once per connection: every search page asks it for the
 * organisations on the page, and building and compiling it anew cost more than running it. The
 * ids go in as one JSON array, so one statement serves any number of them.
 */
const summaryStatements = new WeakMap<object, Statement<[string, number]>>();
function summaryStatement(db: Db): Statement<[string, number]> {
  let statement = summaryStatements.get(db.$client);
  if (!statement) {
    statement = db.$client.prepare<[string, number]>(
      `SELECT organization_id AS organizationId, count(*) AS count, sum(overall) AS sum, sum(would_recommend) AS recommend
         FROM reviews
        WHERE organization_id IN (SELECT value FROM json_each(?)) AND status = 'published' AND created_at >= ?
        GROUP BY organization_id`,
    );
    summaryStatements.set(db.$client, statement);
  }
  return statement;
}

/** Review summaries for a set of organisations, keyed by organisation id. */
export function reviewSummaries(db: Db, organizationIds: readonly string[], now: Date): Map<string, ReviewSummary> {
  const result = new Map<string, ReviewSummary>();
  if (organizationIds.length === 0) return result;
  const rows = summaryStatement(db).all(JSON.stringify(organizationIds), averageCutoff(now)) as { organizationId: string; count: number; sum: number; recommend: number }[];
  for (const row of rows) result.set(row.organizationId, summarize(Number(row.count), Number(row.sum), Number(row.recommend)));
  for (const id of organizationIds) if (!result.has(id)) result.set(id, summarize(0, 0, 0));
  return result;
}

const serviceCardColumns = {
  id: services.id,
  name: services.name,
  description: services.description,
  kind: services.kind,
  law: services.law,
  categoryCode: services.categoryCode,
  waitingWeeks: services.waitingWeeks,
  acceptingNewClients: services.acceptingNewClients,
  status: services.status,
  organizationId: organizations.id,
  organizationName: organizations.name,
  organizationSlug: organizations.slug,
};

/** The district of a service's first location, for its card. */
function districtNames(db: Db, serviceIds: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  if (serviceIds.length === 0) return names;
  const rows = db
    .select({ serviceId: serviceAtLocations.serviceId, district: districts.name })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .innerJoin(districts, eq(districts.id, locations.districtId))
    .where(inArray(serviceAtLocations.serviceId, [...serviceIds]))
    .orderBy(asc(serviceAtLocations.id))
    .all();
  for (const row of rows) if (!names.has(row.serviceId)) names.set(row.serviceId, row.district);
  return names;
}

export type ServiceCard = BasicRow & { district: string | null; reviews: ReviewSummary };

function withCardDetails(db: Db, rows: readonly BasicRow[], now: Date, districtsByService = districtNames(db, rows.map((r) => r.id))): ServiceCard[] {
  const summaries = reviewSummaries(db, [...new Set(rows.map((r) => r.organizationId))], now);
  return rows.map((row) => ({
    ...row,
    district: districtsByService.get(row.id) ?? null,
    reviews: summaries.get(row.organizationId) ?? summarize(0, 0, 0),
  }));
}

type BasicRow = {
  id: string;
  name: string;
  description: string;
  kind: ServiceKind;
  law: string;
  categoryCode: string | null;
  waitingWeeks: number | null;
  acceptingNewClients: boolean;
  status: string;
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
};

/**
 * The facilities the home page highlights and their districts: database facts alone (the order
 * counts every published review, whatever its age), so remembered until any write. The review
 * summaries, which depend on the moment, are added per request.
 */
const highlightedGeneralFacilities = rememberedUntilWrite((db: Db, key: string) => {
  const rows = db
    .select(serviceCardColumns)
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(and(publicService, eq(services.kind, 'general'), eq(services.status, 'active')))
    .orderBy(
      sql`(SELECT count(*) FROM reviews r WHERE r.organization_id = ${organizations.id} AND r.status = 'published') DESC`,
      asc(services.name),
    )
    .limit(Number(key))
    .all() as BasicRow[];
  return { rows, districts: districtNames(db, rows.map((r) => r.id)) };
});

/** Free general facilities to highlight on the home page: the best reviewed first. */
export function listHighlightedGeneralFacilities(db: Db, limit: number, now: Date) {
  const { rows, districts } = highlightedGeneralFacilities(db, String(limit));
  return withCardDetails(db, rows, now, districts);
}

/**
 * What a provider's public page shows that depends on the database alone: remembered per slug
 * until any write (prepared.server.ts), since building its seven queries cost more than running
 * them. Shared between requests: do not change the result.
 */
const providerFacts = rememberedUntilWrite((db: Db, slug: string) => {
  const organization = db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      alternateName: organizations.alternateName,
      description: organizations.description,
      website: organizations.website,
      email: organizations.email,
      phone: organizations.phone,
      assuredDate: organizations.assuredDate,
    })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), eq(organizations.status, 'active')))
    .get();
  if (!organization) return undefined;

  const identifiers = db
    .select({ scheme: organizationIdentifiers.scheme, identifier: organizationIdentifiers.identifier })
    .from(organizationIdentifiers)
    .where(eq(organizationIdentifiers.organizationId, organization.id))
    .orderBy(asc(organizationIdentifiers.scheme))
    .all();

  const serviceRows = db
    .select({
      id: services.id,
      name: services.name,
      description: services.description,
      kind: services.kind,
      law: services.law,
      categoryCode: services.categoryCode,
      categoryNameNl: productCategories.nameNl,
      categoryNameEn: productCategories.nameEn,
      productCode: services.productCode,
      targetGroup: services.targetGroup,
      minimumAge: services.minimumAge,
      maximumAge: services.maximumAge,
      waitingWeeks: services.waitingWeeks,
      waitingReportedOn: services.waitingReportedOn,
      acceptingNewClients: services.acceptingNewClients,
      applicationProcess: services.applicationProcess,
      status: services.status,
    })
    .from(services)
    .leftJoin(productCategories, eq(productCategories.code, services.categoryCode))
    .where(and(eq(services.organizationId, organization.id), ne(services.status, 'inactive')))
    .orderBy(asc(services.name))
    .all();
  const languageRows = serviceRows.length
    ? db
        .select()
        .from(serviceLanguages)
        .where(inArray(serviceLanguages.serviceId, serviceRows.map((s) => s.id)))
        .orderBy(asc(serviceLanguages.code))
        .all()
    : [];

  const locationRows = db
    .select({
      id: locations.id,
      name: locations.name,
      address1: locations.address1,
      postalCode: locations.postalCode,
      city: locations.city,
      district: districts.name,
      wheelchairAccessible: locations.wheelchairAccessible,
      hearingLoop: locations.hearingLoop,
      accessibleToilet: locations.accessibleToilet,
      accessibilityNote: locations.accessibilityNote,
      transportation: locations.transportation,
    })
    .from(locations)
    .leftJoin(districts, eq(districts.id, locations.districtId))
    .where(eq(locations.organizationId, organization.id))
    .orderBy(asc(locations.name))
    .all();
  const scheduleRows = locationRows.length
    ? db
        .select({
          locationId: schedules.locationId,
          weekday: schedules.weekday,
          opensAt: schedules.opensAt,
          closesAt: schedules.closesAt,
          note: schedules.note,
        })
        .from(schedules)
        .where(inArray(schedules.locationId, locationRows.map((l) => l.id)))
        .all()
    : [];

  const latestReviews = db
    .select({
      id: reviews.id,
      authorName: reviews.authorName,
      overall: reviews.overall,
      wouldRecommend: reviews.wouldRecommend,
      body: reviews.body,
      experienceMonth: reviews.experienceMonth,
      verified: reviews.verified,
      createdAt: reviews.createdAt,
      replyBody: reviewReplies.body,
      replyCreatedAt: reviewReplies.createdAt,
    })
    .from(reviews)
    .leftJoin(reviewReplies, eq(reviewReplies.reviewId, reviews.id))
    .where(and(eq(reviews.organizationId, organization.id), eq(reviews.status, 'published')))
    .orderBy(sql`${reviews.createdAt} DESC`, sql`${reviews.id} DESC`)
    .limit(3)
    .all();

  return {
    organization,
    identifiers,
    services: serviceRows.map((service) => ({
      ...service,
      languages: languageRows.filter((l) => l.serviceId === service.id).map((l) => l.code),
    })),
    locations: locationRows.map((location) => ({
      ...location,
      schedules: scheduleRows.filter((s) => s.locationId === location.id),
    })),
    latestReviews: latestReviews.map((review) => ({
      ...review,
      createdAt: review.createdAt.toISOString(),
      createdOn: dutchDay(review.createdAt),
      replyCreatedAt: review.replyCreatedAt?.toISOString() ?? null,
      replyCreatedOn: review.replyCreatedAt ? dutchDay(review.replyCreatedAt) : null,
    })),
  };
});

/** One provider with everything its public page shows; undefined when unknown or archived. */
export function getProviderBySlug(db: Db, slug: string, now: Date) {
  const facts = providerFacts(db, slug);
  if (!facts) return undefined;
  // The review summary depends on the moment (reviews age out), so it is made per request.
  return { ...facts, reviewSummary: reviewSummaries(db, [facts.organization.id], now).get(facts.organization.id) ?? summarize(0, 0, 0) };
}

export type ProviderPage = NonNullable<ReturnType<typeof getProviderBySlug>>;

export function pingDatabase(db: Db): boolean {
  const row = db.$client.prepare('SELECT 1 AS ok').get() as { ok: number } | undefined;
  return row?.ok === 1;
}
