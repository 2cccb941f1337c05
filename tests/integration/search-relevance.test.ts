/**
 * Relevance is tested, not hoped for: Dutch queries as residents and professionals type them
 * (synonyms, typos, compounds, plural and singular, district names, product codes, provider
 * names) on the seeded demo municipality, each with the result that must be in the top 3.
 * One slipping result fails the suite.
 */
import { describe, expect, it } from 'vitest';
import { searchPage } from '../support/search-page';
import type { SearchResultItem } from '../../app/search/types';
import { searchOutcome } from '../support/search-outcome';

type Expectation = { why: string; test: (r: SearchResultItem) => boolean };

const category = (...codes: string[]): Expectation => ({ why: `category ${codes.join(' or ')}`, test: (r) => codes.includes(r.categoryCode ?? '') });
const product = (code: string): Expectation => ({ why: `product ${code}`, test: (r) => r.productCode === code });
const named = (pattern: RegExp): Expectation => ({ why: `a service or provider named ${pattern}`, test: (r) => pattern.test(r.name) || pattern.test(r.organization.name) });
const free = (pattern: RegExp): Expectation => ({ why: `a free facility named ${pattern}`, test: (r) => r.kind === 'general' && (pattern.test(r.name) || pattern.test(r.organization.name)) });
const all = (...expectations: Expectation[]): Expectation => ({ why: expectations.map((e) => e.why).join(' and '), test: (r) => expectations.every((e) => e.test(r)) });
const inDistrict = (name: string): Expectation => ({ why: `in ${name}`, test: (r) => r.districts.includes(name) });
const law = (code: string): Expectation => ({ why: `law ${code}`, test: (r) => r.law === code });

const cases: [kind: string, q: string, expectation: Expectation][] = [
  // Synonyms (as data: app/search/synonyms.nl.json)
  ['synonym', 'huishoudelijke hulp', category('01')],
  ['synonym', 'schoonmaakhulp', category('01')],
  ['synonym', 'thuishulp', category('01')],
  ['synonym', 'poetshulp', category('01')],
  ['synonym', 'hulp in huis', category('01')],
  ['synonym', 'jeugdzorg', law('jeugdwet')],
  ['synonym', 'dagactiviteiten', category('07')],
  ['synonym', 'daginvulling', category('07')],
  ['synonym', 'schulden', free(/schuld|geld/i)],
  ['synonym', 'geldzorgen', free(/geldzorgen/i)],
  ['synonym', 'budgetcoaching', named(/geld|schuld|budget/i)],
  ['synonym', 'financiële hulp', named(/geld|schuld|budget/i)],
  ['synonym', 'respijtzorg', named(/mantelzorg|respijt/i)],
  ['synonym', 'mantelzorgondersteuning', named(/mantelzorg/i)],
  ['synonym', 'psycholoog', category('51', '52', '54')],
  ['synonym', 'psychische hulp', named(/psychische/i)],
  ['synonym', 'iemand om mee te praten', free(/maatje|eenzaam|bezoek/i)],
  ['synonym', 'eenzaamheid', free(/maatje|eenzaam|bezoek/i)],
  ['synonym', 'begeleid wonen', category('15', '18')],
  ['synonym', 'taxi', category('08', '42')],
  ['synonym', 'regiotaxi', named(/vervoer|taxi/i)],
  ['synonym', 'day activities', category('07')],
  // Typos
  ['typo', 'huishoudelik', category('01')],
  ['typo', 'dagbsteding', category('07')],
  ['typo', 'schuldhulpverleneng', named(/geld|schuld/i)],
  ['typo', 'begeleding', category('02')],
  ['typo', 'mantelzorgr', named(/mantelzorg/i)],
  ['typo', 'voedselbnak', named(/voedsel/i)],
  ['typo', 'jeugdhlup', category('45')],
  // Compounds
  ['compound', 'schuldhulp', free(/schuld/i)],
  ['compound', 'thuisbegeleiding', all(category('02'), named(/begeleiding thuis/i))],
  ['compound', 'gezinsbegeleiding', category('45')],
  ['compound', 'woningaanpassing', category('13')],
  ['compound', 'inloop ggz', free(/inloop|herstel/i)],
  ['compound', 'huiswerkbegeleiding', free(/huiswerk/i)],
  // Plural and singular
  ['plural', 'dagbestedingen', category('07')],
  ['plural', 'begeleider', category('02')],
  ['plural', 'rolstoelen', category('11')],
  ['singular', 'rolstoel', category('11')],
  ['plural', 'trapliften', product('13A01')],
  ['singular', 'scootmobiel', category('12')],
  ['singular', 'eetstoornis', category('52')],
  ['plural', 'maatjes', free(/maatje/i)],
  // Districts
  ['district', 'buurthuis oosterpark', all(free(/.*/), inDistrict('Oosterpark'))],
  ['district', 'dagbesteding molenwijk', all(category('07'), inDistrict('Molenwijk'))],
  ['district', 'taalcafé westerkwartier', all(named(/taal/i), inDistrict('Westerkwartier'))],
  ['district', 'jeugdhulp de horst', all(law('jeugdwet'), inDistrict('De Horst'))],
  // Product codes, as professionals type them
  ['code', '02A05', product('02A05')],
  ['code', '07a02', product('07A02')],
  ['code', '15A01', product('15A01')],
  ['code', '45A01', product('45A01')],
  // Names and plain words
  ['name', 'zorggroep het anker', named(/^Zorggroep Het Anker/)],
  ['word', 'voedselbank', free(/voedsel/i)],
  ['word', 'nachtopvang', product('16A01')],
  ['word', 'vrouwenopvang', product('16A02')],
  ['word', 'opvoedondersteuning', named(/opvoed/i)],
  ['word', 'jobcoaching', product('10P01')],
  ['word', 're-integratie', product('06P01')],
  ['word', 'dementie', named(/dementie/i)],
  ['word', 'pleegzorg', product('44A02')],
  ['word', 'dagbesteding ouderen', all(category('07'), named(/ouderen/i))],
];

describe('relevance on the demo municipality', () => {
  it('has at least 40 queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s: "%s" has the expected result in the top 3', async (_kind, q, expectation) => {
    const data = await searchOutcome(`/zoeken?q=${encodeURIComponent(q)}`);
    const top3 = data.results.slice(0, 3);
    const shown = top3.map((r) => `${r.name} — ${r.organization.name} [${r.categoryCode ?? 'vrij'} ${r.productCode ?? ''} ${r.districts.join(', ')}]`);
    expect(top3.some(expectation.test), `expected ${expectation.why} in the top 3 for "${q}", got:\n  ${shown.join('\n  ')}`).toBe(true);
    expect(data.relaxed, `"${q}" should match all its words`).toBe(false);
  });
});

/**
 * Finding a provider by its name: an organisation's name typed (nearly) as written puts its
 * services first and offers "go to this provider"; a word for a kind of help or the place name
 * names no provider.
 */
const byName: [q: string, first: string][] = [
  ['Het Anker', 'Zorggroep Het Anker Vlietstede'],
  ['het anker', 'Zorggroep Het Anker Vlietstede'],
  ['het ankr', 'Zorggroep Het Anker Vlietstede'],
  ['Zorggroep Het Anker Vlietstede', 'Zorggroep Het Anker Vlietstede'],
  ['zorggroep het anker', 'Zorggroep Het Anker Vlietstede'],
  ['Zorgroep Het Anker', 'Zorggroep Het Anker Vlietstede'],
  ['Stichting Het Anker', 'Stichting Het Anker'],
  ['Nachtcafé Het Anker', 'Nachtcafé Het Anker'],
  ['nachtcafe het anker', 'Nachtcafé Het Anker'],
  ['Voedselbank Vlietstede', 'Voedselbank Vlietstede'],
];

describe('finding a provider by name', () => {
  const search = (q: string) => searchPage({ request: new Request(`http://localhost/zoeken?q=${encodeURIComponent(q)}`), params: {}, context: {} });

  it.each(byName)('"%s" puts %s first and offers to go there', async (q, first) => {
    const data = await search(q);
    const shown = data.results.slice(0, 5).map((r) => `${r.name} — ${r.organization.name}`);
    expect(data.results[0]?.organization.name, `first result for "${q}", got:\n  ${shown.join('\n  ')}`).toBe(first);
    expect(data.organizations[0]?.name).toBe(first);
    // All services of that provider come before any other provider's.
    const firstOther = data.results.findIndex((r) => r.organization.name !== first);
    const lastOwn = data.results.map((r) => r.organization.name).lastIndexOf(first);
    expect(firstOther === -1 || lastOwn < firstOther).toBe(true);
  });

  it.each(['dagbesteding', 'begeleiding', 'Vlietstede', 'hulp bij het huishouden', '02A05'])('"%s" names no provider', async (q) => {
    const data = await search(q);
    expect(data.total).toBeGreaterThan(0);
    expect(data.organizations).toEqual([]);
  });
});
