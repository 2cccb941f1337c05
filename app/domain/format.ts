/** Formatting for display: Dutch notation by default, English on request. Pure. */
import type { Locale } from './enums';

export const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/**
 * One Intl formatter per locale and kind, made on first use: constructing them costs far more
 * than formatting, and pages format hundreds of numbers.
 */
function cached<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const byLocale = new Map<Locale, T>();
  return (locale) => {
    let formatter = byLocale.get(locale);
    if (!formatter) byLocale.set(locale, (formatter = make(locale)));
    return formatter;
  };
}

const markFormat = cached((l) => new Intl.NumberFormat(intlLocale(l), { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const moneyFormat = cached((l) => new Intl.NumberFormat(intlLocale(l), { style: 'currency', currency: 'EUR' }));
const integerFormat = cached((l) => new Intl.NumberFormat(intlLocale(l)));
const kilometreFormat = cached((l) => new Intl.NumberFormat(intlLocale(l), { maximumFractionDigits: 1 }));
const percentFormat = cached((l) => new Intl.NumberFormat(intlLocale(l), { maximumFractionDigits: 0 }));
const dateFormat = cached(
  (l) => new Intl.DateTimeFormat(intlLocale(l), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
);
const monthFormat = cached((l) => new Intl.DateTimeFormat(intlLocale(l), { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }));

/** A review mark with one decimal: "8,1" in Dutch, "8.1" in English. */
export function formatMark(locale: Locale, mark: number): string {
  return markFormat(locale).format(mark);
}

/** Money from integer cents: "€ 62,50" in Dutch. */
export function formatCents(locale: Locale, cents: number): string {
  // The same amounts recur on every comparison (tariffs, costs, room): remembered per language, bounded.
  const texts = centsTexts(locale);
  let text = texts.get(cents);
  if (text === undefined) {
    text = moneyFormat(locale).format(cents / 100);
    if (texts.size >= 4096) texts.clear();
    texts.set(cents, text);
  }
  return text;
}

const centsTexts = cached(() => new Map<number, string>());

/** A whole number with grouping: "1.234" in Dutch, "1,234" in English. */
export function formatInteger(locale: Locale, value: number): string {
  // Below 1000 there is no grouping in either language: the digits alone, without Intl's cost.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return integerFormat(locale).format(value);
}

/**
 * Formatted days and months by language: a page shows the same few dates many times (waiting
 * times reported on, reviews' months), and formatting one costs far more than looking it up.
 * Bounded: emptied when it holds 2,000.
 */
const formattedDays = new Map<string, string>();
function rememberedFormat(key: string, format: () => string): string {
  let text = formattedDays.get(key);
  if (text === undefined) {
    if (formattedDays.size >= 2000) formattedDays.clear();
    formattedDays.set(key, (text = format()));
  }
  return text;
}

/** A calendar date (YYYY-MM-DD or Date) as "3 november 2026" / "3 November 2026". */
export function formatDate(locale: Locale, value: string | Date): string {
  if (typeof value !== 'string') return dateFormat(locale).format(value);
  const day = value.slice(0, 10);
  return rememberedFormat(`d ${locale} ${day}`, () => dateFormat(locale).format(new Date(`${day}T12:00:00Z`)));
}

/** A month (YYYY-MM) as "november 2026". */
export function formatMonth(locale: Locale, month: string): string {
  return rememberedFormat(`m ${locale} ${month}`, () => monthFormat(locale).format(new Date(`${month}-15T12:00:00Z`)));
}

/** A distance in kilometres with at most one decimal: "2,4". */
export function formatKilometres(locale: Locale, km: number): string {
  return kilometreFormat(locale).format(km);
}

export function formatPercent(locale: Locale, fraction: number): string {
  const percent = fraction * 100;
  // 0 to 999 rounds to whole digits without grouping in both languages: Intl rounds half away
  // from zero, as Math.round does for these (non-negative) numbers; -0 and negatives go to Intl.
  if (percent < 999.5 && (percent > 0 || Object.is(percent, 0))) return String(Math.round(percent));
  return percentFormat(locale).format(percent);
}
