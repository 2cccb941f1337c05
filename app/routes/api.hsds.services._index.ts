/** GET /api/hsds/services — public, paginated; no cost fields (see docs/hsds-profile.md). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { listServices } from '../models/hsds.server';
import { hsdsJson, originOf, requireListParams } from '../utils/hsds-http.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const params = requireListParams(request);
  const result = listServices(getDb(), params, { origin: originOf(request) });
  return result.ok ? hsdsJson(result.body) : hsdsJson({ error: 'bad_request', detail: result.detail }, { status: result.status });
}
