/**
 * The search engine: MiniSearch over one document per service, with Dutch text handling
 * (text.ts), synonyms (synonyms.ts), facets with counts (facets.ts), sort orders (sorting.ts),
 * distance, suggestions and spelling help. Pure: it knows no database; app/search/index.server.ts
 * feeds it, and the benchmark drives it directly. Beside it: engine-types.ts, minisearch-query.ts,
 * facet-codes.ts, doc-bits.ts and facet-pass.ts (filtering and counting on bitsets of documents),
 * facet-labels.ts and search-help.ts ("did you mean").
 *
 * Documents are added, replaced and removed exactly (`remove` with the stored document), so an
 * index kept in step with writes is the same as a fresh build.
 */
import MiniSearch, { type Query } from 'minisearch';
import { findProductCategory } from '../domain/categories';
import { bayesianAverage, type ReviewSummary } from '../domain/reviews';
import type { SearchDocument } from './document';
import { fieldBoosts, fieldText, fieldTokens, phraseSources, publicFields, searchFields, termsFor, wordSources, type SearchField } from './fields';
import type { FacetContext, FacetDefinition, IndexedDocument } from './facets';
import { FacetCodes } from './facet-codes';
import { FacetLabels } from './facet-labels';
import { facetPass } from './facet-pass';
import { countBits, hasBit, setBit, StaticFacetBits, type Bits } from './doc-bits';
import { MatchSet } from './match-set';
import { nearestDistanceKm, type Point } from './geo';
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

/** Origins (postcodes) whose distances to every document are remembered. */
const DISTANCE_ORIGINS = 64;

/** The documents of each value of one dynamic facet, for one generation of the index, minute and version of the marks. */
interface DynamicBits {
  key: string;
  byCode: (Bits | undefined)[];
}

/** The Bayesian average per document slot, for one generation of the index and version of the marks. */
interface BayesBySlot {
  key: string;
  values: Float64Array;
  known: Uint8Array;
}

/** An identity per object of per-request facts (the values of `extra`), for extraKeyOf. */
const factIds = new WeakMap<object, number>();
let nextFactId = 1;

/**
 * A key for the per-request facts in `extra`: the same while the same fact objects come in (the
 * professional cost flags are one object per database version and day, remembered until any
 * write, ADR 021, and never changed), so what the engine derives from them is remembered exactly
 * as long as they are. '' without facts; null when a fact is not an object (nothing remembered).
 */
function extraKeyOf(extra: Readonly<Record<string, unknown>> | undefined): string | null {
  let key = '';
  for (const name in extra) {
    const value = extra[name];
    if (typeof value !== 'object' || value === null) return null;
    let id = factIds.get(value);
    if (id === undefined) {
      id = nextFactId++;
      factIds.set(value, id);
    }
    key += `|${name}=${id}`;
  }
  return key;
}

export class SearchEngine {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly index: MiniSearch<IndexedDocument>;
  private readonly names: OrganizationNameIndex;
  /** Suggestions and the word list are built on first use (most shards never get one), then kept in step. */
  private helpers: { phrases: PhraseIndex; words: WordList } | null = null;
  private readonly districtNames = new Map<string, string>();
  private readonly codes = new FacetCodes();
  /** Documents by slot (a removed document's slot is free until the next add). */
  private readonly bySlot: (IndexedDocument | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /** Per value of every static facet, its documents; kept in step with every add and removal. */
  private readonly bits = new StaticFacetBits();
  /**
   * Goes up with every add, change and removal: what is remembered over all documents (dynamic
   * facet sets, Bayesian averages) carries it in its key, so a changed index is never answered
   * from memory.
   */
  private generation = 0;
  /** Per dynamic facet id, its sets for the last key (generation, minute, marks version, prior). */
  private readonly dynamicBits = new Map<string, DynamicBits>();
  private bayesBySlot: BayesBySlot | undefined;
  /** The match set of every document (no words), for the current generation. */
  private allSet: MatchSet | undefined;
  /** Match sets of remembered text scores (see matchSet()). */
  private readonly matchSets = new WeakMap<ReadonlyMap<string, number>, MatchSet>();
  /** Distances per document from recent origins (postcodes), for the current generation. */
  private readonly distances = new Map<string, { values: Float64Array; known: Uint8Array }>();
  private distanceGeneration = -1;
  /** Facet option labels and their order per language (they only change with a district's name). */
  private readonly labels = new FacetLabels();
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
    this.generation += 1;
    const doc = this.prepare(document);
    doc.slot = this.freeSlots.pop() ?? this.bySlot.length;
    this.bySlot[doc.slot] = doc;
    this.bits.add(doc.slot, doc.staticCodes);
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
    this.generation += 1;
    this.index.remove(old);
    this.names.remove(old);
    this.docs.delete(id);
    this.bits.remove(old.slot, old.staticCodes);
    this.bySlot[old.slot] = undefined;
    this.freeSlots.push(old.slot);
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
    const { staticCodes, slot: _slot, ...rest } = doc;
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
      slot: -1,
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
    const set = scores ? this.matchSet(scores, named.length === 0) : this.everyDocument();
    const organizations = named.filter((m) => m.score >= OFFER_SCORE).map(({ documentIds: _ids, ...m }) => m);
    return { ...this.finish(set, words, relaxed, query, context), organizations };
  }

  /** Every document with score 0 (no words), made again after every change to the index. */
  private everyDocument(): MatchSet {
    if (this.allSet?.generation !== this.generation) {
      const docs: IndexedDocument[] = [];
      for (const doc of this.bySlot) if (doc) docs.push(doc);
      this.allSet = new MatchSet(this.generation, docs, null, this.bits.words, true);
    }
    return this.allSet;
  }

  /**
   * The documents of text scores. Remembered with the scores (a remembered query's map, see
   * match()) as long as the index is the same; `reusable` false for one-off scores.
   */
  private matchSet(scores: ReadonlyMap<string, number>, reusable: boolean): MatchSet {
    const known = this.matchSets.get(scores);
    if (known?.generation === this.generation) return known;
    const docs: IndexedDocument[] = [];
    const raw: number[] = [];
    for (const [id, score] of scores) {
      const doc = this.docs.get(id);
      if (doc) {
        docs.push(doc);
        raw.push(score);
      }
    }
    const set = new MatchSet(this.generation, docs, raw, this.bits.words, reusable);
    if (reusable) this.matchSets.set(scores, set);
    return set;
  }

  /**
   * Per code, the documents with that value of a dynamic facet. With a cache key (the minute and
   * the version of the marks, see finish; for a facet that reads per-request facts also the key of
   * those facts, extraKeyOf), computed once over all documents and kept until the key or the index
   * changes; otherwise computed for the matches of this search only.
   */
  private dynamicValues(facet: FacetDefinition, ctx: FacetContext, cacheKey: string | null, extraKey: string | null, set: MatchSet): (Bits | undefined)[] {
    const key = cacheKey === null || (facet.perRequest && extraKey === null) ? null : `${this.generation}|${cacheKey}${facet.perRequest ? extraKey : ''}`;
    if (key !== null) {
      const known = this.dynamicBits.get(facet.id);
      if (known?.key === key) return known.byCode;
    }
    const words = this.bits.words;
    const byCode: (Bits | undefined)[] = [];
    const dictionary = this.codes.dictionary(facet.id);
    const add = (doc: IndexedDocument) => {
      for (const code of this.codes.listCodes(dictionary, facet.keys(doc, ctx))) setBit((byCode[code] ??= new Uint32Array(words)), doc.slot);
    };
    if (key === null) {
      for (const doc of set.docs) add(doc);
    } else {
      for (const doc of this.bySlot) if (doc) add(doc);
      this.dynamicBits.set(facet.id, { key, byCode });
    }
    return byCode;
  }

  /**
   * The Bayesian average of a document's organisation. With a version of the marks, remembered
   * per document slot until the marks, the prior or the index change; without one, per search.
   */
  private bayesLookup(context: EngineContext, bayesKey: string | null): (doc: IndexedDocument) => number {
    const averageOf = (doc: IndexedDocument) => bayesianAverage(context.marks.get(doc.organizationId) ?? NO_REVIEWS, context.priorMean);
    if (bayesKey === null) {
      const byOrganization = new Map<string, number>();
      return (doc) => {
        let value = byOrganization.get(doc.organizationId);
        if (value === undefined) {
          value = averageOf(doc);
          byOrganization.set(doc.organizationId, value);
        }
        return value;
      };
    }
    if (this.bayesBySlot?.key !== bayesKey) {
      this.bayesBySlot = { key: bayesKey, values: new Float64Array(this.bySlot.length), known: new Uint8Array(this.bySlot.length) };
    }
    const { values, known } = this.bayesBySlot;
    return (doc) => {
      const slot = doc.slot;
      if (known[slot] === 1) return values[slot]!;
      const value = averageOf(doc);
      values[slot] = value;
      known[slot] = 1;
      return value;
    };
  }

  /** Distance from an origin per document (null: no location), remembered for recent origins until the index changes. */
  private distanceLookup(origin: Point): (doc: IndexedDocument) => number | null {
    if (this.distanceGeneration !== this.generation) {
      this.distances.clear();
      this.distanceGeneration = this.generation;
    }
    const key = `${origin.latitude}|${origin.longitude}`;
    let entry = this.distances.get(key);
    if (entry) {
      this.distances.delete(key);
    } else {
      entry = { values: new Float64Array(this.bySlot.length), known: new Uint8Array(this.bySlot.length) };
      if (this.distances.size >= DISTANCE_ORIGINS) this.distances.delete(this.distances.keys().next().value!);
    }
    this.distances.set(key, entry);
    const { values, known } = entry;
    return (doc) => {
      const slot = doc.slot;
      if (known[slot] === 0) {
        values[slot] = nearestDistanceKm(origin, doc.points) ?? NaN;
        known[slot] = 1;
      }
      const value = values[slot]!;
      return Number.isNaN(value) ? null : value;
    };
  }

  private finish(set: MatchSet, words: QueryWord[], relaxed: boolean, query: EngineQuery, context: EngineContext): Omit<EngineResult, 'organizations'> {
    const facets = facetsFor(query.professional);
    const registry = allFacets();
    const dictionaries = facets.map((f) => this.codes.dictionary(f.id));
    const ctx: FacetContext = { weekMinute: weekMinuteOf(context.now), marks: context.marks, extra: context.extra ?? {} };
    const selectedValues = facets.map((f) => new Set(query.filters.get(f.id) ?? []));
    // Every known and every chosen value has a code before counting starts (parameters are validated first).
    facets.forEach((facet, i) => {
      for (const value of facet.values ?? []) this.codes.codeOf(dictionaries[i]!, value);
      for (const value of selectedValues[i]!) this.codes.codeOf(dictionaries[i]!, value);
    });
    // What the dynamic facets' keys depend on besides the document: the minute and the marks;
    // for the facets and sorts that read `extra` (perRequest) also the identity of those facts.
    const cacheKey = context.marksVersion === undefined ? null : `${ctx.weekMinute}|${context.marksVersion}|${context.priorMean}`;
    const extraKey = extraKeyOf(context.extra);

    const values = facets.map((facet) => (facet.dynamic ? this.dynamicValues(facet, ctx, cacheKey, extraKey, set) : this.bits.codesOf(registry.indexOf(facet))));
    const selected = facets.map((_, i) => [...selectedValues[i]!].map((value) => dictionaries[i]!.codes.get(value)!));
    const sizes = dictionaries.map((d) => d.values.length);
    const { passing, counts } = facetPass({ matches: set.bits, values, selected, sizes });

    const sorts = sortsFor(query.professional);
    const sort = sorts.find((s) => s.id === query.sort && (!s.needsOrigin || query.origin)) ?? sorts.find((s) => s.id === DEFAULT_SORT)!;
    const sortCtx = { hasQuery: words.length > 0, extra: context.extra ?? {} };
    const compare = (a: RankedDocument, b: RankedDocument) => sort.compare(a, b, sortCtx);
    const origin = query.origin;
    // Distances for every match only when the order needs them; otherwise for the page.
    const distanceOf = origin ? this.distanceLookup(origin) : null;
    const distanceForAll = distanceOf !== null && sort.needsOrigin;
    const bayesKey = context.marksVersion === undefined ? null : `${this.generation}|${context.marksVersion}|${context.priorMean}`;
    const bayesOf = this.bayesLookup(context, bayesKey);

    const total = countBits(passing);
    const perPage = Math.max(1, query.perPage);
    const pages = Math.max(1, Math.ceil(total / perPage));
    const page = query.clampPage ? Math.min(Math.max(1, query.page), pages) : Math.max(1, query.page);
    const start = (page - 1) * perPage;
    const end = page * perPage;

    // The complete order of the matches, remembered per sort (and origin) from the second time it
    // is asked for: the page is then the first passing documents from `start` on. With `extra`,
    // per identity of its facts (a sort may read them: tariff).
    let order: Int32Array | null = null;
    let ranked: readonly RankedDocument[] | null = null;
    if (bayesKey !== null && set.reusable && extraKey !== null) {
      const orderKey = `${sort.id}|${sortCtx.hasQuery}${distanceForAll ? `|${origin!.latitude}|${origin!.longitude}` : ''}${extraKey}`;
      order = set.order(
        bayesKey,
        orderKey,
        () => {
          const list = set.rankedFor(bayesKey, bayesOf);
          return distanceForAll ? list.map((r) => ({ ...r, distanceKm: distanceOf!(r.doc) })) : list;
        },
        compare,
      );
      if (order) ranked = set.rankedFor(bayesKey, bayesOf);
    }
    let chosen: RankedDocument[];
    if (order && ranked) {
      chosen = [];
      let seen = 0;
      for (let k = 0; k < order.length && seen < end; k++) {
        const i = order[k]!;
        if (!hasBit(passing, set.docs[i]!.slot)) continue;
        if (seen >= start) chosen.push(ranked[i]!);
        seen += 1;
      }
    } else {
      const known = bayesKey === null ? null : set.rankedIfKnown(bayesKey);
      const candidates: RankedDocument[] = [];
      for (let i = 0; i < set.docs.length; i++) {
        const doc = set.docs[i]!;
        if (!hasBit(passing, doc.slot)) continue;
        const r = known ? known[i]! : { doc, score: set.scores[i]!, bayes: bayesOf(doc), distanceKm: null };
        candidates.push(distanceForAll ? { ...r, distanceKm: distanceOf!(doc) } : r);
      }
      chosen = pageOf(candidates, compare, start, end);
    }
    // Fresh objects for the caller: the ranked form may be shared with other searches.
    const results = chosen.map((r) => ({ doc: r.doc, score: r.score, bayes: r.bayes, distanceKm: distanceOf ? distanceOf(r.doc) : null }));
    const labelCtx = { locale: context.locale, districtNames: this.districtNames };

    return {
      total,
      page,
      pages,
      perPage,
      relaxed,
      words: words.map((w) => w.word),
      results,
      facets: facets.map((facet, i) => {
        const dictionary = dictionaries[i]!;
        const count = counts[i]!;
        const chosenValues = selectedValues[i]!;
        const labels = this.labels.labels(facet, dictionary, labelCtx);
        const option = (code: number) => {
          const value = dictionary.values[code]!;
          return { value, label: labels[code]!, count: count[code]!, selected: chosenValues.has(value) };
        };
        let options;
        if (facet.values) {
          options = facet.values.map((value) => option(dictionary.codes.get(value)!));
        } else {
          options = [];
          for (const code of this.labels.sorted(facet, dictionary, labelCtx)) {
            if (count[code]! > 0 || chosenValues.has(dictionary.values[code]!)) options.push(option(code));
          }
        }
        return { id: facet.id, selection: facet.selection, title: facet.title, options };
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
