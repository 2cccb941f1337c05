/** The shapes search results take for the page and the API (no cost fields). Types only. */
import type { Law, ServiceKind } from '../domain/enums';
import type { ReviewSummary } from '../domain/reviews';
import type { MessageKey } from '../i18n';
import type { FacetDefinition } from './facets';
import type { SearchInput, SearchParamError } from './params';

export interface SearchResultItem {
  id: string;
  name: string;
  href: string;
  kind: ServiceKind;
  law: Law;
  status: 'active' | 'temporarily_closed';
  categoryCode: string | null;
  categoryName: string | null;
  productCode: string | null;
  organization: { id: string; name: string; slug: string };
  /** The first district (for the card) and all districts of the service's locations. */
  district: string | null;
  districts: string[];
  city: string | null;
  languages: string[];
  waitingWeeks: number | null;
  acceptingNewClients: boolean;
  /** The budget ceiling is reached: no new clients via the municipality for now. */
  noNewClientsViaMunicipality: boolean;
  distanceKm: number | null;
  reviews: ReviewSummary;
}

/**
 * What a result card shows, and all the search page sends of a result: the page's loader data is
 * encoded on every request and again in the browser, so fields no card renders (codes, ids, all
 * districts and languages) stay in SearchResultItem, for the API and the tests of the search.
 */
export interface SearchCard {
  id: string;
  name: string;
  href: string;
  kind: ServiceKind;
  status: SearchResultItem['status'];
  categoryName: string | null;
  organization: { name: string };
  district: string | null;
  city: string | null;
  waitingWeeks: number | null;
  acceptingNewClients: boolean;
  noNewClientsViaMunicipality: boolean;
  distanceKm: number | null;
  reviews: Pick<ReviewSummary, 'average' | 'count' | 'provisional'>;
}

export interface SearchOutcome {
  input: SearchInput;
  errors: SearchParamError[];
  total: number;
  page: number;
  pages: number;
  perPage: number;
  relaxed: boolean;
  results: SearchResultItem[];
  facets: FacetResult[];
  sorts: { id: string; label: string }[];
  /** Organisations whose name the query matches well, best first: "go to this provider". */
  organizations: { organizationId: string; name: string; slug: string; score: number }[];
  /** Set when nothing was found: a corrected query, the closest categories, free facilities. */
  help: { spelling: string | null; categories: { code: string; label: string }[]; free: SearchResultItem[] } | null;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetResult {
  id: string;
  selection: FacetDefinition['selection'];
  title: MessageKey;
  options: FacetOption[];
}
