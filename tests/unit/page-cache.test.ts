/**
 * The pure pieces of the anonymous page cache (scripts/cache/): which requests may use it and
 * under which key, which responses may be stored, and until when a page stays true on the clock.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenAt, type OpeningPeriod } from '../../app/domain/opening-hours';
import { averageCutoff } from '../../app/domain/reviews';
import { getLocale } from '../../app/i18n/locale.server';
import { cookieName } from '../../app/utils/cookies.server';
import { cacheKey, storable, type CacheRequestFacts } from '../../scripts/cache/page-cache';
import { publicTables, privateTables, triggerSql } from '../../scripts/cache/tables';
import { agingInstant, nextOpeningChange, nextWholeHour, openingBoundaries, SEARCH_INDEX_LAG_MS, validUntil } from '../../scripts/cache/validity';
import { projectRoot } from '../support/paths';

const request = (facts: Partial<CacheRequestFacts>): CacheRequestFacts => ({
  method: 'GET',
  originalUrl: '/zoeken?q=hulp',
  cookie: undefined,
  acceptLanguage: undefined,
  authorization: undefined,
  ...facts,
});
const taal = cookieName('taal');
const session = cookieName('sk_session');

describe('page cache key', () => {
  it('covers the public pages, their .data and every query string', () => {
    for (const url of ['/', '/zoeken', '/zoeken?q=hulp&soort=general&pagina=2', '/zoeken.data?q=x', '/_root.data', '/aanbieders/buurtzorg', '/aanbieders/buurtzorg.data', '/gedragscode', '/toegankelijkheid']) {
      expect(cacheKey(request({ originalUrl: url })), url).not.toBeNull();
    }
  });

  it('leaves every other page alone', () => {
    for (const url of ['/inloggen', '/beheer', '/aanbieders/x/ervaringen', '/aanbieders/x/ervaring-schrijven', '/vergelijken', '/keuzelijst', '/api/v1/search?q=x', '/account', '/mijn-ervaringen', '/healthz', '/taal/en']) {
      expect(cacheKey(request({ originalUrl: url })), url).toBeNull();
    }
  });

  it('is for GET and HEAD only', () => {
    expect(cacheKey(request({ method: 'HEAD' }))).not.toBeNull();
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) expect(cacheKey(request({ method }))).toBeNull();
  });

  it('passes by any request with a cookie other than the language choice, or with Authorization', () => {
    expect(cacheKey(request({ cookie: `${session}=made-up` }))).toBeNull();
    expect(cacheKey(request({ cookie: `${taal}=en; ${session}=x` }))).toBeNull();
    expect(cacheKey(request({ cookie: 'sk_flash=abc' }))).toBeNull();
    expect(cacheKey(request({ cookie: 'tracking=1' }))).toBeNull();
    expect(cacheKey(request({ cookie: '%%%=;;;' }))).toBeNull();
    expect(cacheKey(request({ authorization: 'Bearer x' }))).toBeNull();
    expect(cacheKey(request({ cookie: `${taal}=en` }))).not.toBeNull();
    expect(cacheKey(request({ cookie: '' }))).not.toBeNull();
  });

  it('keys on the language the app chooses, exactly as getLocale does', () => {
    const cases: [string | undefined, string | undefined][] = [
      [undefined, undefined],
      [undefined, 'en-GB,en;q=0.9'],
      [undefined, 'de, en;q=0.5, nl;q=0.8'],
      [undefined, 'nl;q=0, en;q=0.1'],
      [`${taal}=en`, 'nl'],
      [`${taal}=nl`, 'en'],
      [`${taal}=fr`, 'en'],
      [`${taal}=`, 'en-US'],
    ];
    for (const [cookie, acceptLanguage] of cases) {
      const headers = new Headers();
      if (cookie) headers.set('Cookie', cookie);
      if (acceptLanguage) headers.set('Accept-Language', acceptLanguage);
      const expected = getLocale(new Request('http://localhost/zoeken', { headers }));
      expect(cacheKey(request({ cookie, acceptLanguage }))?.split(' ')[0], `${cookie} / ${acceptLanguage}`).toBe(expected);
    }
  });

  it('keys on the URL as Remix receives it: dot segments resolved, path and query exact', () => {
    const key = (originalUrl: string) => cacheKey(request({ originalUrl }));
    expect(key('/x/../zoeken?q=a')).toBe(key('/zoeken?q=a'));
    expect(key('/zoeken?q=a')).not.toBe(key('/zoeken?q=b'));
    expect(key('/zoeken?q=a')).not.toBe(key('/zoeken.data?q=a'));
    expect(key('/zoeken?q=a')).not.toBe(key('/Zoeken?q=a'));
    expect(key('/zoeken?q=a')).not.toBe(cacheKey(request({ originalUrl: '/zoeken?q=a', acceptLanguage: 'en' })));
  });
});

describe('storable responses', () => {
  const html = { 'content-type': 'text/html; charset=utf-8' };
  it('stores a plain 200', () => expect(storable(200, html)).toBe(true));
  it('never stores another status, a Set-Cookie, no-store, private or no-cache', () => {
    for (const status of [201, 202, 204, 301, 302, 304, 400, 403, 404, 429, 500, 503]) expect(storable(status, html)).toBe(false);
    expect(storable(200, { ...html, 'set-cookie': ['a=b'] })).toBe(false);
    expect(storable(200, { ...html, 'cache-control': 'no-store' })).toBe(false);
    expect(storable(200, { ...html, 'cache-control': 'private, max-age=0' })).toBe(false);
    expect(storable(200, { ...html, 'cache-control': 'No-Cache' })).toBe(false);
    expect(storable(200, {})).toBe(false);
    expect(storable(200, { ...html, 'cache-control': 'public, max-age=60' })).toBe(true);
  });
});

describe('validity on the clock', () => {
  it('ends at the next whole hour UTC', () => {
    expect(nextWholeHour(Date.parse('2026-11-16T10:00:00Z'))).toBe(Date.parse('2026-11-16T11:00:00Z'));
    expect(nextWholeHour(Date.parse('2026-11-16T10:59:59.999Z'))).toBe(Date.parse('2026-11-16T11:00:00Z'));
    expect(nextWholeHour(Date.parse('2026-12-31T23:30:00Z'))).toBe(Date.parse('2027-01-01T00:00:00Z'));
  });

  it('ends at the next opening or closing time (Amsterdam), across midnight and the week', () => {
    const periods = [
      { weekday: 1, opensAt: '09:00', closesAt: '17:00' },
      { weekday: 7, opensAt: '20:00', closesAt: '04:00' },
    ];
    const boundaries = openingBoundaries(periods);
    // Monday 2026-11-16 10:00 UTC is 11:00 in Amsterdam: next change at 17:00 local (16:00 UTC).
    expect(new Date(nextOpeningChange(new Date('2026-11-16T10:00:30Z'), boundaries)).toISOString()).toBe('2026-11-16T16:00:00.000Z');
    // Sunday 2026-11-22 22:00 local: closes Monday 04:00 local.
    expect(new Date(nextOpeningChange(new Date('2026-11-22T21:00:00Z'), boundaries)).toISOString()).toBe('2026-11-23T03:00:00.000Z');
    // Tuesday: next is Sunday 20:00 local.
    expect(new Date(nextOpeningChange(new Date('2026-11-17T12:00:00Z'), boundaries)).toISOString()).toBe('2026-11-22T19:00:00.000Z');
    expect(nextOpeningChange(new Date('2026-11-17T12:00:00Z'), [])).toBe(Infinity);
  });

  it('"open now" cannot change before the bound (property, with the whole-hour bound for summer time)', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const period = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), opensAt: time, closesAt: time }).filter((p) => p.opensAt !== p.closesAt);
    // Around both summer-time switches of 2026 and an ordinary week.
    const instant = fc.integer({ min: Date.parse('2026-03-27T00:00:00Z'), max: Date.parse('2026-04-01T00:00:00Z') });
    const instants = fc.oneof(instant, fc.integer({ min: Date.parse('2026-10-23T00:00:00Z'), max: Date.parse('2026-10-28T00:00:00Z') }));
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 6 }), instants, fc.double({ min: 0, max: 1, noNaN: true }), (periods: OpeningPeriod[], at, fraction) => {
        const start = new Date(at);
        const until = Math.min(nextWholeHour(at), nextOpeningChange(start, openingBoundaries(periods)));
        expect(until).toBeGreaterThan(at);
        const later = new Date(at + Math.floor((until - 1 - at) * fraction));
        expect(isOpenAt(periods, later)).toBe(isOpenAt(periods, start));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the exact instant a review leaves the averages', () => {
    for (const iso of ['2022-11-16T10:00:00Z', '2024-02-29T12:00:00Z', '2023-03-26T01:30:00Z']) {
      const created = Math.floor(Date.parse(iso) / 1000);
      const instant = agingInstant(created);
      expect(created >= averageCutoff(new Date(instant - 1))).toBe(true);
      expect(created >= averageCutoff(new Date(instant))).toBe(false);
    }
  });

  it('takes the earliest of the hour, opening times and reviews, and waits out the search index after an aged review', () => {
    const at = new Date('2026-11-16T10:00:00Z');
    const facts = { openingBoundaries: [], oldestCountedReview: null, youngestExpiredReview: null };
    expect(validUntil(at, facts)).toBe(Date.parse('2026-11-16T11:00:00Z'));
    // A review written 2022-11-16T10:20Z leaves the averages at 10:20 today.
    const counted = Math.floor(Date.parse('2022-11-16T10:20:00Z') / 1000);
    expect(validUntil(at, { ...facts, oldestCountedReview: counted })).toBe(agingInstant(counted));
    // One that left at 09:58 may still count in the search index until 10:03.
    const expired = Math.floor(Date.parse('2022-11-16T09:58:00Z') / 1000);
    expect(validUntil(at, { ...facts, youngestExpiredReview: expired })).toBe(agingInstant(expired) + SEARCH_INDEX_LAG_MS);
    const longAgo = Math.floor(Date.parse('2022-11-01T09:58:00Z') / 1000);
    expect(validUntil(at, { ...facts, youngestExpiredReview: longAgo })).toBe(Date.parse('2026-11-16T11:00:00Z'));
  });

  it('waits as long as the search index may lag (its constants, read from its source)', () => {
    const source = readFileSync(resolve(projectRoot, 'app/search/index.server.ts'), 'utf8');
    const ms = (name: string) => {
      const match = new RegExp(`const ${name} = ([\\d_ *]+);`).exec(source);
      expect(match, name).not.toBeNull();
      return match![1]!.split('*').reduce((product, factor) => product * Number(factor.trim().replace(/_/g, '')), 1);
    };
    expect(ms('REVIEWS_TTL_MS')).toBeLessThanOrEqual(SEARCH_INDEX_LAG_MS);
    expect(ms('FRESHNESS_INTERVAL_MS')).toBeLessThanOrEqual(SEARCH_INDEX_LAG_MS);
  });
});

describe('generation triggers', () => {
  it('are in the migration, three per public table', () => {
    const migration = readFileSync(resolve(projectRoot, 'db/migrations/0005_page_generation.sql'), 'utf8');
    expect(migration).toContain(triggerSql());
    expect(new Set<string>([...publicTables, ...privateTables]).size).toBe(publicTables.length + privateTables.length);
  });
});
