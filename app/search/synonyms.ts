/**
 * Synonyms as data: groups of words for the same help (app/search/synonyms.nl.json). A service
 * gets all words of a group in its `synonyms` field when its strong fields (service name,
 * organisation name, category and product name) contain one of the group's words, or when its
 * category or product code is listed in the group. Pure.
 */
import { z } from 'zod';
import { productCategoryCodes } from '../domain/categories';
import synonymsFile from './synonyms.nl.json';
import { contentTokens, stem, wordTerms } from './text';

const groupSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower case letters, digits and hyphens'),
    terms: z.array(z.string().trim().min(2).max(60)).min(2),
    categories: z
      .array(z.string().refine((code) => productCategoryCodes.includes(code), 'unknown product category'))
      .optional(),
    products: z
      .array(z.string().regex(/^\d{2}[A-Z]\d{2}$/, 'a product code looks like 02A05'))
      .optional(),
  })
  .strict();

export const synonymsFileSchema = z
  .object({ $comment: z.string().optional(), groups: z.array(groupSchema) })
  .strict()
  .refine((file) => new Set(file.groups.map((g) => g.id)).size === file.groups.length, 'group ids must be unique');

/** A group prepared for matching: each term as the stems of its content words. */
export interface CompiledGroup {
  id: string;
  terms: readonly string[];
  termStems: readonly (readonly string[])[];
  categories: ReadonlySet<string>;
  products: ReadonlySet<string>;
  /** All words of the group, ready to be indexed as the `synonyms` field. */
  text: string;
}

export function compileSynonyms(input: unknown): CompiledGroup[] {
  const file = synonymsFileSchema.parse(input);
  return file.groups.map((group) => ({
    id: group.id,
    terms: group.terms,
    termStems: group.terms.map((term) => contentTokens(term).map((token) => stem(token))),
    categories: new Set(group.categories ?? []),
    products: new Set(group.products ?? []),
    text: group.terms.join(' · '),
  }));
}

/** The synonym groups shipped with the app. */
export const defaultSynonyms: readonly CompiledGroup[] = compileSynonyms(synonymsFile);

export interface SynonymSubject {
  categoryCode: string | null;
  productCode: string | null;
  /** Service name, organisation name, category and product name. */
  strongText: string;
}

/** The ids of the groups a service belongs to, in file order. */
export function matchSynonymGroups(subject: SynonymSubject, groups: readonly CompiledGroup[] = defaultSynonyms): string[] {
  // Whole words only (no compound parts): "Taalmaatje" is not a "maatje" against loneliness.
  const terms = new Set(contentTokens(subject.strongText).flatMap((token) => wordTerms(token)));
  const matched: string[] = [];
  for (const group of groups) {
    const byCode =
      (subject.categoryCode !== null && group.categories.has(subject.categoryCode)) ||
      (subject.productCode !== null && group.products.has(subject.productCode));
    const byWord = group.termStems.some((stems) => stems.length > 0 && stems.every((s) => terms.has(s)));
    if (byCode || byWord) matched.push(group.id);
  }
  return matched;
}

/** The text of the `synonyms` field for a service. */
export function synonymText(subject: SynonymSubject, groups: readonly CompiledGroup[] = defaultSynonyms): string {
  const ids = new Set(matchSynonymGroups(subject, groups));
  return groups
    .filter((g) => ids.has(g.id))
    .map((g) => g.text)
    .join(' · ');
}
