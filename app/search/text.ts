/**
 * Dutch text handling for search. Pure: used by the index (documents) and by queries alike, so
 * both sides always meet on the same terms.
 *
 * - fold: lower case, diacritics folded (ë → e, é → e, ĳ → ij)
 * - tokenize: words and codes ("02A05" stays one token); hyphenated words also as one ("re-integratie" → "reintegratie")
 * - stop words: the common Dutch function words
 * - stem: the Snowball Dutch stemmer plus agent nouns (-er/-ers), so begeleiding, begeleider,
 *   begeleiders meet on "begeleid" and dagbesteding, dagbestedingen on "dagbested"
 * - compounds: split against a fixed vocabulary of parts ("schuldhulpverlening" → schuld, hulp,
 *   verlening), never against the corpus, so a document always gets the same terms
 */
import { compoundParts as compoundVocabulary } from './compounds.nl';

/** Lower case, diacritics removed, the Dutch ĳ ligature written out. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII needs no Unicode normalisation (most text): skip the expensive part.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .replace(/ĳ/g, 'ij')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const SEPARATORS = /[^a-z0-9'’-]+/;

/**
 * Folded tokens of a text. A hyphenated word yields its parts and the joined word
 * ("basis-ggz" → basis, ggz, basisggz); "’s" endings are dropped.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(SEPARATORS)) {
    if (raw.length === 0) continue;
    if (!/[-'’]/.test(raw)) {
      out.push(raw);
      continue;
    }
    const parts = raw.split(/[-'’]+/).filter(Boolean);
    if (parts.length === 0) continue;
    if (parts.length === 1) out.push(parts[0]!);
    // "opa's" → "opa"; "re-integratie" → "re", "integratie", "reintegratie"
    else if (parts.length === 2 && parts[1] === 's') out.push(parts[0]!);
    else out.push(...parts, parts.join(''));
  }
  return out;
}

/** Dutch function words (after the Snowball list), folded. Never a word that carries meaning in this domain. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door du dus een eens en er ge geen geweest ' +
    'haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn ' +
    'moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want ' +
    'waren was wat we wel werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou mee graag welke waar iemand ' +
    'the and of for to a an with'
  ).split(/\s+/),
);

/** A token that is (or contains) a digit: product codes, house numbers, years. Never stemmed or split. */
export function isCode(token: string): boolean {
  return /\d/.test(token);
}

// ---------------------------------------------------------------------------------------------
// Stemming: Snowball Dutch (https://snowballstem.org/algorithms/dutch/stemmer.html), plus agent
// nouns: -er in R2 is removed, so "begeleider" meets "begeleiding" on "begeleid".
// ---------------------------------------------------------------------------------------------

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

function regions(word: string): { r1: number; r2: number } {
  const after = (start: number) => {
    for (let i = start + 1; i < word.length; i++) if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
    return word.length;
  };
  const r1 = Math.max(3, after(0));
  const r2 = Math.max(r1, after(r1));
  return { r1: Math.min(r1, word.length), r2: Math.min(r2, word.length) };
}

function undouble(word: string): string {
  return /(kk|dd|tt)$/.test(word) ? word.slice(0, -1) : word;
}

const validEnEnding = (word: string, end: number) => end > 0 && !isVowel(word[end - 1]) && word.slice(end - 3, end) !== 'gem';
const validSEnding = (word: string, end: number) => end > 0 && !isVowel(word[end - 1]) && word[end - 1] !== 'j';

const stemCache = new Map<string, string>();

/** The stem of a folded word. Words of fewer than 4 letters and codes stay as they are. */
export function stem(word: string): string {
  if (word.length < 4 || isCode(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = computeStem(word);
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

function computeStem(input: string): string {
  // Mark y (initial or after a vowel) and i between vowels as consonants (upper case).
  let w = '';
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === 'y' && (i === 0 || isVowel(input[i - 1]))) w += 'Y';
    else if (c === 'i' && isVowel(input[i - 1]) && isVowel(input[i + 1]) && i > 0) w += 'I';
    else w += c;
  }
  const { r1, r2 } = regions(w);
  const inR1 = (suffixLength: number) => w.length - suffixLength >= r1;
  const inR2 = (suffixLength: number) => w.length - suffixLength >= r2;

  // Step 1
  if (w.endsWith('heden')) {
    if (inR1(5)) w = `${w.slice(0, -5)}heid`;
  } else if (w.endsWith('ene') || w.endsWith('en')) {
    const n = w.endsWith('ene') ? 3 : 2;
    if (inR1(n) && validEnEnding(w, w.length - n)) w = undouble(w.slice(0, -n));
  } else if (w.endsWith('se') || w.endsWith('s')) {
    const n = w.endsWith('se') ? 2 : 1;
    if (inR1(n) && validSEnding(w, w.length - n)) w = w.slice(0, -n);
  }

  // Step 2
  let removedE = false;
  if (w.endsWith('e') && inR1(1) && !isVowel(w[w.length - 2])) {
    w = undouble(w.slice(0, -1));
    removedE = true;
  }

  // Step 3a
  if (w.endsWith('heid') && inR2(4) && w[w.length - 5] !== 'c') {
    w = w.slice(0, -4);
    if (w.endsWith('en') && inR1(2) && validEnEnding(w, w.length - 2)) w = undouble(w.slice(0, -2));
  }

  // Step 3b (d-suffixes), plus the agent noun -er.
  if ((w.endsWith('end') || w.endsWith('ing')) && inR2(3)) {
    w = w.slice(0, -3);
    if (w.endsWith('ig') && inR2(2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
    else w = undouble(w);
  } else if (w.endsWith('ig') && inR2(2) && w[w.length - 3] !== 'e') {
    w = w.slice(0, -2);
  } else if (w.endsWith('lijk') && inR2(4)) {
    w = w.slice(0, -4);
    if (w.endsWith('e') && inR1(1) && !isVowel(w[w.length - 2])) w = undouble(w.slice(0, -1));
  } else if (w.endsWith('baar') && inR2(4)) {
    w = w.slice(0, -4);
  } else if (w.endsWith('bar') && inR2(3) && removedE) {
    w = w.slice(0, -3);
  } else if (w.endsWith('er') && inR2(2) && !isVowel(w[w.length - 3])) {
    w = w.slice(0, -2);
  }

  // Step 4: undouble a vowel in a final consonant-vowel-vowel-consonant ("maan" → "man").
  const m = /([^aeiouyèI])(aa|ee|oo|uu)([^aeiouyèI])$/.exec(w);
  if (m && w.length >= 4) w = `${w.slice(0, -3)}${m[2]![0]}${m[3]}`;

  return w.replace(/Y/g, 'y').replace(/I/g, 'i');
}

// ---------------------------------------------------------------------------------------------
// Compounds
// ---------------------------------------------------------------------------------------------

const vocabulary: ReadonlySet<string> = new Set(compoundVocabulary.map((p) => fold(p)));
/** Parts may also end a compound in an inflected form: the stems of the vocabulary. */
const vocabularyStems: ReadonlySet<string> = new Set([...vocabulary].map((p) => stem(p)));
const LINKERS = ['s', 'e', 'en'] as const;
const MIN_PART = 3;
const MIN_COMPOUND = 6;

const compoundCache = new Map<string, string[] | null>();

/**
 * The parts of a Dutch compound, or null when the word is not one (or cannot be split with the
 * vocabulary). The fewest parts win: "schuldhulpverlening" → ["schuld", "hulp", "verlening"],
 * "vrijwilligersvervoer" → ["vrijwilliger", "vervoer"] (linking s dropped), "dagbestedingen" →
 * ["dag", "bestedingen"].
 */
export function splitCompound(word: string): string[] | null {
  if (word.length < MIN_COMPOUND || isCode(word)) return null;
  const cached = compoundCache.get(word);
  if (cached !== undefined) return cached;
  const result = computeSplit(word);
  if (compoundCache.size > 200_000) compoundCache.clear();
  compoundCache.set(word, result);
  return result;
}

function computeSplit(word: string): string[] | null {
  const n = word.length;
  // best[i]: the fewest parts that cover word[i..]; null when impossible.
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - MIN_PART; i >= 0; i--) {
    let choice: string[] | null = null;
    for (let j = n; j >= i + MIN_PART; j--) {
      const part = word.slice(i, j);
      if (j === n) {
        if (vocabulary.has(part) || vocabularyStems.has(stem(part)) || vocabularyStems.has(part)) {
          if (!choice || choice.length > 1) choice = [part];
        }
        continue;
      }
      if (!vocabulary.has(part)) continue;
      // The part itself, or the part followed by a linking morpheme.
      const nexts: number[] = [j];
      for (const linker of LINKERS) if (word.startsWith(linker, j)) nexts.push(j + linker.length);
      for (const next of nexts) {
        const rest = best[next];
        if (rest && rest.length > 0 && (!choice || choice.length > rest.length + 1)) choice = [part, ...rest];
      }
    }
    best[i] = choice;
  }
  const parts = best[0];
  return parts && parts.length >= 2 ? parts : null;
}

// ---------------------------------------------------------------------------------------------
// Terms for the index and for queries
// ---------------------------------------------------------------------------------------------

const termCache = new Map<string, string[]>();
const wordCache = new Map<string, string[]>();
const partCache = new Map<string, string[]>();

function cached(cache: Map<string, string[]>, token: string, compute: (token: string) => string[]): string[] {
  let terms = cache.get(token);
  if (terms) return terms;
  terms = compute(token);
  if (cache.size > 200_000) cache.clear();
  cache.set(token, terms);
  return terms;
}

/** The word as written and its stem (stop words give nothing). */
export function wordTerms(token: string): string[] {
  return cached(wordCache, token, (t) => {
    if (stopWords.has(t) || t.length === 0) return [];
    if (isCode(t)) return [t];
    const s = stem(t);
    return s === t ? [t] : [t, s];
  });
}

/** The parts of a compound and their stems, or nothing when the word is not a compound. */
export function partTerms(token: string): string[] {
  return cached(partCache, token, (t) => {
    if (stopWords.has(t)) return [];
    const parts = splitCompound(t);
    if (!parts) return [];
    const set = new Set<string>();
    for (const part of parts) {
      set.add(part);
      set.add(stem(part));
    }
    return [...set];
  });
}

/**
 * Every term a document token is indexed under: the folded word, its stem, and for a compound
 * its parts and their stems. Stop words give no terms.
 */
export function indexTerms(token: string): string[] {
  return cached(termCache, token, (t) => [...new Set([...wordTerms(t), ...partTerms(t)])]);
}

/**
 * Terms for long running text (descriptions): the stem and compound parts, without the word as
 * written when it has a different stem. Queries always try the stem too, so nothing is lost but
 * index size (and build time).
 */
export function lightIndexTerms(token: string): string[] {
  const terms = indexTerms(token);
  return terms.length > 1 && terms[1] !== terms[0] ? terms.slice(1) : terms;
}

/** The distinct content words of a text: folded tokens without stop words. */
export function contentTokens(text: string): string[] {
  return [...new Set(tokenize(text).filter((t) => !stopWords.has(t)))];
}

/** One word of a query, with the forms it may match. */
export interface QueryWord {
  /** The folded word as typed. */
  word: string;
  stem: string;
  /** Parts when the word is a compound ("thuisbegeleiding" → thuis, begeleiding). */
  parts: string[] | null;
  code: boolean;
}

/** The words of a query that carry meaning (stop words left out, duplicates removed). */
export function analyzeQuery(q: string): QueryWord[] {
  const tokens = tokenize(q.slice(0, 200));
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const token of tokens) {
    if (stopWords.has(token) || seen.has(token)) continue;
    seen.add(token);
    const code = isCode(token);
    words.push({ word: token, stem: code ? token : stem(token), parts: code ? null : splitCompound(token), code });
  }
  return words;
}

/** Maximum edit distance for a typed word: none up to 5 letters ("anker" is not "ander"), 1 up to 8, 2 from 9. */
export function fuzzyDistance(word: string): number {
  if (isCode(word) || word.length <= 5) return 0;
  return word.length < 9 ? 1 : 2;
}

/** Levenshtein distance (small strings), for spelling suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}
