/**
 * The dynamic facets' sets ("open now", the mark) are filled in lazily, per match set
 * (app/search/dynamic-bits.ts): a search evaluates only the documents of its matches that no
 * earlier search in the same minute, version of the marks and index needed. Checked here: what
 * is evaluated (engine.dynamicStats), and that every answer equals a fresh engine's (which
 * remembers nothing) across a minute boundary, new marks and changes to the index.
 * tests/unit/search-facet-pass.test.ts compares the same with a plain reference at random.
 */
import { describe, expect, it } from 'vitest';
import { summarize, type ReviewSummary } from '../../app/domain/reviews';
import type { SearchDocument } from '../../app/search/document';
import { SearchEngine } from '../../app/search/engine';
import type { EngineContext, EngineQuery, EngineResult } from '../../app/search/engine-types';
import { facetsFor } from '../../app/search/registry';
import { searchDocument } from '../support/search-documents';

/** Dynamic facets a resident's search remembers (not the professional per-request ones). */
const REMEMBERED = facetsFor(false).filter((f) => f.dynamic && !f.perRequest).length;

// Monday 23 November 2026, 10:00 and 10:01 in Amsterdam.
const at1000 = new Date('2026-11-23T09:00:00Z');
const at1001 = new Date('2026-11-23T09:01:00Z');

const query = (q: string, extra: Partial<EngineQuery> = {}): EngineQuery => ({ q, filters: new Map(), sort: 'relevantie', origin: null, page: 1, perPage: 100, professional: false, ...extra });
const openNow: Partial<EngineQuery> = { filters: new Map([['nu-open', ['ja']]]) };
const count = (result: EngineResult, facet: string, value: string) => result.facets.find((f) => f.id === facet)!.options.find((o) => o.value === value)!.count;

/** Open on Monday only in the minute 10:00–10:01. */
const oneMinute = [{ weekday: 1, opensAt: '10:00', closesAt: '10:01' }];

/** A catalogue: `maatjes` services called "Maatje", the rest "Dagbesteding"; every third one open only at 10:00. */
function catalogue(total: number, maatjes: number): SearchDocument[] {
  return Array.from({ length: total }, (_, i) =>
    searchDocument({
      id: `d${i}`,
      name: i < maatjes ? `Maatje ${i}` : `Dagbesteding ${i}`,
      organizationId: `org-${i % 10}`,
      openingPeriods: i % 3 === 0 ? oneMinute : [],
    }),
  );
}

const marks = (good: string): Map<string, ReviewSummary> => new Map([[good, summarize(40, 340, 40)]]);

/** The engine under test and the documents it holds, to compare with a fresh engine. */
function live(documents: SearchDocument[]) {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const engine = new SearchEngine();
  engine.addAll(documents);
  return {
    engine,
    upsert(doc: SearchDocument) {
      docs.set(doc.id, doc);
      engine.upsert(doc);
    },
    remove(id: string) {
      docs.delete(id);
      engine.remove(id);
    },
    /** Searches, and checks the answer is a fresh engine's. */
    search(q: EngineQuery, context: EngineContext): EngineResult {
      const result = engine.search(q, context);
      const fresh = new SearchEngine();
      fresh.addAll(docs.values());
      const expected = fresh.search(q, context);
      expect(result.total).toBe(expected.total);
      expect(result.results.map((r) => [r.doc.id, r.score, r.bayes])).toEqual(expected.results.map((r) => [r.doc.id, r.score, r.bayes]));
      expect(result.facets).toEqual(expected.facets);
      return result;
    },
  };
}

describe('lazy dynamic facet sets', () => {
  it('evaluate only the matches of a search, once per minute, until every document is known', () => {
    const { engine, search } = live(catalogue(120, 6));
    const context: EngineContext = { now: at1000, locale: 'nl', marks: marks('org-0'), priorMean: 7, marksVersion: 1 };
    const stats = engine.dynamicStats;

    const maatje = search(query('maatje'), context);
    expect(maatje.total).toBe(6);
    expect(count(maatje, 'nu-open', 'ja')).toBe(2); // d0 and d3
    expect(stats.evaluated).toBe(6 * REMEMBERED);
    // The same words with a filter, another page or sort: nothing evaluated again.
    expect(search(query('maatje', openNow), context).results.map((r) => r.doc.id).sort()).toEqual(['d0', 'd3']);
    search(query('maatje', { sort: 'naam', perPage: 2, page: 2 }), context);
    expect(stats.evaluated).toBe(6 * REMEMBERED);

    // Other words: only their own matches are added.
    expect(search(query('dagbesteding'), context).total).toBe(114);
    expect(stats.evaluated).toBe(120 * REMEMBERED);
    // Every document is known now: browsing evaluates nothing.
    const all = search(query(''), context);
    expect(count(all, 'nu-open', 'ja')).toBe(40);
    expect(count(all, 'cijfer', '8')).toBe(12); // org-0: d0, d10, …, d110
    search(query('', openNow), context);
    expect(stats.evaluated).toBe(120 * REMEMBERED);
  });

  it('answer right across a minute boundary, with sets filled in part in the minute before', () => {
    const { engine, search } = live(catalogue(60, 6));
    const before: EngineContext = { now: at1000, locale: 'nl', marks: marks('org-0'), priorMean: 7, marksVersion: 1 };
    const after: EngineContext = { ...before, now: at1001 };
    expect(count(search(query('maatje'), before), 'nu-open', 'ja')).toBe(2);
    const evaluated = engine.dynamicStats.evaluated;

    // A minute later, the services open only at 10:00 are closed, for the same words and others.
    expect(count(search(query('maatje'), after), 'nu-open', 'ja')).toBe(0);
    expect(search(query('maatje', openNow), after).total).toBe(0);
    expect(engine.dynamicStats.evaluated).toBe(evaluated + 6 * REMEMBERED);
    expect(count(search(query(''), after), 'nu-open', 'ja')).toBe(0);
    expect(engine.dynamicStats.evaluated).toBe(evaluated + 60 * REMEMBERED);
    // And back at 10:00 (another minute key again): open.
    expect(count(search(query(''), before), 'nu-open', 'ja')).toBe(20);
    expect(search(query('maatje', openNow), before).total).toBe(2);
  });

  it('follow new marks with sets filled in part under the old ones', () => {
    const { search } = live(catalogue(60, 6));
    const first: EngineContext = { now: at1000, locale: 'nl', marks: marks('org-0'), priorMean: 7, marksVersion: 1 };
    expect(count(search(query('maatje'), first), 'cijfer', '8')).toBe(1); // d0
    const second: EngineContext = { ...first, marks: marks('org-1'), marksVersion: 2 };
    expect(search(query('maatje', { filters: new Map([['cijfer', ['8']]]) }), second).results.map((r) => r.doc.id)).toEqual(['d1']);
    expect(count(search(query(''), second), 'cijfer', '8')).toBe(6);
  });

  it('see a changed, removed or added document at once, and evaluate only the matches after a change', () => {
    const catalogueNow = live(catalogue(60, 6));
    const { engine, search, upsert, remove } = catalogueNow;
    const context: EngineContext = { now: at1000, locale: 'nl', marks: marks('org-0'), priorMean: 7, marksVersion: 1 };
    expect(count(search(query(''), context), 'nu-open', 'ja')).toBe(20);

    // d1 opens at 10:00 now; a Maatje that was open (d3) goes; a new one open now takes its slot.
    upsert(searchDocument({ id: 'd1', name: 'Maatje 1', organizationId: 'org-1', openingPeriods: oneMinute }));
    remove('d3');
    upsert(searchDocument({ id: 'new', name: 'Maatje nieuw', organizationId: 'org-0', openingPeriods: [] }));
    const evaluated = engine.dynamicStats.evaluated;
    const maatje = search(query('maatje'), context);
    expect(maatje.total).toBe(6);
    expect(count(maatje, 'nu-open', 'ja')).toBe(2); // d0 and d1, not the new one in d3's place
    expect(count(maatje, 'cijfer', '8')).toBe(2); // d0 and the new one (org-0)
    expect(search(query('maatje', openNow), context).results.map((r) => r.doc.id).sort()).toEqual(['d0', 'd1']);
    expect(engine.dynamicStats.evaluated).toBe(evaluated + 6 * REMEMBERED);
    expect(count(search(query(''), context), 'nu-open', 'ja')).toBe(20);
  });

  it('remember nothing without a version of the marks', () => {
    const { engine, search } = live(catalogue(30, 6));
    const context: EngineContext = { now: at1000, locale: 'nl', marks: marks('org-0'), priorMean: 7 };
    search(query('maatje'), context);
    search(query('maatje'), context);
    expect(engine.dynamicStats.evaluated).toBe(2 * 6 * REMEMBERED);
  });
});
