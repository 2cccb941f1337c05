/**
 * The search behind the search page (/zoeken), with every field of a result: the page itself sends
 * only what its cards show (app/search/card.ts), so tests of what search finds ask here.
 */
import { getDb } from '../../app/db.server';
import { getLocale } from '../../app/i18n/locale.server';
import { searchPageOutcome } from '../../app/search/search.server';
import { getViewer } from '../../app/utils/auth.server';
import { TEST_NOW } from './paths';

export async function searchOutcome(url: string, headers: Record<string, string> = {}, now: Date = TEST_NOW) {
  const request = new Request(`http://localhost${url}`, { headers });
  const viewer = await getViewer(request, { now } as never);
  return searchPageOutcome(getDb(), viewer, new URL(request.url).searchParams, { now, locale: getLocale(request) });
}
