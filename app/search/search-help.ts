/**
 * Help when little or nothing is found: "did you mean …" and the nearest categories. The
 * engine (engine.ts) passes how it matches words, so this stays free of its index. Pure.
 */
import type { WordList } from './suggestions';
import { analyzeQuery, type QueryWord } from './text';

/** Scores per document id for the words (null without words). */
type Match = (words: readonly QueryWord[]) => ReadonlyMap<string, number> | null;

/**
 * "Did you mean …": the query with every word that finds nothing replaced by the closest word
 * in the catalogue, when that finds something; otherwise null.
 */
export function spellingSuggestion(q: string, matchAll: Match, wordList: () => WordList): string | null {
  const words = analyzeQuery(q);
  if (words.length === 0) return null;
  let changed = false;
  const corrected = words.map((word) => {
    const hits = matchAll([word]);
    if (word.code || (hits && hits.size > 0 && wordList().has(word.word))) return word.word;
    const closest = wordList().closest(word.word);
    if (closest && closest !== word.word) {
      changed = true;
      return closest;
    }
    return word.word;
  });
  if (!changed) return null;
  const text = corrected.join(' ');
  const found = matchAll(analyzeQuery(text));
  return found && found.size > 0 ? text : null;
}

/** The categories whose services come closest to the words (any word, extra fuzzy), best first. */
export function nearestCategories(q: string, matchAny: Match, categoryOf: (id: string) => string | null, limit = 3): string[] {
  // Any word counts here, and so does any part of a compound ("dagbestedingsplek" → dag, besteding, plek).
  const words = analyzeQuery(q)
    .filter((w) => !w.code)
    .flatMap((w) => [w, ...(w.parts ? analyzeQuery(w.parts.join(' ')) : [])]);
  const scores = matchAny(words);
  if (!scores) return [];
  const byCategory = new Map<string, number>();
  for (const [id, score] of scores) {
    const code = categoryOf(id);
    if (code) byCategory.set(code, (byCategory.get(code) ?? 0) + score);
  }
  return [...byCategory.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([code]) => code);
}
