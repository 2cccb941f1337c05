/**
 * Remembers the route tree that RemixServer renders with (issue 12; docs/decisions/018).
 *
 * For every document, Remix's `RemixServer` builds React Router's route objects for all ~100
 * routes of the app anew (`createServerRoutes` in @remix-run/react), and React Router's
 * `createStaticRouter` copies them all again (`convertRoutesToDataRoutes` in @remix-run/router) —
 * about 0.5 ms of every page, for a tree that only changes with the build. Both are remembered:
 *
 * - the server routes per build manifest, as long as the route modules are the same objects
 *   (a new build, or a module replaced in development, builds them anew);
 * - the data routes per route array they were made from (a remembered array gives remembered data
 *   routes), with the id → route manifest the caller asks to be filled.
 *
 * Nothing renders into these objects: React Router reads them, and every request still gets its
 * own router state, matches and loader data. Both functions are replaced on their modules'
 * exports, which is how @remix-run/react and react-router-dom call them; the libraries' own
 * internal calls are unaffected. Installed once from app/entry.server.tsx.
 */
import { createRequire } from 'node:module';

type Modules = Record<string, unknown>;
type CreateServerRoutes = (manifest: object, routeModules: Modules, future: unknown, isSpaMode: boolean, ...rest: unknown[]) => object[];
type ConvertRoutes = (routes: readonly object[], mapRouteProperties: unknown, parentPath?: string[], manifest?: Record<string, object>) => object[];

export interface CacheStats {
  hits: number;
  misses: number;
}

function sameModules(a: Modules, b: Modules): boolean {
  let count = 0;
  for (const id in b) {
    if (a[id] !== b[id]) return false;
    count += 1;
  }
  return count === Object.keys(a).length;
}

/** `createServerRoutes`, remembered per manifest while the route modules stay the same. */
export function rememberedServerRoutes(original: CreateServerRoutes): CreateServerRoutes & { stats: CacheStats } {
  const known = new WeakMap<object, { modules: Modules; future: unknown; isSpaMode: boolean; routes: object[] }>();
  const stats: CacheStats = { hits: 0, misses: 0 };
  const remembered = ((manifest, routeModules, future, isSpaMode, ...rest) => {
    // Only the top-level call (the one RemixServer makes) is remembered.
    if (rest.length > 0) return original(manifest, routeModules, future, isSpaMode, ...rest);
    const entry = known.get(manifest);
    if (entry && entry.future === future && entry.isSpaMode === isSpaMode && sameModules(entry.modules, routeModules)) {
      stats.hits += 1;
      return entry.routes;
    }
    stats.misses += 1;
    const routes = original(manifest, routeModules, future, isSpaMode);
    known.set(manifest, { modules: { ...routeModules }, future, isSpaMode, routes });
    return routes;
  }) as CreateServerRoutes & { stats: CacheStats };
  remembered.stats = stats;
  return remembered;
}

/** `convertRoutesToDataRoutes`, remembered per route array for top-level calls. */
export function rememberedDataRoutes(original: ConvertRoutes): ConvertRoutes & { stats: CacheStats } {
  const known = new WeakMap<readonly object[], { map: unknown; dataRoutes: object[]; manifest: Record<string, object> }>();
  const stats: CacheStats = { hits: 0, misses: 0 };
  const remembered = ((routes, mapRouteProperties, parentPath, manifest) => {
    if (parentPath !== undefined && parentPath.length > 0) return original(routes, mapRouteProperties, parentPath, manifest);
    let entry = known.get(routes);
    if (entry && entry.map === mapRouteProperties) {
      stats.hits += 1;
    } else {
      stats.misses += 1;
      const filled: Record<string, object> = {};
      entry = { map: mapRouteProperties, dataRoutes: original(routes, mapRouteProperties, undefined, filled), manifest: filled };
      known.set(routes, entry);
    }
    if (manifest) Object.assign(manifest, entry.manifest);
    return entry.dataRoutes;
  }) as ConvertRoutes & { stats: CacheStats };
  remembered.stats = stats;
  return remembered;
}

const installed = Symbol.for('sociale-kaart.route-tree-cache');

/** Replaces the two exports with their remembered versions (once per process). */
export function installRouteTreeCache(): void {
  const require = createRequire(import.meta.url);
  const remixRoutes = require('@remix-run/react/dist/routes.js') as { createServerRoutes: CreateServerRoutes } & Record<symbol, boolean>;
  const router = require('@remix-run/router') as { UNSAFE_convertRoutesToDataRoutes: ConvertRoutes } & Record<symbol, boolean>;
  if (remixRoutes[installed]) return;
  remixRoutes.createServerRoutes = rememberedServerRoutes(remixRoutes.createServerRoutes);
  router.UNSAFE_convertRoutesToDataRoutes = rememberedDataRoutes(router.UNSAFE_convertRoutesToDataRoutes);
  remixRoutes[installed] = true;
}
