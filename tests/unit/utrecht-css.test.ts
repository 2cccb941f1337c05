/** The trimmed Utrecht CSS (scripts/css/trim-utrecht.ts): what the app uses, with every token it needs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button } from '../../app/components/form';
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

  it("styles every appearance the Button component writes, and drops the button classes it never writes", () => {
    for (const appearance of ['primary', 'secondary', 'subtle'] as const) {
      const html = renderToString(createElement(Button, { appearance }, 'x'));
      const classes = /class="([^"]*)"/.exec(html)![1]!.split(' ').filter((name) => name.startsWith('utrecht-button--'));
      expect(classes, appearance).toHaveLength(1);
      // A rule of its own in the package, kept here: Utrecht's subtle one is `--subtle`, not `--subtle-action`.
      expect(components, appearance).toContain(`.${classes[0]}`);
      expect(css, appearance).toContain(`.${classes[0]}`);
    }
    // The documentation's state stand-ins and appearances no component writes.
    for (const unused of ['.utrecht-button--hover', '.utrecht-button--focus', '.utrecht-button--danger', '.utrecht-button--busy']) expect(css).not.toContain(unused);
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

describe('trimming a small pair of package style sheets', () => {
  // Both package files start with `@charset`, like the real ones.
  const input = {
    tokensCss: '@charset "UTF-8";\n/* tokens */\n.utrecht-theme { --utrecht-color-red: #c00; --utrecht-unused: 1px; }\n.utrecht-theme--dark { --utrecht-color-red: #f66; }\n',
    componentsCss:
      '@charset "UTF-8";\n/** @license EUPL-1.2 */\n.utrecht-alert { color: var(--utrecht-color-red); }\n.utrecht-calendar { color: blue; }\n.utrecht-unordered-list__item::marker { content: "●"; }\n',
    appSources: [
      { path: 'app/root.tsx', text: '<html className="utrecht-theme"><div className="utrecht-alert utrecht-unordered-list__item" /></html>' },
      { path: 'app/styles/app.css', text: '.sk-x { color: var(--utrecht-color-red); }' },
    ],
  };

  it('keeps what the sources use, with the tokens it needs, and nothing else', () => {
    const css = trimUtrechtCss(input);
    expect(css).toContain('.utrecht-alert');
    expect(css).toContain('--utrecht-color-red: #c00');
    expect(css).not.toContain('.utrecht-calendar');
    expect(css).not.toContain('--utrecht-unused');
    expect(css).not.toContain('utrecht-theme--dark');
  });

  it('has one @charset, as its very first rule, when it needs one', () => {
    const css = trimUtrechtCss(input);
    expect(css.startsWith('@charset "UTF-8";')).toBe(true);
    expect(css.match(/@charset/g)).toHaveLength(1);
    // A style sheet that is all ASCII needs none.
    const ascii = trimUtrechtCss({ ...input, componentsCss: input.componentsCss.replace('●', '\\25CF') });
    expect(ascii).not.toContain('@charset');
    expect(ascii).toContain('.utrecht-alert');
  });
});

describe('the generated file', () => {
  it('has no @charset after its first rule (the bundler warns and drops it there)', () => {
    const css = trimUtrechtCss();
    expect(css.indexOf('@charset', 1)).toBe(-1);
  });
});
