/** Moments and waiting times in words, in the visitor's language. Pure (shared by server and browser). */
import type { Locale } from '../domain/enums';
import { formatDate } from '../domain/format';
import { translatePlural } from '../i18n';

/** A waiting time: "30 seconden", "2 minuten" (whole minutes, rounded up, from 60 s). */
export function formatWait(locale: Locale, seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return translatePlural(locale, 'duration.seconds', whole);
  return translatePlural(locale, 'duration.minutes', Math.ceil(whole / 60));
}

/** A moment as "23 november 2026 14:05" (Amsterdam time). */
export function formatDateTime(locale: Locale, value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const time = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
  return `${formatDate(locale, date)} ${time}`;
}
