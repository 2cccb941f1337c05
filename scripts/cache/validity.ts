/**
 * Until when a rendered public page stays true on the app's clock. What these pages compute from
 * "now" (the audit is in the ADR on the anonymous page cache):
 *
 * - days and years, in UTC or in Europe/Amsterdam (the year of a budget ceiling, dates): these
 *   only change at a whole hour UTC; so does Amsterdam's offset (summer time switches at 01:00
 *   UTC). Every entry therefore ends at the next whole hour UTC at the latest;
 * - "open now" on the search page: the minute of the week in Amsterdam against opening periods;
 *   it changes only when that minute reaches the start or end of a period in `schedules`;
 * - review averages count reviews of the last four years: a page changes when a counted review
 *   reaches that age. The search index reuses its review summaries for up to five minutes
 *   (app/search/index.server.ts), so for five minutes after a review aged out an entry lives no
 *   longer than that.
 *
 * Pure functions here, the database reads in clock-bounds.ts.
 */
import { averageCutoff } from '../../app/domain/reviews';
import type { OpeningPeriod } from '../../app/domain/opening-hours';
import { MINUTES_PER_WEEK, weekMinuteOf, weekSpans } from '../../app/search/open-now';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long the app's in-process search index may lag the database: it reuses review summaries
 * for REVIEWS_TTL_MS (5 minutes) and notices changes made by another process within
 * FRESHNESS_INTERVAL_MS (1 minute) — both in app/search/index.server.ts (a test keeps them in step).
 */
export const SEARCH_INDEX_LAG_MS = 5 * MINUTE;

/** The start of the next whole hour UTC after `at` (ms). */
export function nextWholeHour(at: number): number {
  return Math.floor(at / HOUR) * HOUR + HOUR;
}

/** The minutes of the week (0 … 10079) at which some period opens or closes. */
export function openingBoundaries(periods: readonly OpeningPeriod[]): number[] {
  const set = new Set<number>();
  for (const [start, end] of weekSpans(periods)) {
    set.add(start % MINUTES_PER_WEEK);
    set.add(end % MINUTES_PER_WEEK);
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * The first instant after `at` at which "open now" can change, given the sorted boundaries;
 * Infinity without any. Exact as long as Amsterdam's offset does not change before it, which the
 * whole-hour bound guarantees (the caller takes the minimum of both).
 */
export function nextOpeningChange(at: Date, boundaries: readonly number[]): number {
  if (boundaries.length === 0) return Infinity;
  const minute = weekMinuteOf(at);
  const next = boundaries.find((b) => b > minute) ?? boundaries[0]! + MINUTES_PER_WEEK;
  return Math.floor(at.getTime() / MINUTE) * MINUTE + (next - minute) * MINUTE;
}

/**
 * The instant (ms) at which a review created at `createdAt` (unix seconds) stops counting
 * towards averages: the first moment `averageCutoff` passes it. Found by search on the rule
 * itself (it only has to be monotonic), so it stays exact if the rule changes.
 */
export function agingInstant(createdAt: number): number {
  const counts = (at: number) => createdAt >= averageCutoff(new Date(at));
  let low = createdAt * 1000; // counts: a review always counts when it is written
  let step = DAY;
  let high = low + step;
  while (counts(high)) {
    low = high;
    step *= 2;
    high = low + step;
  }
  // counts(low) and !counts(high): narrow down to the millisecond.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (counts(middle)) low = middle;
    else high = middle;
  }
  return high;
}

/** What the clock bound needs from the database. */
export interface ClockFacts {
  /** Sorted minutes of the week at which an opening period starts or ends. */
  openingBoundaries: readonly number[];
  /** The oldest published review that still counts at the instant asked for (unix seconds), if any. */
  oldestCountedReview: number | null;
  /** The youngest published review that no longer counts at that instant (unix seconds), if any. */
  youngestExpiredReview: number | null;
}

/** Until when (ms, app clock) a page rendered at `at` stays true, by the clock alone. */
export function validUntil(at: Date, facts: ClockFacts): number {
  const time = at.getTime();
  let until = Math.min(nextWholeHour(time), nextOpeningChange(at, facts.openingBoundaries));
  if (facts.oldestCountedReview !== null) until = Math.min(until, agingInstant(facts.oldestCountedReview));
  if (facts.youngestExpiredReview !== null) {
    // The search index may still count it for a few minutes after it aged out.
    const settled = agingInstant(facts.youngestExpiredReview) + SEARCH_INDEX_LAG_MS;
    if (settled > time) until = Math.min(until, settled);
  }
  return until;
}
