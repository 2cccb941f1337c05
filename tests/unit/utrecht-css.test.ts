/** The trimmed Utrecht CSS (scripts/css/trim-utrecht.ts): what the app uses, with every token it needs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimUtrechtCss } from '../../scripts/css/trim-utrecht';

const tokens = readFileSync(join(import.meta.dirname, '../../node_modules/@utrecht/design-tokens/dist/index.css'), 'utf8');
const components = readFileSync(join(import.meta.dirname, '../../node_modules/@utrecht/component-library-css/dist/index.css'), 'utf8');

describe('the trimmed Utrecht CSS', () => {
  const css = trimUtrechtCss();

  it('keeps the components the app uses and drops the ones it does not', () => {
    expect(css).toContain('.utrecht-button');
    expect(css).toContain('.utrecht-textbox');
    expect(css).toContain('.utrecht-theme');
    expect(components).toContain('.utrecht-calendar');
    expect(css).not.toContain('.utrecht-calendar');
    expect(css.length).toBeLessThan((tokens.length + components.length) / 2);
  });

  it('defines every design token that a kept rule refers to', () => {
    const defined = new Set([...css.matchAll(/(--[a-zA-Z0-9_-]+)\s*:/g)].map((m) => m[1]));
    // The tokens of the theme the app uses (`.utrecht-theme`, outside media queries for other schemes).
    const definedInPackage = new Set<string>();
    postcss.parse(tokens).walkRules((rule) => {
      if (rule.parent?.type === 'root' && rule.selectors.includes('.utrecht-theme')) rule.walkDecls((decl) => void definedInPackage.add(decl.prop));
    });
    expect(definedInPackage.size).toBeGreaterThan(100);
    const referenced = [...css.matchAll(/var\(\s*(--[a-zA-Z0-9_-]+)/g)].map((m) => m[1]!);
    expect(referenced.length).toBeGreaterThan(50);
    expect([...new Set(referenced.filter((name) => definedInPackage.has(name) && !defined.has(name)))]).toEqual([]);
  });
});
