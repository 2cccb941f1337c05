/**
 * The search engine: MiniSearch over one document per service, with Dutch text handling
 * (text.ts), synonyms (synonyms.ts), facets with counts (facets.ts), sort orders (sorting.ts),
 * distance, suggestions and spelling help. Pure: it knows no database; app/search/index.server.ts
 * feeds it, and the benchmark drives it directly. Beside it: engine-types.ts, minisearch-query.ts,
 * facet-codes.ts, facet-pass.ts (filtering and counting) and search-help.ts ("did you mean").
 *
 * Documents are added, replaced and removed exactly (`remove` with the stored document), so an
 * index kept in step with writes is the same as a fresh build.
 */
import MiniSearch, { type Query } from 'minisearch';
import { findProductCategory } from '../domain/categories';
import { bayesianAverage, type ReviewSummary } from '../domain/reviews';
import type { SearchDocument } from './document';
import { fieldBoosts, fieldText, fieldTokens, phraseSources, publicFields, searchFields, termsFor, wordSources, type SearchField } from './fields';
import type { FacetContext, FacetDefinition, FacetLabelContext, IndexedDocument } from './facets';
import { FacetCodes } from './facet-codes';
import { facetPass, type DynamicCache, type Match } from './facet-pass';
import { nearestDistanceKm } from './geo';
import { documentBoost, rawSearch, topicWords, wordQuery } from './minisearch-query';
import { weekMinuteOf, weekSpans } from './open-now';
import { OFFER_SCORE, OrganizationNameIndex } from './organization-names';
import { allFacets, facetsFor, sortsFor } from './registry';
import { DEFAULT_SORT, type RankedDocument } from './sorting';
import { pageOf } from './paging';
import { nearestCategories, spellingSuggestion } from './search-help';
import { PhraseIndex, WordList, type Suggestion } from './suggestions';
import { defaultSynonyms, matchSynonymGroups, type CompiledGroup } from './synonyms';
import { analyzeQuery, fold, type QueryWord } from './text';
import type { EngineContext, EngineQuery, EngineResult } from './engine-types';

/** Added to the text score of an organisation's services when the query names it, by rank: they come first. */
const NAME_BONUS = 1e6;

const NO_REVIEWS: ReviewSummary = { average: null, count: 0, recommendShare: null, provisional: true };

/**
 * Text scores remembered per query until the index changes: at most this many queries, holding
 * at most MATCH_MEMO_SCORES scores together (the oldest go first), so memory stays bounded at
 * national scale too.
 */
export const MATCH_MEMO_QUERIES = 512;
export const MATCH_MEMO_SCORES = 250_000;



export class SearchEngine {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly index: MiniSearch<IndexedDocument>;
  private readonly names: OrganizationNameIndex;
  /** Suggestions and the word list are built on first use (most shards never get one), then kept in step. */
  private helpers: { phrases: PhraseIndex; words: WordList } | null = null;
  private readonly districtNames = new Map<string, string>();
  private readonly codes = new FacetCodes();
  private readonly dynamicCache = new WeakMap<IndexedDocument, DynamicCache>();
  /** Facet option labels per language (they only change with a district's name). */
  private readonly labels = new Map<string, string>();
  /**
   * The text scores of recent queries (see match()); emptied by every change to the index. The
   * scores depend only on the words and the indexed documents, so a remembered answer is exactly
   * the answer MiniSearch would give again — and a broad or fuzzy word costs the most of a search.
   */
  private readonly matchMemo = new Map<string, ReadonlyMap<string, number>>();
  private matchMemoScores = 0;
  /** How often match() answered from memory or asked MiniSearch (for tests and the benchmark). */
  readonly matchStats = { hits: 0, misses: 0 };

  private forgetMatches(): void {
    this.matchMemo.clear();
    this.matchMemoScores = 0;
  }

  private label(facet: FacetDefinition, value: string, ctx: FacetLabelContext): string {
    const key = `${ctx.locale}\u0001${facet.id}\u0001${value}`;
    let text = this.labels.get(key);
    if (text === undefined) {
      text = facet.label(value, ctx);
      this.labels.set(key, text);
    }
    return text;
  }

  constructor(private readonly synonyms: readonly CompiledGroup[] = defaultSynonyms) {
    this.names = new OrganizationNameIndex(topicWords(synonyms));
    this.index = new MiniSearch<IndexedDocument>({
      idField: 'id',
      fields: [...searchFields],
      storeFields: [],
      extractField: (doc, field) => (field === 'id' ? doc.id : fieldText(doc, field as SearchField)),
      tokenize: fieldTokens,
      processTerm: (term, field) => termsFor(field as SearchField, term),
      searchOptions: {
        tokenize: (text) => [text],
        processTerm: (term) => term,
        boost: fieldBoosts,
      },
      autoVacuum: false,
    });
  }

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  get(id: string): IndexedDocument | undefined {
    return this.docs.get(id);
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }

  /** Number of distinct terms in the text index (for tests and the benchmark). */
  get termCount(): number {
    return this.index.termCount;
  }

  addAll(documents: Iterable<SearchDocument>): void {
    for (const document of documents) this.upsert(document);
  }

  /** Adds a document, or replaces the one with the same id. */
  upsert(document: SearchDocument): void {
    this.remove(document.id);
    this.forgetMatches();
    const doc = this.prepare(document);
    this.docs.set(doc.id, doc);
    this.index.add(doc);
    this.names.add(doc);
    if (this.helpers) {
      this.helpers.phrases.add(phraseSources(doc));
      this.helpers.words.add(wordSources(doc));
    }
    for (const district of doc.districts) {
      if (this.districtNames.get(district.slug) !== district.name) this.labels.clear();
      this.districtNames.set(district.slug, district.name);
    }
  }

  /** Removes a document; false when it was not indexed. */
  remove(id: string): boolean {
    const old = this.docs.get(id);
    if (!old) return false;
    this.forgetMatches();
    this.index.remove(old);
    this.names.remove(old);
    this.docs.delete(id);
    if (this.helpers) {
      this.helpers.phrases.remove(phraseSources(old));
      this.helpers.words.remove(wordSources(old));
    }
    return true;
  }

  /** A document as indexed, with its facet values spelled out (for comparing two indexes). */
  snapshot(id: string) {
    const doc = this.docs.get(id);
    if (!doc) return undefined;
    const { staticCodes, ...rest } = doc;
    const facetKeys: Record<string, string[]> = {};
    allFacets().forEach((facet, slot) => {
      const codes = staticCodes[slot];
      if (codes) facetKeys[facet.id] = codes.map((code) => this.codes.dictionary(facet.id).values[code]!);
    });
    return { ...rest, facetKeys };
  }

  /** District slugs with their names, as the index knows them. */
  districts(): ReadonlyMap<string, string> {
    return this.districtNames;
  }

  private prepare(document: SearchDocument): IndexedDocument {
    const category = document.categoryCode ? findProductCategory(document.categoryCode) : undefined;
    const strongText = [document.name, document.organizationName, category?.nameNl, document.productNameNl].filter(Boolean).join(' · ');
    const synonymGroups = matchSynonymGroups({ categoryCode: document.categoryCode, productCode: document.productCode, strongText }, this.synonyms);
    const synonymTerms = this.synonyms.filter((g) => synonymGroups.includes(g.id)).flatMap((g) => g.terms);
    const base: IndexedDocument = {
      ...publicFields(document),
      spans: weekSpans(document.openingPeriods),
      synonymGroups,
      synonymTerms,
      sortKey: `${fold(document.name)}\u0000${fold(document.organizationName)}`,
      staticCodes: [],
    };
    const ctx: FacetContext = { weekMinute: 0, marks: new Map(), extra: {} };
    const codes: (readonly number[] | undefined)[] = [];
    allFacets().forEach((facet, slot) => {
      if (!facet.dynamic) codes[slot] = this.codes.codesOf(facet.id, facet.keys(base, ctx));
    });
    base.staticCodes = codes;
    return base;
  }

  // -------------------------------------------------------------------------------------------
  // Text matching
  // -------------------------------------------------------------------------------------------

  /**
   * Scores per document for the words, all required (AND) or any (OR); null without words.
   * Remembered until the index changes (matchMemo): callers must not change the map.
   */
  private match(words: readonly QueryWord[], combineWith: 'AND' | 'OR', extraFuzzy = 0): ReadonlyMap<string, number> | null {
    if (words.length === 0) return null;
    const key = `${combineWith}\u0001${extraFuzzy}\u0001${words.map((w) => `${w.word}\u0003${w.stem}\u0003${w.parts?.join('\u0004') ?? ''}\u0003${w.code ? 1 : 0}`).join('\u0002')}`;
    const known = this.matchMemo.get(key);
    if (known) {
      this.matchStats.hits += 1;
      // Most recently used last: the oldest are forgotten first.
      this.matchMemo.delete(key);
      this.matchMemo.set(key, known);
      return known;
    }
    this.matchStats.misses += 1;
    const query: Query = { combineWith, queries: words.map((word) => wordQuery(word, extraFuzzy)) };
    const scores = new Map<string, number>();
    for (const [id, score] of rawSearch(this.index, query)) {
      const doc = this.docs.get(id);
      if (doc) scores.set(id, score * documentBoost(doc));
    }
    this.remember(key, scores);
    return scores;
  }

  private remember(key: string, scores: ReadonlyMap<string, number>): void {
    if (scores.size > MATCH_MEMO_SCORES) return;
    this.matchMemo.set(key, scores);
    this.matchMemoScores += scores.size;
    for (const [oldest, old] of this.matchMemo) {
      if (this.matchMemo.size <= MATCH_MEMO_QUERIES && this.matchMemoScores <= MATCH_MEMO_SCORES) break;
      this.matchMemo.delete(oldest);
      this.matchMemoScores -= old.size;
    }
  }

  search(query: EngineQuery, context: EngineContext): EngineResult {
    const words = analyzeQuery(query.q);
    let relaxed = false;
    let scores = this.match(words, 'AND');
    // Organisation names typed (nearly) as written: their services first, best name first.
    const named = scores ? this.names.match(query.q, (id) => context.marks.get(id)?.count ?? 0) : [];
    if (scores && scores.size === 0 && words.length > 1 && named.length === 0) {
      scores = this.match(words, 'OR');
      relaxed = (scores?.size ?? 0) > 0;
    }
    if (scores && named.length > 0) {
      // A copy: the remembered scores stay as MiniSearch gave them.
      const withBonus = new Map(scores);
      named.forEach((match, rank) => {
        const bonus = NAME_BONUS * (named.length - rank);
        for (const id of match.documentIds) withBonus.set(id, (withBonus.get(id) ?? 0) + bonus);
      });
      scores = withBonus;
    }
    const matches: Match[] = [];
    if (scores) {
      for (const [id, score] of scores) {
        const doc = this.docs.get(id);
        if (doc) matches.push({ doc, score });
      }
    } else {
      for (const doc of this.docs.values()) matches.push({ doc, score: 0 });
    }
    const organizations = named.filter((m) => m.score >= OFFER_SCORE).map(({ documentIds: _ids, ...m }) => m);
    return { ...this.finish(matches, words, relaxed, query, context), organizations };
  }

  private finish(matches: Match[], words: QueryWord[], relaxed: boolean, query: EngineQuery, context: EngineContext): Omit<EngineResult, 'organizations'> {
    const facets = facetsFor(query.professional);
    const registry = allFacets();
    const slots = facets.map((f) => registry.indexOf(f));
    const dictionaries = facets.map((f) => this.codes.dictionary(f.id));
    const ctx: FacetContext = { weekMinute: weekMinuteOf(context.now), marks: context.marks, extra: context.extra ?? {} };
    const selectedValues = facets.map((f) => new Set(query.filters.get(f.id) ?? []));
    const bayesByOrg = new Map<string, number>();
    const bayesOf = (organizationId: string) => {
      let value = bayesByOrg.get(organizationId);
      if (value === undefined) {
        value = bayesianAverage(context.marks.get(organizationId) ?? NO_REVIEWS, context.priorMean);
        bayesByOrg.set(organizationId, value);
      }
      return value;
    };
    const hasExtra = context.extra !== undefined && Object.keys(context.extra).length > 0;
    const cacheKey =
      context.marksVersion === undefined || hasExtra ? null : `${ctx.weekMinute}|${context.marksVersion}|${context.priorMean}|${query.professional ? 'p' : 'c'}`;
    const dynamicCache = this.dynamicCache;
    const { passing, counts } = facetPass({ matches, facets, slots, dictionaries, selectedValues, ctx, facetCodes: this.codes, cacheKey, dynamicCache, bayesOf });

    const ranked: RankedDocument[] = passing.map(({ doc, score }) => ({
      doc,
      score: Math.round(score * 1e6) / 1e6,
      bayes: cacheKey !== null ? (dynamicCache.get(doc)?.bayes ?? bayesOf(doc.organizationId)) : bayesOf(doc.organizationId),
      distanceKm: query.origin ? nearestDistanceKm(query.origin, doc.points) : null,
    }));
    const sorts = sortsFor(query.professional);
    const sort = sorts.find((s) => s.id === query.sort && (!s.needsOrigin || query.origin)) ?? sorts.find((s) => s.id === DEFAULT_SORT)!;
    const sortCtx = { hasQuery: words.length > 0, extra: context.extra ?? {} };
    const compare = (a: RankedDocument, b: RankedDocument) => sort.compare(a, b, sortCtx);

    const total = ranked.length;
    const perPage = Math.max(1, query.perPage);
    const pages = Math.max(1, Math.ceil(total / perPage));
    const page = query.clampPage ? Math.min(Math.max(1, query.page), pages) : Math.max(1, query.page);
    const labelCtx = { locale: context.locale, districtNames: this.districtNames };

    return {
      total,
      page,
      pages,
      perPage,
      relaxed,
      words: words.map((w) => w.word),
      results: pageOf(ranked, compare, (page - 1) * perPage, page * perPage),
      facets: facets.map((facet, i) => {
        const dictionary = dictionaries[i]!;
        const count = (value: string) => {
          const code = dictionary.codes.get(value);
          return code === undefined ? 0 : (counts[i]![code] ?? 0);
        };
        const chosen = selectedValues[i]!;
        const values =
          facet.values ?? sortedByLabel([...new Set([...dictionary.values.filter((v) => count(v) > 0), ...chosen])], (v) => this.label(facet, v, labelCtx));
        return {
          id: facet.id,
          selection: facet.selection,
          title: facet.title,
          options: values.map((value) => ({ value, label: this.label(facet, value, labelCtx), count: count(value), selected: chosen.has(value) })),
        };
      }),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Help when little or nothing is found
  // -------------------------------------------------------------------------------------------

  private suggestionHelpers(): { phrases: PhraseIndex; words: WordList } {
    if (!this.helpers) {
      const helpers = { phrases: new PhraseIndex(), words: new WordList() };
      for (const doc of this.docs.values()) {
        helpers.phrases.add(phraseSources(doc));
        helpers.words.add(wordSources(doc));
      }
      this.helpers = helpers;
    }
    return this.helpers;
  }

  /** Autocomplete: phrases that start like what is typed. */
  suggest(input: string, limit = 8): Suggestion[] {
    return this.suggestionHelpers().phrases.suggest(input, limit);
  }

  /**
   * "Did you mean …": the query with every word that finds nothing replaced by the closest word
   * in the catalogue, when that finds something; otherwise null.
   */
  spellingSuggestion(q: string): string | null {
    return spellingSuggestion(q, (words) => this.match(words, 'AND'), () => this.suggestionHelpers().words);
  }

  /** The categories whose services come closest to the words (any word, extra fuzzy), best first. */
  nearestCategories(q: string, limit = 3): string[] {
    return nearestCategories(q, (words) => this.match(words, 'OR', 1), (id) => this.docs.get(id)?.categoryCode ?? null, limit);
  }
}

const labelCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function sortedByLabel(values: string[], label: (value: string) => string): string[] {
  return values.sort((a, b) => labelCollator.compare(label(a), label(b)) || a.localeCompare(b));
}
