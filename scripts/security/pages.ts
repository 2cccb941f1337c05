/**
 * The pages the security middleware answers with itself (429, a refused cross-site form, 413,
 * 405/501, 400 and a last-resort 500), in the visitor's language, as plain accessible HTML. Their one style block carries the
 * response's CSP nonce.
 */
import type { Request, Response } from 'express';
import type { Locale } from '../../app/domain/enums';
import { translate, type MessageKey, type TranslateParams } from '../../app/i18n';
import { getLocale } from '../../app/i18n/locale.server';

/** The language of an Express request: the `taal` cookie, Accept-Language, else Dutch. */
export function localeOf(req: Request): Locale {
  try {
    const headers = new Headers();
    if (req.headers.cookie) headers.set('Cookie', req.headers.cookie);
    if (req.headers['accept-language']) headers.set('Accept-Language', String(req.headers['accept-language']));
    return getLocale(new Request('http://localhost/', { headers }));
  } catch {
    // A header the Fetch API refuses: Dutch, the site's own language.
    return 'nl';
  }
}

/** Answers with one of these pages, not cached. */
export function sendPage(
  req: Request,
  res: Response,
  status: number,
  keys: { title: MessageKey; text: MessageKey },
  headers: Record<string, string> = {},
): void {
  res
    .status(status)
    .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    .send(simplePage(localeOf(req), res.locals.cspNonce as string | undefined, keys));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A link on a standalone page: where it goes and its (already translated) label. */
export interface PageLink {
  href: string;
  label: string;
}

/**
 * The one HTML frame of the pages the server answers with itself (these, and the 503 page of
 * scripts/ops/unavailable.ts): a title, one paragraph and links, with a nonce'd style block.
 */
export function standalonePage(locale: Locale, nonce: string | undefined, content: { title: string; text: string; links: readonly PageLink[] }): string {
  const title = escapeHtml(content.title);
  const app = escapeHtml(translate(locale, 'app.name'));
  const style = `body{font-family:'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#1a1a1a;line-height:1.5}
header{background:#1b4f72;color:#fff;padding:.75rem 1rem;font-weight:700;font-size:1.375rem}
main{max-width:42rem;padding:1.5rem 1rem}a{color:#1b4f72}a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}`;
  const links = content.links.map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`);
  const linkList = links.length === 1 ? `<p>${links[0]}</p>` : `<ul>\n${links.map((a) => `<li>${a}</li>`).join('\n')}\n</ul>`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${app}</title>
<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ''}>${style}</style>
</head>
<body>
<header>${app}</header>
<main>
<h1>${title}</h1>
<p>${escapeHtml(content.text)}</p>
${linkList}
</main>
</body>
</html>
`;
}

export function simplePage(
  locale: Locale,
  nonce: string | undefined,
  keys: { title: MessageKey; text: MessageKey },
  params: TranslateParams = {},
): string {
  return standalonePage(locale, nonce, {
    title: translate(locale, keys.title, params),
    text: translate(locale, keys.text, params),
    links: [{ href: '/', label: translate(locale, 'tooMany.back') }],
  });
}
