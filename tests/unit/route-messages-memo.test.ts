/**
 * The messages of a page are worked out once per route table, path and audience
 * (app/i18n/route-messages.server.ts): matching the routes of a path again on every request cost
 * 4–6 % of the search page's server time (issue 12). Remembered answers must stay the answers.
 */
import type { ServerBuild } from '@remix-run/node';
import { describe, expect, it } from 'vitest';
import { matchedRouteIds, messagesForPage } from '../../app/i18n/route-messages.server';

const module = (messages?: string[]) => ({ messages }) as never;
const table = () =>
  ({
    root: { id: 'root', path: '', module: module(['nav']) },
    'routes/_index': { id: 'routes/_index', parentId: 'root', index: true, module: module(['home']) },
    'routes/aanbieders.$slug': { id: 'routes/aanbieders.$slug', parentId: 'root', path: 'aanbieders/:slug', module: module(['provider']) },
    'routes/zoeken': { id: 'routes/zoeken', parentId: 'root', path: 'zoeken', module: module(['search.facet']) },
  }) as unknown as ServerBuild['routes'];
const request = (path: string) => new Request(`http://localhost${path}`);

describe('remembered route matches and message selections', () => {
  it('gives the same ids for a path each time, and keeps route tables apart', () => {
    const routes = table();
    const ids = matchedRouteIds(routes, '/aanbieders/de-linde');
    expect(ids).toEqual(['root', 'routes/aanbieders.$slug']);
    expect(matchedRouteIds(routes, '/aanbieders/de-linde')).toBe(ids);
    expect(Object.isFrozen(ids)).toBe(true);
    const other = table();
    delete (other as Record<string, unknown>)['routes/aanbieders.$slug'];
    expect(matchedRouteIds(other, '/aanbieders/de-linde')).toEqual([]);
  });

  it('shares one selection between paths of the same routes, per language and audience', () => {
    const routes = table();
    const a = messagesForPage('nl', request('/aanbieders/a?x=1'), routes, null);
    const b = messagesForPage('nl', request('/aanbieders/b'), routes, null);
    expect(b).toBe(a);
    expect(Object.keys(a).every((key) => key.startsWith('nav.') || key.startsWith('provider.') || key === 'provider')).toBe(true);
    expect(messagesForPage('en', request('/aanbieders/a'), routes, null)).not.toBe(a);
    expect(messagesForPage('nl', request('/aanbieders/a'), routes, 'staff')).not.toBe(a);
    const search = messagesForPage('nl', request('/zoeken'), routes, null);
    expect(Object.keys(search).some((key) => key.startsWith('search.facet.'))).toBe(true);
    expect(Object.keys(search).some((key) => key.startsWith('provider.'))).toBe(false);
  });
});
