/**
 * The inline script that fetches the hydration modules after the first paint (ADR 031), run
 * against a stand-in document: when it starts them (after the first paint entry, at once on a
 * hidden page, after an animation frame without paint timing), that it starts them once, and
 * that the module source and the nonce arrive unchanged.
 */
import { describe, expect, it } from 'vitest';
import { afterPaintLoader } from '../../app/components/hydration-scripts';
import { scriptJson } from '../../app/components/script-json';

interface Added {
  parent: 'head' | 'body';
  tag: string;
  rel?: string;
  href?: string;
  type?: string;
  nonce?: string;
  textContent?: string;
}

function run(code: string, { visibility = 'visible', paintTiming = true }: { visibility?: 'visible' | 'hidden'; paintTiming?: boolean } = {}) {
  const added: Added[] = [];
  const timers: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const observers: { callback: (list: unknown, observer: { disconnect(): void }) => void; options: unknown; connected: boolean }[] = [];
  const listeners = new Map<string, (() => void)[]>();
  const element = (tag: string) => ({ tag }) as Record<string, string>;
  const append = (parent: Added['parent']) => (node: Record<string, string>) => void added.push({ parent, ...node } as Added);
  const document = {
    visibilityState: visibility,
    currentScript: { nonce: 'n0nce' },
    head: { appendChild: append('head') },
    body: { appendChild: append('body') },
    createElement: element,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  };
  class PerformanceObserver {
    static supportedEntryTypes = ['paint', 'navigation'];
    private readonly entry;
    constructor(callback: (list: unknown, observer: { disconnect(): void }) => void) {
      this.entry = { callback, options: undefined as unknown, connected: false };
      observers.push(this.entry);
    }
    observe(options: unknown) {
      this.entry.options = options;
      this.entry.connected = true;
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  const window = paintTiming ? { PerformanceObserver } : {};
  new Function('document', 'window', 'requestAnimationFrame', 'setTimeout', code)(
    document,
    window,
    (callback: () => void) => frames.push(callback),
    (callback: () => void) => timers.push(callback),
  );
  return {
    added,
    observers,
    paint: () => observers.filter((o) => o.connected).forEach((o) => o.callback({}, { disconnect: () => (o.connected = false) })),
    frame: () => frames.splice(0).forEach((callback) => callback()),
    tick: () => timers.splice(0).forEach((callback) => callback()),
    hide: () => listeners.get('visibilitychange')?.forEach((listener) => listener()),
  };
}

const preloads = ['/build/entry.client-ABC.js', '/build/_shared/chunk-DEF.js', '/build/routes/zoeken-GHI.js'];
// A module source with what must not end or break an inline script.
const moduleSource = 'import * as route0 from "/build/routes/zoeken-GHI.js";\nwindow.x = "</script><!--\u2028\u2029";\nimport("/build/entry.client-ABC.js");';

describe('the hydration modules after the first paint', () => {
  it('starts nothing before the page has painted, then preloads every module and adds the module script', () => {
    const page = run(afterPaintLoader(preloads, moduleSource));
    expect(page.added).toEqual([]);
    expect(page.observers).toHaveLength(1);
    expect(page.observers[0]!.options).toEqual({ type: 'paint', buffered: true });
    page.paint();
    // The paint entry is recorded with the frame; the modules follow in the next task.
    expect(page.added).toEqual([]);
    page.tick();
    expect(page.added.filter((node) => node.tag === 'link')).toEqual(preloads.map((href) => ({ parent: 'head', tag: 'link', rel: 'modulepreload', href })));
    expect(page.added.at(-1)).toEqual({ parent: 'body', tag: 'script', type: 'module', nonce: 'n0nce', textContent: moduleSource });
    expect(page.observers[0]!.connected).toBe(false);
  });

  it('starts them once, whatever comes after', () => {
    const page = run(afterPaintLoader(preloads, moduleSource));
    page.paint();
    page.tick();
    page.hide();
    page.paint();
    page.tick();
    expect(page.added).toHaveLength(preloads.length + 1);
  });

  it('starts at once on a page that is hidden, or hidden before it painted (a background tab paints nothing)', () => {
    expect(run(afterPaintLoader(preloads, moduleSource), { visibility: 'hidden' }).added).toHaveLength(preloads.length + 1);
    const page = run(afterPaintLoader(preloads, moduleSource));
    page.hide();
    expect(page.added).toHaveLength(preloads.length + 1);
  });

  it('waits for an animation frame and the task after it in a browser without paint timing', () => {
    const page = run(afterPaintLoader(preloads, moduleSource), { paintTiming: false });
    page.tick();
    expect(page.added).toEqual([]);
    page.frame();
    expect(page.added).toEqual([]);
    page.tick();
    expect(page.added).toHaveLength(preloads.length + 1);
  });

  it('writes JSON that cannot close the inline script', () => {
    const json = scriptJson(moduleSource);
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toBe(moduleSource);
    expect(afterPaintLoader(preloads, moduleSource)).not.toContain('</script');
  });
});
