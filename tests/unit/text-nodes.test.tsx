/**
 * A sentence is one text node: React separates adjacent text pieces in server HTML with `<!-- -->`
 * (bytes on every page, and work for the renderer). The waiting time and the contract flags write
 * each visible sentence as one template string; the visible text stays the same.
 */
import { describe, expect, it } from 'vitest';
import { ContractFlags } from '../../app/components/compare-flags';
import { WaitingTime } from '../../app/components/waiting-time';
import type { Locale } from '../../app/domain/enums';
import { renderInPage as renderWith } from '../support/render-in-page';

const renderInPage = (element: Parameters<typeof renderWith>[0], locale: Locale = 'nl') => renderWith(element, ['waiting', 'flags', 'compare.unit'], locale);

describe('one text node per sentence', () => {
  it('the waiting time, with and without the date it was reported', async () => {
    expect(await renderInPage(<WaitingTime weeks={3} reportedOn="2026-03-01" />)).toBe('<span>3 weken wachttijd (doorgegeven op 1 maart 2026)</span>');
    expect(await renderInPage(<WaitingTime weeks={1} reportedOn="2026-03-01" />, 'en')).toBe('<span>1 week waiting time (reported on 1 March 2026)</span>');
    expect(await renderInPage(<WaitingTime weeks={3} />)).toBe('<span>3 weken wachttijd</span>');
    expect(await renderInPage(<WaitingTime weeks={null} />)).toBe('<span>Wachttijd onbekend</span>');
  });

  it('the contract flags: the ceiling line and the national warning', async () => {
    const national = [
      { categoryCode: '55', productCode: '55A01', organizationId: 'o1', organizationName: 'Landelijk Eén', validFrom: '2026-01-01', validTo: '2026-12-31' },
      { categoryCode: '55', productCode: '55A01', organizationId: 'o2', organizationName: 'Landelijk Twee', validFrom: '2026-01-01', validTo: null },
    ];
    const html = await renderInPage(<ContractFlags status="room" national={national} />);
    expect(html).not.toContain('<!-- -->');
    expect(html).toContain('<span class="sk-muted">Budgetplafond: </span>');
    expect(html).toContain('<strong>Let op: landelijk ingekocht.</strong> De gemeente betaalt hier al voor via een landelijke aanbieder:</p>');
    expect(html).toContain('Landelijk Eén<span class="sk-muted"> (tot en met 31 december 2026)</span>');
  });
});
