import { describe, expect, it } from 'vitest';
import { en, nl } from '../../app/i18n/catalogue';
import { translate, translatePlural } from '../../app/i18n';
import { getLocale, localeFromAcceptLanguage } from '../../app/i18n/locale.server';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty messages and the same placeholders in both languages', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders and chooses plural forms', () => {
    expect(translate('nl', 'home.title', { municipality: 'Gemeente Vlietstede' })).toBe('Hulp en ondersteuning in Gemeente Vlietstede');
    expect(translatePlural('nl', 'search.total', 1)).toBe('1 resultaat');
    expect(translatePlural('nl', 'search.total', 1234)).toBe('1.234 resultaten');
    expect(translatePlural('en', 'search.total', 1234)).toBe('1,234 results');
    expect(translatePlural('nl', 'waiting.weeks', 0)).toBe('Geen wachttijd');
  });
});

describe('choosing the language', () => {
  const request = (headers: Record<string, string>) => new Request('http://localhost/', { headers });

  it('follows Accept-Language on a first visit, with quality values', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,nl;q=0.8')).toBe('nl');
    expect(localeFromAcceptLanguage('fr-FR')).toBeUndefined();
    expect(getLocale(request({ 'Accept-Language': 'fr-FR' }))).toBe('nl');
  });

  it('remembers an explicit choice over Accept-Language', () => {
    expect(getLocale(request({ 'Accept-Language': 'en-US', Cookie: 'a=b; taal=nl' }))).toBe('nl');
    expect(getLocale(request({ Cookie: 'taal=en' }))).toBe('en');
    expect(getLocale(request({ Cookie: 'taal=xx' }))).toBe('nl');
  });
});
