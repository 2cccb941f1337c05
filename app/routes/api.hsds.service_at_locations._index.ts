/** GET /api/hsds/service_at_locations — public, paginated; `postcode` and `proximity` (metres) find what is near. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { listServiceAtLocations } from '../models/hsds.server';
import { hsdsJson, originOf, requireListParams } from '../utils/hsds-http.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const params = requireListParams(request);
  const result = listServiceAtLocations(getDb(), params, { origin: originOf(request) });
  return result.ok ? hsdsJson(result.body) : hsdsJson({ error: 'bad_request', detail: result.detail }, { status: result.status });
}
