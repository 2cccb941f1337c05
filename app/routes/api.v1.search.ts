/**
 * GET /api/v1/search?q=…&<the filters of /zoeken>&sortering=…&postcode=…&page=…&per_page=…
 * The same results as the search page, as JSON: { total, page, perPage, pages, relaxed, results,
 * facets }. No cost fields for anyone who may not see them (the index holds none). Bad
 * parameters get a 400 with a readable message per parameter. See docs/search.md.
 */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { parseSearchRequest, searchForViewer } from '../search/search.server';
import { getViewer } from '../utils/auth.server';
import { contextOf } from '../load-context';

const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await getViewer(request, context);
  const db = getDb();
  const locale = getLocale(request);
  const parsed = parseSearchRequest(db, viewer, new URL(request.url).searchParams, { strict: true, api: true });
  if (parsed.errors.length > 0) {
    const errors = parsed.errors.map((error) => ({
      parameter: error.param,
      code: error.code,
      message: translate(locale, `search.error.${error.code}` as MessageKey, { param: error.param, value: error.value ?? '' }),
    }));
    return new Response(JSON.stringify({ error: translate(locale, 'search.error.title'), errors }), { status: 400, headers });
  }
  const outcome = searchForViewer(db, viewer, parsed, { now: contextOf(context).now, locale, clampPage: false });
  const body = {
    total: outcome.total,
    page: outcome.page,
    perPage: outcome.perPage,
    pages: outcome.pages,
    relaxed: outcome.relaxed,
    results: outcome.results,
    facets: Object.fromEntries(
      outcome.facets.map((facet) => [
        facet.id,
        { title: translate(locale, facet.title), selection: facet.selection, options: facet.options },
      ]),
    ),
  };
  return new Response(JSON.stringify(body), { status: 200, headers });
}
