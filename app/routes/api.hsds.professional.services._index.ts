/**
 * GET /api/hsds/professional/services — the professional export: fully nested services with the
 * tariffs as `cost_options`. Professionals only (signed in with 'read:cost:any'); never cached.
 */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { listServices } from '../models/hsds.server';
import { hsdsJson, originOf, requireListParams } from '../utils/hsds-http.server';
import { requirePermission } from '../utils/auth.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'read:cost:any');
  const params = requireListParams(request);
  const result = listServices(getDb(), params, { origin: originOf(request), withCosts: true });
  return result.ok
    ? hsdsJson(result.body, { professional: true })
    : hsdsJson({ error: 'bad_request', detail: result.detail }, { status: result.status, professional: true });
}
