/** GET /api/hsds/taxonomies — the taxonomies of the Dutch profile. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { hsdsJson, listTaxonomies, requireListParams } from '../models/hsds.server';

export async function loader({ request }: LoaderFunctionArgs) {
  return hsdsJson(listTaxonomies(requireListParams(request)));
}
