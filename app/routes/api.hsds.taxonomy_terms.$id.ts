/** GET /api/hsds/taxonomy_terms/{id} */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { getTaxonomyTerm } from '../models/hsds-taxonomy.server';
import { hsdsJson, notFoundJson } from '../utils/hsds-http.server';

export async function loader({ params }: LoaderFunctionArgs) {
  const term = getTaxonomyTerm(getDb(), params.id ?? '');
  if (!term) throw notFoundJson();
  return hsdsJson(term);
}
