/** GET /api/hsds/taxonomies — the taxonomies of the Dutch profile. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { listTaxonomies } from '../models/hsds-taxonomy.server';
import { hsdsJson, requireListParams } from '../utils/hsds-http.server';

export async function loader({ request }: LoaderFunctionArgs) {
  return hsdsJson(listTaxonomies(requireListParams(request)));
}
