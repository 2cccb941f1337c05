/**
 * The search engine on small hand-made catalogues: all words required with a fallback, facets
 * whose counts follow the other filters, "open now" across midnight, Bayesian mark sorting,
 * distance, suggestions, and an index kept in step that equals a fresh build.
 */
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../app/search/document';
import { searchDocument as doc } from '../support/search-documents';
import { SearchEngine } from '../../app/search/engine';
import type { EngineContext, EngineQuery } from '../../app/search/engine-types';
import { summarize, type ReviewSummary } from '../../app/domain/reviews';


const monday10 = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Amsterdam
function context(marks: Record<string, ReviewSummary> = {}, now = monday10): EngineContext {
  return { now, locale: 'nl', marks: new Map(Object.entries(marks)), priorMean: 7.5 };
}
function query(q: string, extra: Partial<EngineQuery> = {}): EngineQuery {
  return { q, filters: new Map(), sort: 'relevantie', origin: null, page: 1, perPage: 20, professional: false, ...extra };
}
const names = (engine: SearchEngine, q: EngineQuery, ctx = context()) => engine.search(q, ctx).results.map((r) => r.doc.name);

describe('matching', () => {
  const engine = new SearchEngine();
  engine.addAll([
    doc({ name: 'Hulp bij het huishouden', categoryCode: '01', productCode: '01A01', productNameNl: 'Hulp bij het huishouden basis' }),
    doc({ name: 'Dagbesteding voor ouderen', categoryCode: '07', productCode: '07A01', productNameNl: 'Dagbesteding basis' }),
    doc({ name: 'Begeleiding thuis', categoryCode: '02' }),
    doc({ name: 'Geldzorgen-spreekuur', kind: 'general', law: 'none', categoryCode: null, productCode: null, productNameNl: null, productNameEn: null }),
    doc({ name: 'Maatjesproject tegen eenzaamheid', kind: 'general', law: 'none', categoryCode: null, productCode: null, productNameNl: null, productNameEn: null }),
  ]);

  it('requires every word', () => {
    expect(names(engine, query('dagbesteding ouderen'))).toEqual(['Dagbesteding voor ouderen']);
    expect(engine.search(query('dagbesteding ouderen'), context()).relaxed).toBe(false);
  });

  it('falls back to some of the words, and says so', () => {
    const result = engine.search(query('dagbesteding zwembad'), context());
    expect(result.relaxed).toBe(true);
    expect(result.results.map((r) => r.doc.name)).toEqual(['Dagbesteding voor ouderen']);
  });

  it('finds through synonyms, typos, stems and compound parts', () => {
    expect(names(engine, query('poetshulp'))).toEqual(['Hulp bij het huishouden']);
    expect(names(engine, query('schulden'))).toEqual(['Geldzorgen-spreekuur']);
    expect(names(engine, query('iemand om mee te praten'))).toEqual(['Maatjesproject tegen eenzaamheid']);
    expect(names(engine, query('dagbsteding'))).toEqual(['Dagbesteding voor ouderen']);
    expect(names(engine, query('dagbestedingen'))).toEqual(['Dagbesteding voor ouderen']);
    expect(names(engine, query('thuisbegeleiding'))[0]).toBe('Begeleiding thuis');
    expect(names(engine, query('07A01'))).toEqual(['Dagbesteding voor ouderen']);
  });

  it('finds nothing for nonsense and offers no false correction', () => {
    expect(engine.search(query('qqqxxyyzz'), context()).total).toBe(0);
    expect(engine.spellingSuggestion('qqqxxyyzz')).toBeNull();
  });

  it('suggests a spelling that finds something, and the nearest categories', () => {
    expect(engine.spellingSuggestion('dagbestedign ouderen')).toBe('dagbesteding ouderen');
    expect(engine.nearestCategories('dagbestedingsplek')).toContain('07');
  });

  it('suggests phrases while typing', () => {
    const suggestions = engine.suggest('dagb');
    expect(suggestions.map((s) => s.text)).toContain('Dagbesteding voor ouderen');
    expect(engine.suggest('maatj').some((s) => s.text === 'Maatjesproject tegen eenzaamheid')).toBe(true);
    expect(engine.suggest('x')).toEqual([]);
  });
});

describe('facets', () => {
  const engine = new SearchEngine();
  engine.addAll([
    doc({ id: 'a', kind: 'general', law: 'none', categoryCode: null, productCode: null, waitingWeeks: 0, wheelchairAccessible: true }),
    doc({ id: 'b', kind: 'contracted', law: 'wmo', waitingWeeks: 2, districts: [{ slug: 'oosterpark', name: 'Oosterpark' }] }),
    doc({ id: 'c', kind: 'contracted', law: 'jeugdwet', categoryCode: '45', productCode: '45A01', minimumAge: 0, maximumAge: 17, waitingWeeks: 6, languages: ['nl', 'tr'] }),
    doc({ id: 'd', kind: 'national', law: 'jeugdwet', categoryCode: '55', productCode: '55A01', minimumAge: 4, maximumAge: 23, waitingWeeks: null, acceptingNewClients: false }),
  ]);
  const facet = (id: string, filters: Record<string, string[]> = {}, ctx = context()) => {
    const result = engine.search(query('', { filters: new Map(Object.entries(filters)) }), ctx);
    return Object.fromEntries(result.facets.find((f) => f.id === id)!.options.map((o) => [o.value, o.count]));
  };

  it('count each value', () => {
    expect(facet('soort')).toEqual({ general: 1, contracted: 2, national: 1 });
    expect(facet('wet')).toMatchObject({ wmo: 1, jeugdwet: 2, none: 1, participatiewet: 0 });
    expect(facet('wijk')).toEqual({ centrum: 3, oosterpark: 1 });
    expect(facet('taal')).toMatchObject({ nl: 4, tr: 1 });
  });

  it('count with the other filters applied, but not their own', () => {
    expect(facet('soort', { soort: ['contracted'] })).toEqual({ general: 1, contracted: 2, national: 1 });
    expect(facet('wet', { soort: ['contracted'] })).toMatchObject({ wmo: 1, jeugdwet: 1, none: 0 });
    expect(facet('soort', { wet: ['jeugdwet'] })).toEqual({ general: 0, contracted: 1, national: 1 });
  });

  it('combine values of one facet with OR and facets with AND', () => {
    const ids = (filters: Record<string, string[]>) =>
      engine
        .search(query('', { filters: new Map(Object.entries(filters)), sort: 'naam' }), context())
        .results.map((r) => r.doc.id)
        .sort();
    expect(ids({ soort: ['general', 'national'] })).toEqual(['a', 'd']);
    expect(ids({ soort: ['contracted', 'national'], wet: ['jeugdwet'] })).toEqual(['c', 'd']);
  });

  it('treat waiting time and age as ranges', () => {
    expect(facet('wachttijd')).toEqual({ '2': 2, '4': 2, '8': 3 });
    expect(facet('leeftijd')).toEqual({ kinderen: 2, jongeren: 2, volwassenen: 3, ouderen: 2 });
  });

  it('filter on accessibility and new clients', () => {
    expect(facet('rolstoel')).toEqual({ ja: 1 });
    expect(facet('nieuwe-clienten')).toEqual({ ja: 3 });
  });

  it('filter on the mark with the same summaries the cards show', () => {
    const marks = { 'org-a': summarize(10, 82, 10), 'org-b': summarize(10, 75, 8), 'org-c': summarize(3, 15, 0) };
    expect(facet('cijfer', {}, context(marks))).toEqual({ '7': 2, '8': 1 });
  });
});

describe('open now', () => {
  const engine = new SearchEngine();
  engine.addAll([
    doc({ id: 'office', name: 'Kantoor', openingPeriods: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '17:00' })) }),
    doc({ id: 'night', name: 'Nachtcafé', openingPeriods: [{ weekday: 5, opensAt: '22:00', closesAt: '02:00' }] }),
    doc({ id: 'always', name: 'Crisisdienst', openingPeriods: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '24:00' })) }),
    doc({ id: 'sunday', name: 'Zondagnacht', openingPeriods: [{ weekday: 7, opensAt: '23:00', closesAt: '01:00' }] }),
    doc({ id: 'none', name: 'Op afspraak', openingPeriods: [] }),
  ]);
  const openAt = (iso: string) =>
    engine
      .search(query('', { filters: new Map([['nu-open', ['ja']]]), sort: 'naam' }), context({}, new Date(iso)))
      .results.map((r) => r.doc.id)
      .sort();

  it('knows office hours, past-midnight periods, 24-hour services and the week wrap', () => {
    expect(openAt('2026-11-23T09:00:00Z')).toEqual(['always', 'office']); // Monday 10:00
    expect(openAt('2026-11-28T00:30:00Z')).toEqual(['always', 'night']); // Saturday 01:30, Friday night
    expect(openAt('2026-11-28T01:30:00Z')).toEqual(['always']); // Saturday 02:30
    expect(openAt('2026-11-22T23:30:00Z')).toEqual(['always', 'sunday']); // Monday 00:30 after Sunday 23:00
    expect(openAt('2026-11-29T16:30:00Z')).toEqual(['always']); // Sunday 17:30
  });
});

describe('the per-service cache of time- and mark-dependent values', () => {
  it('follows the minute and the version of the marks', () => {
    const engine = new SearchEngine();
    engine.addAll([doc({ id: 'office', openingPeriods: [{ weekday: 1, opensAt: '09:00', closesAt: '17:00' }] })]);
    const run = (iso: string, marks: Record<string, ReviewSummary>, version: number) =>
      engine.search(query('', { filters: new Map([['nu-open', ['ja']], ['cijfer', ['8']]]) }), { ...context(marks, new Date(iso)), marksVersion: version }).total;
    const good = { 'org-office': summarize(10, 85, 10) };
    const poor = { 'org-office': summarize(10, 60, 2) };
    expect(run('2026-11-23T09:00:00Z', good, 1)).toBe(1); // Monday 10:00, mark 8.5
    expect(run('2026-11-23T09:00:00Z', good, 1)).toBe(1); // the same again, from the cache
    expect(run('2026-11-23T17:00:00Z', good, 1)).toBe(0); // 18:00: closed
    expect(run('2026-11-23T09:00:00Z', poor, 2)).toBe(0); // new marks: 6.0
    expect(run('2026-11-23T09:00:00Z', good, 3)).toBe(1);
  });
});

describe('sorting', () => {
  it('by mark uses a Bayesian average: 80 reviews of 8.6 beat 2 reviews of 10', () => {
    const engine = new SearchEngine();
    engine.addAll([doc({ id: 'few', name: 'Weinig' }), doc({ id: 'many', name: 'Veel' }), doc({ id: 'none', name: 'Geen' })]);
    const marks = { 'org-few': summarize(2, 20, 2), 'org-many': summarize(80, 688, 75) };
    expect(names(engine, query('', { sort: 'cijfer' }), context(marks))).toEqual(['Veel', 'Weinig', 'Geen']);
  });

  it('by distance puts the nearest first and unknown places last', () => {
    const engine = new SearchEngine();
    engine.addAll([
      doc({ name: 'Ver', points: [{ latitude: 52.2, longitude: 5.3 }] }),
      doc({ name: 'Onbekend', points: [] }),
      doc({ name: 'Dichtbij', points: [{ latitude: 52.081, longitude: 5.301 }, { latitude: 53, longitude: 6 }] }),
    ]);
    const result = engine.search(query('', { sort: 'afstand', origin: { latitude: 52.08, longitude: 5.3 } }), context());
    expect(result.results.map((r) => r.doc.name)).toEqual(['Dichtbij', 'Ver', 'Onbekend']);
    expect(result.results[0]!.distanceKm).toBeLessThan(0.2);
    expect(result.results[1]!.distanceKm).toBeCloseTo(13.3, 0);
  });

  it('by name follows Dutch alphabetical order, and pages', () => {
    const engine = new SearchEngine();
    engine.addAll(['Zorg', 'Ambulant', 'Écht', 'begeleiding'].map((name) => doc({ name })));
    expect(names(engine, query('', { sort: 'naam' }))).toEqual(['Ambulant', 'begeleiding', 'Écht', 'Zorg']);
    const page2 = engine.search(query('', { sort: 'naam', perPage: 3, page: 2 }), context());
    expect(page2).toMatchObject({ total: 4, pages: 2, page: 2 });
    expect(page2.results.map((r) => r.doc.name)).toEqual(['Zorg']);
    expect(engine.search(query('', { sort: 'naam', perPage: 3, page: 9, clampPage: true }), context()).page).toBe(2);
  });

  it('without words shows free general facilities first', () => {
    const engine = new SearchEngine();
    engine.addAll([doc({ name: 'Betaald' }), doc({ name: 'Gratis', kind: 'general', law: 'none' })]);
    expect(names(engine, query(''))).toEqual(['Gratis', 'Betaald']);
  });
});

describe('keeping the index in step', () => {
  it('stores no field it was not meant to, even when a caller passes one', () => {
    const engine = new SearchEngine();
    engine.upsert({ ...doc({ id: 'x' }), tariffCents: 6250, ceilingCents: 100 } as SearchDocument);
    const stored = JSON.stringify(engine.snapshot('x'));
    expect(stored).not.toMatch(/tariff|ceiling|6250/);
  });

  it('after random adds, changes and removals equals a fresh build', () => {
    const words = ['dagbesteding', 'begeleiding', 'huishoudelijke hulp', 'maatje', 'schulden', 'vervoer', 'jeugdhulp', 'taalcafé'];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const live = new SearchEngine();
    const truth = new Map<string, SearchDocument>();
    for (let step = 0; step < 400; step++) {
      const id = `r${Math.floor(random() * 60)}`;
      if (random() < 0.25) {
        live.remove(id);
        truth.delete(id);
      } else {
        const next = doc({
          id,
          name: `${pick(words)} ${pick(['Noord', 'Zuid', 'De Horst'])}`,
          description: `${pick(words)} en ${pick(words)}`,
          kind: pick(['general', 'contracted', 'national'] as const),
          waitingWeeks: pick([null, 0, 3, 9]),
          districts: [pick([{ slug: 'centrum', name: 'Centrum' }, { slug: 'oosterpark', name: 'Oosterpark' }])],
        });
        live.upsert(next);
        truth.set(id, next);
      }
    }
    const fresh = new SearchEngine();
    fresh.addAll([...truth.values()].sort(() => random() - 0.5));
    expect(live.size).toBe(fresh.size);
    expect(live.termCount).toBe(fresh.termCount);
    for (const q of ['', ...words, 'dagbsteding noord', 'zuid']) {
      const a = live.search(query(q, { perPage: 100 }), context());
      const b = fresh.search(query(q, { perPage: 100 }), context());
      expect(a.results.map((r) => [r.doc.id, r.score]), q).toEqual(b.results.map((r) => [r.doc.id, r.score]));
      expect(a.facets, q).toEqual(b.facets);
      expect(live.suggest(q || 'da').map((s) => s.text).sort(), q).toEqual(fresh.suggest(q || 'da').map((s) => s.text).sort());
    }
  });
});

describe('raw MiniSearch scores', () => {
  it('equal what MiniSearch search() gives', async () => {
    const { rawSearch } = await import('../../app/search/minisearch-query');
    const engine = new SearchEngine();
    engine.addAll(['Dagbesteding voor ouderen', 'Begeleiding thuis', 'Hulp bij het huishouden', 'Dagbesteding op de zorgboerderij'].map((name) => doc({ name })));
    const index = (engine as unknown as { index: import('minisearch').default<never> }).index;
    for (const q of ['dagbesteding', 'hulp', 'zorg']) {
      const query = { combineWith: 'OR' as const, queries: [q], prefix: true };
      const expected = new Map(index.search(query).map((r) => [r.id as string, r.score]));
      expect(expected.size).toBeGreaterThan(0);
      expect(rawSearch(index as never, query)).toEqual(expected);
    }
  });
});

describe('a page of sorted results', () => {
  it('equals sorting everything and slicing, for any page', async () => {
    const { pageOf } = await import('../../app/search/paging');
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const size of [0, 1, 5, 40, 500]) {
      const items = Array.from({ length: size }, (_, i) => ({ key: Math.floor(random() * 50), i }));
      const compare = (a: { key: number; i: number }, b: { key: number; i: number }) => a.key - b.key || a.i - b.i;
      for (const [start, end] of [[0, 20], [20, 40], [40, 60], [480, 500], [0, 3]] as const) {
        expect(pageOf([...items], compare, start, end), `${size} ${start}-${end}`).toEqual([...items].sort(compare).slice(start, end));
      }
    }
  });
});
