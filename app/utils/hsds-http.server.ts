/** HTTP answers of the HSDS API routes (/api/hsds/*): JSON with its caching and CORS headers, 400 and 404. */
import { readListParams, type ListParams } from '../domain/hsds-params';

/** A JSON response; public answers may be cached briefly and read from any origin (open data). */
export function hsdsJson(body: unknown, options: { status?: number; professional?: boolean } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: options.status ?? 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      ...(options.professional
        ? { 'Cache-Control': 'private, no-store' }
        : { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' }),
    },
  });
}

/** The list parameters of this request, or a 400 with the reason (thrown, as a guard). */
export function requireListParams(request: Request): ListParams {
  const parsed = readListParams(new URL(request.url));
  if (!parsed.ok) throw hsdsJson({ error: 'bad_request', detail: parsed.detail }, { status: 400 });
  return parsed.params;
}

export function notFoundJson(): Response {
  return hsdsJson({ error: 'not_found' }, { status: 404 });
}

export function originOf(request: Request): string {
  return new URL(request.url).origin;
}
