/**
 * Checking the recording forms (issue 13), shared by the actions and their tests. Pure. An error
 * is a message key plus, for personal data, what was found — so the field can say what to remove.
 */
import { choiceReasons, needAnswers, type ChoiceReason, type NeedAnswer } from './enums';
import { isMonth, isNeedCode } from './insight';
import { findPersonalData, type PersonalDataKind } from './personal-data';

export interface FieldError {
  key: string;
  personal?: PersonalDataKind[];
}

export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

export const DESCRIPTION_MAX = 300;
export const REASON_TEXT_MAX = 200;
export const ANSWER_REASON_MAX = 500;

const text = (value: FormDataEntryValue | null): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/**
 * Free text: required or not, at most `max` characters, and no personal data. Text with
 * personal data is refused with the kinds found (the field explains what to take out).
 */
export function checkFreeText(value: string, options: { required: boolean; max: number; errorKey: string }): FieldError | null {
  if (!value) return options.required ? { key: options.errorKey } : null;
  if (value.length > options.max) return { key: options.errorKey };
  const found = findPersonalData(value);
  if (found.length > 0) return { key: 'insight.error.personal', personal: [...new Set(found.map((f) => f.kind))] };
  return null;
}

/** "1250", "1.250,50", "1250.50", "€ 1250" → cents; null for empty; NaN for nonsense. */
export function parseEuroCents(value: string): number | null {
  const cleaned = value.replace(/[€\s]/g, '');
  if (!cleaned) return null;
  let normalized = cleaned;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(cleaned)) normalized = cleaned.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d{1,2})?$/.test(cleaned)) normalized = cleaned.replace(',', '.');
  else if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number.NaN;
  const cents = Math.round(Number(normalized) * 100);
  return Number.isFinite(cents) && cents <= 100_000_000_00 ? cents : Number.NaN;
}

export interface WhereWhatValues {
  month: string;
  districtSlug: string;
  needCode: string;
}

/** Month, district and need: the three facts every recording has. */
export function checkWhereWhat(form: FormData, districtSlugs: ReadonlySet<string>) {
  const values: WhereWhatValues = { month: text(form.get('maand')), districtSlug: text(form.get('wijk')), needCode: text(form.get('behoefte')) };
  const errors: FieldErrors<'maand' | 'wijk' | 'behoefte'> = {};
  if (!isMonth(values.month)) errors.maand = { key: 'insight.error.month' };
  if (!districtSlugs.has(values.districtSlug)) errors.wijk = { key: 'insight.error.district' };
  if (!isNeedCode(values.needCode)) errors.behoefte = { key: 'insight.error.need' };
  return { values, errors };
}

export function checkUnmetNeed(form: FormData, districtSlugs: ReadonlySet<string>, productCodes: ReadonlySet<string>) {
  const base = checkWhereWhat(form, districtSlugs);
  const errors: FieldErrors<'maand' | 'wijk' | 'behoefte' | 'omschrijving' | 'alternatief' | 'kosten'> = { ...base.errors };
  const description = text(form.get('omschrijving'));
  const alternative = text(form.get('alternatief'));
  const costText = text(form.get('kosten'));
  const descriptionError = checkFreeText(description, { required: true, max: DESCRIPTION_MAX, errorKey: 'insight.unmet.error.description' });
  if (descriptionError) errors.omschrijving = descriptionError;
  if (alternative && !productCodes.has(alternative)) errors.alternatief = { key: 'insight.unmet.error.alternative' };
  const cost = parseEuroCents(costText);
  if (cost !== null && Number.isNaN(cost)) errors.kosten = { key: 'insight.unmet.error.cost' };
  return {
    values: { ...base.values, description, alternativeProductCode: alternative || null, alternativeCostCents: cost === null || Number.isNaN(cost) ? null : cost, costText },
    errors,
  };
}

export function checkChoiceReason(form: FormData, needed: boolean) {
  const reasonValue = text(form.get('reden'));
  const reasonText = text(form.get('toelichting'));
  const errors: FieldErrors<'reden' | 'toelichting'> = {};
  let reason: ChoiceReason | null = null;
  if (needed) {
    if ((choiceReasons as readonly string[]).includes(reasonValue)) reason = reasonValue as ChoiceReason;
    else errors.reden = { key: 'insight.choice.error.reason' };
    const textError = checkFreeText(reasonText, { required: reason === 'other', max: REASON_TEXT_MAX, errorKey: 'insight.choice.error.reasonText' });
    if (textError) errors.toelichting = textError;
  }
  return { values: { reason, reasonText: reason === 'other' ? reasonText : null, reasonValue, reasonTextRaw: reasonText }, errors };
}

export function checkNeedAnswer(form: FormData) {
  const answerValue = text(form.get('antwoord'));
  const reason = text(form.get('toelichting'));
  const errors: FieldErrors<'antwoord' | 'toelichting'> = {};
  const answer = (needAnswers as readonly string[]).includes(answerValue) ? (answerValue as NeedAnswer) : null;
  if (!answer) errors.antwoord = { key: 'insight.needs.error.answer' };
  const reasonError = checkFreeText(reason, { required: answer === 'rejected', max: ANSWER_REASON_MAX, errorKey: 'insight.needs.error.reason' });
  if (reasonError) errors.toelichting = reasonError;
  return { values: { answer, reason: reason || null, answerValue }, errors };
}

export function hasErrors(errors: Record<string, unknown>): boolean {
  return Object.values(errors).some(Boolean);
}

export const periodOptions = [6, 12, 24] as const;

/**
 * The dashboard's filters from the URL (tot=YYYY-MM, maanden=6|12|24, wijk=<slug>,
 * behoefte=<code>). An unknown value falls back to its default and sets `invalid`.
 */
export function parseDashboardFilter(params: URLSearchParams, currentMonth: string, districtSlugs: ReadonlySet<string>) {
  let invalid = false;
  const to = params.get('tot') ?? '';
  const months = Number(params.get('maanden') ?? '12');
  const district = params.get('wijk') ?? '';
  const need = params.get('behoefte') ?? '';
  const value = {
    to: isMonth(to) && to <= currentMonth ? to : currentMonth,
    months: (periodOptions as readonly number[]).includes(months) ? months : 12,
    districtSlug: districtSlugs.has(district) ? district : null,
    needCode: isNeedCode(need) ? need : null,
  };
  if ((to && value.to !== to) || value.months !== months || (district && !value.districtSlug) || (need && !value.needCode)) invalid = true;
  return { ...value, invalid };
}

/** The filter as a query string (for links, the CSV export and the print view). */
export function dashboardQuery(filter: { to: string; months: number; districtSlug: string | null; needCode: string | null }): string {
  const params = new URLSearchParams({ tot: filter.to, maanden: String(filter.months) });
  if (filter.districtSlug) params.set('wijk', filter.districtSlug);
  if (filter.needCode) params.set('behoefte', filter.needCode);
  return params.toString();
}
