/**
 * The facet registry: every filter of the search page and the JSON API, with how a service gets
 * its values, how values are labelled, and who may use it. One generic rule drives all of them:
 * a service matches a facet when one of its keys is among the selected values; counts per value
 * are taken over the services that pass every *other* active facet.
 *
 * Threshold facets (waiting time ≤ 2/4/8 weeks, mark ≥ 7/8) give a service every threshold it
 * meets as keys, so the same rule applies. Facets whose keys depend on the moment, the review
 * marks or professional data are `dynamic` and get a `FacetContext` per query.
 *
 * These are the facets everyone may use; the professional ones (ceiling status, tariff band,
 * issue 6) are in professional-facets.ts and read per-request facts from `ctx.extra`, filled for
 * professional viewers in app/search/search.server.ts. The one list of both is in registry.ts. Pure.
 */
import { findProductCategory, productCategoryCodes } from '../domain/categories';
import { laws, serviceKinds, serviceLanguages, type Locale } from '../domain/enums';
import type { ReviewSummary } from '../domain/reviews';
import { translate, type MessageKey } from '../i18n';
import type { SearchDocument } from './document';
import { isOpenAtWeekMinute, type WeekSpan } from './open-now';

/** A document as the engine keeps it: the search document plus what is computed once at indexing. */
export interface IndexedDocument extends SearchDocument {
  spans: readonly WeekSpan[];
  /** Keys of the static facets as codes of the engine's per-facet dictionary, by registry slot. */
  staticCodes: readonly (readonly number[] | undefined)[];
  /** Ids of the synonym groups the service belongs to, and their words. */
  synonymGroups: readonly string[];
  synonymTerms: readonly string[];
  /** Folded "name organisation", for alphabetical order without a collator per comparison. */
  sortKey: string;
  /** The document's place in its engine's bitsets of documents (doc-bits.ts); not part of its content. */
  slot: number;
}

export interface FacetContext {
  /** Minutes since Monday 00:00 in Europe/Amsterdam, for "open now". */
  weekMinute: number;
  /** Review summaries by organisation id (the same numbers the provider page shows). */
  marks: ReadonlyMap<string, ReviewSummary>;
  /** Data other features add for their facets (professional viewers only). */
  extra: Readonly<Record<string, unknown>>;
}

export interface FacetLabelContext {
  locale: Locale;
  /** District names by slug, from the index. */
  districtNames: ReadonlyMap<string, string>;
}

export type FacetAudience = 'everyone' | 'professional';

export interface FacetDefinition {
  /** The URL parameter and the key in the API's `facets`. */
  id: string;
  /** multi: any of several values; single: one value (thresholds); toggle: the value `ja`. */
  selection: 'multi' | 'single' | 'toggle';
  audience: FacetAudience;
  /** Keys depend on the query context (time, marks, extra) rather than on the document alone. */
  dynamic: boolean;
  /**
   * Keys read `ctx.extra` (per-request facts): the engine remembers them per minute, version of
   * the marks and identity of the fact objects (EngineContext.extra). Other dynamic facets depend
   * only on the minute and the marks, and are remembered per minute and version of the marks.
   */
  perRequest?: boolean;
  title: MessageKey;
  /** Known values in display order; null when values come from the data (districts). */
  values: readonly string[] | null;
  keys(doc: IndexedDocument, ctx: FacetContext): readonly string[];
  label(value: string, ctx: FacetLabelContext): string;
}

export const TOGGLE_ON = 'ja';

export const ageGroups = [
  { id: 'kinderen', min: 0, max: 11 },
  { id: 'jongeren', min: 12, max: 17 },
  { id: 'volwassenen', min: 18, max: 64 },
  { id: 'ouderen', min: 65, max: 120 },
] as const;

export const waitingThresholds = ['2', '4', '8'] as const;
export const markThresholds = ['7', '8'] as const;

/** Shared, frozen key lists: the engine remembers their codes instead of looking them up per service. */
const none: readonly string[] = Object.freeze([]);
const on: readonly string[] = Object.freeze([TOGGLE_ON]);
const markKeys8: readonly string[] = Object.freeze(['7', '8']);
const markKeys7: readonly string[] = Object.freeze(['7']);

function ageKeys(doc: SearchDocument): string[] {
  const min = doc.minimumAge ?? 0;
  const max = doc.maximumAge ?? 120;
  return ageGroups.filter((g) => g.min <= max && g.max >= min).map((g) => g.id);
}

export const publicFacets: readonly FacetDefinition[] = [
  {
    id: 'soort',
    selection: 'multi',
    audience: 'everyone',
    dynamic: false,
    title: 'search.filter.kind',
    values: serviceKinds,
    keys: (doc) => [doc.kind],
    label: (value, { locale }) => translate(locale, `kind.${value}` as MessageKey),
  },
  {
    id: 'wet',
    selection: 'multi',
    audience: 'everyone',
    dynamic: false,
    title: 'search.facet.law',
    values: laws,
    keys: (doc) => [doc.law],
    label: (value, { locale }) => translate(locale, `law.${value}` as MessageKey),
  },
  {
    id: 'categorie',
    selection: 'multi',
    audience: 'everyone',
    dynamic: false,
    title: 'search.filter.category',
    values: productCategoryCodes,
    keys: (doc) => (doc.categoryCode ? [doc.categoryCode] : none),
    label: (value, { locale }) => {
      const category = findProductCategory(value);
      return category ? `${locale === 'nl' ? category.nameNl : category.nameEn} (${value})` : value;
    },
  },
  {
    id: 'wijk',
    selection: 'multi',
    audience: 'everyone',
    dynamic: false,
    title: 'search.facet.district',
    values: null,
    keys: (doc) => doc.districts.map((d) => d.slug),
    label: (value, { districtNames }) => districtNames.get(value) ?? value,
  },
  {
    id: 'taal',
    selection: 'multi',
    audience: 'everyone',
    dynamic: false,
    title: 'search.facet.language',
    values: serviceLanguages,
    keys: (doc) => doc.languages,
    label: (value, { locale }) => translate(locale, `language.${value}` as MessageKey),
  },
  {
    id: 'leeftijd',
    selection: 'multi',
    audience: 'everyone',
    dynamic: false,
    title: 'search.facet.age',
    values: ageGroups.map((g) => g.id),
    keys: ageKeys,
    label: (value, { locale }) => translate(locale, `search.age.${value}` as MessageKey),
  },
  {
    id: 'rolstoel',
    selection: 'toggle',
    audience: 'everyone',
    dynamic: false,
    title: 'search.facet.wheelchair',
    values: on,
    keys: (doc) => (doc.wheelchairAccessible ? on : none),
    label: (_, { locale }) => translate(locale, 'location.wheelchair'),
  },
  {
    id: 'nieuwe-clienten',
    selection: 'toggle',
    audience: 'everyone',
    dynamic: false,
    title: 'search.facet.accepting',
    values: on,
    keys: (doc) => (doc.acceptingNewClients ? on : none),
    label: (_, { locale }) => translate(locale, 'accepting.yes'),
  },
  {
    id: 'wachttijd',
    selection: 'single',
    audience: 'everyone',
    dynamic: false,
    title: 'search.facet.waiting',
    values: waitingThresholds,
    keys: (doc) => (doc.waitingWeeks === null ? none : waitingThresholds.filter((weeks) => doc.waitingWeeks! <= Number(weeks))),
    label: (value, { locale }) => translate(locale, 'search.waitingAtMost', { weeks: value }),
  },
  {
    id: 'nu-open',
    selection: 'toggle',
    audience: 'everyone',
    dynamic: true,
    title: 'search.facet.openNow',
    values: on,
    keys: (doc, ctx) => (doc.spans.length > 0 && isOpenAtWeekMinute(doc.spans, ctx.weekMinute) ? on : none),
    label: (_, { locale }) => translate(locale, 'search.openNow'),
  },
  {
    id: 'cijfer',
    selection: 'single',
    audience: 'everyone',
    dynamic: true,
    title: 'search.facet.mark',
    values: markThresholds,
    keys: (doc, ctx) => {
      const average = ctx.marks.get(doc.organizationId)?.average ?? null;
      return average === null ? none : average >= 8 ? markKeys8 : average >= 7 ? markKeys7 : none;
    },
    label: (value, { locale }) => translate(locale, 'search.markAtLeast', { mark: value }),
  },
];
