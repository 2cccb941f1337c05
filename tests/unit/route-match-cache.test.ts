import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cachedMatchRoutes, installRouteMatchCache, MAX_PATHS } from '../../app/utils/route-match-cache.server';
import { namesAFile } from '../../scripts/ops/responses';

interface Route {
  id: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
  children?: Route[];
}

const router = createRequire(import.meta.url)('@remix-run/router') as typeof import('@remix-run/router');
// The original, whatever is installed in this process.
const original = ((router.matchRoutes as unknown as { original?: typeof router.matchRoutes }).original ?? router.matchRoutes) as unknown as Parameters<typeof cachedMatchRoutes>[0];

/** A route tree shaped like the app's (Remix flat routes under a root): index, params, nesting, splat. */
function routes(): Route[] {
  return [
    {
      id: 'root',
      path: '',
      children: [
        { id: 'routes/_index', index: true },
        { id: 'routes/zoeken', path: 'zoeken' },
        { id: 'routes/aanbieders.$slug', path: 'aanbieders/:slug' },
        { id: 'routes/aanbieders.$slug.ervaringen', path: 'aanbieders/:slug/ervaringen' },
        {
          id: 'routes/beheer',
          path: 'beheer',
          children: [
            { id: 'routes/beheer._index', index: true },
            { id: 'routes/beheer.diensten.$id', path: 'diensten/:id' },
          ],
        },
        { id: 'routes/Hoofdletters', path: 'Hoofdletters', caseSensitive: true },
        { id: 'routes/$', path: '*' },
      ],
    },
  ];
}

const paths = [
  '/',
  '/zoeken',
  '/zoeken/',
  '/zoeken?q=hulp',
  '/aanbieders/de-linde',
  '/aanbieders/de%20linde',
  '/aanbieders/de-linde/ervaringen',
  '/beheer',
  '/beheer/diensten/42',
  '/beheer/onbekend',
  '/Hoofdletters',
  '/hoofdletters',
  '/bestaat/niet',
  '/ZOEKEN',
];

type Matches = { route: unknown; params: Record<string, string | undefined>; pathname: string; pathnameBase: string }[] | null;
const plain = (matches: Matches) =>
  matches?.map((m) => ({ id: (m.route as Route).id, params: m.params, pathname: m.pathname, pathnameBase: m.pathnameBase })) ?? null;

describe('route matching remembered per route-tree shape and path', () => {
  it('gives what matchRoutes gives, for the same and for a freshly created route tree of the same shape', () => {
    const cached = cachedMatchRoutes(original, router.parsePath);
    const first = routes();
    for (const round of [0, 1]) {
      const tree = round === 0 ? first : routes();
      for (const path of paths) {
        for (const basename of ['/', undefined]) {
          const expected = original(tree, path, basename);
          const got = cached(tree, path, basename);
          expect(plain(got), `${path} (round ${round})`).toEqual(plain(expected));
          // The matches point into the routes that were passed, not into the tree first seen.
          got?.forEach((m, i) => expect(m.route).toBe(expected![i]!.route));
        }
      }
      expect(cached(tree, { pathname: '/aanbieders/x' })?.[1]?.params).toEqual({ slug: 'x' });
    }
    expect(cached.stats.hits).toBeGreaterThan(paths.length);
  });

  it('computes a path once per shape, and hands out fresh objects each time', () => {
    const cached = cachedMatchRoutes(original, router.parsePath);
    const a = cached(routes(), '/aanbieders/de-linde');
    const misses = cached.stats.misses;
    a![1]!.params.slug = 'changed';
    const b = cached(routes(), '/aanbieders/de-linde');
    expect(cached.stats.misses).toBe(misses);
    expect(b![1]!.params).toEqual({ slug: 'de-linde' });
    expect(b![1]).not.toBe(a![1]);
  });

  it('keeps other shapes apart: a different tree is matched on its own', () => {
    const cached = cachedMatchRoutes(original, router.parsePath);
    expect(plain(cached(routes(), '/zoeken'))?.at(-1)?.id).toBe('routes/zoeken');
    const other = routes();
    other[0]!.children![1]!.path = 'vinden';
    expect(plain(cached(other, '/zoeken'))?.at(-1)?.id).toBe('routes/$');
  });

  it('remembers a bounded number of paths', () => {
    const cached = cachedMatchRoutes(original, router.parsePath);
    const tree = routes();
    for (let i = 0; i < MAX_PATHS + 10; i++) cached(tree, `/aanbieders/p${i}`);
    const misses = cached.stats.misses;
    cached(tree, '/aanbieders/p0'); // forgotten when the memory was cleared
    expect(cached.stats.misses).toBe(misses + 1);
  });

  it('is installed once in @remix-run/router, where Remix and React Router call it', () => {
    installRouteMatchCache();
    const installed = router.matchRoutes;
    installRouteMatchCache();
    expect(router.matchRoutes).toBe(installed);
    expect((installed as unknown as { stats?: unknown }).stats).toBeDefined();
    expect(plain((router.matchRoutes as unknown as typeof original)(routes(), '/beheer/diensten/7'))?.map((m) => m.id)).toEqual(['root', 'routes/beheer', 'routes/beheer.diensten.$id']);
  });
});

describe("the static handler's own matching (patches/@remix-run+router, ADR 018)", () => {
  it('goes through the installed matchRoutes, so a repeated request is not matched anew', async () => {
    installRouteMatchCache();
    const stats = (router.matchRoutes as unknown as { stats: { hits: number; misses: number } }).stats;
    const handler = router.createStaticHandler([
      { id: 'root', path: '/', loader: () => 'root', children: [{ id: 'page', path: 'zoeken', loader: () => 'page' }] },
    ]);
    const first = { ...stats };
    const context = await handler.query(new Request('http://localhost/zoeken?q=hulp'));
    expect(stats.misses, 'the first request is matched by the wrapped matchRoutes').toBe(first.misses + 1);
    expect(context).not.toBeInstanceOf(Response);
    expect((context as { matches: { route: { id: string } }[] }).matches.map((m) => m.route.id)).toEqual(['root', 'page']);
    const again = { ...stats };
    await handler.query(new Request('http://localhost/zoeken?q=zorg'));
    await handler.queryRoute(new Request('http://localhost/zoeken?q=zorg'), { routeId: 'page' });
    expect(stats.misses).toBe(again.misses);
    expect(stats.hits).toBe(again.hits + 2);
  });
});

describe('public files are looked up only for paths that name a file', () => {
  it('tells files from pages', () => {
    for (const path of ['/favicon.svg', '/robots.txt', '/build/entry.client-ABC123.js']) expect(namesAFile(path), path).toBe(true);
    for (const path of ['/', '/zoeken', '/aanbieders/de-linde', '/beheer/diensten/42', '/a.b/c']) expect(namesAFile(path), path).toBe(false);
  });
});
