/** Any other path under /api/hsds/: a JSON 404 (with CORS), not the site's HTML page. */
import { notFoundJson } from '../utils/hsds-http.server';

export async function loader() {
  return notFoundJson();
}
