/**
 * Search for a viewer: the one call the search page and the JSON API make, so both give the same
 * results. It runs the live index, then adds to the page of results what changes too often to
 * index: the review summary (the same function and numbers as the provider page) and, for
 * contracted services, whether the provider takes no new clients via the municipality (a
 * boolean — never an amount). Cost facts are not in the index and are not selected here.
 *
 * Professional extensions (issue 6): a context provider fills `extra` for professional viewers,
 * and the professional facets and sort read it (professional-facets.ts, listed in registry.ts).
 */
import type { Db } from '../db.server';
import { findProductCategory } from '../domain/categories';
import type { Locale } from '../domain/enums';
import { summarize, type ReviewSummary } from '../domain/reviews';
import { isProfessional, type Viewer } from '../domain/visibility';
import { translate } from '../i18n';
import { reviewSummaries } from '../models/catalogue.server';
import { noNewClientsViaMunicipality } from '../models/ceiling.server';
import { findPostcodeCentroid, listDistricts } from '../models/search.server';
import type { SearchOutcome, SearchResultItem } from './types';
import { getSearchIndex } from './index.server';
import { parseSearchParams, type SearchInput, type SearchParamError } from './params';
import { sortsFor } from './registry';
import type { RankedDocument } from './sorting';
import type { Suggestion } from './suggestions';
import { professionalSearchContext } from './professional-facets.server';


type SearchContextProvider = (db: Db, viewer: Viewer, now: Date) => Record<string, unknown>;

/** Per-request data for the professional facets and sorts (never for citizens). Issue 6: ceiling status and tariff band. */
const contextProviders: readonly SearchContextProvider[] = [professionalSearchContext];

/** District slugs of the municipality, cached for the process (districts rarely change). */
let districtCache: { at: number; slugs: Set<string> } | undefined;
function knownDistricts(db: Db): Set<string> {
  // A cache age, measured on the monotonic clock (not "now" in the app's sense).
  if (!districtCache || performance.now() - districtCache.at > 60_000) {
    districtCache = { at: performance.now(), slugs: new Set(listDistricts(db).map((d) => d.slug)) };
  }
  return districtCache.slugs;
}

export function parseSearchRequest(db: Db, viewer: Viewer, params: URLSearchParams, options: { strict: boolean; api?: boolean }) {
  const parsed = parseSearchParams(params, { ...options, professional: isProfessional(viewer), districts: knownDistricts(db) });
  if (parsed.input.pc4 && !findPostcodeCentroid(db, parsed.input.pc4)) {
    parsed.errors.push({ param: 'postcode', code: 'unknownPostcode', value: parsed.input.pc4 });
  }
  return parsed;
}

export function searchForViewer(
  db: Db,
  viewer: Viewer,
  parsed: { input: SearchInput; errors: SearchParamError[] },
  options: { now: Date; locale: Locale; clampPage: boolean },
): SearchOutcome {
  const { input, errors } = parsed;
  const index = getSearchIndex(options.now);
  const professional = isProfessional(viewer);
  const extra = professional ? Object.assign({}, ...contextProviders.map((provider) => provider(db, viewer, options.now))) : {};
  const centroid = input.pc4 ? findPostcodeCentroid(db, input.pc4) : undefined;
  const origin = centroid ? { latitude: centroid.latitude, longitude: centroid.longitude } : null;
  const context = { now: options.now, locale: options.locale, marks: index.marks, priorMean: index.priorMean, marksVersion: index.marksVersion, extra };
  const result = index.engine.search(
    { q: input.q, filters: input.filters, sort: origin ? input.sort : input.sort === 'afstand' ? 'relevantie' : input.sort, origin, page: input.page, perPage: input.perPage, professional, clampPage: options.clampPage },
    context,
  );

  let help: SearchOutcome['help'] = null;
  if (result.total === 0) {
    const spelling = input.q ? index.engine.spellingSuggestion(input.q) : null;
    const categories = input.q
      ? index.engine.nearestCategories(input.q, 3).map((code) => {
          const category = findProductCategory(code);
          return { code, label: category ? (options.locale === 'nl' ? category.nameNl : category.nameEn) : code };
        })
      : [];
    const free = index.engine.search(
      { q: '', filters: new Map([['soort', ['general']]]), sort: origin ? 'afstand' : 'cijfer', origin, page: 1, perPage: 3, professional: false },
      context,
    ).results;
    help = { spelling, categories, free: toItems(db, free, index.marks, options.now, options.locale) };
  }

  return {
    input,
    errors,
    total: result.total,
    page: result.page,
    pages: result.pages,
    perPage: result.perPage,
    relaxed: result.relaxed,
    results: toItems(db, result.results, index.marks, options.now, options.locale),
    facets: result.facets,
    sorts: sortsFor(professional).map((s) => ({ id: s.id, label: translate(options.locale, s.label) })),
    organizations: result.organizations,
    help,
  };
}

/**
 * The search a page asks for (/zoeken): its parameters read leniently — a bad value is reported at
 * its field and left out, never a refusal — and a page past the last one clamped to it.
 */
export function searchPageOutcome(db: Db, viewer: Viewer, params: URLSearchParams, options: { now: Date; locale: Locale }): SearchOutcome {
  return searchForViewer(db, viewer, parseSearchRequest(db, viewer, params, { strict: false }), { ...options, clampPage: true });
}

/** Autocomplete suggestions for what is typed. */
export function suggestForViewer(q: string, now: Date, limit = 8): Suggestion[] {
  return getSearchIndex(now).engine.suggest(q, limit);
}

/**
 * The cards of a page of results. Their marks are the index's (`marks`): the summaries the ranking
 * and the mark filter used, recomputed at once when a review changes (getSearchIndex); an
 * organisation the index has none for is asked for.
 */
function toItems(db: Db, ranked: readonly RankedDocument[], marks: ReadonlyMap<string, ReviewSummary>, now: Date, locale: Locale): SearchResultItem[] {
  const organizationIds = [...new Set(ranked.map((r) => r.doc.organizationId))];
  const missing = organizationIds.filter((id) => !marks.has(id));
  const asked = missing.length > 0 ? reviewSummaries(db, missing, now) : undefined;
  const contractedOrgs = [...new Set(ranked.filter((r) => r.doc.kind === 'contracted').map((r) => r.doc.organizationId))];
  const noNewClients = noNewClientsViaMunicipality(db, contractedOrgs, now);
  return ranked.map(({ doc, distanceKm }) => {
    const category = doc.categoryCode ? findProductCategory(doc.categoryCode) : undefined;
    return {
      id: doc.id,
      name: doc.name,
      href: `/aanbieders/${doc.organizationSlug}#aanbod-${doc.id}`,
      kind: doc.kind,
      law: doc.law,
      status: doc.status,
      categoryCode: doc.categoryCode,
      categoryName: category ? (locale === 'nl' ? category.nameNl : category.nameEn) : null,
      productCode: doc.productCode,
      organization: { id: doc.organizationId, name: doc.organizationName, slug: doc.organizationSlug },
      district: doc.districts[0]?.name ?? null,
      districts: doc.districts.map((d) => d.name),
      city: doc.cities[0] ?? null,
      languages: doc.languages,
      waitingWeeks: doc.waitingWeeks,
      acceptingNewClients: doc.acceptingNewClients,
      noNewClientsViaMunicipality: noNewClients.get(doc.organizationId) ?? false,
      distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
      reviews: marks.get(doc.organizationId) ?? asked?.get(doc.organizationId) ?? summarize(0, 0, 0),
    };
  });
}

