/**
 * Route parameters that name a row: a malformed one is a page that does not exist (404, never a
 * 500 or a database query with nonsense). Throws the Response; Remix answers with it.
 */
import { noStore } from './no-store';

function notFound(): never {
  throw new Response('Not found', { status: 404, headers: noStore });
}

/** A positive whole-number id (reviews, shortlists, users, change requests), or a 404. */
export function requireIdParam(value: string | undefined): number {
  if (!value || !/^\d{1,15}$/.test(value)) notFound();
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

/** A uuid id (organisations, services, locations, tariffs, ceilings), or a 404. */
export function requireUuidParam(value: string | undefined): string {
  if (!value || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) notFound();
  return value;
}
