/**
 * Professional search (issue 6): facets for the budget-ceiling status and the tariff band, and a
 * sort by tariff, plugged into the search registries. The index stays free of cost fields: the
 * facts come per request, for professional viewers only, from `professionalSearchContext`
 * (registered in search.server.ts as a context provider), and the facets read them from `extra`.
 */
import type { Db } from '../db.server';
import type { CeilingStatus } from '../domain/ceiling';
import { tariffBands } from '../domain/compare';
import { canSee, type Viewer } from '../domain/visibility';
import { translate, type MessageKey } from '../i18n';
import { searchFlagsForProfessional, type ServiceTariff } from '../models/compare.server';
import { allFacets, registerFacet, type FacetContext, type FacetDefinition } from './facets';
import { DEFAULT_SORT, registerSort, sortsFor, type RankedDocument, type SortContext, type SortDefinition } from './sorting';

/** The key under which the facts sit in the search context's `extra`. */
const EXTRA = 'costFlags';

interface CostFlags {
  ceilingByOrganization: ReadonlyMap<string, CeilingStatus>;
  tariffByService: ReadonlyMap<string, ServiceTariff>;
}

function flagsOf(extra: Readonly<Record<string, unknown>>): CostFlags | undefined {
  return extra[EXTRA] as CostFlags | undefined;
}

/** The per-request facts; empty for a viewer who may not see costs (the registry asks only for professionals). */
export function professionalSearchContext(db: Db, viewer: Viewer, now: Date): Record<string, unknown> {
  if (!canSee(viewer, 'costs')) return {};
  return { [EXTRA]: searchFlagsForProfessional(db, viewer, now) satisfies CostFlags };
}

/** URL values of the ceiling facet, in display order, and the status each stands for. */
const ceilingValues = { ruimte: 'room', bijna: 'nearly_reached', bereikt: 'reached', geen: 'none' } as const satisfies Record<string, CeilingStatus>;
const ceilingValueOf = Object.fromEntries(Object.entries(ceilingValues).map(([value, status]) => [status, value])) as Record<CeilingStatus, string>;
const ceilingLabels: Record<string, MessageKey> = {
  ruimte: 'flags.ceiling.room',
  bijna: 'flags.ceiling.nearly',
  bereikt: 'flags.ceiling.reached',
  geen: 'flags.ceiling.none',
};
const none: readonly string[] = [];

export const ceilingFacet: FacetDefinition = {
  id: 'plafond',
  selection: 'multi',
  audience: 'professional',
  dynamic: true,
  title: 'flags.facet.ceiling',
  values: Object.keys(ceilingValues),
  // Only contracted services have a ceiling that matters; general and national ones get no key.
  keys: (doc, ctx: FacetContext) => {
    if (doc.kind !== 'contracted') return none;
    const status = flagsOf(ctx.extra)?.ceilingByOrganization.get(doc.organizationId);
    return status ? [ceilingValueOf[status]] : none;
  },
  label: (value, { locale }) => translate(locale, ceilingLabels[value] ?? 'flags.ceiling.none'),
};

export const tariffFacet: FacetDefinition = {
  id: 'tarief',
  selection: 'multi',
  audience: 'professional',
  dynamic: true,
  title: 'flags.facet.tariff',
  values: tariffBands,
  keys: (doc, ctx: FacetContext) => {
    const tariff = flagsOf(ctx.extra)?.tariffByService.get(doc.id);
    return tariff ? [tariff.band] : none;
  },
  label: (value, { locale }) => translate(locale, `flags.facet.tariff.${value}` as MessageKey),
};

/**
 * Lowest tariff first, grouped by unit (an hour and a dagdeel do not compare); services without
 * a tariff last. Meant with a product or category chosen; ties by the usual relevance order.
 */
export const tariffSort: SortDefinition = {
  id: 'tarief',
  audience: 'professional',
  label: 'flags.sort.tariff',
  needsOrigin: false,
  compare: (a: RankedDocument, b: RankedDocument, ctx: SortContext) => {
    const tariffs = flagsOf(ctx.extra)?.tariffByService;
    const ta = tariffs?.get(a.doc.id);
    const tb = tariffs?.get(b.doc.id);
    if (ta && tb) {
      if (ta.unit !== tb.unit) return ta.unit < tb.unit ? -1 : 1;
      if (ta.cents !== tb.cents) return ta.cents - tb.cents;
    } else if (ta || tb) {
      return ta ? -1 : 1;
    }
    return sortsFor(false).find((s) => s.id === DEFAULT_SORT)!.compare(a, b, ctx);
  },
};

/** Registers the facets and the sort once (module reloads in development and tests register again). */
export function registerProfessionalSearch(): void {
  for (const facet of [ceilingFacet, tariffFacet]) if (!allFacets().some((f) => f.id === facet.id)) registerFacet(facet);
  if (!sortsFor(true).some((s) => s.id === tariffSort.id)) registerSort(tariffSort);
}

registerProfessionalSearch();
