/** The rules for review averages, shared by the provider page, search cards and sorting. Pure. */

/** Reviews older than this stay readable but leave the averages. */
export const REVIEW_AVERAGE_MAX_AGE_YEARS = 4;
/** Below this many counted reviews an average is shown as provisional. */
export const PROVISIONAL_BELOW = 5;

/** The oldest creation moment (unix seconds) that still counts towards averages at `now`. */
export function averageCutoff(now: Date): number {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - REVIEW_AVERAGE_MAX_AGE_YEARS);
  return Math.floor(cutoff.getTime() / 1000);
}

export interface ReviewSummary {
  /** Mean overall mark of the counted reviews, or null when none count. */
  average: number | null;
  /** Reviews that count towards the average (published, not older than 4 years). */
  count: number;
  /** Share (0–1) of counted reviews that would recommend, or null when none count. */
  recommendShare: number | null;
  provisional: boolean;
}

export function summarize(count: number, sumOverall: number, recommendCount: number): ReviewSummary {
  if (count <= 0) return { average: null, count: 0, recommendShare: null, provisional: true };
  return {
    average: Math.round((sumOverall / count) * 10) / 10,
    count,
    recommendShare: recommendCount / count,
    provisional: count < PROVISIONAL_BELOW,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing a review: the rules the form, the action and the model share
// ---------------------------------------------------------------------------------------------

/** The explanation: at least this many characters … */
export const REVIEW_BODY_MIN = 50;
/** … and at most this many. */
export const REVIEW_BODY_MAX = 1500;
/** The experience may be at most this many months ago (3 years). */
export const EXPERIENCE_MAX_MONTHS_AGO = 36;
/** One review per person per provider in this many months; a second attempt edits the first. */
export const ONE_REVIEW_PER_MONTHS = 12;
/** New reviews one account may write per 24 hours. */
export const REVIEWS_PER_ACCOUNT_PER_DAY = 5;
/** New reviews from one IP address (as a keyed hash) per 24 hours. */
export const REVIEWS_PER_IP_PER_DAY = 10;
/** Reports one person or IP address may send per 24 hours. */
export const REPORTS_PER_DAY = 10;
/** Wrong invitation codes one IP address may try per 24 hours. */
export const INVITATION_ATTEMPTS_PER_DAY = 20;
/** An invitation code is valid this many days. */
export const INVITATION_VALID_DAYS = 90;
/** The display name of the author. */
export const AUTHOR_NAME_MIN = 2;
export const AUTHOR_NAME_MAX = 60;
/** A provider's reply, a report and a moderator's statement of reasons. */
export const REPLY_MIN = 10;
export const REPLY_MAX = 1500;
export const REASON_MIN = 10;
export const REASON_MAX = 1000;

/** The rules of the code of conduct (/gedragscode); a rejection and a report name one. */
export const conductRules = ['own_experience', 'personal_data', 'respect', 'no_advertising', 'honest', 'other'] as const;
export type ConductRule = (typeof conductRules)[number];

/** Why someone reports a published review. */
export const reportCategories = ['personal_data', 'offensive', 'not_own_experience', 'advertising', 'false', 'other'] as const;
export type ReportCategory = (typeof reportCategories)[number];

const DAY_SECONDS = 24 * 60 * 60;

/** "YYYY-MM" of a moment, in the Dutch calendar (Europe/Amsterdam). */
export function monthOf(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).formatToParts(date);
  const year = parts.find((p) => p.type === 'year')?.value ?? '1970';
  const month = parts.find((p) => p.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

/** Months between two "YYYY-MM" values (b − a). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

export type ExperienceMonthProblem = 'format' | 'future' | 'tooOld';

/** Why an experience month is not allowed at `now`, or null when it is. */
export function experienceMonthProblem(month: string, now: Date): ExperienceMonthProblem | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return 'format';
  const ago = monthsBetween(month, monthOf(now));
  if (ago < 0) return 'future';
  if (ago > EXPERIENCE_MAX_MONTHS_AGO) return 'tooOld';
  return null;
}

/** The months a resident may choose, newest first: this month back to 36 months ago. */
export function allowedExperienceMonths(now: Date): string[] {
  const [year, month] = monthOf(now).split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = 0; i <= EXPERIENCE_MAX_MONTHS_AGO; i++) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** Unix seconds from which an earlier review by the same person blocks a new one. */
export function oneReviewWindowStart(now: Date): number {
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - ONE_REVIEW_PER_MONTHS);
  return Math.floor(start.getTime() / 1000);
}

/** Unix seconds from which writes count towards the daily limits (a rolling 24 hours). */
export function dailyWindowStart(now: Date): number {
  return Math.floor(now.getTime() / 1000) - DAY_SECONDS;
}

/** Whether a review created at `createdAt` (unix seconds) still counts towards averages. */
export function countsTowardsAverage(createdAt: number, now: Date): boolean {
  return createdAt >= averageCutoff(now);
}

/** When an invitation made at `now` expires. */
export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * DAY_SECONDS * 1000);
}

/** Invitation codes use letters and digits that cannot be mistaken when read out (no 0/O, 1/I/L). */
export const INVITATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITATION_CODE_LENGTH = 8;

/** Upper case, without spaces, dashes and dots, as a resident may type it. */
export function normalizeInvitationCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.]/g, '').slice(0, 64);
}

/** "ABCD-EFGH": easier to read out and type. */
export function formatInvitationCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function looksLikeInvitationCode(normalized: string): boolean {
  return normalized.length === INVITATION_CODE_LENGTH && [...normalized].every((c) => INVITATION_ALPHABET.includes(c));
}

/** "[rule] explanation": how a reason with its rule (or a report with its category) is stored. */
export function encodeReason(rule: string, explanation: string): string {
  return `[${rule}] ${explanation}`;
}

/** The rule and the explanation of a stored reason; `rule` is null for free text (older rows). */
export function decodeReason(stored: string | null): { rule: string | null; text: string } | null {
  if (stored === null) return null;
  const match = /^\[([a-z_]+)\] ([\s\S]*)$/.exec(stored);
  return match ? { rule: match[1]!, text: match[2]! } : { rule: null, text: stored };
}

// ---------------------------------------------------------------------------------------------
// Showing reviews: per-dimension averages and the distribution of overall marks
// ---------------------------------------------------------------------------------------------

export interface DimensionAverage<D extends string = string> {
  dimension: D;
  /** Mean of the marks given for this dimension (one decimal), or null when none. */
  average: number | null;
  /** How many counted reviews gave a mark for this dimension. */
  count: number;
}

export function averageOf(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : null;
}

/** Ten buckets (marks 1–10) from a list of `{ mark, count }` rows; unknown marks are ignored. */
export function histogram(rows: readonly { mark: number; count: number }[]): number[] {
  const buckets = Array.from({ length: 10 }, () => 0);
  for (const row of rows) {
    if (Number.isInteger(row.mark) && row.mark >= 1 && row.mark <= 10) buckets[row.mark - 1]! += row.count;
  }
  return buckets;
}

/**
 * Sorting by mark uses a Bayesian average: every provider starts as if it already had
 * `BAYES_PRIOR_WEIGHT` reviews with the overall mean mark, so 2 reviews of 10 do not beat 80 reviews
 * of 8,6. The shown mark stays the plain average (`summarize`).
 */
export const BAYES_PRIOR_WEIGHT = 5;

export function bayesianAverage(
  summary: Pick<ReviewSummary, 'average' | 'count'>,
  priorMean: number,
  priorWeight: number = BAYES_PRIOR_WEIGHT,
): number {
  const count = summary.average === null ? 0 : summary.count;
  const sum = (summary.average ?? 0) * count;
  return (priorWeight * priorMean + sum) / (priorWeight + count);
}

/** The mean mark over all counted reviews of the given summaries (the prior), or `fallback` without any. */
export function overallMeanMark(summaries: Iterable<Pick<ReviewSummary, 'average' | 'count'>>, fallback = 7): number {
  let sum = 0;
  let count = 0;
  for (const s of summaries) {
    if (s.average === null || s.count <= 0) continue;
    sum += s.average * s.count;
    count += s.count;
  }
  return count === 0 ? fallback : sum / count;
}
