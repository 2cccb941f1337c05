import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { isOneOf, locales } from '../domain/enums';
import { getEnv } from '../env.server';
import { localeCookie } from '../i18n/locale.server';
import { safeRedirect } from '../utils/safe-redirect';

/** The language switch: a plain link (works without JavaScript) that remembers the choice. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isOneOf(locales, params.lang)) throw new Response('Not found', { status: 404 });
  const back = safeRedirect(new URL(request.url).searchParams.get('terug'), '/');
  return redirect(back, {
    headers: {
      'Set-Cookie': localeCookie(params.lang, getEnv().NODE_ENV === 'production'),
      'Cache-Control': 'no-store',
    },
  });
}
