/**
 * Sort orders of the search page and API everyone may use: relevance, mark (Bayesian average),
 * name and distance. The professional tariff sort (issue 6) is in professional-facets.ts; the
 * one list of both is in registry.ts. Every order ends with the same tie-breaks, so equal
 * scores never shuffle. Pure.
 */
import type { MessageKey } from '../i18n';
import type { FacetAudience, IndexedDocument } from './facets';

export interface RankedDocument {
  doc: IndexedDocument;
  /** Text relevance, rounded so a live index and a fresh build order the same way. */
  score: number;
  /** Bayesian average of the organisation's marks. */
  bayes: number;
  /** Distance to the visitor's postcode in km, null when unknown. */
  distanceKm: number | null;
}

export interface SortContext {
  /** True when the visitor typed words (relevance means text relevance). */
  hasQuery: boolean;
  extra: Readonly<Record<string, unknown>>;
}

export interface SortDefinition {
  /** The value of the `sortering` parameter. */
  id: string;
  audience: FacetAudience;
  label: MessageKey;
  /** Needs a postcode (distance). */
  needsOrigin: boolean;
  compare(a: RankedDocument, b: RankedDocument, ctx: SortContext): number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Alphabetical by the folded name (case and accents ignored), then organisation, then id. */
export function byName(a: RankedDocument, b: RankedDocument): number {
  return compare(a.doc.sortKey, b.doc.sortKey) || compare(a.doc.id, b.doc.id);
}

/** Free general facilities first (voorliggend), then the better marks. Used without search words. */
function recommended(a: RankedDocument, b: RankedDocument): number {
  const free = Number(b.doc.kind === 'general') - Number(a.doc.kind === 'general');
  return free || b.bayes - a.bayes || byName(a, b);
}

/** The default order (`relevantie`); other orders fall back to it on ties. */
export function relevance(a: RankedDocument, b: RankedDocument, ctx: SortContext): number {
  if (!ctx.hasQuery) return recommended(a, b);
  return b.score - a.score || b.bayes - a.bayes || byName(a, b);
}

export const publicSorts: readonly SortDefinition[] = [
  { id: 'relevantie', audience: 'everyone', label: 'search.sort.relevance', needsOrigin: false, compare: relevance },
  {
    id: 'cijfer',
    audience: 'everyone',
    label: 'search.sort.mark',
    needsOrigin: false,
    compare: (a, b, ctx) => b.bayes - a.bayes || relevance(a, b, ctx),
  },
  { id: 'naam', audience: 'everyone', label: 'search.sort.name', needsOrigin: false, compare: byName },
  {
    id: 'afstand',
    audience: 'everyone',
    label: 'search.sort.distance',
    needsOrigin: true,
    compare: (a, b, ctx) => {
      if (a.distanceKm === null || b.distanceKm === null) {
        if (a.distanceKm !== b.distanceKm) return a.distanceKm === null ? 1 : -1;
        return relevance(a, b, ctx);
      }
      return a.distanceKm - b.distanceKm || relevance(a, b, ctx);
    },
  },
];

export const DEFAULT_SORT = 'relevantie';
