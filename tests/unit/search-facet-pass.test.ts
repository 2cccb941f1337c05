/**
 * Filtering and facet counts on bitsets of documents (app/search/facet-pass.ts, doc-bits.ts) and
 * what the engine remembers for them (dynamic facet sets, Bayesian averages, labels, orders):
 * compared with a plain reference implementation over random catalogues, queries, filters,
 * moments, marks and changes to the index — any difference fails — and checked to follow every
 * change of the index, the marks and the minute at once.
 */
import { describe, expect, it, vi } from 'vitest';
import { bayesianAverage, summarize, type ReviewSummary } from '../../app/domain/reviews';
import { tariffBands } from '../../app/domain/compare';
import { laws, serviceKinds, serviceLanguages, tariffUnits } from '../../app/domain/enums';
import type { SearchDocument } from '../../app/search/document';
import { popcount32, setBit, slotsOf, StaticFacetBits, type Bits } from '../../app/search/doc-bits';
import { SearchEngine } from '../../app/search/engine';
import type { EngineContext, EngineQuery, EngineResult } from '../../app/search/engine-types';
import { facetPass } from '../../app/search/facet-pass';
import type { FacetContext } from '../../app/search/facets';
import { COST_FLAGS, type CostFlags } from '../../app/search/professional-facets';
import { nearestDistanceKm } from '../../app/search/geo';
import { facetsFor, sortsFor } from '../../app/search/registry';
import type { RankedDocument } from '../../app/search/sorting';
import { searchDocument } from '../support/search-documents';

/** A small deterministic random source (the same runs every time). */
function randomSource(seed: number) {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T,>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T,>(list: readonly T[], p: number): T[] => list.filter(() => random() < p);
  return { random, int, pick, some };
}

describe('bit helpers', () => {
  it('count bits and list slots like a plain loop', () => {
    const { int } = randomSource(3);
    for (let i = 0; i < 2000; i++) {
      const x = int(2 ** 32) >>> 0;
      let plain = 0;
      for (let b = 0; b < 32; b++) if ((x >>> b) & 1) plain++;
      expect(popcount32(x)).toBe(plain);
    }
    const bits = new Uint32Array(4);
    for (const slot of [0, 31, 32, 63, 64, 100, 127]) setBit(bits, slot);
    expect(slotsOf(bits)).toEqual([0, 31, 32, 63, 64, 100, 127]);
  });

  it('keeps the static sets in step with adds, removals and growth', () => {
    const bits = new StaticFacetBits();
    bits.add(0, [[1], undefined, [0, 2]]);
    bits.add(70, [[1]]);
    bits.add(5, [[3]]);
    expect(slotsOf(bits.get(0, 1)!)).toEqual([0, 70]);
    expect(slotsOf(bits.get(2, 2)!)).toEqual([0]);
    bits.remove(0, [[1], undefined, [0, 2]]);
    expect(slotsOf(bits.get(0, 1)!)).toEqual([70]);
    expect(slotsOf(bits.get(2, 0)!)).toEqual([]);
    expect(slotsOf(bits.all)).toEqual([5, 70]);
  });
});

describe('the facet pass on bitsets', () => {
  it('equals a plain reference over random documents, matches and choices', () => {
    const { random, int, some } = randomSource(11);
    for (let round = 0; round < 300; round++) {
      const slots = 1 + int(200);
      const words = Math.ceil(slots / 32);
      const facetCount = 1 + int(6);
      const sizes = Array.from({ length: facetCount }, () => 1 + int(7));
      // Per document, per facet: its values (a set of codes).
      const docValues = Array.from({ length: slots }, () => sizes.map((size) => new Set(some([...Array(size).keys()], 0.3))));
      const matched = new Set(some([...Array(slots).keys()], random()));
      const selected = sizes.map((size) => (random() < 0.4 ? some([...Array(size).keys()], 0.4) : []));

      // Bitsets; some built when there were fewer documents (shorter), some codes never seen.
      const values: (Bits | undefined)[][] = sizes.map((size, f) =>
        Array.from({ length: size }, (_, code) => {
          const members = [...Array(slots).keys()].filter((slot) => docValues[slot]![f]!.has(code));
          if (members.length === 0 && random() < 0.5) return undefined;
          const bits = new Uint32Array(random() < 0.2 ? Math.ceil(((members.at(-1) ?? 0) + 1) / 32) : words);
          for (const slot of members) setBit(bits, slot);
          return bits;
        }),
      );
      const matches = new Uint32Array(words);
      for (const slot of matched) setBit(matches, slot);
      const { passing, counts } = facetPass({ matches, values, selected, sizes });

      const passes = (slot: number, f: number) => selected[f]!.length === 0 || selected[f]!.some((code) => docValues[slot]![f]!.has(code));
      const expectedPassing = [...matched].filter((slot) => sizes.every((_, f) => passes(slot, f))).sort((a, b) => a - b);
      expect(slotsOf(passing)).toEqual(expectedPassing);
      sizes.forEach((size, f) => {
        const expected = Array.from(
          { length: size },
          (_, code) => [...matched].filter((slot) => docValues[slot]![f]!.has(code) && sizes.every((__, g) => g === f || passes(slot, g))).length,
        );
        expect([...counts[f]!]).toEqual(expected);
      });
    }
  });
});

// -------------------------------------------------------------------------------------------
// The engine against a reference, over random catalogues
// -------------------------------------------------------------------------------------------

const districtList = [
  { slug: 'centrum', name: 'Centrum' },
  { slug: 'oosterpark', name: 'Oosterpark' },
  { slug: 'de-horst', name: 'De Horst' },
  { slug: 'buitengebied', name: 'Buitengebied' },
  { slug: 'elzenhof', name: 'Élzenhof' },
];
const wordList = ['dagbesteding', 'begeleiding', 'huishoudelijke hulp', 'maatje', 'schulden', 'vervoer', 'jeugdhulp', 'taalcafé'];
const organizations = Array.from({ length: 12 }, (_, i) => `org-${i}`);

function randomDocument(r: ReturnType<typeof randomSource>, id: string): SearchDocument {
  const organizationId = r.pick(organizations);
  const kind = r.pick(serviceKinds);
  const weekday = 1 + r.int(7);
  return searchDocument({
    id,
    name: `${r.pick(wordList)} ${r.pick(['Noord', 'Zuid', 'De Horst', 'Oost'])}`,
    description: `${r.pick(wordList)} en ${r.pick(wordList)}`,
    kind,
    law: r.pick(laws),
    categoryCode: r.pick([null, '01', '02', '07', '45']),
    minimumAge: r.pick([null, 0, 4, 18, 65]),
    maximumAge: r.pick([null, 11, 17, 23, 120]),
    waitingWeeks: r.pick([null, 0, 2, 3, 6, 9]),
    acceptingNewClients: r.random() < 0.7,
    wheelchairAccessible: r.random() < 0.4,
    languages: ['nl', ...r.some(serviceLanguages.slice(1, 6), 0.2)],
    districts: r.some(districtList, 0.35),
    organizationId,
    organizationName: `Organisatie ${organizationId}`,
    organizationSlug: organizationId,
    points: r.random() < 0.8 ? [{ latitude: 52 + r.random() * 0.2, longitude: 5.2 + r.random() * 0.2 }] : [],
    openingPeriods: r.random() < 0.6 ? [{ weekday, opensAt: r.pick(['08:00', '13:00', '22:00']), closesAt: r.pick(['12:00', '17:00', '02:00']) }] : [],
  });
}

function randomMarks(r: ReturnType<typeof randomSource>): Map<string, ReviewSummary> {
  const marks = new Map<string, ReviewSummary>();
  for (const id of organizations) {
    if (r.random() < 0.2) continue;
    const count = r.int(30);
    marks.set(id, summarize(count, count * (4 + r.int(7)), r.int(count + 1)));
  }
  return marks;
}

function randomFlags(r: ReturnType<typeof randomSource>, ids: readonly string[]): CostFlags {
  return {
    ceilingByOrganization: new Map(r.some(organizations, 0.7).map((id) => [id, r.pick(['room', 'nearly_reached', 'reached', 'none'] as const)])),
    tariffByService: new Map(r.some(ids, 0.6).map((id) => [id, { cents: 1000 + r.int(9000), unit: r.pick(tariffUnits.slice(0, 2)), band: r.pick(tariffBands) }])),
  };
}

const labelCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** What the engine must answer, the plain way: every match, every facet, every value, with Sets. */
function reference(engine: SearchEngine, matched: readonly string[], query: EngineQuery, context: EngineContext) {
  const facets = facetsFor(query.professional);
  const ctx: FacetContext = { weekMinute: weekMinute(context.now), marks: context.marks, extra: context.extra ?? {} };
  const keys = new Map(matched.map((id) => [id, facets.map((facet) => new Set(facet.keys(engine.get(id)!, ctx)))]));
  const chosen = facets.map((facet) => query.filters.get(facet.id) ?? []);
  const passes = (id: string, f: number) => chosen[f]!.length === 0 || chosen[f]!.some((value) => keys.get(id)![f]!.has(value));
  const passing = matched.filter((id) => facets.every((_, f) => passes(id, f)));
  const labelCtx = { locale: context.locale, districtNames: engine.districts() };
  const facetResults = facets.map((facet, f) => {
    const count = (value: string) => matched.filter((id) => keys.get(id)![f]!.has(value) && facets.every((_, g) => g === f || passes(id, g))).length;
    let values: string[];
    if (facet.values) values = [...facet.values];
    else {
      const seen = new Set<string>();
      for (const id of matched) for (const value of keys.get(id)![f]!) seen.add(value);
      values = [...new Set([...[...seen].filter((value) => count(value) > 0), ...chosen[f]!])];
      values.sort((a, b) => labelCollator.compare(facet.label(a, labelCtx), facet.label(b, labelCtx)) || a.localeCompare(b));
    }
    return {
      id: facet.id,
      selection: facet.selection,
      title: facet.title,
      options: values.map((value) => ({ value, label: facet.label(value, labelCtx), count: count(value), selected: chosen[f]!.includes(value) })),
    };
  });
  return { passing, facets: facetResults };
}

/** Minutes since Monday 00:00 in Amsterdam, the slow way (no cache). */
function weekMinute(moment: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
  return day * 1440 + Number(part('hour')) * 60 + Number(part('minute'));
}

function check(engine: SearchEngine, query: EngineQuery, context: EngineContext, label: string): EngineResult {
  // The matches of the words: the engine without filters (every match passes).
  const all = engine.search({ ...query, filters: new Map(), page: 1, perPage: 100_000 }, context);
  const matched = all.results.map((r) => r.doc.id);
  expect(all.total, label).toBe(matched.length);
  const expected = reference(engine, matched, query, context);
  const result = engine.search({ ...query, page: 1, perPage: 100_000 }, context);
  expect(result.total, label).toBe(expected.passing.length);
  expect(result.results.map((r) => r.doc.id).sort(), label).toEqual([...expected.passing].sort());
  expect(result.facets, label).toEqual(expected.facets);

  // The order: the passing services ranked from scratch and sorted by the sort's own rule.
  const scoreOf = new Map(all.results.map((r) => [r.doc.id, r.score]));
  const sorts = sortsFor(query.professional);
  const sort = sorts.find((s) => s.id === query.sort && (!s.needsOrigin || query.origin)) ?? sorts.find((s) => s.id === 'relevantie')!;
  const sortCtx = { hasQuery: all.words.length > 0, extra: context.extra ?? {} };
  const ranked: RankedDocument[] = expected.passing.map((id) => {
    const doc = engine.get(id)!;
    return {
      doc,
      score: scoreOf.get(id)!,
      bayes: bayesianAverage(context.marks.get(doc.organizationId) ?? summarize(0, 0, 0), context.priorMean),
      distanceKm: query.origin ? nearestDistanceKm(query.origin, doc.points) : null,
    };
  });
  ranked.sort((a, b) => sort.compare(a, b, sortCtx));
  expect(result.results.map((r) => [r.doc.id, r.score, r.bayes, r.distanceKm]), label).toEqual(ranked.map((r) => [r.doc.id, r.score, r.bayes, r.distanceKm]));
  // Any page is its slice of the whole order.
  const perPage = 1 + (ranked.length % 7);
  const page = 1 + (ranked.length % 3);
  const paged = engine.search({ ...query, page, perPage }, context);
  expect(paged.results.map((r) => [r.doc.id, r.distanceKm]), label).toEqual(result.results.slice((page - 1) * perPage, page * perPage).map((r) => [r.doc.id, r.distanceKm]));
  return result;
}

describe('the engine against a plain reference', () => {
  it('gives the same passing services and counts over random catalogues, queries, filters, moments and marks', () => {
    const r = randomSource(20261203);
    const engine = new SearchEngine();
    const ids = Array.from({ length: 90 }, (_, i) => `d${i}`);
    for (const id of ids.slice(0, 70)) engine.upsert(randomDocument(r, id));
    let marks = randomMarks(r);
    let marksVersion = 1;
    // The professional cost flags: one object kept over several rounds (and index changes), as
    // the remembered flags of a day are, and now and then a new one.
    let flags = randomFlags(r, ids);
    for (let round = 0; round < 160; round++) {
      // The index changes between some searches: adds, changes and removals (slots are reused).
      for (let k = r.random() < 0.5 ? r.int(4) : 0; k > 0; k--) {
        const id = r.pick(ids);
        if (r.random() < 0.3) engine.remove(id);
        else engine.upsert(randomDocument(r, id));
      }
      if (r.random() < 0.2) {
        marks = randomMarks(r);
        marksVersion += 1;
      }
      const professional = r.random() < 0.3;
      const facets = facetsFor(professional);
      const filters = new Map<string, string[]>();
      for (const facet of facets) {
        if (r.random() > 0.25) continue;
        const values = facet.values ?? districtList.map((d) => d.slug);
        filters.set(facet.id, facet.selection === 'multi' ? r.some(values, 0.4) : [r.pick(values)]);
      }
      const now = new Date(Date.UTC(2026, 10, 23 + r.int(7), r.int(24), r.pick([0, 30, 59])));
      if (r.random() < 0.3) flags = randomFlags(r, ids);
      const extra = professional && r.random() < 0.8 ? { [COST_FLAGS]: flags } : {};
      const context: EngineContext = { now, locale: r.pick(['nl', 'en'] as const), marks, priorMean: 7, marksVersion: r.random() < 0.85 ? marksVersion : undefined, extra };
      const query: EngineQuery = {
        q: r.random() < 0.5 ? '' : r.pick([...wordList, 'noord', 'zuid horst']),
        filters,
        sort: r.pick(['relevantie', 'cijfer', 'naam', 'afstand', 'tarief']),
        origin: r.random() < 0.5 ? { latitude: 52.1, longitude: 5.3 } : null,
        page: 1,
        perPage: 20,
        professional,
      };
      // Each search twice: the second may come from what the first remembered.
      check(engine, query, context, `round ${round}`);
      check(engine, query, context, `round ${round}, again`);
    }
  });

  it('fills the remembered facet sets per match set without a wrong answer across minutes, marks and index changes', () => {
    // Few moments around a change of the hour and one version of the marks at a time, so most
    // searches reuse sets that earlier searches with other words filled in only in part.
    const r = randomSource(20261204);
    // Half the services open or close on Monday at 10:00 or 10:01 (Amsterdam), between the moments.
    const document = (id: string): SearchDocument => {
      const doc = randomDocument(r, id);
      if (r.random() < 0.5) return doc;
      return { ...doc, openingPeriods: [{ weekday: 1, opensAt: r.pick(['09:00', '10:00', '10:01']), closesAt: r.pick(['10:00', '10:01', '10:02']) }] };
    };
    const engine = new SearchEngine();
    const ids = Array.from({ length: 80 }, (_, i) => `d${i}`);
    for (const id of ids.slice(0, 60)) engine.upsert(document(id));
    // Monday 09:59, 10:00 and 10:01 in Amsterdam, and a Tuesday night.
    const moments = ['2026-11-23T08:59:00Z', '2026-11-23T09:00:00Z', '2026-11-23T09:01:00Z', '2026-11-24T21:00:00Z'].map((t) => new Date(t));
    let marks = randomMarks(r);
    let marksVersion = 1;
    const evaluatedBefore = engine.dynamicStats.evaluated;
    for (let round = 0; round < 200; round++) {
      if (r.random() < 0.08) engine.upsert(document(r.pick(ids)));
      if (r.random() < 0.04) engine.remove(r.pick(ids));
      if (r.random() < 0.05) {
        marks = randomMarks(r);
        marksVersion += 1;
      }
      const filters = new Map<string, string[]>();
      if (r.random() < 0.3) filters.set('nu-open', ['ja']);
      if (r.random() < 0.3) filters.set('cijfer', [r.pick(['7', '8'])]);
      if (r.random() < 0.2) filters.set('soort', r.some(serviceKinds, 0.5));
      const context: EngineContext = { now: r.pick(moments), locale: 'nl', marks, priorMean: 7, marksVersion };
      const query: EngineQuery = {
        q: r.random() < 0.15 ? '' : r.pick([...wordList, 'noord', 'zuid horst', 'oost', 'dagbesteding noord']),
        filters,
        sort: r.pick(['relevantie', 'cijfer', 'naam']),
        origin: null,
        page: 1,
        perPage: 20,
        professional: false,
      };
      check(engine, query, context, `round ${round}`);
    }
    // The sets were reused: far fewer evaluations than every document for every search.
    expect(engine.dynamicStats.evaluated - evaluatedBefore).toBeLessThan(200 * 60);
  });
});

// -------------------------------------------------------------------------------------------
// What is remembered follows every change
// -------------------------------------------------------------------------------------------

const monday10 = new Date('2026-11-23T09:00:00Z');
const query = (extra: Partial<EngineQuery> = {}): EngineQuery => ({ q: '', filters: new Map(), sort: 'relevantie', origin: null, page: 1, perPage: 20, professional: false, ...extra });
const count = (result: EngineResult, facet: string, value: string) => result.facets.find((f) => f.id === facet)!.options.find((o) => o.value === value)?.count ?? 0;

describe('remembered facet sets, averages and orders', () => {
  it('see a changed document at once, with the same minute and version of the marks', () => {
    const engine = new SearchEngine();
    engine.addAll([searchDocument({ id: 'a', openingPeriods: [{ weekday: 1, opensAt: '09:00', closesAt: '17:00' }] }), searchDocument({ id: 'b' })]);
    const context: EngineContext = { now: monday10, locale: 'nl', marks: new Map(), priorMean: 7, marksVersion: 1 };
    expect(count(engine.search(query(), context), 'nu-open', 'ja')).toBe(1);
    engine.upsert(searchDocument({ id: 'b', openingPeriods: [{ weekday: 1, opensAt: '08:00', closesAt: '12:00' }] }));
    expect(count(engine.search(query(), context), 'nu-open', 'ja')).toBe(2);
    engine.remove('a');
    expect(count(engine.search(query(), context), 'nu-open', 'ja')).toBe(1);
    expect(engine.search(query({ filters: new Map([['nu-open', ['ja']]]) }), context).results.map((r) => r.doc.id)).toEqual(['b']);
  });

  it('do not give a document the mark or average of the one whose place it took', () => {
    const engine = new SearchEngine();
    engine.addAll([searchDocument({ id: 'good', organizationId: 'org-good' }), searchDocument({ id: 'other', organizationId: 'org-other' })]);
    const marks = new Map([['org-good', summarize(40, 360, 40)]]);
    const context: EngineContext = { now: monday10, locale: 'nl', marks, priorMean: 7, marksVersion: 4 };
    const first = engine.search(query({ sort: 'cijfer' }), context);
    expect(first.results.map((r) => r.doc.id)).toEqual(['good', 'other']);
    expect(count(first, 'cijfer', '8')).toBe(1);
    engine.remove('good');
    engine.upsert(searchDocument({ id: 'new', organizationId: 'org-new' })); // takes the free place
    const after = engine.search(query({ sort: 'cijfer' }), context);
    expect(count(after, 'cijfer', '8')).toBe(0);
    expect(after.results.map((r) => [r.doc.id, r.bayes])).toEqual([
      ['new', 7],
      ['other', 7],
    ]);
  });

  it('follow a new version of the marks, and the minute', () => {
    const engine = new SearchEngine();
    engine.addAll([
      searchDocument({ id: 'x', name: 'Xander', organizationId: 'org-x', openingPeriods: [{ weekday: 1, opensAt: '09:30', closesAt: '10:30' }] }),
      searchDocument({ id: 'y', name: 'Yara', organizationId: 'org-y' }),
    ]);
    const base: EngineContext = { now: monday10, locale: 'nl', marks: new Map([['org-x', summarize(30, 270, 30)]]), priorMean: 7, marksVersion: 1 };
    const order = (context: EngineContext, q: Partial<EngineQuery> = {}) => engine.search(query({ sort: 'cijfer', ...q }), context).results.map((r) => r.doc.id);
    expect(order(base)).toEqual(['x', 'y']);
    expect(order(base)).toEqual(['x', 'y']);
    const swapped: EngineContext = { ...base, marks: new Map([['org-y', summarize(30, 270, 30)]]), marksVersion: 2 };
    expect(order(swapped)).toEqual(['y', 'x']);
    expect(count(engine.search(query(), swapped), 'cijfer', '8')).toBe(1);
    expect(order(swapped, { filters: new Map([['cijfer', ['8']]]) })).toEqual(['y']);
    // Another prior with the same version is another average too.
    const prior: EngineContext = { ...base, priorMean: 9.5 };
    expect(engine.search(query({ sort: 'cijfer' }), prior).results.find((r) => r.doc.id === 'y')!.bayes).toBe(9.5);
    expect(count(engine.search(query(), base), 'nu-open', 'ja')).toBe(1);
    expect(count(engine.search(query(), { ...base, now: new Date('2026-11-23T09:30:00Z') }), 'nu-open', 'ja')).toBe(0);
  });

  it('never reuse an order or a facet set made with other per-request facts', () => {
    const engine = new SearchEngine();
    engine.addAll([searchDocument({ id: 'p', name: 'Pim', organizationId: 'org-p' }), searchDocument({ id: 'q', name: 'Quinten', organizationId: 'org-q' })]);
    const flags = (cheap: string, band: 'laag' | 'hoog', ceiling: 'reached' | 'room'): EngineContext['extra'] => ({
      [COST_FLAGS]: {
        ceilingByOrganization: new Map([['org-p', ceiling]]),
        tariffByService: new Map([
          [cheap, { cents: 1000, unit: '01', band }],
          [cheap === 'p' ? 'q' : 'p', { cents: 5000, unit: '01', band: 'midden' }],
        ]),
      } satisfies CostFlags,
    });
    const search = (extra: EngineContext['extra']) =>
      engine.search(query({ sort: 'tarief', professional: true }), { now: monday10, locale: 'nl', marks: new Map(), priorMean: 7, marksVersion: 1, extra });
    const first = search(flags('p', 'laag', 'reached'));
    expect(first.results.map((r) => r.doc.id)).toEqual(['p', 'q']);
    expect(count(first, 'tarief', 'laag')).toBe(1);
    expect(count(first, 'plafond', 'bereikt')).toBe(1);
    const second = search(flags('q', 'hoog', 'room'));
    expect(second.results.map((r) => r.doc.id)).toEqual(['q', 'p']);
    expect(count(second, 'tarief', 'laag')).toBe(0);
    expect(count(second, 'tarief', 'hoog')).toBe(1);
    expect(count(second, 'plafond', 'ruimte')).toBe(1);
  });

  it('remember the professional facet sets and orders per object of facts, following index changes', () => {
    const engine = new SearchEngine();
    engine.addAll([
      searchDocument({ id: 'p', name: 'Pim', kind: 'contracted', organizationId: 'org-p' }),
      searchDocument({ id: 'q', name: 'Quinten', kind: 'contracted', organizationId: 'org-q' }),
    ]);
    const facts: CostFlags = {
      ceilingByOrganization: new Map([
        ['org-p', 'reached'],
        ['org-q', 'room'],
        ['org-r', 'reached'],
      ]),
      tariffByService: new Map([
        ['p', { cents: 5000, unit: '01', band: 'hoog' }],
        ['q', { cents: 1000, unit: '01', band: 'laag' }],
        ['r', { cents: 900, unit: '01', band: 'laag' }],
      ]),
    };
    const context: EngineContext = { now: monday10, locale: 'nl', marks: new Map(), priorMean: 7, marksVersion: 1, extra: { [COST_FLAGS]: facts } };
    const ceiling = facetsFor(true).find((f) => f.id === 'plafond')!;
    const keys = vi.spyOn(ceiling, 'keys');
    try {
      const search = (extra = context.extra) => engine.search(query({ sort: 'tarief', professional: true }), { ...context, extra });
      const first = search();
      expect(first.results.map((r) => r.doc.id)).toEqual(['q', 'p']);
      expect(count(first, 'plafond', 'bereikt')).toBe(1);
      const asked = keys.mock.calls.length;
      expect(asked).toBeGreaterThan(0);
      // The same facts in a new `extra` of another request: nothing asked again, the same answer.
      expect(search({ [COST_FLAGS]: facts })).toEqual(first);
      expect(search({ [COST_FLAGS]: facts })).toEqual(first);
      expect(keys.mock.calls.length).toBe(asked);
      // A changed index is seen at once, with the same facts.
      engine.upsert(searchDocument({ id: 'r', name: 'Roos', kind: 'contracted', organizationId: 'org-r' }));
      const changed = search({ [COST_FLAGS]: facts });
      expect(changed.results.map((r) => r.doc.id)).toEqual(['r', 'q', 'p']);
      expect(count(changed, 'plafond', 'bereikt')).toBe(2);
      expect(count(changed, 'tarief', 'laag')).toBe(2);
      expect(keys.mock.calls.length).toBeGreaterThan(asked);
      // The same content in a new object is other facts: asked again.
      const before = keys.mock.calls.length;
      const copy: CostFlags = { ceilingByOrganization: new Map(facts.ceilingByOrganization), tariffByService: new Map(facts.tariffByService) };
      expect(search({ [COST_FLAGS]: copy })).toEqual(changed);
      expect(keys.mock.calls.length).toBeGreaterThan(before);
    } finally {
      keys.mockRestore();
    }
  });

  it('label new district values and follow a renamed district', () => {
    const engine = new SearchEngine();
    engine.addAll([searchDocument({ id: 'a', districts: [{ slug: 'zuid', name: 'Zuid' }] }), searchDocument({ id: 'b', districts: [{ slug: 'noord', name: 'Noord' }] })]);
    const context: EngineContext = { now: monday10, locale: 'nl', marks: new Map(), priorMean: 7, marksVersion: 1 };
    const districts = () => engine.search(query(), context).facets.find((f) => f.id === 'wijk')!.options.map((o) => o.label);
    expect(districts()).toEqual(['Noord', 'Zuid']);
    engine.upsert(searchDocument({ id: 'c', districts: [{ slug: 'midden', name: 'Midden' }] }));
    expect(districts()).toEqual(['Midden', 'Noord', 'Zuid']);
    engine.upsert(searchDocument({ id: 'b', districts: [{ slug: 'noord', name: 'Aan de Noordkant' }] }));
    expect(districts()).toEqual(['Aan de Noordkant', 'Midden', 'Zuid']);
  });
});
