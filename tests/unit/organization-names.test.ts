/** Matching organisation names as typed: the distinctive part counts, typos are forgiven, names come and go exactly. */
import { describe, expect, it } from 'vitest';
import { OrganizationNameIndex } from '../../app/search/organization-names';

const doc = (id: string, organizationId: string, organizationName: string, cities = ['Vlietstede']) => ({
  id,
  organizationId,
  organizationName,
  organizationSlug: organizationName.toLowerCase().replace(/\s+/g, '-'),
  cities,
});

function index() {
  const names = new OrganizationNameIndex(new Set(['dagbesteding', 'hulpmiddelen', 'begeleiding']));
  names.add(doc('s1', 'zorggroep', 'Zorggroep Het Anker Vlietstede'));
  names.add(doc('s2', 'zorggroep', 'Zorggroep Het Anker Vlietstede'));
  names.add(doc('s3', 'stichting', 'Stichting Het Anker'));
  names.add(doc('s4', 'nachtcafe', 'Nachtcafé Het Anker'));
  names.add(doc('s5', 'hulpmiddelen', 'Hulpmiddelen Anker'));
  names.add(doc('s6', 'dagbesteding', 'Dagbesteding Vlietstede'));
  names.add(doc('s7', 'zgv', 'Zorggroep Vlietstede'));
  return names;
}

const reviews: Record<string, number> = { zorggroep: 50, stichting: 10 };
const count = (id: string) => reviews[id] ?? 0;

describe('OrganizationNameIndex', () => {
  it('scores the distinctive part: legal forms and place names do not count, the better known first on a tie', () => {
    const found = index().match('Het Anker', count);
    expect(found.map((m) => [m.organizationId, m.score])).toEqual([
      ['zorggroep', 1],
      ['stichting', 1],
      ['hulpmiddelen', 0.85],
      ['nachtcafe', 0.667],
    ]);
    expect(found[0]!.documentIds.sort()).toEqual(['s1', 's2']);
  });

  it('forgives a typo in a longer word and folds accents', () => {
    expect(index().match('het ankr', count)[0]!.organizationId).toBe('zorggroep');
    expect(index().match('nachtcafe het anker', count)[0]).toMatchObject({ organizationId: 'nachtcafe', score: 1 });
  });

  it('needs a distinctive word: a kind of help or the place alone names no provider; a name without one only when typed whole', () => {
    const names = index();
    expect(names.match('dagbesteding', count)).toEqual([]);
    expect(names.match('Vlietstede', count)).toEqual([]);
    expect(names.match('zorggroep', count)).toEqual([]);
    expect(names.match('Zorggroep Vlietstede', count)[0]).toMatchObject({ organizationId: 'zgv', score: 1 });
    expect(names.match('02A05', count)).toEqual([]);
    expect(names.match('het', count)).toEqual([]);
  });

  it('forgets an organisation with its last document, and follows a rename', () => {
    const names = index();
    names.remove(doc('s1', 'zorggroep', 'Zorggroep Het Anker Vlietstede'));
    expect(names.match('Het Anker', count)[0]!.documentIds).toEqual(['s2']);
    names.remove(doc('s2', 'zorggroep', 'Zorggroep Het Anker Vlietstede'));
    expect(names.match('Het Anker', count)[0]!.organizationId).toBe('stichting');
    names.add(doc('s3', 'stichting', 'Stichting De Brug'));
    expect(names.match('Het Anker', count).map((m) => m.organizationId)).not.toContain('stichting');
    expect(names.match('de brug', count)[0]!.organizationId).toBe('stichting');
  });
});
