/**
 * Finding a provider by its name: "Het Anker" puts "Zorggroep Het Anker Vlietstede" first, "het
 * ankr" still finds it, and a search that matches one organisation's name well offers "go to
 * this provider". Pure; the engine keeps one of these in step with its documents.
 *
 * A name is compared on its distinctive part: legal forms and group words ("Stichting",
 * "Zorggroep"), the organisation's own place names ("Vlietstede") and words for a kind of help
 * ("Dagbesteding", from the categories and synonyms) say little about which organisation is
 * meant, so the score is the share of the remaining words the visitor typed, and at least one
 * distinctive word must be typed ("dagbesteding" alone names no provider). A name without a
 * distinctive word ("Zorggroep Vlietstede") matches only when typed whole.
 * Every meaningful word typed must be in the name (exactly, or with one typo from four letters,
 * two from nine); a small word like "het" typed but not in the name costs a little. Equal
 * scores: the organisation with more residents' reviews (the better known) first.
 */
import { editDistance, isCode, stopWords, tokenize } from './text';

/** Words that name a legal form or a kind of group, not which organisation it is. Folded. */
export const genericNameWords: ReadonlySet<string> = new Set([
  'stichting',
  'zorggroep',
  'zorgorganisatie',
  'zorgcooperatie',
  'vereniging',
  'cooperatie',
  'groep',
  'holding',
  'bv',
  'nv',
  'vof',
  'ua',
]);

/** From this score the organisation's services come first in a search by relevance. */
export const RANK_FIRST_SCORE = 0.5;
/** From this score the search offers "go to this provider". */
export const OFFER_SCORE = 0.75;

export interface NameMatch {
  organizationId: string;
  name: string;
  slug: string;
  score: number;
  documentIds: string[];
}

interface Entry {
  id: string;
  name: string;
  slug: string;
  tokens: string[];
  /** The words the score counts. */
  core: Set<string>;
  /** The words of which at least one must be typed; empty: every core word must be typed. */
  distinctive: Set<string>;
  documents: Set<string>;
}

export interface NamedDocument {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  cities: readonly string[];
}

function allowedTypos(token: string): number {
  if (token.length < 4) return 0;
  return token.length < 9 ? 1 : 2;
}

export class OrganizationNameIndex {
  private readonly entries = new Map<string, Entry>();
  /** Name token → organisations whose name has it. */
  private readonly byToken = new Map<string, Set<string>>();

  /** `topicWords`: folded words for a kind of help (category names, synonyms). */
  constructor(private readonly topicWords: ReadonlySet<string> = new Set()) {}

  get size(): number {
    return this.entries.size;
  }

  add(doc: NamedDocument): void {
    let entry = this.entries.get(doc.organizationId);
    if (entry && entry.name !== doc.organizationName) {
      // Renamed: the organisation's other documents follow with their own upserts.
      this.dropEntry(entry);
      entry = undefined;
    }
    if (!entry) {
      const tokens = [...new Set(tokenize(doc.organizationName))];
      const places = new Set(doc.cities.flatMap((city) => tokenize(city)));
      const plain = (t: string) => !genericNameWords.has(t) && !places.has(t) && !this.topicWords.has(t);
      const distinctive = new Set(tokens.filter((t) => plain(t) && !stopWords.has(t)));
      const core = new Set(distinctive.size > 0 ? tokens.filter(plain) : tokens);
      entry = { id: doc.organizationId, name: doc.organizationName, slug: doc.organizationSlug, tokens, core, distinctive, documents: new Set() };
      this.entries.set(entry.id, entry);
      for (const token of tokens) {
        let set = this.byToken.get(token);
        if (!set) this.byToken.set(token, (set = new Set()));
        set.add(entry.id);
      }
    }
    entry.documents.add(doc.id);
  }

  remove(doc: NamedDocument): void {
    const entry = this.entries.get(doc.organizationId);
    if (!entry) return;
    entry.documents.delete(doc.id);
    if (entry.documents.size === 0) this.dropEntry(entry);
  }

  private dropEntry(entry: Entry): void {
    this.entries.delete(entry.id);
    for (const token of entry.tokens) {
      const set = this.byToken.get(token);
      set?.delete(entry.id);
      if (set && set.size === 0) this.byToken.delete(token);
    }
  }

  /** Name tokens that a typed word stands for: itself, or the closest within its typos. */
  private tokensFor(word: string): Map<string, number> {
    const result = new Map<string, number>();
    if (this.byToken.has(word)) {
      result.set(word, 0);
      return result;
    }
    const typos = allowedTypos(word);
    if (typos === 0) return result;
    for (const token of this.byToken.keys()) {
      if (Math.abs(token.length - word.length) > typos || token[0] !== word[0]) continue;
      const distance = editDistance(token, word);
      if (distance <= typos) result.set(token, distance);
    }
    return result;
  }

  /**
   * Organisations whose name the query matches from RANK_FIRST_SCORE, best first. Empty for a
   * query without a meaningful word, or with a product code.
   */
  match(query: string, reviewCount: (organizationId: string) => number): NameMatch[] {
    const words = [...new Set(tokenize(query))];
    if (words.length === 0 || words.some(isCode) || words.join('').length < 3) return [];
    const meaningful = words.filter((w) => !stopWords.has(w));
    const small = words.filter((w) => stopWords.has(w));
    if (meaningful.length === 0 || meaningful.length > 8) return [];
    // Every meaningful word must be in the name: candidates are the organisations that have them all.
    const perWord = meaningful.map((word) => this.tokensFor(word));
    if (perWord.some((tokens) => tokens.size === 0)) return [];
    let candidates: Set<string> | null = null;
    for (const tokens of perWord) {
      const here = new Set<string>();
      for (const token of tokens.keys()) for (const id of this.byToken.get(token) ?? []) if (!candidates || candidates.has(id)) here.add(id);
      candidates = here;
      if (candidates.size === 0) return [];
    }
    const matches: (NameMatch & { reviews: number })[] = [];
    for (const id of candidates ?? []) {
      const entry = this.entries.get(id)!;
      const nameTokens = new Set(entry.tokens);
      const matched = new Set<string>();
      let typos = 0;
      for (const tokens of perWord) {
        let best: [string, number] | null = null;
        for (const [token, distance] of tokens) if (nameTokens.has(token) && (!best || distance < best[1])) best = [token, distance];
        matched.add(best![0]);
        typos += best![1];
      }
      let missingSmall = 0;
      for (const word of small) {
        if (nameTokens.has(word)) matched.add(word);
        else missingSmall += 1;
      }
      let covered = 0;
      for (const token of entry.core) if (matched.has(token)) covered += 1;
      if (entry.distinctive.size > 0 ? ![...entry.distinctive].some((t) => matched.has(t)) : covered < entry.core.size) continue;
      const score = Math.round((covered / entry.core.size - 0.1 * typos - 0.15 * missingSmall) * 1000) / 1000;
      if (score < RANK_FIRST_SCORE) continue;
      matches.push({ organizationId: id, name: entry.name, slug: entry.slug, score, documentIds: [...entry.documents], reviews: reviewCount(id) });
    }
    matches.sort((a, b) => b.score - a.score || b.reviews - a.reviews || a.name.localeCompare(b.name, 'nl') || a.organizationId.localeCompare(b.organizationId));
    return matches.map(({ reviews: _reviews, ...m }) => m);
  }
}
