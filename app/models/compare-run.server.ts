/**
 * The comparison from its query string, for pages that act on one of its rows (recording the
 * chosen offer): the same parsing and the same model call as /vergelijken, so the recorded
 * estimate and "cheapest with room" are the comparison's own, computed on the server.
 */
import { parseWithZod } from '@conform-to/zod';
import type { Db } from '../../db/client';
import { compareSchemaFor, compareSearch, toIndication, type CompareValues } from '../domain/compare-schema';
import { postcodeDigits, type ComparisonRow } from '../domain/compare';
import type { IndicationInput } from '../domain/indication';
import type { Viewer } from '../domain/visibility';
import { compareProviders } from './compare.server';
import { listCompareOptions } from './compare-options.server';
import { findPostcodeCentroid } from './search.server';

export interface ComparisonRun {
  values: CompareValues;
  query: string;
  categoryCode: string;
  indication: IndicationInput;
  rows: ComparisonRow[];
  districts: { slug: string; name: string }[];
}

export function runComparison(db: Db, viewer: Viewer, params: URLSearchParams, today: string, now: Date): ComparisonRun | null {
  const options = listCompareOptions(db, viewer);
  const schema = compareSchemaFor(options, today);
  const submission = parseWithZod(params, { schema });
  if (submission.status !== 'success') return null;
  const values = submission.value;
  const origin = values.postcode ? (findPostcodeCentroid(db, postcodeDigits(values.postcode)!) ?? null) : null;
  const category = options.categories.find((c) => c.code === values.product || c.products.some((p) => p.code === values.product))!;
  const productCodes = values.product === category.code ? category.products.map((p) => p.code) : [values.product];
  const indication = toIndication(values, today);
  const comparison = compareProviders(db, viewer, { productCodes, categoryCode: category.code, districtSlug: values.wijk ?? null, origin, indication }, now);
  const query = compareSearch({
    product: values.product,
    aantal: params.get('aantal') ?? undefined,
    eenheid: values.eenheid,
    per: values.per,
    duur: params.get('duur') ?? undefined,
    duureenheid: values.duureenheid,
    start: values.start,
    einde: values.einde,
    wijk: values.wijk,
    postcode: values.postcode,
    lijst: values.lijst,
  });
  return { values, query, categoryCode: category.code, indication, rows: comparison.rows, districts: options.districts };
}
