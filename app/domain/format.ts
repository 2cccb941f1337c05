/** Formatting for display: Dutch notation by default, English on request. Pure. */
import type { Locale } from './enums';

const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** A review mark with one decimal: "8,1" in Dutch, "8.1" in English. */
export function formatMark(locale: Locale, mark: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mark);
}

/** Money from integer cents: "€ 62,50" in Dutch. */
export function formatCents(locale: Locale, cents: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A calendar date (YYYY-MM-DD or Date) as "3 november 2026" / "3 November 2026". */
export function formatDate(locale: Locale, value: string | Date): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A month (YYYY-MM) as "november 2026". */
export function formatMonth(locale: Locale, month: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}

export function formatPercent(locale: Locale, fraction: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(fraction * 100);
}
