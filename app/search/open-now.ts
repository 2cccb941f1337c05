/**
 * "Open now" for search: each service's opening periods as spans of minutes since Monday 00:00,
 * computed once at indexing, so a query only compares numbers. The same rules as
 * app/domain/opening-hours.ts (periods past midnight run into the next day, 00:00–24:00 is the
 * whole day, Sunday night wraps into Monday); a unit test checks both agree. Pure.
 */
import { localWeekTime, toMinutes, type OpeningPeriod } from '../domain/opening-hours';

const DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * DAY;

export type WeekSpan = readonly [start: number, end: number];

const minutesOf = new Map<string, number>();
function minutes(time: string): number {
  let value = minutesOf.get(time);
  if (value === undefined) {
    value = toMinutes(time);
    minutesOf.set(time, value);
  }
  return value;
}

export function weekSpans(periods: readonly OpeningPeriod[]): WeekSpan[] {
  return periods.map((period) => {
    const start = (period.weekday - 1) * DAY + minutes(period.opensAt);
    let length = minutes(period.closesAt) - minutes(period.opensAt);
    if (length <= 0) length += DAY;
    return [start, start + length] as const;
  });
}

let lastMinute: { key: string; value: number } | undefined;

/**
 * Minutes since Monday 00:00 (Europe/Amsterdam) of a moment. Remembers the last minute asked, so
 * a busy search page does not format the time zone for every request.
 */
export function weekMinuteOf(moment: Date, timeZone = 'Europe/Amsterdam'): number {
  const key = `${timeZone} ${Math.floor(moment.getTime() / 60_000)}`;
  if (lastMinute?.key === key) return lastMinute.value;
  const { weekday, minutes } = localWeekTime(moment, timeZone);
  const value = (weekday - 1) * DAY + minutes;
  lastMinute = { key, value };
  return value;
}

export function isOpenAtWeekMinute(spans: readonly WeekSpan[], now: number): boolean {
  for (const [start, end] of spans) {
    if ((now >= start && now < end) || (now + MINUTES_PER_WEEK >= start && now + MINUTES_PER_WEEK < end)) return true;
  }
  return false;
}
