/**
 * The one place where the access policy's refusal becomes an HTTP answer. Models throw
 * `AccessDenied` (app/domain/visibility.ts); a loader or action wrapped in `withAccess` answers
 * it with the 403 page, or the 404 page when the thing is hidden from the viewer, so a refusal
 * never becomes a 500 and never tells who owns what. The root error boundary renders both pages
 * in the viewer's language.
 */
import { AccessDenied } from '../domain/visibility';

/** 403 (or 404 for a hidden thing), not cached. */
export function deniedResponse(error: AccessDenied): Response {
  return error.hidden
    ? new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
    : new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * A loader or action whose AccessDenied becomes `deniedResponse`; anything else passes through.
 * Call it inside the exported function (`export async function loader(args) { return
 * withAccess(page)(args); }`), never as `export const loader = withAccess(…)`: the browser
 * bundle keeps a top-level call, and this `.server` module is empty there.
 */
export function withAccess<Args, Result>(handler: (args: Args) => Promise<Result>): (args: Args) => Promise<Result> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (error instanceof AccessDenied) throw deniedResponse(error);
      throw error;
    }
  };
}
