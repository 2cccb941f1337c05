/** Which language a request gets: the remembered choice (cookie), else Accept-Language, else Dutch. */
import type { Locale } from '../domain/enums';
import { isOneOf, locales } from '../domain/enums';
import { cookieName, readCookie } from '../utils/cookies.server';

/** Cookies are parsed by the `cookie` package (app/utils/cookies.server.ts). */
export { readCookie };

export const LOCALE_COOKIE = 'taal';

/** The best supported locale in an Accept-Language header (quality values respected). */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isOneOf(locales, primary)) return primary;
  }
  return undefined;
}

export function getLocale(request: Request): Locale {
  const chosen = readCookie(request, LOCALE_COOKIE);
  if (isOneOf(locales, chosen)) return chosen;
  return localeFromAcceptLanguage(request.headers.get('Accept-Language')) ?? 'nl';
}

export function localeCookie(locale: Locale, secure: boolean): string {
  const oneYear = 60 * 60 * 24 * 365;
  return `${cookieName(LOCALE_COOKIE)}=${locale}; Path=/; Max-Age=${oneYear}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
