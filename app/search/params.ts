/**
 * The search parameters in the URL, shared by the search page (/zoeken) and the JSON API
 * (/api/v1/search), so both answer the same question the same way. The page forgives: an unknown
 * filter value is dropped and only what the visitor typed (words, postcode) gets a message at its
 * field. The API is strict: every bad parameter is a 400 with a readable reason. Pure.
 */
import { z } from 'zod';
import { parsePc4 } from './geo';
import { facetsFor, sortsFor } from './registry';
import { DEFAULT_SORT } from './sorting';
import { MAX_QUERY_LENGTH, searchParamNames } from './query-string';

export { searchQueryString, type SearchInput } from './query-string';
import type { SearchInput } from './query-string';
export const PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;
export const MAX_PAGE = 10_000;

export const searchErrorCodes = ['tooLong', 'unknownValue', 'tooMany', 'badPage', 'badPerPage', 'badPostcode', 'unknownPostcode', 'needsPostcode', 'unknownSort'] as const;
export type SearchErrorCode = (typeof searchErrorCodes)[number];

export interface SearchParamError {
  /** The parameter (the form field) the message belongs to. */
  param: string;
  code: SearchErrorCode;
  value?: string;
}

export interface ParseOptions {
  strict: boolean;
  professional: boolean;
  /** District slugs the municipality has. */
  districts: ReadonlySet<string>;
  /** The API pages with `page` (and `per_page`), the HTML page with `pagina`. */
  api?: boolean;
}

const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE);
const perPageSchema = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE);

export function parseSearchParams(params: URLSearchParams, options: ParseOptions): { input: SearchInput; errors: SearchParamError[] } {
  const errors: SearchParamError[] = [];
  const fail = (error: SearchParamError) => errors.push(error);

  let q = (params.get(searchParamNames.q) ?? '').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    fail({ param: searchParamNames.q, code: 'tooLong' });
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }

  const filters = new Map<string, string[]>();
  for (const facet of facetsFor(options.professional)) {
    const raw = params.getAll(facet.id).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (raw.length === 0) continue;
    const known = (value: string) => (facet.values ? facet.values.includes(value) : facet.id === 'wijk' ? options.districts.has(value) : true);
    const values: string[] = [];
    for (const value of raw) {
      if (!known(value)) {
        if (options.strict) fail({ param: facet.id, code: 'unknownValue', value: value.slice(0, 40) });
        continue;
      }
      if (!values.includes(value)) values.push(value);
    }
    if (facet.selection !== 'multi' && values.length > 1) {
      if (options.strict) fail({ param: facet.id, code: 'tooMany' });
      values.splice(1);
    }
    if (values.length > 0) filters.set(facet.id, values);
  }

  const postcode = (params.get(searchParamNames.postcode) ?? '').trim().slice(0, 20);
  const pc4 = postcode ? parsePc4(postcode) : null;
  if (postcode && !pc4) fail({ param: searchParamNames.postcode, code: 'badPostcode' });

  const sorts = sortsFor(options.professional);
  const requestedSort = params.get(searchParamNames.sort) ?? DEFAULT_SORT;
  let sort = sorts.some((s) => s.id === requestedSort) ? requestedSort : DEFAULT_SORT;
  if (sort !== requestedSort && options.strict) fail({ param: searchParamNames.sort, code: 'unknownSort', value: requestedSort.slice(0, 40) });
  if (sorts.find((s) => s.id === sort)?.needsOrigin && !pc4) {
    if (!postcode) fail({ param: searchParamNames.postcode, code: 'needsPostcode' });
    sort = DEFAULT_SORT;
  }

  const pageParam = options.api ? (params.get(searchParamNames.apiPage) ?? params.get(searchParamNames.page)) : params.get(searchParamNames.page);
  let page = 1;
  if (pageParam !== null) {
    const parsed = pageSchema.safeParse(pageParam);
    if (parsed.success) page = parsed.data;
    else if (options.strict) fail({ param: options.api ? searchParamNames.apiPage : searchParamNames.page, code: 'badPage' });
  }

  let perPage = PAGE_SIZE;
  const perPageParam = options.api ? params.get(searchParamNames.apiPerPage) : null;
  if (perPageParam !== null) {
    const parsed = perPageSchema.safeParse(perPageParam);
    if (parsed.success) perPage = parsed.data;
    else if (options.strict) fail({ param: searchParamNames.apiPerPage, code: 'badPerPage' });
  }

  return { input: { q, filters, sort, pc4, postcode, page, perPage }, errors };
}
