/** GET /api/hsds/service_at_locations/{id} — one public service at one location, fully nested. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { getServiceAtLocation } from '../models/hsds.server';
import { hsdsJson, notFoundJson, originOf } from '../utils/hsds-http.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = getServiceAtLocation(getDb(), params.id ?? '', { origin: originOf(request) });
  if (!found) throw notFoundJson();
  return hsdsJson(found);
}
