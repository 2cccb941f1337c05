/**
 * Markup trees (app/components/markup.tsx) are written as a string on the server and as React
 * elements in the browser: the string must be byte for byte what React writes for the elements,
 * or hydration would not match the page; every text and attribute value must stay escaped.
 */
import { createElement, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { escapeTextLatin1, h, Markup, markupForm, markupLink, toHtml, toReact, withSelectedOption, type MarkupAttributes, type MarkupNode } from '../../app/components/markup';
import { random } from '../support/random';
import { renderInPage } from '../support/render-in-page';

async function sameAsReact(tree: MarkupNode): Promise<void> {
  const elements = toReact(tree);
  // The elements as children of their parent (as <Markup> gives them), not as one keyless list.
  const children: ReactNode[] = Array.isArray(elements) ? elements : [elements];
  expect(`<div id="t">${toHtml(tree)}</div>`).toBe(await renderInPage(createElement('div', { id: 't' }, ...children)));
}

/** Numeric character references back to their characters (what a browser's parser does). */
function decodeCharRefs(html: string): string {
  return html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

const nasty = ['<script>alert(1)</script>', 'Tom & Jerry', '"quoted"', "'s-Hertogenbosch", 'a > b < c', 'é ü ß — 😀 € ▲', '   ', '', '<!-- -->'];

describe('markup trees', () => {
  it('write what React writes for the elements the tables use', async () => {
    await sameAsReact([
      h('tr', { className: 'utrecht-table__row sk-x', id: 'rij-1', 'data-testid': 'compare-row', 'data-best': true, 'data-ceiling': 'room' },
        h('th', { scope: 'row', className: 'utrecht-table__header-cell' }, markupLink({ to: '/aanbieders/een#aanbod-1' }, 'Een & twee'), h('span', { className: 'sk-cmp-product' }, '01A01', ' ', 'Huishouden')),
        h('td', { className: 'utrecht-table__cell' }, h('data', { value: '7.4' }, '7,4'), h('span', null, '(', 10, ')')),
        h('td', null, 'a', null, false, '', 'b', ['c', 3, ['d']], undefined, 'e'),
      ),
      markupLink({ to: '/vergelijken?product=01&sorteer=kosten#vergelijking', className: 'sk-cmp-sort', preventScrollReset: true }, 'Kosten', h('span', { 'aria-hidden': 'true', className: 'icon' }, ' ▲')),
      markupForm({ method: 'post', action: '/keuzelijst/toevoegen', className: 'sk-cmp-add-form', preventScrollReset: true },
        h('input', { type: 'hidden', name: 'organisatie', value: 'o-1' }),
        h('label', { className: 'sk-visually-hidden', htmlFor: 'notitie-1' }, 'Notitie bij ', "O'Neill"),
        h('input', { id: 'notitie-1', name: 'notitie', className: 'utrecht-textbox', placeholder: 'Notitie "x"', maxLength: 1000, autoComplete: 'off' }),
        h('button', { type: 'submit', className: 'utrecht-button' }, 'Op keuzelijst', h('span', { className: 'sk-visually-hidden' }, ': ', 'Naam')),
      ),
      h('a', { className: 'utrecht-link', href: '/inzicht/export?tabel=maanden&tot=2026-11', download: true }, 'CSV'),
      h('div', { hidden: true, tabIndex: 0, role: 'region', 'aria-hidden': true, 'data-off': false, title: undefined, lang: null }, 'x'),
      h('ul', null, h('li', { key: 1 }, nasty[0]), h('li', { key: 2 }, nasty[1])),
    ]);
  });

  it('write what React writes for random trees with hostile texts', async () => {
    const next = random(12);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const tags = ['div', 'span', 'p', 'strong', 'td', 'th', 'li', 'data'];
    const attributeChoices: [string, () => MarkupAttributes[string]][] = [
      ['className', () => pick(nasty)],
      ['id', () => pick(['a', 'b-1', nasty[4]!])],
      ['data-testid', () => pick(nasty)],
      ['data-best', () => pick([true, false, undefined])],
      ['aria-hidden', () => pick([true, 'true', false])],
      ['scope', () => 'row'],
      ['title', () => pick(nasty)],
      ['hidden', () => pick([true, false])],
      ['value', () => pick(['7.4', 3, nasty[3]!])],
    ];
    const text = (): MarkupNode => pick<MarkupNode>([...nasty, 0, 42, -1.5, null, false, true, undefined]);
    const tree = (depth: number): MarkupNode => {
      const roll = next();
      if (depth > 3 || roll < 0.3) return text();
      if (roll < 0.4) return Array.from({ length: Math.floor(next() * 4) }, () => tree(depth + 1));
      const props: MarkupAttributes = {};
      for (const [name, value] of attributeChoices) if (next() < 0.3) props[name] = value();
      const children = Array.from({ length: Math.floor(next() * 4) }, () => tree(depth + 1));
      if (roll < 0.5) return markupLink({ to: pick(['/a', '/a?b=1&c="2"', "/a#x'y"]), ...(props.className ? { className: String(props.className) } : {}) }, ...children);
      return h(pick(tags), props, ...children);
    };
    for (let i = 0; i < 300; i++) await sameAsReact(Array.from({ length: 3 }, () => tree(0)));
  });

  it('with charRefs, write the same document with only characters up to U+00FF (ADR 027)', () => {
    const next = random(27);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const texts = [...nasty, '€\u00a062,50', '★ ', ' ▲', '↕', 'café “quoted” – ok', '&#8364; typed', '😀€😀', 'ë'];
    for (let i = 0; i < 300; i++) {
      const tree = h(
        'tr',
        { title: pick(texts), 'data-x': pick(texts) },
        h('td', { className: pick(texts) }, pick(texts), pick(texts)),
        markupLink({ to: pick(['/a', '/a?b=€', '/zoeken?q=café']), className: pick(texts) }, pick(texts)),
        markupForm({ method: 'post', action: '/keuzelijst/toevoegen', className: pick(texts) }, h('input', { type: 'hidden', name: 'n', value: pick(texts) }), pick(texts)),
      );
      const plain = toHtml(tree);
      const referenced = toHtml(tree, { charRefs: true });
      expect(referenced).toMatch(/^[\x00-\xff]*$/);
      expect(decodeCharRefs(referenced)).toBe(plain);
    }
    // A page of one-byte texts is left as it is.
    expect(toHtml(h('p', { title: 'één' }, 'Tom & Jerry'), { charRefs: true })).toBe(toHtml(h('p', { title: 'één' }, 'Tom & Jerry')));
    expect(escapeTextLatin1('€ 5 & ▲ 😀')).toBe('&#8364; 5 &amp; &#9650; &#128512;');
  });

  it('mark the chosen option of a select as React does from its value', async () => {
    const options = [
      h('option', { key: '', value: '' }, 'Kies – een product'),
      h('optgroup', { key: '01', label: '01 Huishouden “basis”' }, h('option', { value: '01' }, 'Alles'), h('option', { key: 'a', value: '01A01' }, '01A01', ' ', 'Licht – € 5'), h('option', { key: 'b', value: 'x"&\'<' }, 'Vreemd')),
      h('optgroup', { key: '02', label: '02' }, h('option', { key: 'c', value: '€' }, 'Euro')),
    ];
    for (const selected of ['', '01', '01A01', 'x"&\'<', '€', 'onbekend']) {
      const react = renderToString(<select name="p" defaultValue={selected}>{toReact(options)}</select>);
      const plain = renderToString(<select name="p" defaultValue={selected} dangerouslySetInnerHTML={{ __html: withSelectedOption(toHtml(options), selected) }} />);
      const referenced = renderToString(<select name="p" defaultValue={selected} dangerouslySetInnerHTML={{ __html: withSelectedOption(toHtml(options, { charRefs: true }), selected, { charRefs: true }) }} />);
      expect(plain).toBe(react);
      expect(decodeCharRefs(referenced)).toBe(react);
      if (selected !== 'onbekend') expect(react).toContain('selected=""');
    }
  });

  it('keep markup out of texts and attribute values', () => {
    const html = toHtml(h('td', { title: '"><script>x</script>' }, '<img src=x onerror=alert(1)>', markupLink({ to: '/a?q="><b>' }, '<b>')));
    expect(html).not.toMatch(/<(script|img|b)[ >]/);
  });

  it('refuse links and forms that are not absolute paths of this site', () => {
    expect(() => toHtml(markupLink({ to: 'relatief' }, 'x'))).toThrow();
    expect(() => toHtml(markupLink({ to: '//elders.example/x' }, 'x'))).toThrow();
    expect(() => toHtml(markupForm({ method: 'post', action: '../x' }, 'x'))).toThrow();
  });

  it('<Markup> holds the string on the server', () => {
    const rows = [h('tr', { key: 'a' }, h('td', null, 'één', 2)), h('tr', { key: 'b' }, h('td', null, 'Tom & Jerry'))];
    expect(renderToString(<Markup as="tbody" className="utrecht-table__body" content={rows} />)).toBe(`<tbody class="utrecht-table__body">${toHtml(rows)}</tbody>`);
    const euro = [h('tr', { key: 'a' }, h('td', null, '€ 5'))];
    expect(renderToString(<Markup as="tbody" content={euro} charRefs />)).toBe('<tbody><tr><td>&#8364; 5</td></tr></tbody>');
  });
});
