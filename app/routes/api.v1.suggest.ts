/**
 * GET /api/v1/suggest?q=dagb → { suggestions: [{ text, kind, href }] }: what the search box
 * suggests as you type (names of services, providers, topics, search words and districts).
 */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { contextOf } from '../load-context';
import { suggestForViewer } from '../search/search.server';
import { getViewer } from '../utils/auth.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  await getViewer(request, context);
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100);
  const suggestions = q.trim().length >= 2 ? suggestForViewer(q, contextOf(context).now, 8) : [];
  return new Response(JSON.stringify({ suggestions }), {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=60', 'X-Content-Type-Options': 'nosniff' },
  });
}
