/** GET /api/hsds/taxonomies/{id} */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getTaxonomy } from '../models/hsds-taxonomy.server';
import { hsdsJson, notFoundJson } from '../utils/hsds-http.server';

export async function loader({ params }: LoaderFunctionArgs) {
  const taxonomy = getTaxonomy(params.id ?? '');
  if (!taxonomy) throw notFoundJson();
  return hsdsJson(taxonomy);
}
