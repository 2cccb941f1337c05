/**
 * The engine remembers the text scores of recent queries until its index changes
 * (app/search/engine.ts with match-memo.ts): a remembered answer must be exactly the fresh one, every
 * change to the index must be seen at once, and the memory stays bounded.
 */
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../app/search/document';
import { SearchEngine } from '../../app/search/engine';
import type { EngineContext, EngineQuery } from '../../app/search/engine-types';
import { MATCH_MEMO_QUERIES } from '../../app/search/match-memo';
import { searchDocument } from '../support/search-documents';

/** A document without product or location, so only its words and name count. */
function doc(id: string, name: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return searchDocument({ id, name, categoryCode: null, productCode: null, productNameNl: null, productNameEn: null, points: [], ...extra });
}

const context: EngineContext = { now: new Date('2026-11-23T09:00:00Z'), locale: 'nl', marks: new Map(), priorMean: 7.5 };
const query = (q: string, extra: Partial<EngineQuery> = {}): EngineQuery => ({ q, filters: new Map(), sort: 'relevantie', origin: null, page: 1, perPage: 20, professional: false, ...extra });
const found = (engine: SearchEngine, q: string, extra: Partial<EngineQuery> = {}) =>
  engine.search(query(q, extra), context).results.map((r) => [r.doc.id, r.score] as const);

describe('remembered text scores', () => {
  it('answers a repeated query from memory with exactly the fresh result', () => {
    const engine = new SearchEngine();
    engine.addAll([doc('a', 'Begeleiding thuis'), doc('b', 'Dagbesteding'), doc('c', 'Thuisbegeleiding jongeren'), doc('d', 'Begeleid wonen', { kind: 'general', categoryCode: null, productCode: null })]);
    const fresh = new SearchEngine();
    fresh.addAll([doc('a', 'Begeleiding thuis'), doc('b', 'Dagbesteding'), doc('c', 'Thuisbegeleiding jongeren'), doc('d', 'Begeleid wonen', { kind: 'general', categoryCode: null, productCode: null })]);
    const first = found(engine, 'begeleidng');
    expect(first.length).toBeGreaterThan(1);
    const misses = engine.matchStats.misses;
    // Same words with other filters, pages and sorts: the words are not matched again.
    expect(found(engine, 'begeleidng')).toEqual(first);
    expect(found(engine, 'begeleidng', { filters: new Map([['soort', ['general']]]) })).toEqual(found(fresh, 'begeleidng', { filters: new Map([['soort', ['general']]]) }));
    expect(found(engine, 'begeleidng', { sort: 'naam', page: 1, perPage: 1 })).toEqual(found(fresh, 'begeleidng', { sort: 'naam', page: 1, perPage: 1 }));
    expect(engine.matchStats.misses).toBe(misses);
    expect(engine.matchStats.hits).toBeGreaterThanOrEqual(3);
    expect(first).toEqual(found(fresh, 'begeleidng'));
  });

  it('sees an added, changed or removed document at once', () => {
    const engine = new SearchEngine();
    engine.addAll([doc('a', 'Begeleiding thuis'), doc('b', 'Dagbesteding')]);
    expect(found(engine, 'begeleiding').map(([id]) => id)).toEqual(['a']);
    engine.upsert(doc('c', 'Begeleiding op school'));
    expect(found(engine, 'begeleiding').map(([id]) => id).sort()).toEqual(['a', 'c']);
    engine.upsert(doc('a', 'Huishoudelijke hulp'));
    expect(found(engine, 'begeleiding').map(([id]) => id)).toEqual(['c']);
    engine.remove('c');
    expect(found(engine, 'begeleiding')).toEqual([]);
  });

  it('does not let the name bonus of one search leak into the remembered scores', () => {
    const catalogue = () => [doc('a', 'Begeleiding thuis', { organizationName: 'De Linde' }), doc('b', 'Linde begeleiding', { organizationName: 'Zorggroep Noord' })];
    const engine = new SearchEngine();
    engine.addAll(catalogue());
    const fresh = () => {
      const other = new SearchEngine();
      other.addAll(catalogue());
      return other;
    };
    const named = found(engine, 'de linde');
    expect(Math.max(...named.map(([, score]) => score))).toBeGreaterThan(1e5);
    expect(found(engine, 'de linde')).toEqual(named);
    expect(found(engine, 'de linde')).toEqual(found(fresh(), 'de linde'));
    expect(found(engine, 'begeleiding')).toEqual(found(fresh(), 'begeleiding'));
  });

  it('keeps a bounded number of queries', () => {
    const engine = new SearchEngine();
    engine.addAll([doc('a', 'Begeleiding thuis')]);
    for (let i = 0; i < MATCH_MEMO_QUERIES + 5; i++) found(engine, `woord${i}`);
    const misses = engine.matchStats.misses;
    found(engine, `woord${MATCH_MEMO_QUERIES + 4}`); // recent: remembered
    expect(engine.matchStats.misses).toBe(misses);
    found(engine, 'woord0'); // the oldest: forgotten
    expect(engine.matchStats.misses).toBe(misses + 1);
  });
});
