/**
 * The insight table frame (app/components/insight-table.tsx): the scrollable region is named by
 * its heading and can be focused, the caption and the header row come from its columns, numbers
 * are right-aligned, and the page's rows go into the body — the markup the three dashboard
 * tables had written out by hand.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InsightTable, numeric } from '../../app/components/insight-table';
import { h } from '../../app/components/markup';

describe('InsightTable', () => {
  it('renders the region, caption, header row and body rows', () => {
    const html = renderToStaticMarkup(
      <InsightTable labelledBy="aandeel-titel" caption="Aandeel" testId="monthly-table" columns={['Maand', numeric('Algemeen')]}>
        <tr className="utrecht-table__row">
          <th scope="row">nov</th>
          <td>3</td>
        </tr>
      </InsightTable>,
    );
    expect(html).toBe(
      '<div class="sk-in-table-wrap" role="region" tabindex="0" aria-labelledby="aandeel-titel">' +
        '<table class="utrecht-table sk-in-table" data-testid="monthly-table">' +
        '<caption class="utrecht-table__caption">Aandeel</caption>' +
        '<thead class="utrecht-table__header"><tr class="utrecht-table__row">' +
        '<th scope="col" class="utrecht-table__header-cell">Maand</th>' +
        '<th scope="col" class="utrecht-table__header-cell sk-num">Algemeen</th>' +
        '</tr></thead>' +
        '<tbody class="utrecht-table__body"><tr class="utrecht-table__row"><th scope="row">nov</th><td>3</td></tr></tbody>' +
        '</table></div>',
    );
  });

  it('writes body rows given as a markup tree one byte per character: amounts and dashes as references', () => {
    // A policy officer's district table is 155 k characters; with one `€` V8 would hold it at two
    // bytes per character, over the 128 kB at which a string gets pages of its own (ADR 029).
    const html = renderToStaticMarkup(
      <InsightTable labelledBy="kosten-titel" caption="Kosten" testId="cost-table" columns={['Wijk', numeric('Kosten')]} rows={[h('tr', { className: 'utrecht-table__row' }, h('th', { scope: 'row' }, 'Één – Noord'), h('td', null, '€\u00a01.234,00'))]} />,
    );
    expect(html).toContain('<th scope="row">Één &#8211; Noord</th><td>&#8364;\u00a01.234,00</td>');
    expect(html).not.toMatch(/[^\u0000-\u00ff]/);
  });
});
