/**
 * Professional search (issue 6): facets for the budget-ceiling status and the tariff band, and a
 * sort by tariff. The index stays free of cost fields: the facts come per request, for
 * professional viewers only, from `professionalSearchContext` (professional-facets.server.ts),
 * and the facets read them from `extra`. Listed with the public ones in registry.ts. Pure.
 */
import type { CeilingStatus } from '../domain/ceiling';
import { tariffBands, type TariffBand } from '../domain/compare';
import type { TariffUnit } from '../domain/enums';
import { translate, type MessageKey } from '../i18n';
import type { FacetContext, FacetDefinition } from './facets';
import { relevance, type RankedDocument, type SortContext, type SortDefinition } from './sorting';

/** The key under which the facts sit in the search context's `extra`. */
export const COST_FLAGS = 'costFlags';

/** A service's tariff as the tariff facet and sort read it. */
export interface TariffFlag {
  cents: number;
  unit: TariffUnit;
  band: TariffBand;
}

export interface CostFlags {
  ceilingByOrganization: ReadonlyMap<string, CeilingStatus>;
  tariffByService: ReadonlyMap<string, TariffFlag>;
}

function flagsOf(extra: Readonly<Record<string, unknown>>): CostFlags | undefined {
  return extra[COST_FLAGS] as CostFlags | undefined;
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
/** Shared, frozen key lists: the engine remembers their codes instead of looking them up per service. */
const none: readonly string[] = Object.freeze([]);
const ceilingKeys = Object.fromEntries(Object.entries(ceilingValueOf).map(([status, value]) => [status, Object.freeze([value])])) as Record<CeilingStatus, readonly string[]>;
const tariffKeys = Object.fromEntries(tariffBands.map((band) => [band, Object.freeze([band])])) as Record<TariffBand, readonly string[]>;

export const ceilingFacet: FacetDefinition = {
  id: 'plafond',
  selection: 'multi',
  audience: 'professional',
  dynamic: true,
  perRequest: true,
  title: 'flags.facet.ceiling',
  values: Object.keys(ceilingValues),
  // Only contracted services have a ceiling that matters; general and national ones get no key.
  keys: (doc, ctx: FacetContext) => {
    if (doc.kind !== 'contracted') return none;
    const status = flagsOf(ctx.extra)?.ceilingByOrganization.get(doc.organizationId);
    return status ? ceilingKeys[status] : none;
  },
  label: (value, { locale }) => translate(locale, ceilingLabels[value] ?? 'flags.ceiling.none'),
};

export const tariffFacet: FacetDefinition = {
  id: 'tarief',
  selection: 'multi',
  audience: 'professional',
  dynamic: true,
  perRequest: true,
  title: 'flags.facet.tariff',
  values: tariffBands,
  keys: (doc, ctx: FacetContext) => {
    const tariff = flagsOf(ctx.extra)?.tariffByService.get(doc.id);
    return tariff ? tariffKeys[tariff.band] : none;
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
    return relevance(a, b, ctx);
  },
};

export const professionalFacets: readonly FacetDefinition[] = [ceilingFacet, tariffFacet];
export const professionalSorts: readonly SortDefinition[] = [tariffSort];
