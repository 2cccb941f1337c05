/** The session cookie: HttpOnly, SameSite=Lax; `__Host-` prefix and Secure in production. */
import { getEnv } from '../env.server';
import { cookieName, readCookie } from './cookies.server';

export function sessionCookieName(): string {
  return cookieName('sk_session');
}

export function readSessionToken(request: Request): string | undefined {
  return readCookie(request, 'sk_session');
}

/**
 * The cookie lives as long as the session may (`maxAgeSeconds`). Max-Age, not Expires: the
 * browser counts from when it receives the cookie on its own clock, so the cookie is right even
 * when the server's clock differs from the browser's (a frozen clock in tests, a skewed host).
 */
export function serializeSessionCookie(token: string, maxAgeSeconds: number): string {
  const secure = getEnv().NODE_ENV === 'production' ? '; Secure' : '';
  return `${sessionCookieName()}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${secure}`;
}

export function clearSessionCookie(): string {
  const secure = getEnv().NODE_ENV === 'production' ? '; Secure' : '';
  return `${sessionCookieName()}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
}
