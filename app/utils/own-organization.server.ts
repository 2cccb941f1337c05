/** The guard of /mijn-organisatie: a provider account linked to an organisation. */
import type { AppLoadContext } from '@remix-run/node';
import { requirePermission } from './auth.server';

export async function requireOwnOrganization(request: Request, context: AppLoadContext | undefined) {
  const user = await requirePermission(request, context, 'propose:change:own');
  if (!user.organizationId) throw new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
  return { user, organizationId: user.organizationId };
}
