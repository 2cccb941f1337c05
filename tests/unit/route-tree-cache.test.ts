/**
 * The route tree remembered per build (app/utils/route-tree-cache.server.ts): the same objects
 * while the build's manifest and modules are the same, built anew when a module changes, and the
 * caller's manifest filled either way.
 */
import { describe, expect, it, vi } from 'vitest';
import { rememberedDataRoutes, rememberedServerRoutes } from '../../app/utils/route-tree-cache.server';

describe('remembered server routes', () => {
  it('are the same objects for the same manifest and modules, and new when a module changes', () => {
    const original = vi.fn((manifest: object) => [{ id: 'root', manifest }]);
    const remembered = rememberedServerRoutes(original);
    const manifest = { root: {} };
    const future = {};
    const modules = { root: { default: () => null }, 'routes/a': {} };
    const first = remembered(manifest, { ...modules }, future, false);
    expect(remembered(manifest, { ...modules }, future, false)).toBe(first);
    expect(original).toHaveBeenCalledTimes(1);
    expect(remembered(manifest, { ...modules, 'routes/a': {} }, future, false)).not.toBe(first);
    expect(remembered(manifest, { root: modules.root }, future, false)).not.toBe(first);
    expect(remembered({ root: {} }, { root: modules.root }, future, false)).not.toBe(first);
    expect(remembered.stats).toEqual({ hits: 1, misses: 4 });
  });

  it('pass nested calls through', () => {
    const original = vi.fn(() => []);
    const remembered = rememberedServerRoutes(original);
    remembered({}, {}, {}, false, 'root');
    remembered({}, {}, {}, false, 'root');
    expect(original).toHaveBeenCalledTimes(2);
  });
});

describe('remembered data routes', () => {
  it('are the same objects for the same routes, and fill every caller manifest', () => {
    const original = vi.fn((routes: readonly object[], _map: unknown, _path?: string[], manifest: Record<string, object> = {}) =>
      routes.map((route, i) => {
        const data = { ...route, id: String(i) };
        manifest[data.id] = data;
        return data;
      }),
    );
    const remembered = rememberedDataRoutes(original);
    const routes = [{ path: '/' }, { path: 'a' }];
    const map = () => ({});
    const one: Record<string, object> = {};
    const two: Record<string, object> = {};
    const first = remembered(routes, map, undefined, one);
    expect(remembered(routes, map, undefined, two)).toBe(first);
    expect(two).toEqual(one);
    expect(Object.keys(two)).toEqual(['0', '1']);
    expect(original).toHaveBeenCalledTimes(1);
    expect(remembered([...routes], map, undefined, {})).not.toBe(first);
    expect(remembered(routes, () => ({}), undefined, {})).not.toBe(first);
    remembered(routes, map, ['0'], {});
    expect(original).toHaveBeenCalledTimes(4);
  });
});
