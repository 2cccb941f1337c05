/**
 * Translation from the full catalogues, for server code (loaders, actions, mails, API). Browser
 * code translates from the messages its page received (app/i18n/messages.ts) and must not import
 * this module's values, or both catalogues end up in the browser bundle.
 */
import type { Locale } from '../domain/enums';
import { en, nl, type MessageKey } from './catalogue';
import { createTranslator, type Translate, type TranslateParams } from './messages';

export type { MessageKey, Translate, TranslateParams };

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

function fullTranslator(locale: Locale) {
  return createTranslator(locale, (key) => (Object.hasOwn(nl, key) ? (catalogues[locale][key] ?? nl[key]) : undefined));
}

// Made on first use: a module-level call would keep this module (and the catalogues) in every
// browser chunk that imports `translate` for a loader, since the bundler could not drop it.
const translators: Partial<Record<Locale, ReturnType<typeof fullTranslator>>> = {};
const translatorFor = (locale: Locale) => (translators[locale] ??= fullTranslator(locale));

export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  return translatorFor(locale).t(key, params);
}

/** Picks `<base>.one` or `<base>.other` by count (and `<base>.zero` when it exists). */
export function translatePlural(locale: Locale, base: string, count: number, params: TranslateParams = {}): string {
  return translatorFor(locale).plural(base, count, params);
}


export function makeTranslator(locale: Locale) {
  const { t, plural, has } = translatorFor(locale);
  return { locale, t, plural, has };
}

