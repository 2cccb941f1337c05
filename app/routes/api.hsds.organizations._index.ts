/** GET /api/hsds/organizations — public, paginated (`full=true` for nested organisations). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { listOrganizations } from '../models/hsds.server';
import { hsdsJson, originOf, requireListParams } from '../utils/hsds-http.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const params = requireListParams(request);
  return hsdsJson(listOrganizations(getDb(), params, { origin: originOf(request) }));
}
