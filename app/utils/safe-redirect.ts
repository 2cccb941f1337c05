/**
 * Only same-site paths are allowed as redirect targets (no `//evil.example`, no `https://`). The
 * result is percent-encoded the way a URL is (`/č` → `/%C4%8D`), so it is always a valid
 * Location header, whatever the query string held.
 */
const base = 'http://redirect.invalid';

export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (!to || typeof to !== 'string' || to.length > 2000) return fallback;
  if (!to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\') || /[\r\n\t]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || url.pathname.startsWith('//')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
