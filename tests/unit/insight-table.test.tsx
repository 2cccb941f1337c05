/**
 * The insight table frame (app/components/insight-table.tsx): the scrollable region is named by
 * its heading and can be focused, the caption and the header row come from its columns, numbers
 * are right-aligned, and the page's rows go into the body — the markup the three dashboard
 * tables had written out by hand.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InsightTable, numeric } from '../../app/components/insight-table';

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
});
