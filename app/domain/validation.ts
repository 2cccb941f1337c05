/**
 * Field rules for everything a person types into the catalogue: the zod field schemas shared by
 * the admin forms (conform, in the browser and in the action), the provider's change requests
 * and the CSV import. Pure: no database, no environment, no React.
 *
 * Every schema takes text (a form field or a CSV cell) and gives the stored value. Errors are
 * message keys from the `validation` catalogue (app/i18n/features/validation.ts), optionally
 * with parameters (app/domain/validation-message.ts). Money amounts are in ./validation-money.ts.
 */
import { z } from 'zod';
import { message, type ValidationMessageKey } from './validation-message';

export * from './validation-message';
export * from './validation-money';

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

const requiredString = () =>
  z.string({ required_error: message('v.required'), invalid_type_error: message('v.required') }).trim();

/**
 * The text a cleaned-up value must match, with `key` as its message even when the cleaning left
 * nothing: conform turns an empty string into undefined at every string schema, a pipe's included,
 * so "." as a KvK number (digits only: "") would otherwise get zod's untranslated "Required".
 */
const cleanedText = (key: ValidationMessageKey) => z.string({ required_error: message(key), invalid_type_error: message(key) });

/** Required free text of at most `max` characters. */
export function requiredText(max: number) {
  return requiredString().min(1, message('v.required')).max(max, message('v.tooLong', { max }));
}

/** Optional free text (empty → undefined) of at most `max` characters. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, message('v.tooLong', { max }))
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : v));
}

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

/** Spaces and dots people type in numbers ("1234 5678", "12.34.56.78") are ignored. */
const digitsOnly = (value: string) => value.replace(/[\s.]/g, '');

/** KvK-nummer: exactly 8 digits. */
export const kvkNumber = requiredString().transform(digitsOnly).pipe(cleanedText('v.kvk').regex(/^\d{8}$/, message('v.kvk')));

/** AGB-code: exactly 8 digits. */
export const agbCode = requiredString().transform(digitsOnly).pipe(cleanedText('v.agb').regex(/^\d{8}$/, message('v.agb')));

/**
 * The stable key of a spreadsheet row (extern id): letters, digits, dot, dash and underscore,
 * starting with a letter or digit, at most 64 characters.
 */
export const externalId = requiredString().pipe(cleanedText('v.externalId').regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, message('v.externalId')));

// ---------------------------------------------------------------------------------------------
// Address and contact
// ---------------------------------------------------------------------------------------------

/** "1234ab", "1234 AB", " 1234  ab " → "1234 AB". Null when it cannot be a Dutch postcode. */
export function normalizePostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  const match = /^([1-9]\d{3})([A-Z]{2})$/.exec(compact);
  if (!match) return null;
  if (['SA', 'SD', 'SS'].includes(match[2]!)) return null;
  return `${match[1]} ${match[2]}`;
}

/** Dutch postcode, stored as `1234 AB` (four digits without a leading zero, a space, two capitals). */
export const postcode = requiredString()
  .min(1, message('v.required'))
  .transform((value, ctx) => {
    const normalized = normalizePostcode(value);
    if (!normalized) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: message('v.postcode') });
      return z.NEVER;
    }
    return normalized;
  });

/**
 * Whether text is a phone number people in the Netherlands can call: a Dutch number of ten
 * digits (0xx…, or +31 / 0031 and nine digits), a free or paid service number (0800/0900/0880),
 * a municipal short number (14 0xx), or an international number (+ and 8 to 15 digits).
 * Spaces, dashes, dots and brackets are allowed as separators.
 */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s\-().]+$/.test(value)) return false;
  const digits = value.replace(/[\s\-().]/g, '');
  return (
    /^0[1-9]\d{8}$/.test(digits) ||
    /^(\+31|0031)[1-9]\d{8}$/.test(digits) ||
    /^0(800|900|906|909)\d{4,7}$/.test(digits) ||
    /^140\d{2,3}$/.test(digits) ||
    (/^\+[1-9]\d{7,14}$/.test(digits) && !digits.startsWith('+31'))
  );
}

/** A phone number, kept as typed (trimmed, inner spaces collapsed). */
export const phone = requiredString()
  .max(30, message('v.tooLong', { max: 30 }))
  .transform((v) => v.replace(/\s+/g, ' '))
  .refine(isPhoneNumber, message('v.phone'));

export const email = requiredString()
  .max(254, message('v.tooLong', { max: 254 }))
  .pipe(cleanedText('v.email').email(message('v.email')));

/**
 * A website: http(s) with a real host name. "www.example.nl" gets "https://" in front; other
 * schemes (javascript:, ftp:) are refused.
 */
export function normalizeUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || /\s/.test(trimmed) || trimmed.startsWith('/') || trimmed.startsWith('\\')) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(url.hostname)) return null;
  if (url.username || url.password) return null;
  return withScheme;
}

export const website = requiredString()
  .max(500, message('v.tooLong', { max: 500 }))
  .transform((value, ctx) => {
    const normalized = normalizeUrl(value);
    if (!normalized) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: message('v.url') });
      return z.NEVER;
    }
    return normalized;
  });

// ---------------------------------------------------------------------------------------------
// Numbers, dates and times
// ---------------------------------------------------------------------------------------------

/** A whole number between min and max (inclusive), typed as text. */
export function wholeNumber(min: number, max: number) {
  return requiredString()
    .pipe(cleanedText('v.wholeNumber').regex(/^-?\d{1,9}$/, message('v.wholeNumber')))
    .transform(Number)
    .pipe(z.number().min(min, message('v.range', { min, max })).max(max, message('v.range', { min, max })));
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** "2026-01-31" stays; "31-1-2026" and "31/01/2026" (the Dutch order) become "2026-01-31". */
export function normalizeDate(value: string): string | null {
  const trimmed = value.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (dutch) {
    const iso = `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) return iso;
  }
  return null;
}

/** A calendar date, stored as YYYY-MM-DD. */
export const calendarDate = requiredString()
  .min(1, message('v.required'))
  .transform((value, ctx) => {
    const normalized = normalizeDate(value);
    if (!normalized) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: message('v.date') });
      return z.NEVER;
    }
    return normalized;
  });

/** A contract year. */
export const contractYear = requiredString()
  .pipe(cleanedText('v.year').regex(/^\d{4}$/, message('v.year')))
  .transform(Number)
  .pipe(z.number().min(2015, message('v.year')).max(2100, message('v.year')));

/** A time of day "HH:MM" from 00:00 to 24:00 ("9:30" and "9.30" are accepted). */
export function normalizeTime(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

export const timeOfDay = requiredString().transform((value, ctx) => {
  const normalized = normalizeTime(value);
  if (!normalized) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: message('v.time') });
    return z.NEVER;
  }
  return normalized;
});

export const latitude = requiredString()
  .transform((v) => v.replace(',', '.'))
  .pipe(cleanedText('v.latitude').regex(/^-?\d{1,2}(\.\d{1,8})?$/, message('v.latitude')))
  .transform(Number)
  .pipe(z.number().min(-90, message('v.latitude')).max(90, message('v.latitude')));

export const longitude = requiredString()
  .transform((v) => v.replace(',', '.'))
  .pipe(cleanedText('v.longitude').regex(/^-?\d{1,3}(\.\d{1,8})?$/, message('v.longitude')))
  .transform(Number)
  .pipe(z.number().min(-180, message('v.longitude')).max(180, message('v.longitude')));

// ---------------------------------------------------------------------------------------------
// Periods and tariffs
// ---------------------------------------------------------------------------------------------

export interface Period {
  validFrom: string;
  validTo: string | null;
}

/** Whether two periods (inclusive dates; no end date = open-ended) share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');
}

export interface TariffPeriod extends Period {
  id: string;
  organizationId: string;
  productCode: string;
  archived?: boolean;
}

/**
 * The first other, non-archived tariff of the same organisation and product whose period
 * overlaps the candidate's: a product has one price per provider on any day.
 */
export function findOverlappingTariff<T extends TariffPeriod>(
  candidate: Omit<TariffPeriod, 'id'> & { id?: string | null },
  existing: readonly T[],
): T | undefined {
  return existing.find(
    (other) =>
      other.id !== candidate.id &&
      !other.archived &&
      other.organizationId === candidate.organizationId &&
      other.productCode === candidate.productCode &&
      periodsOverlap(candidate, other),
  );
}

/** Adds "valid from ≤ valid to" to an object schema, reported at `validTo`. */
export function refineDateOrder(value: { validFrom?: string | undefined; validTo?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['validTo'], message: message('v.dateOrder') });
  }
}

/** Adds "minimum age ≤ maximum age", reported at `maximumAge`. */
export function refineAgeOrder(value: { minimumAge?: number | null | undefined; maximumAge?: number | null | undefined }, ctx: z.RefinementCtx) {
  if (value.minimumAge != null && value.maximumAge != null && value.minimumAge > value.maximumAge) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['maximumAge'], message: message('v.ageOrder') });
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers for optional fields and choices
// ---------------------------------------------------------------------------------------------

/** Makes a text-taking field schema optional: an absent or empty value becomes null. */
export function optional<T extends z.ZodTypeAny>(schema: T) {
  return z
    .preprocess((value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value), schema.optional())
    .transform((value) => (value === undefined ? null : (value as z.output<T>)));
}

/** One of a fixed list of codes. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { errorMap: () => ({ message: message('v.choice') }) });
}
