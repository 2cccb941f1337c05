/**
 * Translation: pure, shared by server and browser. Both catalogues are small and ship together.
 */
import type { Locale } from '../domain/enums';
import { formatInteger } from '../domain/format';
import { en, nl, type MessageKey } from './catalogue';

export type { MessageKey };
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  const template = catalogues[locale][key] ?? nl[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Picks `<base>.one` or `<base>.other` by count (and `<base>.zero` when it exists). */
export function translatePlural(locale: Locale, base: string, count: number, params: TranslateParams = {}): string {
  const zeroKey = `${base}.zero` as MessageKey;
  const key = (count === 0 && zeroKey in nl ? zeroKey : count === 1 ? `${base}.one` : `${base}.other`) as MessageKey;
  return translate(locale, key, { count: formatInteger(locale, count), ...params });
}

export { formatInteger };

export function makeTranslator(locale: Locale) {
  return {
    locale,
    t: ((key, params) => translate(locale, key, params)) as Translate,
    plural: (base: string, count: number, params?: TranslateParams) => translatePlural(locale, base, count, params),
  };
}

