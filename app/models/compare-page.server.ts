/**
 * The comparison page of /vergelijken, shaped for its viewer: from the validated indication, the
 * compared rows (sorted, shortened), the cost chart's bars, the free general facilities first,
 * the national-procurement warning and the viewer's own shortlist. Costs only for a viewer the
 * policy allows (compareProviders refuses anyone else with AccessDenied); recording links only
 * with `record:deployment:any`.
 */
import type { Db } from '../../db/client';
import { alternativeFacts, CHART_BARS, visibleComparisonRows } from '../domain/compare-length';
import { compareDutch, defaultDirection, postcodeDigits, sortComparison, type CompareOptions, type ComparisonSortKey, type SortDirection } from '../domain/compare';
import type { IndicationInput } from '../domain/indication';
import { viewerMay, type Viewer } from '../domain/visibility';
import { compareProviders } from './compare.server';
import { findPostcodeCentroid } from './search.server';
import { listGeneralFacilitiesForNeed, synonymWordsFor } from './general-facilities.server';
import { getShortlistForOwner } from './shortlist.server';

/** The validated choices of the compare form that shape the page (app/domain/compare-schema.ts). */
export interface CompareChoice {
  product: string;
  wijk?: string | null;
  postcode?: string | null;
  lijst?: number;
  sorteer?: ComparisonSortKey;
  richting?: SortDirection;
}

export interface CompareRequest {
  choice: CompareChoice;
  indication: IndicationInput;
  /** "alle=1": every row instead of the first ones. */
  showAll: boolean;
  /** The organisation just put on the list (a one-off notice). */
  addedId: string | null;
  /** The choice was just recorded (a one-off notice). */
  recorded: boolean;
}

/**
 * The comparison for this viewer, or `postcodeUnknown` when the postcode has no known centre
 * (the form then says so at the field). `options` are the form's options (listCompareOptions),
 * which the choice was validated against.
 */
export function getComparisonForViewer(db: Db, viewer: Viewer, options: CompareOptions, request: CompareRequest, now: Date) {
  const { choice, indication } = request;
  let origin = null;
  if (choice.postcode) {
    origin = findPostcodeCentroid(db, postcodeDigits(choice.postcode)!) ?? null;
    if (!origin) return { ok: false as const, error: 'postcodeUnknown' as const };
  }
  const category = options.categories.find((c) => c.code === choice.product || c.products.some((p) => p.code === choice.product))!;
  const wholeCategory = choice.product === category.code;
  const productCodes = wholeCategory ? category.products.map((p) => p.code) : [choice.product];
  const comparison = compareProviders(db, viewer, { productCodes, categoryCode: category.code, districtSlug: choice.wijk ?? null, origin, indication }, now);
  const sortKey: ComparisonSortKey = choice.sorteer ?? 'kosten';
  const direction: SortDirection = choice.richting ?? defaultDirection(sortKey);
  const freeFacilities = listGeneralFacilitiesForNeed(
    db,
    { categoryCode: category.code, districtSlug: choice.wijk ?? null, origin, extraWords: synonymWordsFor(category.code, productCodes), limit: 6 },
    now,
  );
  // The list chosen in the form, when it is one of the viewer's own.
  const list = choice.lijst && viewer.userId !== null ? getShortlistForOwner(db, viewer.userId, choice.lijst, now) : undefined;
  const added = list && request.addedId ? list.items.find((item) => item.organizationId === request.addedId) : undefined;
  const product = wholeCategory ? null : category.products.find((p) => p.code === choice.product)!;
  const sorted = sortComparison(comparison.rows, sortKey, direction);
  const visible = visibleComparisonRows(sorted, request.showAll);
  const comparable = sorted.filter((row) => row.costCents !== null);
  return {
    ok: true as const,
    result: {
      category: { code: category.code, nameNl: category.nameNl, nameEn: category.nameEn },
      product: product ? { code: product.code, nameNl: product.nameNl, nameEn: product.nameEn } : null,
      indication,
      period: comparison.period,
      rows: visible.rows,
      totalRows: visible.total,
      hiddenRows: visible.hidden,
      showAll: request.showAll,
      alternatives: alternativeFacts(visible.rows, sorted),
      comparableCount: comparable.length,
      chartBars: [...comparable]
        .sort((a, b) => a.costCents! - b.costCents! || compareDutch(a.organizationName, b.organizationName))
        .slice(0, CHART_BARS)
        .map((row) => ({ key: row.key, name: row.organizationName, costCents: row.costCents!, status: row.ceiling.status, fits: row.fits, bestChoice: row.bestChoice })),
      sort: { key: sortKey, direction },
      national: comparison.national,
      tariffUnits: comparison.tariffUnits,
      freeFacilities,
      showDistance: origin !== null,
      list: list ? { id: list.id, title: list.title, itemCount: list.items.length } : null,
      onList: list ? list.items.map((item) => `${item.organizationId}|${item.serviceId ?? ''}`) : [],
      added: added ? added.organizationName : null,
      indicationDistrict: choice.wijk ?? null,
      canRecord: viewerMay(viewer, 'record:deployment:any'),
      recorded: request.recorded,
    },
  };
}
