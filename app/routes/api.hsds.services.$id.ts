/** GET /api/hsds/services/{id} — one fully nested public service, without cost options. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { getService, hsdsJson, notFoundJson, originOf } from '../models/hsds.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const service = getService(getDb(), params.id ?? '', { origin: originOf(request) });
  if (!service) throw notFoundJson();
  return hsdsJson(service);
}
