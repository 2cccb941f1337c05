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

export { requireIdParam } from './params';
export { noStore } from './no-store';
