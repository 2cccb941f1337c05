/** GET /api/hsds/organizations — public, paginated (`full=true` for nested organisations). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { hsdsJson, listOrganizations, originOf, requireListParams } from '../models/hsds.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const params = requireListParams(request);
  return hsdsJson(listOrganizations(getDb(), params, { origin: originOf(request) }));
}
