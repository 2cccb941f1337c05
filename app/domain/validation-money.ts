/** Euro amounts typed the Dutch way, to and from integer cents. Pure. */
import { z } from 'zod';
import { message, type ValidationMessageKey } from './validation-message';

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

/** The largest amount we accept: one billion euro, in cents (fits easily in an integer). */
export const MAX_CENTS = 100_000_000_000;

export type AmountResult = { ok: true; cents: number } | { ok: false; error: ValidationMessageKey };

/**
 * Parses an amount typed the Dutch way into integer cents: "62,50" → 6250, "1.234,56" → 123456,
 * "€ 62" → 6200, "62.5" → 6250 (a dot followed by one or two digits is read as a decimal point;
 * a dot followed by three digits separates thousands). Refuses negative amounts, more than two
 * decimals ("62,505") and anything that is not a number.
 */
export function parseEuroAmount(input: string): AmountResult {
  let text = input.trim().replace(/^€\s*/, '').replace(/^eur\s+/i, '').replace(/\s*€$/, '').replace(/[\u00a0\u202f ]/g, '');
  if (text === '') return { ok: false, error: 'v.required' };
  if (/^[-−–]/.test(text)) return { ok: false, error: 'v.amount.negative' };
  if (text.startsWith('+')) text = text.slice(1);
  let integerPart: string;
  let fraction = '';
  if (text.includes(',')) {
    // Dutch: dots group thousands, one comma before the cents.
    const match = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d*)$/.exec(text);
    if (!match) return { ok: false, error: 'v.amount.format' };
    integerPart = match[1]!.replace(/\./g, '');
    fraction = match[2]!;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    integerPart = text.replace(/\./g, '');
  } else {
    const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
    if (!match) {
      if (/^\d+\.\d{3,}$/.test(text)) return { ok: false, error: 'v.amount.decimals' };
      return { ok: false, error: 'v.amount.format' };
    }
    integerPart = match[1]!;
    fraction = match[2] ?? '';
  }
  if (fraction.length > 2) return { ok: false, error: 'v.amount.decimals' };
  if (integerPart.length > 12) return { ok: false, error: 'v.amount.tooLarge' };
  const cents = Number(integerPart) * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, error: 'v.amount.tooLarge' };
  return { ok: true, cents };
}

/** Cents as the Dutch form value: 6250 → "62,50", 123456 → "1.234,56". */
export function formatCentsForInput(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = String(Math.abs(cents % 100)).padStart(2, '0');
  return `${String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${rest}`;
}

/** A euro amount ≥ 0 with at most two decimals, typed the Dutch way, as integer cents. */
export const euroCents = z
  .string({ required_error: message('v.required'), invalid_type_error: message('v.required') })
  .transform((value, ctx) => {
    const result = parseEuroAmount(value);
    if (!result.ok) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: message(result.error) });
      return z.NEVER;
    }
    return result.cents;
  });
