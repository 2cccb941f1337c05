/** GET /api/hsds — which HSDS version this API follows. */
import { HSDS_VERSION } from '../domain/hsds';
import { hsdsJson, originOf } from '../utils/hsds-http.server';

export async function loader({ request }: { request: Request }) {
  const origin = originOf(request);
  return hsdsJson({ version: HSDS_VERSION, profile: `${origin}/api/hsds/taxonomies`, openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json' });
}
