/** Guards of the review pages, on top of app/utils/auth.server.ts: each returns a value or throws a Response. */
import type { AppLoadContext } from '@remix-run/node';
import { hasPermission } from '../domain/permissions';
import type { SessionUser } from '../models/session.server';
import { getUser } from './auth.server';

/**
 * Who may write a review: a signed-in citizen, or anyone without an account (who then needs an
 * invitation code). A signed-in professional or provider account may not (403).
 */
export async function getReviewAuthor(request: Request, context: AppLoadContext | undefined): Promise<SessionUser | null> {
  const user = await getUser(request, context);
  if (user && !hasPermission(user.role, 'create:review:any')) {
    throw new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
  }
  return user;
}

/** Parses a positive integer route parameter (a review id), or throws 404. */
export function requireIdParam(value: string | undefined): number {
  if (!value || !/^\d{1,12}$/.test(value)) throw new Response('Not found', { status: 404 });
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response('Not found', { status: 404 });
  return id;
}

export const noStore = { 'Cache-Control': 'no-store' } as const;
