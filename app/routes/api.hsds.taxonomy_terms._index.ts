/** GET /api/hsds/taxonomy_terms — product categories, product codes, kinds of service and laws. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { listTaxonomyTerms } from '../models/hsds-taxonomy.server';
import { hsdsJson, requireListParams } from '../utils/hsds-http.server';

export async function loader({ request }: LoaderFunctionArgs) {
  return hsdsJson(listTaxonomyTerms(getDb(), requireListParams(request)));
}
