/**
 * Reading cookies through the `cookie` package (the one Remix's own cookie API uses), never by
 * hand: a value with a bad `%` escape — also one of another site on the same
 * domain — is kept as it is instead of throwing. In production every cookie is `Secure`; those
 * for the whole site carry the `__Host-` prefix (the browser then refuses them from another
 * subdomain or over plain HTTP), those for one path the `__Secure-` prefix (`__Host-` requires
 * `Path=/`).
 */
import { parse } from 'cookie';
import { getEnv } from '../env.server';

const production = () => getEnv().NODE_ENV === 'production';

/** The name a cookie has in this mode: `__Host-name` (path /) or `__Secure-name` in production. */
export function cookieName(name: string, path = '/'): string {
  if (!production()) return name;
  return path === '/' ? `__Host-${name}` : `__Secure-${name}`;
}

/** All cookies of a request; never throws, whatever the header holds. */
export function readCookies(request: Request): Record<string, string | undefined> {
  const header = request.headers.get('Cookie');
  if (!header) return {};
  try {
    return parse(header);
  } catch {
    return {};
  }
}

/** One cookie's value (by its plain name; the production prefix is added here). */
export function readCookie(request: Request, name: string, path = '/'): string | undefined {
  return readCookies(request)[cookieName(name, path)];
}
