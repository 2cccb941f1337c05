/**
 * The small rules around search: URL parameters (lenient page, strict API), postcodes and
 * distance, "open now" agreeing with the opening-hours domain, and the Bayesian average.
 */
import { describe, expect, it } from 'vitest';
import { bayesianAverage, overallMeanMark, summarize } from '../../app/domain/reviews';
import { isOpenAt, type OpeningPeriod } from '../../app/domain/opening-hours';
import { distanceKm, nearestDistanceKm, parsePc4 } from '../../app/search/geo';
import { isOpenAtWeekMinute, weekMinuteOf, weekSpans } from '../../app/search/open-now';
import { parseSearchParams, searchQueryString } from '../../app/search/params';

const districts = new Set(['centrum', 'oosterpark']);
const parse = (query: string, strict = false, extra: { professional?: boolean; api?: boolean } = {}) =>
  parseSearchParams(new URLSearchParams(query), { strict, professional: extra.professional ?? false, districts, api: extra.api });

describe('search parameters', () => {
  it('read words, filters, sort, postcode and page', () => {
    const { input, errors } = parse('q=+dag%20%20besteding+&soort=general&soort=contracted&wijk=oosterpark&wachttijd=4&postcode=3561+ab&sortering=afstand&pagina=2');
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ q: 'dag besteding', sort: 'afstand', pc4: '3561', postcode: '3561 ab', page: 2, perPage: 20 });
    expect(Object.fromEntries(input.filters)).toEqual({ soort: ['general', 'contracted'], wijk: ['oosterpark'], wachttijd: ['4'] });
  });

  it('on the page: drop unknown filter values quietly, but tell about words and postcode at their field', () => {
    const { input, errors } = parse(`soort=bogus&categorie=99&wijk=nergens&pagina=-4&q=${'a'.repeat(210)}&postcode=12`);
    expect(Object.fromEntries(input.filters)).toEqual({});
    expect(input.page).toBe(1);
    expect(input.q).toHaveLength(200);
    expect(errors.map((e) => [e.param, e.code])).toEqual([
      ['q', 'tooLong'],
      ['postcode', 'badPostcode'],
    ]);
  });

  it('in the API: refuse every bad parameter with a reason', () => {
    const codes = (query: string) => parse(query, true, { api: true }).errors.map((e) => `${e.param}:${e.code}`);
    expect(codes('categorie=99')).toEqual(['categorie:unknownValue']);
    expect(codes('page=0')).toEqual(['page:badPage']);
    expect(codes('page=abc')).toEqual(['page:badPage']);
    expect(codes(`q=${'x'.repeat(201)}`)).toEqual(['q:tooLong']);
    expect(codes('wachttijd=2&wachttijd=4')).toEqual(['wachttijd:tooMany']);
    expect(codes('sortering=prijs')).toEqual(['sortering:unknownSort']);
    expect(codes('sortering=afstand')).toEqual(['postcode:needsPostcode']);
    expect(codes('per_page=51')).toEqual(['per_page:badPerPage']);
    expect(codes('q=dagbesteding&categorie=07&page=2&per_page=5')).toEqual([]);
    expect(parse('page=3&per_page=5', true, { api: true }).input).toMatchObject({ page: 3, perPage: 5 });
  });

  it('fall back to relevance when sorting by distance has no postcode', () => {
    expect(parse('sortering=afstand').input.sort).toBe('relevantie');
  });

  it('write a stable query string for links', () => {
    const { input } = parse('wijk=centrum&q=hulp&soort=general&sortering=naam&postcode=3561');
    expect(searchQueryString(input, 3)).toBe('q=hulp&soort=general&wijk=centrum&postcode=3561&sortering=naam&pagina=3');
    expect(searchQueryString({ q: '', filters: new Map(), sort: 'relevantie', postcode: '' })).toBe('');
  });
});

describe('postcodes and distance', () => {
  it('accept the ways people write a postcode', () => {
    expect(parsePc4('3561')).toBe('3561');
    expect(parsePc4('3561AB')).toBe('3561');
    expect(parsePc4(' 3561 ab ')).toBe('3561');
    for (const bad of ['0561', '356', '3561 A', '3561 SS', 'abcd', '35611']) expect(parsePc4(bad), bad).toBeNull();
  });

  it('measure great-circle distances', () => {
    const utrecht = { latitude: 52.0907, longitude: 5.1214 };
    const amsterdam = { latitude: 52.3676, longitude: 4.9041 };
    expect(distanceKm(utrecht, amsterdam)).toBeCloseTo(34.3, 0);
    expect(nearestDistanceKm(utrecht, [amsterdam, utrecht])).toBe(0);
    expect(nearestDistanceKm(utrecht, [])).toBeNull();
  });
});

describe('open now', () => {
  it('agrees with the opening-hours rules for every hour of a week and tricky schedules', () => {
    const schedules: OpeningPeriod[][] = [
      [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '17:00' })),
      [{ weekday: 5, opensAt: '22:00', closesAt: '02:00' }, { weekday: 6, opensAt: '22:00', closesAt: '02:00' }],
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '24:00' })),
      [{ weekday: 7, opensAt: '21:30', closesAt: '09:00' }],
      [],
    ];
    const start = Date.parse('2026-11-23T00:00:00Z');
    for (let quarter = 0; quarter < 7 * 24 * 4; quarter += 1) {
      const moment = new Date(start + quarter * 15 * 60_000);
      for (const periods of schedules) {
        expect(isOpenAtWeekMinute(weekSpans(periods), weekMinuteOf(moment)), `${moment.toISOString()} ${JSON.stringify(periods)}`).toBe(isOpenAt(periods, moment));
      }
    }
  });
});

describe('Bayesian average', () => {
  it('does not let 2 reviews of 10 beat 80 reviews of 8.6', () => {
    const prior = 7.6;
    const few = bayesianAverage(summarize(2, 20, 2), prior);
    const many = bayesianAverage(summarize(80, 688, 75), prior);
    expect(many).toBeGreaterThan(few);
    expect(bayesianAverage(summarize(0, 0, 0), prior)).toBe(prior);
  });

  it('takes its prior from all counted reviews', () => {
    expect(overallMeanMark([summarize(2, 20, 2), summarize(2, 12, 0), summarize(0, 0, 0)])).toBe(8);
    expect(overallMeanMark([], 7)).toBe(7);
  });
});
