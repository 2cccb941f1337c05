/** Synonyms as data: the shipped file, its validation and how services join a group. */
import { describe, expect, it } from 'vitest';
import synonymsFile from '../../app/search/synonyms.nl.json';
import { compileSynonyms, defaultSynonyms, matchSynonymGroups, synonymText } from '../../app/search/synonyms';

const groupOf = (term: string) => defaultSynonyms.find((g) => g.terms.includes(term));

describe('the shipped synonyms', () => {
  it.each([
    ['huishoudelijke hulp', ['schoonmaakhulp', 'thuishulp', 'poetshulp', 'hulp in huis']],
    ['jeugdhulp', ['jeugdzorg']],
    ['dagbesteding', ['dagactiviteiten', 'daginvulling']],
    ['schuldhulp', ['schulden', 'geldzorgen', 'budgetcoaching', 'financiële hulp']],
    ['mantelzorg', ['respijtzorg', 'mantelzorgondersteuning']],
    ['ggz', ['psychische hulp', 'psycholoog']],
    ['eenzaamheid', ['iemand om mee te praten', 'maatje']],
    ['beschermd wonen', ['begeleid wonen']],
    ['vervoer', ['taxi', 'regiotaxi']],
  ])('put "%s" in one group with %j', (term, others) => {
    const group = groupOf(term);
    expect(group, `no group has "${term}"`).toBeDefined();
    for (const other of others) expect(group!.terms).toContain(other);
  });

  it('validate against the schema', () => {
    expect(() => compileSynonyms(synonymsFile)).not.toThrow();
  });
});

describe('validation of a synonyms file', () => {
  const group = { id: 'test', terms: ['a b', 'c d'] };
  it('refuses unknown categories, bad product codes, duplicate ids and single terms', () => {
    expect(() => compileSynonyms({ groups: [{ ...group, categories: ['99'] }] })).toThrow(/unknown product category/);
    expect(() => compileSynonyms({ groups: [{ ...group, products: ['2A05'] }] })).toThrow(/02A05/);
    expect(() => compileSynonyms({ groups: [group, group] })).toThrow(/unique/);
    expect(() => compileSynonyms({ groups: [{ id: 'x', terms: ['alleen'] }] })).toThrow();
    expect(() => compileSynonyms({ groups: [{ ...group, extra: true }] })).toThrow();
  });
});

describe('joining a group', () => {
  const subject = (strongText: string, categoryCode: string | null = null, productCode: string | null = null) => ({ strongText, categoryCode, productCode });

  it('joins by category or product code', () => {
    expect(matchSynonymGroups(subject('Schoon en leefbaar huis', '01'))).toContain('huishoudelijke-hulp');
    expect(matchSynonymGroups(subject('Hulp bij geldzaken', '06', '06A01'))).toContain('schuldhulp');
    expect(matchSynonymGroups(subject('Ondersteuning van het gezin', '06', '06A02'))).not.toContain('schuldhulp');
  });

  it('joins by a whole word (or its inflection) in the name, not by part of a compound', () => {
    expect(matchSynonymGroups(subject('Advies en steun voor mantelzorgers'))).toContain('mantelzorg');
    expect(matchSynonymGroups(subject('Een maatje voor samen op pad'))).toContain('eenzaamheid');
    expect(matchSynonymGroups(subject('Taalmaatje'))).not.toContain('eenzaamheid');
  });

  it('gives the words of every group joined', () => {
    const text = synonymText(subject('Geldzorgen-spreekuur'));
    expect(text).toContain('budgetcoaching');
    expect(text).toContain('financiële hulp');
  });
});
