/**
 * Automatic flags for the moderation queue: hints for a moderator, never a decision. Pure.
 * Personal data (a BSN that passes the 11-test, phone numbers, e-mail addresses, links), names
 * of staff after "mevrouw/meneer", swear words, text in capitals and near-duplicates of another
 * review (word shingles compared with the Jaccard index).
 */

export const reviewFlagKinds = ['bsn', 'phone', 'email', 'link', 'staffName', 'swearing', 'capitals', 'nearDuplicate'] as const;
export type ReviewFlagKind = (typeof reviewFlagKinds)[number];

export interface ReviewFlag {
  kind: ReviewFlagKind;
  /** The text that raised the flag (for a near-duplicate: the start of the other review). */
  match: string;
  /** For a near-duplicate: the other review and how similar it is (0–1). */
  otherReviewId?: number;
  similarity?: number;
}

// ---------------------------------------------------------------------------------------------
// BSN (burgerservicenummer) by the 11-test
// ---------------------------------------------------------------------------------------------

/** The 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Nine digits, optionally split by single spaces, dots or dashes, not part of a longer number. */
const NINE_DIGITS = /(?<!\d[\s.-]?)\d(?:[\s.-]?\d){8}(?![\s.-]?\d)/g;

export function findBsns(text: string): string[] {
  return [...text.matchAll(NINE_DIGITS)].map((m) => m[0]).filter(isValidBsn);
}

// ---------------------------------------------------------------------------------------------
// Phone numbers, e-mail addresses, links
// ---------------------------------------------------------------------------------------------

const PHONE_PATTERNS = [
  // Dutch: 0 or +31 / 0031, an optional (0), then nine digits: 06-12345678, 010 123 45 67, +31 (0)6 1234 5678.
  /(?<![\d+])(?:\+31|0031|0)[\s.-]?(?:\(0\)[\s.-]?)?[1-9](?:[\s.-]?\d){8}(?![\s.-]?\d)/g,
  // Information and free numbers: 0800-1234, 0900 1234567.
  /(?<!\d)0[89]0[09][\s.-]?\d{4}(?:\d{3})?(?![\s.-]?\d)/g,
  // Other international numbers: +32 2 123 45 67.
  /(?<![\d+])\+(?!31)\d{1,3}[\s.-]?\(?\d\)?(?:[\s.-]?\d){6,12}(?![\s.-]?\d)/g,
];

export function findPhoneNumbers(text: string): string[] {
  return PHONE_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;

export function findEmailAddresses(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((m) => m[0]);
}

const TOP_LEVEL_DOMAINS = 'nl|com|org|net|eu|be|de|info|io|app|nu|online|shop|site|biz|me|tv|co|uk|fr';
const LINK_PATTERNS = [
  /\bhttps?:\/\/[^\s<>"]+/gi,
  /(?<![@\w/.-])www\.[^\s<>"]+/gi,
  new RegExp(`(?<![@\\w/.-])[a-z\\d][a-z\\d-]*(?:\\.[a-z\\d-]+)*\\.(?:${TOP_LEVEL_DOMAINS})\\b(?:/[^\\s<>"]*)?`, 'gi'),
];

export function findLinks(text: string): string[] {
  const found: string[] = [];
  for (const pattern of LINK_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const link = m[0].replace(/[.,;:!?)]+$/, '');
      if (!found.some((f) => f.includes(link))) found.push(link);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Names of staff after a title
// ---------------------------------------------------------------------------------------------

const NAME_PART = "\\p{Lu}[\\p{L}'’-]+";
const STAFF_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Mm]evrouw|[Mm]eneer|[Mm]evr\\.?|[Mm]w\\.|[Dd]hr\\.?|[Dd]e heer|[Jj]uf(?:frouw)?|[Mm]eester|[Zz]uster|[Dd]okter|[Dd]r\\.)\\s+` +
    `(?:(?:van|de|der|den|ter|ten|van der|van den|van de)\\s+)?${NAME_PART}(?:\\s+${NAME_PART})?`,
  'gu',
);

/** "begeleider Sanne", "wijkverpleegkundige Ahmed": a role followed by a name. */
const ROLE_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Bb]egeleid(?:st)?er|[Mm]edewerk(?:st)?er|(?:[Ww]ijk)?[Vv]erpleegkundige|[Hh]ulpverlener|[Cc]oach|[Cc]onsulent|` +
    `[Cc]asemanager|[Zz]orgverlener|[Tt]herapeut|[Pp]sycholoog|[Hh]uishoudelijke hulp|[Tt]huiszorgmedewerker)\\s+${NAME_PART}`,
  'gu',
);
/** "… Marjolein van het team …": a name (not at the start of a sentence) that belongs to the team. */
const NAME_OF_TEAM = new RegExp(
  `(?<=\\p{Ll}[,]?\\s)${NAME_PART}(?= van (?:het|de) (?:team|thuiszorg|wijkteam|zorg|begeleiding|organisatie|praktijk|locatie)\\b)`,
  'gu',
);

export function findStaffNames(text: string): string[] {
  return [STAFF_NAME, ROLE_NAME, NAME_OF_TEAM].flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

// ---------------------------------------------------------------------------------------------
// Swear words (a hint list: a moderator decides)
// ---------------------------------------------------------------------------------------------

/** A word that starts with one of these is flagged (kut, kutzooi, klotezooi …). */
const SWEAR_PREFIXES = [
  'kut',
  'klote',
  'kolere',
  'tering',
  'tyfus',
  'pleuris',
  'godver',
  'godsamme',
  'klootzak',
  'kankerlijer',
  'kankerzooi',
  'kankerhoer',
  'teringlijer',
  'debiel',
  'idioot',
  'idiote',
  'prutser',
  'oplichter',
  'fuck',
  'shit',
  'bitch',
  'flikker',
  'asshole',
];
/** Only these exact words (they start many innocent words: hoera, lullig, sukkelen). */
const SWEAR_WORDS = [
  'lul',
  'lullen',
  'eikel',
  'eikels',
  'hoer',
  'hoeren',
  'sukkel',
  'sukkels',
  'mongool',
  'mongolen',
  'randdebiel',
  'tief',
];

const WORD = /[\p{L}]+/gu;

export function findSwearWords(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (SWEAR_WORDS.includes(word) || SWEAR_PREFIXES.some((prefix) => word.startsWith(prefix))) found.push(m[0]);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Text in capitals
// ---------------------------------------------------------------------------------------------

/** Mostly capitals (at least 20 letters, 60 % upper case), or four capitalised words in a row. */
export function findShouting(text: string): string[] {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters >= 20 && upper / letters >= 0.6) return [text.length > 60 ? `${text.slice(0, 60)}…` : text];
  const run = /(?:(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])[\s,.!?-]+){3}\p{Lu}{2,}(?![\p{L}])/u.exec(text);
  return run ? [run[0]] : [];
}

// ---------------------------------------------------------------------------------------------
// Near-duplicates
// ---------------------------------------------------------------------------------------------

/** Word shingles (three words) of a text, without case, accents and punctuation. */
export function shingles(text: string, size = 3): Set<string> {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  const result = new Set<string>();
  if (words.length === 0) return result;
  if (words.length < size) {
    result.add(words.join(' '));
    return result;
  }
  for (let i = 0; i + size <= words.length; i++) result.add(words.slice(i, i + size).join(' '));
  return result;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** From this Jaccard similarity on, two reviews count as near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

export interface ComparableReview {
  id: number;
  body: string;
}

/** The other reviews whose text is nearly the same as `body`, most similar first. */
export function findNearDuplicates(
  body: string,
  others: readonly ComparableReview[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): { id: number; similarity: number; body: string }[] {
  const mine = shingles(body);
  return others
    .map((other) => ({ id: other.id, body: other.body, similarity: jaccard(mine, shingles(other.body)) }))
    .filter((o) => o.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || a.id - b.id);
}

// ---------------------------------------------------------------------------------------------
// All flags for one review
// ---------------------------------------------------------------------------------------------

/** The flags for a text; `staffNames` only for the explanation (an author may call themselves "zoon van meneer X"). */
export function flagText(text: string, options: { staffNames?: boolean } = {}): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const add = (kind: ReviewFlagKind, matches: string[]) => {
    for (const match of matches) if (!flags.some((f) => f.kind === kind && f.match === match)) flags.push({ kind, match });
  };
  add('bsn', findBsns(text));
  add('phone', findPhoneNumbers(text));
  add('email', findEmailAddresses(text));
  add('link', findLinks(text));
  if (options.staffNames ?? true) add('staffName', findStaffNames(text));
  add('swearing', findSwearWords(text));
  add('capitals', findShouting(text));
  return flags;
}

/** Every flag for a review: its explanation, its display name and near-duplicates among `others`. */
export function flagReview(
  review: { id?: number; body: string; authorName: string },
  others: readonly ComparableReview[] = [],
): ReviewFlag[] {
  const flags = flagText(review.body);
  for (const flag of flagText(review.authorName, { staffNames: false })) {
    if (!flags.some((f) => f.kind === flag.kind && f.match === flag.match)) flags.push(flag);
  }
  const candidates = others.filter((o) => o.id !== review.id);
  for (const duplicate of findNearDuplicates(review.body, candidates).slice(0, 3)) {
    const excerpt = duplicate.body.length > 80 ? `${duplicate.body.slice(0, 80)}…` : duplicate.body;
    flags.push({
      kind: 'nearDuplicate',
      match: excerpt,
      otherReviewId: duplicate.id,
      similarity: Math.round(duplicate.similarity * 100) / 100,
    });
  }
  return flags;
}
