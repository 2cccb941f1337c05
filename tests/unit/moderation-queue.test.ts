/** Triage of the moderation queue: filters with counts, risk order, the next item, highlighted fragments. */
import { describe, expect, it } from 'vitest';
import { highlightFlags, nextAfterDecision, queueQueryString, readQueueQuery, riskOf, triageQueue, type TriageItem } from '../../app/domain/moderation-queue';
import type { ReviewFlag } from '../../app/domain/review-flags';

const item = (id: number, extra: Partial<TriageItem> = {}): TriageItem => ({
  id,
  organizationId: 'org-a',
  organizationName: 'Aanbieder A',
  verified: false,
  status: 'pending',
  queuedAt: `2026-01-${String(id).padStart(2, '0')}T10:00:00.000Z`,
  flags: [],
  reports: [],
  ...extra,
});
const flag = (kind: ReviewFlag['kind'], match = 'x'): ReviewFlag => ({ kind, match });

describe('the moderation queue triage', () => {
  const items = [
    item(1),
    item(2, { flags: [flag('capitals')] }),
    item(3, { flags: [flag('bsn', '111222333')], organizationId: 'org-b', organizationName: 'Aanbieder B' }),
    item(4, { verified: true, reports: [{}] }),
    item(5, { flags: [flag('phone'), flag('phone', 'y')] }),
  ];

  it('sorts by risk (personal data first, a report counts), then oldest first', () => {
    expect(riskOf(items[4]!)).toBe(5);
    expect(triageQueue(items, readQueueQuery(new URLSearchParams())).ordered.map((i) => i.id)).toEqual([3, 5, 4, 2, 1]);
    expect(triageQueue(items, readQueueQuery(new URLSearchParams('sortering=oudste'))).ordered.map((i) => i.id)).toEqual([1, 2, 3, 4, 5]);
    expect(triageQueue(items, readQueueQuery(new URLSearchParams('sortering=nieuwste'))).ordered.map((i) => i.id)).toEqual([5, 4, 3, 2, 1]);
  });

  it('filters and counts each filter among what the other filters leave', () => {
    const view = triageQueue(items, readQueueQuery(new URLSearchParams('aanbieder=org-a')));
    expect(view.ordered.map((i) => i.id)).toEqual([5, 4, 2, 1]);
    expect(view.counts.signaal).toMatchObject({ phone: 1, capitals: 1, bsn: 0, geen: 2 });
    expect(view.counts.aanbieder).toEqual([
      { id: 'org-a', name: 'Aanbieder A', count: 4 },
      { id: 'org-b', name: 'Aanbieder B', count: 1 },
    ]);
    expect(view.counts.geverifieerd).toEqual({ ja: 1, nee: 3 });
    expect(view.counts.gemeld).toEqual({ ja: 1, nee: 3 });
    expect(triageQueue(items, readQueueQuery(new URLSearchParams('signaal=geen'))).ordered.map((i) => i.id)).toEqual([4, 1]);
    expect(triageQueue(items, readQueueQuery(new URLSearchParams('gemeld=ja&geverifieerd=ja'))).ordered.map((i) => i.id)).toEqual([4]);
  });

  it('ignores nonsense in the address and writes only what differs from the defaults', () => {
    const query = readQueueQuery(new URLSearchParams('signaal=onzin&sortering=x&pagina=-3&aanbieder=<script>'));
    expect(query).toEqual({ sortering: 'risico', pagina: 1 });
    expect(queueQueryString(query)).toBe('');
    expect(queueQueryString({ ...query, signaal: 'phone', pagina: 2 }, { besluit: 'goedgekeurd' })).toBe('signaal=phone&pagina=2&besluit=goedgekeurd');
  });

  it('after a decision: the item that came next, on the page it lands on', () => {
    const ids = Array.from({ length: 45 }, (_, i) => i + 1);
    expect(nextAfterDecision(ids, 1, 20)).toEqual({ id: 2, page: 1 });
    expect(nextAfterDecision(ids, 21, 20)).toEqual({ id: 22, page: 2 });
    expect(nextAfterDecision(ids, 45, 20)).toEqual({ id: 44, page: 3 });
    expect(nextAfterDecision([7], 7, 20)).toBeNull();
    expect(nextAfterDecision([1, 2], 9, 20)).toEqual({ id: 1, page: 1 });
  });

  it('marks every flagged fragment in the text, not near-duplicates, not overlapping', () => {
    const text = 'Bel 06-12345678 of mail a@b.nl, of 06-12345678.';
    const segments = highlightFlags(text, [flag('phone', '06-12345678'), flag('email', 'a@b.nl'), { kind: 'nearDuplicate', match: 'Bel' }, flag('link', '12345')]);
    expect(segments.filter((s) => s.flag).map((s) => [s.text, s.flag])).toEqual([
      ['06-12345678', 'phone'],
      ['a@b.nl', 'email'],
      ['06-12345678', 'phone'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(highlightFlags('', [])).toEqual([{ text: '', flag: null }]);
  });
});
