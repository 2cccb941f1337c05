/**
 * How the engine asks MiniSearch: one query word as alternatives (as typed, stem, compound
 * parts), the raw scores without result objects, the document boost, and the words that name
 * a kind of help (for the organisation-name matcher). Pure.
 */
import MiniSearch, { type Query } from 'minisearch';
import { productCategories as productCategoryList } from '../domain/categories';
import type { IndexedDocument } from './facets';
import type { CompiledGroup } from './synonyms';
import { fuzzyDistance, stem, stopWords, tokenize, type QueryWord } from './text';

/**
 * MiniSearch's scores without building and sorting a result object per match (we rank ourselves):
 * the same numbers as `search()` (score × number of query terms matched). Uses `executeQuery`,
 * which MiniSearch 7 keeps public but undocumented; tests/unit/search-engine.test.ts compares the
 * two, so an upgrade that changes it fails loudly.
 */
interface RawMiniSearch {
  executeQuery(query: Query, options?: object): Map<number, { score: number; terms: string[] }>;
  _documentIds: Map<number, string>;
}

export function rawSearch(index: MiniSearch<IndexedDocument>, query: Query): Map<string, number> {
  const raw = index as unknown as RawMiniSearch;
  const out = new Map<string, number>();
  if (typeof raw.executeQuery !== 'function' || !(raw._documentIds instanceof Map)) {
    for (const result of index.search(query)) out.set(result.id as string, result.score);
    return out;
  }
  for (const [shortId, { score, terms }] of raw.executeQuery(query)) {
    const id = raw._documentIds.get(shortId);
    if (id !== undefined) out.set(id, score * (terms.length || 1));
  }
  return out;
}

/** Free general facilities a little higher (offered first), temporarily closed services lower. */
export function documentBoost(doc: IndexedDocument): number {
  return (doc.kind === 'general' ? 1.15 : 1) * (doc.status === 'active' ? 1 : 0.7);
}

/** One query word as alternatives: the word as typed (prefix, typos), its stem, its compound parts. */
export function wordQuery(word: QueryWord, extraFuzzy: number): Query {
  if (word.code) return { combineWith: 'OR', queries: [word.word], prefix: true, fuzzy: false, fields: ['codes', 'name', 'category'] };
  const fuzzy = fuzzyDistance(word.word) + (extraFuzzy && word.word.length >= 5 ? extraFuzzy : 0);
  const alternatives: Query[] = [{ combineWith: 'OR', queries: [word.word], prefix: word.word.length >= 3, fuzzy: fuzzy || false }];
  if (word.stem !== word.word) {
    const stemFuzzy = fuzzyDistance(word.stem) + (extraFuzzy && word.stem.length >= 5 ? extraFuzzy : 0);
    alternatives.push({ combineWith: 'OR', queries: [word.stem], prefix: word.stem.length >= 5, fuzzy: stemFuzzy || false });
  }
  if (word.parts) {
    alternatives.push({ combineWith: 'AND', queries: word.parts.map((part) => stem(part)), prefix: false, fuzzy: false });
  }
  return { combineWith: 'OR', queries: alternatives };
}

/** Folded words that name a kind of help: category names (both languages) and synonym terms. */
export function topicWords(synonyms: readonly CompiledGroup[]): Set<string> {
  const words = new Set<string>();
  for (const category of productCategoryList) for (const word of [...tokenize(category.nameNl), ...tokenize(category.nameEn)]) words.add(word);
  for (const group of synonyms) for (const term of group.terms) for (const word of tokenize(term)) words.add(word);
  for (const word of [...words]) if (stopWords.has(word)) words.delete(word);
  return words;
}
