/**
 * The share token of a shortlist is shown once, right after it is made. The action hands it to
 * the next page in a short-lived HttpOnly cookie that only the list's own page uses (and clears);
 * the database keeps only its SHA-256.
 */
import { getEnv } from '../env.server';
import { cookieName, readCookie } from './cookies.server';
import { publicOrigin } from './public-url.server';

const NAME = 'sk_keuzelijst_link';
const PATH = '/keuzelijst';

/** Path /keuzelijst (not /keuzelijst/:id), so the single-fetch request `/keuzelijst/:id.data` carries it too. */
function attributes(): string {
  const secure = getEnv().NODE_ENV === 'production' ? '; Secure' : '';
  return `Path=${PATH}; HttpOnly; SameSite=Strict${secure}`;
}

export function shareFlashCookie(shortlistId: number, token: string): string {
  return `${cookieName(NAME, PATH)}=${shortlistId}.${token}; ${attributes()}; Max-Age=300`;
}

export function clearShareFlashCookie(): string {
  return `${cookieName(NAME, PATH)}=; ${attributes()}; Max-Age=0`;
}

/** The token for this list, when the request carries one. */
export function readShareFlash(request: Request, shortlistId: number): string | null {
  const value = readCookie(request, NAME, PATH);
  if (!value) return null;
  const [id, token] = value.split('.');
  return id === String(shortlistId) && token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

/** The absolute address of the resident's version for a token. */
export function shareUrl(token: string): string {
  // From configuration, never from the request's Host header (app/utils/public-url.server.ts).
  return `${publicOrigin()}/keuzelijst/gedeeld/${token}`;
}
