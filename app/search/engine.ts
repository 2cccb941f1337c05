/**
 * The search engine: MiniSearch over one document per service, with Dutch text handling
 * (text.ts), synonyms (synonyms.ts), facets with counts (facets.ts), sort orders (sorting.ts),
 * distance, suggestions and spelling help. Pure: it knows no database; app/search/index.server.ts
 * feeds it, and the benchmark drives it directly. Beside it: engine-types.ts, minisearch-query.ts,
 * match-memo.ts (remembered text scores), match-set.ts (the documents of a query and their
 * orders), facet-codes.ts, doc-bits.ts, dynamic-bits.ts and facet-pass.ts (filtering and counting
 * on bitsets of documents), slot-values.ts (averages and distances per document), facet-labels.ts
 * and search-help.ts ("did you mean").
 *
 * Documents are added, replaced and removed exactly (`remove` with the stored document), so an
 * index kept in step with writes is the same as a fresh build.
 */
import MiniSearch, { type Query } from 'minisearch';
import { findProductCategory } from '../domain/categories';
import type { SearchDocument } from './document';
import { fieldBoosts, fieldText, fieldTokens, phraseSources, publicFields, searchFields, termsFor, wordSources, type SearchField } from './fields';
import { extraKeyOf } from './extra-key';
import type { FacetContext, FacetDefinition, IndexedDocument } from './facets';
import { FacetCodes } from './facet-codes';
import { FacetLabels } from './facet-labels';
import { facetPass } from './facet-pass';
import { countBits, StaticFacetBits } from './doc-bits';
import { DynamicFacetBits } from './dynamic-bits';
import { MatchMemo } from './match-memo';
import { MatchSet } from './match-set';
import { documentBoost, rawSearch, topicWords, wordQuery } from './minisearch-query';
import { weekMinuteOf, weekSpans } from './open-now';
import { OFFER_SCORE, OrganizationNameIndex } from './organization-names';
import { allFacets, facetsFor, sortsFor } from './registry';
import { BayesianAverages, Distances } from './slot-values';
import { DEFAULT_SORT, type RankedDocument } from './sorting';
import { nearestCategories, spellingSuggestion } from './search-help';
import { PhraseIndex, WordList, type Suggestion } from './suggestions';
import { defaultSynonyms, matchSynonymGroups, type CompiledGroup } from './synonyms';
import { analyzeQuery, fold, type QueryWord } from './text';
import type { EngineContext, EngineQuery, EngineResult } from './engine-types';

/** Added to the text score of an organisation's services when the query names it, by rank: they come first. */
const NAME_BONUS = 1e6;

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
   * Goes up with every add, change and removal: what is remembered over documents (dynamic facet
   * sets, Bayesian averages, distances, match sets) carries it in its key, so a changed index is
   * never answered from memory.
   */
  private generation = 0;
  /** The dynamic facets' sets, filled in per match set (dynamic-bits.ts). */
  private readonly dynamicBits = new DynamicFacetBits(this.codes);
  private readonly averages = new BayesianAverages();
  private readonly distances = new Distances();
  /** The match set of every document (no words), for the current generation. */
  private allSet: MatchSet | undefined;
  /** Match sets of remembered text scores (see matchSet()). */
  private readonly matchSets = new WeakMap<ReadonlyMap<string, number>, MatchSet>();
  /** Facet option labels and their order per language (they only change with a district's name). */
  private readonly labels = new FacetLabels();
  /** The text scores of recent queries (see match()); emptied by every change to the index. */
  private readonly matchMemo = new MatchMemo();
  /** How often match() answered from memory or asked MiniSearch (for tests and the benchmark). */
  readonly matchStats = this.matchMemo.stats;
  /** How many documents' dynamic facet keys were evaluated (for tests and the benchmark). */
  readonly dynamicStats = this.dynamicBits.stats;

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
    this.matchMemo.clear();
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
    this.matchMemo.clear();
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
    if (known) return known;
    const query: Query = { combineWith, queries: words.map((word) => wordQuery(word, extraFuzzy)) };
    const scores = new Map<string, number>();
    for (const [id, score] of rawSearch(this.index, query)) {
      const doc = this.docs.get(id);
      if (doc) scores.set(id, score * documentBoost(doc));
    }
    this.matchMemo.remember(key, scores);
    return scores;
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
    // What the dynamic facets' keys depend on besides the document: the index, the minute and the
    // marks; for the facets and sorts that read `extra` (perRequest) also the identity of those facts.
    const dynamicKey = context.marksVersion === undefined ? null : `${this.generation}|${ctx.weekMinute}|${context.marksVersion}|${context.priorMean}`;
    const extraKey = extraKeyOf(context.extra);
    const keyOf = (facet: FacetDefinition) => (!facet.perRequest ? dynamicKey : dynamicKey === null || extraKey === null ? null : `${dynamicKey}${extraKey}`);
    const values = facets.map((facet) =>
      facet.dynamic ? this.dynamicBits.valuesFor(facet, ctx, keyOf(facet), set, this.bits.words) : this.bits.codesOf(registry.indexOf(facet)),
    );
    const selected = facets.map((_, i) => [...selectedValues[i]!].map((value) => dictionaries[i]!.codes.get(value)!));
    const sizes = dictionaries.map((d) => d.values.length);
    const { passing, counts } = facetPass({ matches: set.bits, values, selected, sizes });

    const sorts = sortsFor(query.professional);
    const sort = sorts.find((s) => s.id === query.sort && (!s.needsOrigin || query.origin)) ?? sorts.find((s) => s.id === DEFAULT_SORT)!;
    const sortCtx = { hasQuery: words.length > 0, extra: context.extra ?? {} };
    const compare = (a: RankedDocument, b: RankedDocument) => sort.compare(a, b, sortCtx);
    const origin = query.origin;
    // Distances for every match only when the order needs them; otherwise for the page.
    const distanceOf = origin ? this.distances.lookup(origin, this.generation, this.bySlot.length) : null;
    const distanceForAll = distanceOf !== null && sort.needsOrigin;
    const bayesKey = context.marksVersion === undefined ? null : `${this.generation}|${context.marksVersion}|${context.priorMean}`;
    const bayesOf = this.averages.lookup(context.marks, context.priorMean, bayesKey, this.bySlot.length);

    const total = countBits(passing);
    const perPage = Math.max(1, query.perPage);
    const pages = Math.max(1, Math.ceil(total / perPage));
    const page = query.clampPage ? Math.min(Math.max(1, query.page), pages) : Math.max(1, query.page);
    const start = (page - 1) * perPage;
    const end = page * perPage;

    // The complete order of the matches is remembered per sort (and origin) from the second time
    // it is asked for; with `extra`, per identity of its facts (a sort may read them: tariff).
    const orderKey = extraKey === null ? null : `${sort.id}|${sortCtx.hasQuery}${distanceForAll ? `|${origin!.latitude}|${origin!.longitude}` : ''}${extraKey}`;
    const chosen = set.page({ passing, start, end, compare, bayesKey, bayesOf, distanceOf: distanceForAll ? distanceOf : null, orderKey });
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
      facets: facets.map((facet, i) => this.labels.result(facet, dictionaries[i]!, counts[i]!, selectedValues[i]!, labelCtx)),
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
