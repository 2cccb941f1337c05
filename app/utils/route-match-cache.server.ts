/**
 * Remembers which routes a path matches, so a request does not flatten, rank and compile the
 * patterns of all ~90 routes three or four times (issue 12; docs/benchmarks.md: `matchRoutes` was
 * 11–17 % of the server's time on the search page).
 *
 * React Router's `matchRoutes` (@remix-run/router) redoes that work on every call: Remix calls it
 * to find the route of a request, to pick the routes for the browser's first manifest, and React
 * Router once more while rendering — the last two on route arrays created anew for each request,
 * with the same shape. The result depends only on the shape of the route tree (ids, paths, index
 * and case-sensitivity flags, nesting) and the path, so it is remembered per shape and path (at
 * most MAX_PATHS paths per shape; the memory is cleared when full) as a chain of child positions,
 * and each call gets fresh match objects that point into the routes it was given.
 *
 * `installRouteMatchCache()` replaces the exported `matchRoutes` of the @remix-run/router module
 * that Remix's server runtime and React Router call; the router's own internal call (inside its
 * static handler) is unaffected. Installed once from app/entry.server.tsx.
 */
import { createRequire } from 'node:module';

interface RouteLike {
  id?: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
  children?: RouteLike[];
}

interface MatchLike<R extends RouteLike = RouteLike> {
  params: Record<string, string | undefined>;
  pathname: string;
  pathnameBase: string;
  route: R;
}

type MatchRoutes = <R extends RouteLike>(routes: R[], location: string | { pathname?: string }, basename?: string) => MatchLike<R>[] | null;

interface Remembered {
  position: number;
  params: Record<string, string | undefined>;
  pathname: string;
  pathnameBase: string;
}

export const MAX_PATHS = 2_000;

/** Matching per route-tree shape, with the original `matchRoutes` underneath. */
export function cachedMatchRoutes(original: MatchRoutes, parsePath: (path: string) => { pathname?: string }): MatchRoutes & { stats: { hits: number; misses: number }; original: MatchRoutes } {
  const shapeIds = new Map<string, number>();
  const shapeOfRoutes = new WeakMap<object, number>();
  const remembered = new Map<string, Remembered[] | null>();
  const stats = { hits: 0, misses: 0 };

  const describe = (routes: readonly RouteLike[]): string =>
    routes.map((r) => `${r.id ?? ''}\u0001${r.path ?? ''}\u0001${r.index ? 1 : 0}${r.caseSensitive ? 1 : 0}\u0003${r.children ? describe(r.children) : ''}\u0004`).join('\u0002');
  const shapeOf = (routes: readonly RouteLike[]): number => {
    let id = shapeOfRoutes.get(routes);
    if (id === undefined) {
      const shape = describe(routes);
      id = shapeIds.get(shape);
      if (id === undefined) {
        id = shapeIds.size;
        shapeIds.set(shape, id);
      }
      shapeOfRoutes.set(routes, id);
    }
    return id;
  };

  const matchRoutes = (<R extends RouteLike>(routes: R[], location: string | { pathname?: string }, basename = '/'): MatchLike<R>[] | null => {
    const pathname = (typeof location === 'string' ? parsePath(location).pathname : location.pathname) || '/';
    const key = `${shapeOf(routes)}\u0000${basename}\u0000${pathname}`;
    const known = remembered.get(key);
    if (known !== undefined) {
      stats.hits += 1;
      if (known === null) return null;
      const matches: MatchLike<R>[] = [];
      let level: RouteLike[] | undefined = routes;
      for (const match of known) {
        const route: RouteLike | undefined = level?.[match.position];
        if (!route) return original(routes, location, basename);
        matches.push({ params: { ...match.params }, pathname: match.pathname, pathnameBase: match.pathnameBase, route: route as R });
        level = route.children;
      }
      return matches;
    }
    stats.misses += 1;
    const matches = original(routes, location, basename);
    let level: readonly RouteLike[] | undefined = routes;
    const entry: Remembered[] = [];
    for (const match of matches ?? []) {
      const position: number = level ? level.indexOf(match.route) : -1;
      if (position < 0) return matches; // not a chain through the tree: do not remember
      entry.push({ position, params: { ...match.params }, pathname: match.pathname, pathnameBase: match.pathnameBase });
      level = match.route.children;
    }
    if (remembered.size >= MAX_PATHS) remembered.clear();
    remembered.set(key, matches ? entry : null);
    return matches;
  }) as MatchRoutes & { stats: typeof stats; original: MatchRoutes };
  matchRoutes.stats = stats;
  matchRoutes.original = original;
  return matchRoutes;
}

const installed = Symbol.for('sociale-kaart.route-match-cache');

/** Replaces @remix-run/router's exported `matchRoutes` with the cached one (once per process). */
export function installRouteMatchCache(): void {
  const router = createRequire(import.meta.url)('@remix-run/router') as { matchRoutes: MatchRoutes; parsePath: (path: string) => { pathname?: string } } & Record<symbol, boolean>;
  if (router[installed]) return;
  router.matchRoutes = cachedMatchRoutes(router.matchRoutes, router.parsePath);
  router[installed] = true;
}
