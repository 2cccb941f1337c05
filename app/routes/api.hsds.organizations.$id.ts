/** GET /api/hsds/organizations/{id} — one organisation with its locations and services (`full_service=true` nests them fully). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { organizationById } from '../models/hsds.server';
import { hsdsJson, notFoundJson, originOf, requireListParams } from '../utils/hsds-http.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const query = requireListParams(request);
  const organization = organizationById(getDb(), params.id ?? '', { origin: originOf(request), fullService: Boolean(query.full_service) });
  if (!organization) throw notFoundJson();
  return hsdsJson(organization);
}
