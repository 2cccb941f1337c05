/**
 * The search facets' options are written as a string on the server (facetOptionsHtml) and as
 * React elements in the browser (FacetOptionElements): the two must be the same markup, or the
 * browser's hydration would not match the page, and every text must stay escaped.
 */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FacetOptionElements, facetOptionsHtml } from '../../app/components/search-facets';
import type { FacetOption } from '../../app/search/types';
import { random } from '../support/random';

type Props = Parameters<typeof facetOptionsHtml>[0];

const asString = (props: Props) => `<ul class="sk-facet__options">${facetOptionsHtml(props)}</ul>`;
const asElements = (props: Props) => renderToString(<FacetOptionElements {...props} />);

const nasty = ['<script>alert(1)</script>', 'Tom & Jerry', '"quoted"', "'s-Hertogenbosch", 'a > b < c', 'é ü ß — 😀', '   ', ''];

describe('facet options on the server and in the browser', () => {
  it('are the same markup for checkboxes and for radio buttons', () => {
    const options: FacetOption[] = [
      { value: 'general', label: 'Gratis, zonder verwijzing', count: 11, selected: false },
      { value: 'contracted', label: 'Via de gemeente', count: 236, selected: true },
      { value: 'national', label: 'Landelijk ingekocht', count: 0, selected: false },
    ];
    for (const single of [false, true]) {
      for (const anyChecked of [false, true]) {
        const props = { facetId: 'soort', single, anyChecked, options, anyLabel: 'Maakt niet uit', resultsWord: 'resultaten' };
        expect(asString(props)).toBe(asElements(props));
      }
    }
  });

  it('escape every text and attribute value as React does, over random options', () => {
    const next = random(12);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    for (let run = 0; run < 300; run++) {
      const options: FacetOption[] = Array.from({ length: Math.floor(next() * 6) }, (_, i) => ({
        value: next() < 0.3 ? pick(nasty) : `v${i}`,
        label: next() < 0.5 ? pick(nasty) : `Optie ${i}`,
        count: Math.floor(next() * 1000),
        selected: next() < 0.3,
      }));
      const props = { facetId: next() < 0.2 ? pick(nasty) : 'wijk', single: next() < 0.5, anyChecked: next() < 0.5, options, anyLabel: pick(nasty), resultsWord: pick(nasty) };
      expect(asString(props), JSON.stringify(props)).toBe(asElements(props));
    }
  });

  it('never lets markup in a label or value through', () => {
    const html = facetOptionsHtml({ facetId: 'x"><b', single: false, anyChecked: false, options: [{ value: '"><script>', label: '<img src=x onerror=alert(1)>', count: 1, selected: false }], anyLabel: '', resultsWord: '</span>' });
    // Only the list's own elements, each as often as one option has them.
    expect(html.match(/<[a-z]+/g)).toEqual(['<li', '<input', '<label', '<span', '<span']);
    expect(html.match(/<\/[a-z]+>/g)).toEqual(['</span>', '</span>', '</label>', '</li>']);
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
