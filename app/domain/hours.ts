/**
 * Opening hours in the maintenance forms: a fixed grid of two periods per weekday (works without
 * JavaScript), turned into schedule rows and back, and a stable text summary for the audit log
 * and the "what changed" message. Pure.
 */
import { HOURS_SLOTS_PER_DAY } from './catalogue-forms';

export interface HoursPeriod {
  weekday: number;
  opensAt: string;
  closesAt: string;
}

export interface HoursSlot {
  weekday: number | null;
  opensAt: string | null;
  closesAt: string | null;
}

/** The filled slots of a submitted grid as periods, sorted. */
export function periodsFromSlots(slots: readonly HoursSlot[]): HoursPeriod[] {
  return sortPeriods(
    slots
      .filter((s): s is HoursPeriod => Boolean(s.weekday && s.opensAt && s.closesAt))
      .map((s) => ({ weekday: s.weekday, opensAt: s.opensAt, closesAt: s.closesAt })),
  );
}

export function sortPeriods<T extends HoursPeriod>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt) || a.closesAt.localeCompare(b.closesAt));
}

/** The grid for a form: for each weekday HOURS_SLOTS_PER_DAY slots, filled from the periods. */
export function slotsFromPeriods(periods: readonly HoursPeriod[]): HoursSlot[] {
  const slots: HoursSlot[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const day = sortPeriods(periods.filter((p) => p.weekday === weekday));
    for (let i = 0; i < HOURS_SLOTS_PER_DAY; i++) {
      const p = day[i];
      slots.push({ weekday, opensAt: p?.opensAt ?? null, closesAt: p?.closesAt ?? null });
    }
  }
  return slots;
}

/** "1 09:00-17:00; 3 13:00-17:00" — stable, language-neutral. Empty text: no opening hours. */
export function hoursSummary(periods: readonly HoursPeriod[]): string {
  return sortPeriods(periods)
    .map((p) => `${p.weekday} ${p.opensAt}-${p.closesAt}`)
    .join('; ');
}

/** Periods back from a summary (for showing it per weekday). */
export function parseHoursSummary(summary: string): HoursPeriod[] {
  return summary
    .split(';')
    .map((part) => /^\s*([1-7]) (\d{2}:\d{2})-(\d{2}:\d{2})\s*$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ weekday: Number(m[1]), opensAt: m[2]!, closesAt: m[3]! }));
}
