/**
 * The search page's URL parameters and its query string: small and free of the facet
 * definitions and zod, so the search page's browser code can build links without them
 * (app/search/params.ts parses the parameters on the server and re-exports these).
 */
import { DEFAULT_SORT } from './sorting';

export const MAX_QUERY_LENGTH = 200;

export const searchParamNames = { q: 'q', postcode: 'postcode', sort: 'sortering', page: 'pagina', apiPage: 'page', apiPerPage: 'per_page' } as const;

/** A search as parsed from its query string (app/search/params.ts). */
export interface SearchInput {
  q: string;
  /** Selected values per facet id. */
  filters: Map<string, string[]>;
  sort: string;
  /** The 4 digits of the postcode the visitor typed, or null. */
  pc4: string | null;
  /** The postcode as typed (shown back in the form). */
  postcode: string;
  page: number;
  perPage: number;
}

/** The URL query of a search (for pagination, facet links and the API), in a stable order. */
export function searchQueryString(input: Pick<SearchInput, 'q' | 'filters' | 'sort' | 'postcode'>, page = 1): string {
  const query = new URLSearchParams();
  if (input.q) query.set(searchParamNames.q, input.q);
  for (const [id, values] of input.filters) for (const value of values) query.append(id, value);
  if (input.postcode) query.set(searchParamNames.postcode, input.postcode);
  if (input.sort !== DEFAULT_SORT) query.set(searchParamNames.sort, input.sort);
  if (page > 1) query.set(searchParamNames.page, String(page));
  return query.toString();
}
