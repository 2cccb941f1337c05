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

/**
 * A number from 0 to below 999 rounded to one decimal as Intl rounds it, as "tenths" of a whole
 * number: Intl takes the shortest decimal that reads back as the double (0.15, not the
 * 0.1499… it stores) and rounds half away from zero. Undefined for what Intl decides itself:
 * negative numbers, -0, NaN, large numbers (grouping) and tiny ones (written with an exponent).
 *
 * These shortcuts matter most in the browser: the first Intl.NumberFormat or DateTimeFormat a page
 * builds loads the locale data, 20–40 ms of main thread on a phone-class CPU during hydration
 * (issue 12, goal 4). Citizen pages format marks, distances, small amounts and calendar days only.
 */
function tenths(value: number): number | undefined {
  if (!(value < 999 && (value > 0 || Object.is(value, 0)))) return undefined;
  const match = /^(\d+)(?:\.(\d)(\d)?)?\d*$/.exec(String(value));
  if (!match) return undefined;
  return Number(match[1]) * 10 + Number(match[2] ?? 0) + (Number(match[3] ?? 0) >= 5 ? 1 : 0);
}

const decimalSign = (locale: Locale) => (locale === 'nl' ? ',' : '.');

/** A review mark with one decimal: "8,1" in Dutch, "8.1" in English. */
export function formatMark(locale: Locale, mark: number): string {
  const rounded = tenths(mark);
  if (rounded !== undefined) return `${Math.floor(rounded / 10)}${decimalSign(locale)}${rounded % 10}`;
  return markFormat(locale).format(mark);
}

/** Money from integer cents: "€ 62,50" in Dutch. */
export function formatCents(locale: Locale, cents: number): string {
  // The same amounts recur on every comparison (tariffs, costs, room): remembered per language, bounded.
  const texts = centsTexts(locale);
  let text = texts.get(cents);
  if (text === undefined) {
    text = plainCents(cents) ? plainMoney(locale, cents) : moneyFormat(locale).format(cents / 100);
    if (texts.size >= 4096) texts.clear();
    texts.set(cents, text);
  }
  return text;
}

const centsTexts = cached(() => new Map<number, string>());

/** Whole cents from 0 to below € 1,000: no grouping, no sign, two decimals in both languages. */
const plainCents = (cents: number) => Number.isInteger(cents) && cents >= 0 && cents < 100_000;

/** What Intl writes for such an amount: "€ 62,50" (a no-break space) in Dutch, "€62.50" in English. */
function plainMoney(locale: Locale, cents: number): string {
  const amount = `${Math.floor(cents / 100)}${decimalSign(locale)}${String(cents % 100).padStart(2, '0')}`;
  return locale === 'nl' ? `€\u00a0${amount}` : `€${amount}`;
}

/** A whole number with grouping: "1.234" in Dutch, "1,234" in English. */
export function formatInteger(locale: Locale, value: number): string {
  // Below 1000 there is no grouping in either language: the digits alone, without Intl's cost.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return integerFormat(locale).format(value);
}

/** The Gregorian months' names as Intl writes them standing alone in a long date (CLDR "format, wide"). */
const monthNames: Record<Locale, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A calendar day's year, month and day, when `text` starts with one that exists (YYYY-MM-DD, year
 * 1000–9999); otherwise undefined, and Intl decides.
 */
function calendarDay(text: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** A calendar date (YYYY-MM-DD or Date) as "3 november 2026" / "3 November 2026". */
export function formatDate(locale: Locale, value: string | Date): string {
  if (typeof value !== 'string') return dateFormat(locale).format(value);
  const day = value.slice(0, 10);
  const parts = day.length === 10 ? calendarDay(day) : undefined;
  if (parts) return `${parts.day} ${monthNames[locale][parts.month - 1]} ${parts.year}`;
  return dateFormat(locale).format(new Date(`${day}T12:00:00Z`));
}

/** A month (YYYY-MM) as "november 2026". */
export function formatMonth(locale: Locale, month: string): string {
  const parts = month.length === 7 ? calendarDay(month) : undefined;
  if (parts) return `${monthNames[locale][parts.month - 1]} ${parts.year}`;
  return monthFormat(locale).format(new Date(`${month}-15T12:00:00Z`));
}

/** A distance in kilometres with at most one decimal: "2,4". */
export function formatKilometres(locale: Locale, km: number): string {
  const rounded = tenths(km);
  if (rounded !== undefined) return rounded % 10 === 0 ? String(rounded / 10) : `${Math.floor(rounded / 10)}${decimalSign(locale)}${rounded % 10}`;
  return kilometreFormat(locale).format(km);
}

export function formatPercent(locale: Locale, fraction: number): string {
  const percent = fraction * 100;
  // 0 to 999 rounds to whole digits without grouping in both languages: Intl rounds half away
  // from zero, as Math.round does for these (non-negative) numbers; -0 and negatives go to Intl.
  if (percent < 999.5 && (percent > 0 || Object.is(percent, 0))) return String(Math.round(percent));
  return percentFormat(locale).format(percent);
}
