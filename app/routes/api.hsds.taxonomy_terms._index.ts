/** GET /api/hsds/taxonomy_terms — product categories, product codes, kinds of service and laws. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { hsdsJson, listTaxonomyTerms, requireListParams } from '../models/hsds.server';

export async function loader({ request }: LoaderFunctionArgs) {
  return hsdsJson(listTaxonomyTerms(getDb(), requireListParams(request)));
}
