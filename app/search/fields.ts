/**
 * What of a service goes into which search field, how each field is tokenised and turned into
 * terms, and the field weights. Pure.
 */
import { findProductCategory } from '../domain/categories';
import { translate, type MessageKey } from '../i18n';
import type { SearchDocument } from './document';
import type { IndexedDocument } from './facets';
import type { PhraseSource } from './suggestions';
import { indexTerms, lightIndexTerms, partTerms, tokenize, wordTerms } from './text';

export const searchFields = ['name', 'organization', 'category', 'codes', 'synonyms', 'parts', 'place', 'target', 'languages', 'description'] as const;
export type SearchField = (typeof searchFields)[number];

/**
 * Name, category and codes weigh more than the description; compound parts of the names ("begeleiding"
 * in "Budgetbegeleiding") count, but less than the whole word.
 */
export const fieldBoosts: Record<SearchField, number> = {
  name: 4,
  organization: 2.5,
  category: 3,
  codes: 8,
  synonyms: 2.5,
  parts: 1.5,
  place: 1.5,
  target: 1,
  languages: 1.5,
  description: 0.6,
};

/**
 * Copies exactly the public fields of a search document, so nothing else a caller might pass
 * along (a tariff, a ceiling) can ever be stored in the index.
 */
export function publicFields(d: SearchDocument): SearchDocument {
  return {
    id: d.id,
    name: d.name,
    description: d.description,
    kind: d.kind,
    law: d.law,
    status: d.status,
    categoryCode: d.categoryCode,
    productCode: d.productCode,
    productNameNl: d.productNameNl,
    productNameEn: d.productNameEn,
    targetGroup: d.targetGroup,
    minimumAge: d.minimumAge,
    maximumAge: d.maximumAge,
    waitingWeeks: d.waitingWeeks,
    acceptingNewClients: d.acceptingNewClients,
    organizationId: d.organizationId,
    organizationName: d.organizationName,
    organizationSlug: d.organizationSlug,
    languages: [...d.languages],
    districts: d.districts.map((x) => ({ slug: x.slug, name: x.name })),
    cities: [...d.cities],
    wheelchairAccessible: d.wheelchairAccessible,
    locationIds: [...d.locationIds],
    points: d.points.map((p) => ({ latitude: p.latitude, longitude: p.longitude })),
    openingPeriods: d.openingPeriods.map((p) => ({ weekday: p.weekday, opensAt: p.opensAt, closesAt: p.closesAt })),
  };
}

const languageNames = new Map<string, string>();
function languageText(code: string): string {
  let text = languageNames.get(code);
  if (text === undefined) {
    const key = `language.${code}` as MessageKey;
    text = `${translate('nl', key)} ${translate('en', key)}`;
    languageNames.set(code, text);
  }
  return text;
}

const tokenCache = new Map<string, string[]>();

/**
 * Tokens of a field value, remembered for short values: category, district, language and synonym
 * texts repeat across thousands of services.
 */
function tokenizeRepeated(text: string): string[] {
  if (text.length > 160) return tokenize(text);
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = tokenize(text);
    if (tokenCache.size > 100_000) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** Fields where how often a word occurs says nothing (lists of names and words): each word counts once. */
const setFields: ReadonlySet<string> = new Set(['category', 'synonyms', 'parts', 'place', 'target', 'languages']);
const uniqueCache = new Map<string, string[]>();

function uniqueTokens(text: string): string[] {
  let tokens = uniqueCache.get(text);
  if (!tokens) {
    tokens = [...new Set(tokenize(text))];
    if (uniqueCache.size > 100_000) uniqueCache.clear();
    uniqueCache.set(text, tokens);
  }
  return tokens;
}

/** Tokens of a field's text for the index: once per word in list-like fields, remembered for short texts. */
export function fieldTokens(text: string, field?: string): string[] {
  return field && setFields.has(field) ? uniqueTokens(text) : tokenizeRepeated(text);
}

/** How a token of each field is indexed. */
export function termsFor(field: SearchField, token: string): string[] {
  switch (field) {
    case 'parts':
      return partTerms(token);
    case 'synonyms':
      return indexTerms(token);
    case 'description':
      return lightIndexTerms(token);
    default:
      return wordTerms(token);
  }
}

/** The text of one search field of a document. */
export function fieldText(doc: IndexedDocument, field: SearchField): string {
  switch (field) {
    case 'name':
      return doc.name;
    case 'organization':
      return doc.organizationName;
    case 'parts':
      return `${doc.name} · ${doc.organizationName} · ${fieldText(doc, 'category')}`;
    case 'category': {
      const category = doc.categoryCode ? findProductCategory(doc.categoryCode) : undefined;
      return [category?.nameNl, category?.nameEn, doc.productNameNl, doc.productNameEn].filter(Boolean).join(' · ');
    }
    case 'codes':
      return [doc.categoryCode, doc.productCode].filter(Boolean).join(' ');
    case 'synonyms':
      return doc.synonymTerms.join(' · ');
    case 'place':
      return [...doc.districts.map((d) => d.name), ...doc.cities].join(' · ');
    case 'target':
      return doc.targetGroup ?? '';
    case 'languages':
      return doc.languages.map(languageText).join(' · ');
    case 'description':
      return doc.description;
  }
}

export function phraseSources(doc: IndexedDocument): PhraseSource[] {
  const category = doc.categoryCode ? findProductCategory(doc.categoryCode) : undefined;
  const sources: PhraseSource[] = [
    { text: doc.name, kind: 'service' },
    { text: doc.organizationName, kind: 'organization', href: `/aanbieders/${doc.organizationSlug}` },
    ...doc.districts.map((d): PhraseSource => ({ text: d.name, kind: 'district' })),
  ];
  if (category) sources.push({ text: category.nameNl, kind: 'category' });
  for (const term of doc.synonymTerms) sources.push({ text: term, kind: 'synonym' });
  return sources;
}

export function wordSources(doc: IndexedDocument): string[] {
  const category = doc.categoryCode ? findProductCategory(doc.categoryCode) : undefined;
  return [doc.name, doc.organizationName, category?.nameNl ?? '', doc.productNameNl ?? '', doc.targetGroup ?? '', fieldText(doc, 'synonyms'), ...doc.districts.map((d) => d.name)];
}
