/** The session cookie: HttpOnly, SameSite=Lax; `__Host-` prefix and Secure in production. */
import { getEnv } from '../env.server';
import { cookieName, readCookie } from './cookies.server';

export function sessionCookieName(): string {
  return cookieName('sk_session');
}

export function readSessionToken(request: Request): string | undefined {
  return readCookie(request, 'sk_session');
}

export function serializeSessionCookie(token: string, expiresAt: Date): string {
  const secure = getEnv().NODE_ENV === 'production' ? '; Secure' : '';
  return `${sessionCookieName()}=${token}; Path=/; HttpOnly; SameSite=Lax; Expires=${expiresAt.toUTCString()}${secure}`;
}

export function clearSessionCookie(): string {
  const secure = getEnv().NODE_ENV === 'production' ? '; Secure' : '';
  return `${sessionCookieName()}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
}
