/**
 * A one-time message for the next page (post/redirect/get), in a signed, HttpOnly cookie that
 * lives for two minutes and is cleared when read. Used to show an administrator a one-time
 * link once, without putting it in a URL (URLs end up in logs and browser history).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '../env.server';
import { cookieName, readCookie } from './cookies.server';

const NAME = 'sk_flash';
const MAX_AGE = 120;

function sign(value: string): string {
  return createHmac('sha256', getEnv().SESSION_SECRET).update(`flash|${value}`).digest('base64url');
}

function attributes(path: string): string {
  const secure = getEnv().NODE_ENV === 'production' ? '; Secure' : '';
  return `Path=${path}; HttpOnly; SameSite=Strict${secure}`;
}

export function setFlash(path: string, payload: unknown): string {
  const value = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${cookieName(NAME, path)}=${value}.${sign(value)}; Max-Age=${MAX_AGE}; ${attributes(path)}`;
}

/** The flash payload (unverified or absent: null) and the header that clears it. */
export function readFlash(request: Request, path: string): { payload: unknown; clear: string | null } {
  const raw = readCookie(request, NAME, path);
  if (!raw) return { payload: null, clear: null };
  const clear = `${cookieName(NAME, path)}=; Max-Age=0; ${attributes(path)}`;
  const [value = '', signature = ''] = raw.split('.');
  const expected = Buffer.from(sign(value));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { payload: null, clear };
  try {
    return { payload: JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown, clear };
  } catch {
    return { payload: null, clear };
  }
}
