/**
 * The one list of facets and sort orders of the search page and API: the public ones
 * (facets.ts, sorting.ts) and the professional ones (professional-facets.ts). The engine gives
 * every facet a slot by its place in `allFacets()`. Pure.
 */
import { publicFacets, type FacetDefinition } from './facets';
import { professionalFacets, professionalSorts } from './professional-facets';
import { publicSorts, type SortDefinition } from './sorting';

const facets: readonly FacetDefinition[] = [...publicFacets, ...professionalFacets];
const sorts: readonly SortDefinition[] = [...publicSorts, ...professionalSorts];

/** Every facet, in display order. */
export function allFacets(): readonly FacetDefinition[] {
  return facets;
}

/** The facets a viewer may use: professional facets only for professionals. */
export function facetsFor(professional: boolean): readonly FacetDefinition[] {
  return facets.filter((f) => f.audience === 'everyone' || professional);
}

export function sortsFor(professional: boolean): readonly SortDefinition[] {
  return sorts.filter((s) => s.audience === 'everyone' || professional);
}
