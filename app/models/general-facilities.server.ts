/**
 * Free general facilities first: those that meet the need of a product category, found by its
 * topic words and the search synonyms, nearest first. Shown to everyone who compares; they have
 * no costs.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations, services } from '../../db/schema';
import { compareDutch, nearestKm, type Point } from '../domain/compare';
import { generalFacilityWords, topicRank } from '../domain/general-facilities';
import { averageCutoff, type ReviewSummary } from '../domain/reviews';
import { countFrom } from '../domain/dated-series';
import { defaultSynonyms } from '../search/synonyms';
import { reviewSeries, reviewSummaryAt } from './mark-series.server';
import { roundKm, serviceLocations } from './compare-places.server';
import { once, rememberedUntilWrite } from './prepared.server';


export interface GeneralFacility {
  id: string;
  name: string;
  kind: 'general';
  categoryCode: string | null;
  waitingWeeks: number | null;
  acceptingNewClients: boolean;
  organizationName: string;
  organizationSlug: string;
  district: string | null;
  distanceKm: number | null;
  reviews: ReviewSummary;
}

/**
 * Free general facilities that meet the need of a product category: found by the category's
 * topic words (and `extraWords`, e.g. search synonyms), nearest first when a postcode is known,
 * else those in the chosen district first, then the best matching topic.
 */
export function listGeneralFacilitiesForNeed(
  db: Db,
  input: { categoryCode: string; districtSlug: string | null; origin: Point | null; extraWords?: readonly string[]; limit: number },
  now: Date,
): GeneralFacility[] {
  const candidates = facilityCandidates(db, JSON.stringify([input.categoryCode, input.districtSlug, input.origin, input.extraWords ?? []]), input);
  if (candidates.length === 0) return [];
  // The review counts order the list and depend on the moment. Which of the remembered dated
  // reviews count at this moment decides the list exactly: remembered per that choice (and
  // limit) with the candidates, so until the next write.
  const cutoff = averageCutoff(now);
  const counted = `${input.limit}|${candidates.map((candidate) => countFrom(candidate.reviewSeries, cutoff)).join(',')}`;
  let byCounted = rankedLists.get(candidates);
  if (!byCounted) rankedLists.set(candidates, (byCounted = new Map()));
  let list = byCounted.get(counted);
  if (!list) {
    list = rankFacilities(candidates, input.limit, now);
    if (byCounted.size >= 8) byCounted.clear();
    byCounted.set(counted, list);
  }
  return list;
}

type Candidate = ReturnType<typeof facilityCandidates>[number];

/** The ranked lists per choice of counted reviews, per remembered candidates list. Shared: callers must not change them. */
const rankedLists = new WeakMap<readonly Candidate[], Map<string, GeneralFacility[]>>();

function rankFacilities(candidates: readonly Candidate[], limit: number, now: Date): GeneralFacility[] {
  const ranked = candidates.map((candidate) => ({ ...candidate, reviews: reviewSummaryAt(candidate.reviewSeries, now) }));
  ranked.sort(
    (a, b) =>
      (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
      Number(b.inDistrict) - Number(a.inDistrict) ||
      a.rank - b.rank ||
      b.reviews.count - a.reviews.count ||
      compareDutch(a.row.name, b.row.name) ||
      a.row.id.localeCompare(b.row.id),
  );
  // One facility per organisation and topic is enough to offer first.
  const seen = new Set<string>();
  const chosen = ranked.filter((r) => {
    const key = `${r.row.organizationId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return chosen.slice(0, limit).map((r) => ({
    id: r.row.id,
    name: r.row.name,
    kind: 'general' as const,
    categoryCode: null,
    waitingWeeks: null,
    acceptingNewClients: true,
    organizationName: r.row.organizationName,
    organizationSlug: r.row.organizationSlug,
    district: r.district,
    distanceKm: r.distanceKm,
    reviews: r.reviews,
  }));
}

/**
 * The facilities that match the need's words, with their topic rank, district and distance, and
 * their organisation's published reviews with their dates (the counts of a moment follow from
 * them): database facts alone, so remembered per input until anything is written.
 */
const facilityCandidates = rememberedUntilWrite(
  (db: Db, _key: string, input: { categoryCode: string; districtSlug: string | null; origin: Point | null; extraWords?: readonly string[] }) => {
    const words = generalFacilityWords(input.categoryCode, input.extraWords);
    if (words.length === 0) return [];
    // What `lower(column) LIKE '%word%'` matched (SQLite's lower() and LIKE fold ASCII letters
    // only), tested in JavaScript: one query for all general facilities instead of three LIKEs per
    // word and row in SQLite, which cost more than the rest of the comparison.
    const needles = words.map((word) => asciiLower(word.replace(/[%_\\]/g, '')));
    const rows = generalFacilities(db, '').filter((row) => needles.some((needle) => row.nameLower.includes(needle) || (row.descriptionLower?.includes(needle) ?? false) || row.organizationNameLower.includes(needle)));
    if (rows.length === 0) return [];
    const places = serviceLocations(db, rows.map((r) => r.id));
    const reviews = reviewSeries(db, [...new Set(rows.map((r) => r.organizationId))]);
    return rows.map((row) => {
      const here = places.get(row.id) ?? [];
      const points = here.filter((p) => p.latitude !== null && p.longitude !== null);
      const inDistrict = input.districtSlug ? here.find((p) => p.districtSlug === input.districtSlug) : undefined;
      return {
        row,
        rank: topicRank(input.categoryCode, `${row.name} ${row.description} ${row.organizationName}`) ?? 99,
        inDistrict: Boolean(inDistrict),
        district: inDistrict?.districtName ?? here.find((p) => p.districtName)?.districtName ?? null,
        distanceKm: input.origin ? roundKm(nearestKm(input.origin, points)) : null,
        reviewSeries: reviews.get(row.organizationId),
      };
    });
  },
);

const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

/** Every active general facility of an active organisation, with its texts in lower case (ASCII, as SQLite's lower()). */
const generalFacilityQuery = once((db: Db) =>
  db
    .select({
      id: services.id,
      name: services.name,
      description: services.description,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      nameLower: sql<string>`lower(${services.name})`,
      descriptionLower: sql<string | null>`lower(${services.description})`,
      organizationNameLower: sql<string>`lower(${organizations.name})`,
    })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(and(eq(services.kind, 'general'), eq(services.status, 'active'), eq(organizations.status, 'active')))
    .prepare(),
);

/** The same for every request until the database changes. */
const generalFacilities = rememberedUntilWrite((db: Db) => generalFacilityQuery(db).all());

/**
 * Extra words for finding general facilities: the search synonyms of the groups that belong to
 * the category or one of its products (app/search/synonyms.nl.json).
 */
export function synonymWordsFor(categoryCode: string, productCodes: readonly string[]): string[] {
  return defaultSynonyms
    .filter((group) => group.categories.has(categoryCode) || productCodes.some((code) => group.products.has(code)))
    .flatMap((group) => [...group.terms]);
}
