/** GET /api/hsds/taxonomies/{id} */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getTaxonomy, hsdsJson, notFoundJson } from '../models/hsds.server';

export async function loader({ params }: LoaderFunctionArgs) {
  const taxonomy = getTaxonomy(params.id ?? '');
  if (!taxonomy) throw notFoundJson();
  return hsdsJson(taxonomy);
}
