/**
 * The search results are written as a string on the server (searchCardsHtml) and as React
 * elements in the browser (SearchResultCard): the two must be the same markup, or the browser's
 * hydration would not match the page, and every text must stay escaped.
 */
import { describe, expect, it } from 'vitest';
import { SearchResultElements, SearchResultList } from '../../app/components/search-result-card';
import type { Locale } from '../../app/domain/enums';
import { messages as searchMessages } from '../../app/routes/zoeken';
import type { SearchCard } from '../../app/search/types';
import { renderInPage } from '../support/render-in-page';
import { random } from '../support/random';


type ListProps = Parameters<typeof SearchResultList>[0];

const bothWays = async (props: ListProps, locale: Locale) => ({
  string: await renderInPage(<SearchResultList {...props} />, searchMessages, locale),
  elements: await renderInPage(<SearchResultElements {...props} />, searchMessages, locale),
});

const nasty = ['<script>alert(1)</script>', 'Tom & Jerry', '"quoted"', "'s-Hertogenbosch", 'a > b < c', 'é ü ß — 😀', '   ', ''];

const card = (overrides: Partial<SearchCard> = {}): SearchCard => ({
  id: 'bb26180f-b0b3-494b-b84a-b1a18874258d',
  name: 'Een maatje voor samen op pad',
  href: '/aanbieders/maatjesproject-stationskwartier#aanbod-bb26180f',
  kind: 'contracted',
  status: 'active',
  categoryName: 'Begeleiding',
  organization: { name: 'Maatjesproject Stationskwartier' },
  district: 'Stationskwartier',
  city: 'Vlietstede',
  waitingWeeks: 3,
  acceptingNewClients: true,
  noNewClientsViaMunicipality: false,
  distanceKm: null,
  reviews: { average: 9.5, count: 11, provisional: false },
  ...overrides,
});

describe('search result cards on the server and in the browser', () => {
  it('are the same markup for every kind of card, in both languages', async () => {
    const items = [
      card(),
      card({ id: 'b', kind: 'general', categoryName: null, district: null, distanceKm: 1.26, reviews: { average: null, count: 0, provisional: true } }),
      card({ id: 'c', kind: 'national', status: 'temporarily_closed', district: null, city: null, waitingWeeks: null, acceptingNewClients: false, noNewClientsViaMunicipality: true, reviews: { average: 6.25, count: 1, provisional: true } }),
    ];
    for (const locale of ['nl', 'en'] as const) {
      for (const headingLevel of [2, 3, 4] as const) {
        const { string, elements } = await bothWays({ items, headingLevel, ordered: headingLevel === 3, className: 'sk-results', label: headingLevel === 3 ? 'Resultaten' : undefined }, locale);
        expect(string).toBe(elements);
        expect(string).toContain('<span class="sk-mark__count">');
      }
    }
  });

  it('escape every text and attribute value as React does, over random cards', async () => {
    const next = random(7);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const text = (plain: string) => (next() < 0.4 ? pick(nasty) : plain);
    const orNull = <T,>(value: T) => (next() < 0.3 ? null : value);
    for (let run = 0; run < 150; run++) {
      const items: SearchCard[] = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, i) => ({
        id: text(`id-${i}`),
        name: text(`Dienst ${i}`),
        href: `/aanbieders/${encodeURIComponent(text('a'))}#aanbod-${i}`,
        kind: pick(['general', 'contracted', 'national'] as const),
        status: pick(['active', 'temporarily_closed'] as const),
        categoryName: orNull(text('Begeleiding')),
        organization: { name: text(`Organisatie ${i}`) },
        district: orNull(text('Centrum')),
        city: orNull(text('Vlietstede')),
        waitingWeeks: orNull(Math.floor(next() * 30)),
        acceptingNewClients: next() < 0.7,
        noNewClientsViaMunicipality: next() < 0.2,
        distanceKm: orNull(Math.round(next() * 5000) / 100),
        reviews: next() < 0.2 ? { average: null, count: 0, provisional: true } : { average: 1 + Math.round(next() * 90) / 10, count: Math.floor(next() * 40), provisional: next() < 0.4 },
      }));
      const props = { items, headingLevel: pick([2, 3, 4] as const), ordered: next() < 0.5, className: 'sk-results', label: next() < 0.5 ? pick(nasty) : undefined };
      const { string, elements } = await bothWays(props, pick(['nl', 'en'] as const));
      expect(string, JSON.stringify(props)).toBe(elements);
    }
  });

  it('never lets markup in a name through', async () => {
    const { string } = await bothWays({ items: [card({ name: '<img src=x onerror=alert(1)>', organization: { name: '</p><script>' }, categoryName: '"><b>' })], className: 'sk-results' }, 'nl');
    expect(string).not.toContain('<img');
    expect(string).not.toContain('<script');
    expect(string).not.toContain('<b>');
    expect(string).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('falls back to React elements for a link that is not a plain site path', async () => {
    const props = { items: [card({ href: 'aanbieders/relatief' })], className: 'sk-results' };
    const { string, elements } = await bothWays(props, 'nl');
    expect(string).toBe(elements);
  });
});
