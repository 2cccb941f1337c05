/** GET /api/hsds/professional/services/{id} — one service with its tariffs as cost options; professionals only. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { getService } from '../models/hsds.server';
import { hsdsJson, originOf } from '../utils/hsds-http.server';
import { requirePermission } from '../utils/auth.server';

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'read:cost:any');
  const service = getService(getDb(), params.id ?? '', { origin: originOf(request), withCosts: true });
  if (!service) throw hsdsJson({ error: 'not_found' }, { status: 404, professional: true });
  return hsdsJson(service, { professional: true });
}
