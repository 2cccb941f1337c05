/**
 * Autocomplete and "did you mean": a small index of the phrases people search for (service,
 * organisation and category names, synonyms, districts) and a word list for spelling, both kept
 * in step with the documents by reference counts. Pure.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { fold, fuzzyDistance, isCode, stopWords, tokenize } from './text';

export const suggestionKinds = ['category', 'synonym', 'service', 'organization', 'district'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

export interface Suggestion {
  text: string;
  kind: SuggestionKind;
  /** For an organisation: its page. */
  href: string | null;
}

interface Phrase {
  key: string;
  text: string;
  kind: SuggestionKind;
  href: string | null;
  count: number;
}

export interface PhraseSource {
  text: string;
  kind: SuggestionKind;
  href?: string | null;
}

const kindBoost: Record<SuggestionKind, number> = { category: 1.6, synonym: 1.4, service: 1.2, organization: 1, district: 1.1 };

/** Phrases with reference counts: added and removed with the documents that contain them. */
export class PhraseIndex {
  private readonly phrases = new Map<string, Phrase>();
  private readonly search = new MiniSearch<Phrase>({
    idField: 'key',
    fields: ['text'],
    tokenize,
    processTerm: (term) => (stopWords.has(term) ? null : term),
    searchOptions: { tokenize, processTerm: (term) => term },
  });

  add(sources: readonly PhraseSource[]): void {
    for (const source of sources) {
      const key = `${source.kind}:${fold(source.text).trim()}`;
      const existing = this.phrases.get(key);
      if (existing) {
        existing.count += 1;
        continue;
      }
      const phrase: Phrase = { key, text: source.text.trim(), kind: source.kind, href: source.href ?? null, count: 1 };
      this.phrases.set(key, phrase);
      this.search.add(phrase);
    }
  }

  remove(sources: readonly PhraseSource[]): void {
    for (const source of sources) {
      const key = `${source.kind}:${fold(source.text).trim()}`;
      const existing = this.phrases.get(key);
      if (!existing) continue;
      existing.count -= 1;
      if (existing.count <= 0) {
        this.search.remove(existing);
        this.phrases.delete(key);
      }
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  /** Phrases for what someone is typing: every word must match, the last as a prefix. */
  suggest(input: string, limit: number): Suggestion[] {
    const words = tokenize(input.slice(0, 100)).filter((w) => !stopWords.has(w));
    if (words.length === 0 || words.join('').length < 2) return [];
    const last = words.length - 1;
    const results = this.search.search(
      { combineWith: 'AND', queries: words.map((word, i) => ({ queries: [word], prefix: i === last || word.length >= 4, fuzzy: fuzzyDistance(word) > 0 ? 1 : false })) },
      {
        boostDocument: (key) => {
          const phrase = this.phrases.get(key as string);
          return phrase ? kindBoost[phrase.kind] * (1 + Math.log10(phrase.count)) : 0;
        },
      },
    );
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    for (const result of results) {
      const phrase = this.phrases.get(result.id as string);
      if (!phrase) continue;
      const textKey = fold(phrase.text);
      if (seen.has(textKey)) continue;
      seen.add(textKey);
      out.push({ text: phrase.text, kind: phrase.kind, href: phrase.href });
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** Words as written in the catalogue, with the number of documents that use them. */
export class WordList {
  private readonly words = new SearchableMap<number>();

  private static wordsOf(texts: readonly string[]): Set<string> {
    const set = new Set<string>();
    for (const text of texts) for (const token of tokenize(text)) if (token.length >= 3 && !isCode(token) && !stopWords.has(token)) set.add(token);
    return set;
  }

  add(texts: readonly string[]): void {
    for (const word of WordList.wordsOf(texts)) this.words.update(word, (n) => (n ?? 0) + 1);
  }

  remove(texts: readonly string[]): void {
    for (const word of WordList.wordsOf(texts)) {
      const n = this.words.get(word) ?? 0;
      if (n <= 1) this.words.delete(word);
      else this.words.set(word, n - 1);
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The closest known word (fewest edits, then most used), or null. */
  closest(word: string): string | null {
    if (word.length < 4 || isCode(word)) return null;
    const max = word.length < 8 ? 1 : 2;
    let best: { word: string; distance: number; count: number } | null = null;
    for (const [candidate, [count, distance]] of this.words.fuzzyGet(word, max)) {
      if (distance === 0) return null;
      if (!best || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && candidate < best.word)))) {
        best = { word: candidate, distance, count };
      }
    }
    return best?.word ?? null;
  }
}
