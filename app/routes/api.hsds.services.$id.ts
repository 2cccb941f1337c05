/** GET /api/hsds/services/{id} — one fully nested public service, without cost options. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { getService } from '../models/hsds.server';
import { hsdsJson, notFoundJson, originOf } from '../utils/hsds-http.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const service = getService(getDb(), params.id ?? '', { origin: originOf(request) });
  if (!service) throw notFoundJson();
  return hsdsJson(service);
}
