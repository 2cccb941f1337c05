/**
 * Weekly opening hours. A period whose closing time is earlier than its opening time crosses
 * midnight (22:00–02:00 on Friday runs into Saturday); 00:00–24:00 is open all day. Pure.
 */
import type { Weekday } from './enums';

export interface OpeningPeriod {
  weekday: number;
  opensAt: string;
  closesAt: string;
}

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

export function toMinutes(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function isAllDay(period: OpeningPeriod): boolean {
  return period.opensAt === '00:00' && period.closesAt === '24:00';
}

export function crossesMidnight(period: OpeningPeriod): boolean {
  return toMinutes(period.closesAt) < toMinutes(period.opensAt);
}

/** The period as [start, end) minutes since Monday 00:00; end may pass the end of the week. */
function weekSpan(period: OpeningPeriod): [number, number] {
  const start = (period.weekday - 1) * MINUTES_PER_DAY + toMinutes(period.opensAt);
  let length = toMinutes(period.closesAt) - toMinutes(period.opensAt);
  if (length <= 0) length += MINUTES_PER_DAY;
  return [start, start + length];
}

/** Weekday (1 = Monday) and minutes since midnight of a moment, in the Europe/Amsterdam zone. */
export function localWeekTime(moment: Date, timeZone = 'Europe/Amsterdam'): { weekday: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1) as Weekday;
  return { weekday, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Whether any period is open at `moment`, including periods that began the day before. */
export function isOpenAt(periods: readonly OpeningPeriod[], moment: Date, timeZone?: string): boolean {
  const { weekday, minutes } = localWeekTime(moment, timeZone);
  const now = (weekday - 1) * MINUTES_PER_DAY + minutes;
  return periods.some((period) => {
    const [start, end] = weekSpan(period);
    // Sunday night into Monday morning wraps around the week.
    return (now >= start && now < end) || (now + MINUTES_PER_WEEK >= start && now + MINUTES_PER_WEEK < end);
  });
}

/** Periods grouped per weekday (1–7), each day sorted by opening time. */
export function groupByWeekday<T extends OpeningPeriod>(periods: readonly T[]): Map<number, T[]> {
  const days = new Map<number, T[]>();
  for (const period of [...periods].sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt))) {
    const list = days.get(period.weekday) ?? [];
    list.push(period);
    days.set(period.weekday, list);
  }
  return days;
}
