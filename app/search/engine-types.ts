/** What the search engine (engine.ts) is asked, with what context, and what it answers. Types only. */
import type { Locale } from '../domain/enums';
import type { ReviewSummary } from '../domain/reviews';
import type { Point } from './geo';
import type { NameMatch } from './organization-names';
import type { RankedDocument } from './sorting';
import type { FacetResult } from './types';

export interface EngineQuery {
  q: string;
  /** Selected values per facet id (only facets the viewer may use are applied). */
  filters: ReadonlyMap<string, readonly string[]>;
  sort: string;
  origin: Point | null;
  page: number;
  perPage: number;
  professional: boolean;
  /** Clamp a page past the end to the last page (the HTML page does; the API answers an empty page). */
  clampPage?: boolean;
}

export interface EngineContext {
  now: Date;
  locale: Locale;
  marks: ReadonlyMap<string, ReviewSummary>;
  /** The prior of the Bayesian average (the mean mark over all counted reviews). */
  priorMean: number;
  /**
   * Changes whenever `marks` change. With it, what depends only on the minute and the marks
   * ("open now", the mark filter, the Bayesian average) is remembered per service between queries.
   */
  marksVersion?: number;
  /**
   * Per-request facts other features add for their facets and sorts (professional viewers only),
   * one object per fact. Never change a fact object once passed: the engine remembers what it
   * derives from one by its identity (with marksVersion), so pass a new object for new facts.
   */
  extra?: Readonly<Record<string, unknown>>;
}

export interface EngineResult {
  total: number;
  page: number;
  pages: number;
  perPage: number;
  /** Not every word was found together: the results match some of the words. */
  relaxed: boolean;
  /** The words that were searched for (after stop words). */
  words: string[];
  results: RankedDocument[];
  facets: FacetResult[];
  /** Organisations whose name the query matches well (best first): "go to this provider". */
  organizations: Omit<NameMatch, 'documentIds'>[];
}
