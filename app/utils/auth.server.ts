/**
 * Guards for loaders and actions: each returns a value or throws a Response (a redirect to
 * sign in, or 403).
 */
import { redirect, type AppLoadContext } from '@remix-run/node';
import { getDb } from '../db.server';
import type { Permission } from '../domain/permissions';
import { hasPermission } from '../domain/permissions';
import { contextOf } from '../load-context';
import { anonymousViewer, isProfessional, isProfessionalRole, type Viewer } from '../domain/visibility';
import { pendingStepOf, pendingStepPath } from '../models/second-factor.server';
import { getSessionUser, type SessionUser } from '../models/session.server';
import { noteSignedInUser } from '../lib/log.server';
import { clearSessionCookie, readSessionToken } from './session-cookie.server';

/**
 * The guards take the load context for the request's instant (session timeouts are checked
 * against the one clock, app/domain/clock.ts).
 */
type Context = AppLoadContext | undefined;

/**
 * The signed-in user as the page header shows them: display name, role, and whether the policy
 * counts them a professional — decided here, so the browser needs no policy tables for it.
 */
export function headerUser(user: SessionUser | null): { name: string; role: SessionUser['role']; professional: boolean } | null {
  return user ? { name: user.name, role: user.role, professional: isProfessionalRole(user.role) } : null;
}

export async function getUser(request: Request, context: Context): Promise<SessionUser | null> {
  const user = getSessionUser(getDb(), readSessionToken(request), contextOf(context).now);
  // The request log names the user by id (app/lib/log.server.ts).
  if (user) noteSignedInUser(user.id);
  return user;
}

export function viewerFor(user: SessionUser | null): Viewer {
  return user ? { role: user.role, userId: user.id, organizationId: user.organizationId } : anonymousViewer;
}

/** The viewer of this request: anonymous when nobody is signed in. */
export async function getViewer(request: Request, context: Context): Promise<Viewer> {
  return viewerFor(await getUser(request, context));
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(request: Request, context: Context): Promise<SessionUser> {
  const user = await getUser(request, context);
  if (user) return user;
  const url = new URL(request.url);
  // The password was right but the second factor is still due: continue there first (ADR 012).
  const pending = pendingStepOf(getDb(), readSessionToken(request));
  if (pending) throw redirect(pendingStepPath(pending, url.pathname + url.search), { headers: { 'Cache-Control': 'no-store' } });
  // A cookie without a live session: it ran out (idle or absolute timeout), was ended elsewhere or the account was disabled.
  const expired = Boolean(readSessionToken(request));
  // A very long address is not worth coming back to (and would not fit a Location header).
  const back = url.pathname.length + url.search.length <= 2000 ? url.pathname + url.search : '/';
  throw redirect(`/inloggen?terug=${encodeURIComponent(back)}${expired ? '&melding=verlopen' : ''}`, {
    headers: { 'Cache-Control': 'no-store', ...(expired ? { 'Set-Cookie': clearSessionCookie() } : {}) },
  });
}

/** The signed-in user when it holds `permission`; otherwise sign in first, or 403. */
export async function requirePermission(request: Request, context: Context, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request, context);
  if (!hasPermission(user.role, permission)) throw forbidden();
  return user;
}

/** 403, not cached: the answer when a signed-in user may not do something. */
export function forbidden(): Response {
  return new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
}

/** Staff, contract managers and administrators (the professional view); others get 403. */
export async function requireProfessional(request: Request, context: Context): Promise<SessionUser> {
  const user = await requireUser(request, context);
  if (!isProfessional(viewerFor(user))) throw forbidden();
  return user;
}
