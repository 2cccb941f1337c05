/**
 * The first pages' loaders against a real, seeded SQLite database (a private copy per file).
 */
import { describe, expect, it } from 'vitest';
import { loader as homeLoader } from '../../app/routes/_index';
import { searchPage } from '../support/search-page';
import { loader as providerLoader } from '../../app/routes/aanbieders.$slug';
import { loader as healthLoader } from '../../app/routes/healthz';
import { loader as languageLoader } from '../../app/routes/taal.$lang';
import { getDb } from '../../app/db.server';
import { productCategories } from '../../app/domain/categories';
import { TEST_NOW } from '../support/paths';
import { unpack } from '../../app/domain/packed';
import { searchOutcome } from '../support/search-outcome';

type LoaderArgs = Parameters<typeof homeLoader>[0];
const args = (url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}): LoaderArgs => ({
  request: new Request(`http://localhost${url}`, { headers }),
  params,
  context: { clientIp: '127.0.0.1', cspNonce: '', now: TEST_NOW },
});

/** The home page's loader data as its page reads it (packed, app/domain/packed.ts). */
const homePage = async (loaderArgs: LoaderArgs) => unpack((await homeLoader(loaderArgs)).page);

async function thrownResponse(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error('expected the loader to throw a Response');
}

describe('home page', () => {
  it('offers the product categories that have services and highlights free general facilities', async () => {
    const data = await homePage(args('/'));
    const categories = data.categories.flatMap((group) => group.items);
    expect(categories).toHaveLength(productCategories.length);
    expect(categories.filter((c) => c.count > 0).length).toBe(productCategories.length);
    for (const group of data.categories) {
      for (const category of group.items) expect(productCategories.find((c) => c.code === category.code)).toMatchObject({ law: group.law, nameNl: category.name });
    }
    expect(data.freeFacilities.length).toBe(6);
    for (const service of data.freeFacilities) expect(service.kind).toBe('general');
    expect(data.title).toBe('Hulp en ondersteuning in Gemeente Vlietstede');
  });

  it('speaks English to an English browser', async () => {
    const data = await homePage(args('/', {}, { 'Accept-Language': 'en-GB,en' }));
    expect(data.title).toBe('Help and support in Gemeente Vlietstede');
    for (const category of data.categories.flatMap((group) => group.items)) expect(productCategories.find((c) => c.code === category.code)?.nameEn).toBe(category.name);
  });
});

describe('search page', () => {
  it('finds every public service that mentions the word, and more through stems and synonyms', async () => {
    const data = await searchPage(args('/zoeken?q=dagbesteding'));
    expect(data.results.length).toBe(Math.min(20, data.total));
    const db = getDb();
    const expected = db.$client
      .prepare(
        `SELECT count(*) AS n FROM services s JOIN organizations o ON o.id = s.organization_id
         LEFT JOIN product_categories c ON c.code = s.category_code
         WHERE s.status <> 'inactive' AND o.status = 'active' AND (s.name LIKE '%dagbesteding%' OR o.name LIKE '%dagbesteding%'
           OR s.description LIKE '%dagbesteding%' OR c.name_nl LIKE '%dagbesteding%')`,
      )
      .get() as { n: number };
    expect(expected.n).toBeGreaterThan(5);
    expect(data.total).toBeGreaterThanOrEqual(expected.n);
    const found = await searchOutcome('/zoeken?q=dagbesteding');
    expect(found.results.map((r) => r.id)).toEqual(data.results.map((r) => r.id));
    expect(found.results.every((r) => r.categoryCode === '07' || /dagbesteding/i.test(`${r.name} ${r.organization.name}`))).toBe(true);
  });

  it('filters by kind and category and pages through results', async () => {
    const free = await searchPage(args('/zoeken?soort=general'));
    expect(free.total).toBeGreaterThanOrEqual(80);
    expect(free.results.every((r) => r.kind === 'general')).toBe(true);
    const page2 = await searchPage(args('/zoeken?soort=general&pagina=2'));
    expect(page2.results[0]?.id).not.toBe(free.results[0]?.id);
    const begeleiding = await searchOutcome('/zoeken?categorie=02');
    expect(begeleiding.total).toBeGreaterThan(0);
    expect(begeleiding.results.every((r) => r.categoryCode === '02')).toBe(true);
  });

  it('ignores malformed parameters instead of failing', async () => {
    const data = await searchPage(args('/zoeken?soort=bogus&categorie=99&pagina=-4'));
    expect(data.query.filters).toEqual({});
    expect(data.page).toBe(1);
  });

  it('finds nothing for nonsense and says so', async () => {
    const data = await searchPage(args('/zoeken?q=qqqxxyyzz'));
    expect(data.total).toBe(0);
    expect(data.results).toEqual([]);
  });
});

describe('provider page', () => {
  it('shows an organisation with its services, locations, opening hours and review summary', async () => {
    const db = getDb();
    const row = db.$client
      .prepare(
        `SELECT o.slug FROM organizations o WHERE o.status = 'active'
           AND EXISTS (SELECT 1 FROM locations l JOIN schedules s ON s.location_id = l.id WHERE l.organization_id = o.id)
           AND (SELECT count(*) FROM reviews r WHERE r.organization_id = o.id AND r.status = 'published') >= 5
         ORDER BY o.slug LIMIT 1`,
      )
      .get() as { slug: string };
    const data = await providerLoader(args(`/aanbieders/${row.slug}`, { slug: row.slug }));
    expect(data.organization.slug).toBe(row.slug);
    expect(data.services.length).toBeGreaterThan(0);
    expect(data.locations.some((l) => l.schedules.length > 0)).toBe(true);
    expect(data.latestReviews.length).toBe(3);
    const counted = db.$client
      .prepare(
        `SELECT count(*) AS n, avg(overall) AS avg FROM reviews WHERE organization_id = (SELECT id FROM organizations WHERE slug = ?)
           AND status = 'published' AND created_at >= unixepoch('${TEST_NOW.toISOString().slice(0, 19)}', '-4 years')`,
      )
      .get(row.slug) as { n: number; avg: number };
    expect(data.reviewSummary.count).toBe(counted.n);
    expect(data.reviewSummary.average).toBeCloseTo(Math.round(counted.avg * 10) / 10, 5);
  });

  it('sends no cost facts to the public page', async () => {
    const db = getDb();
    const row = db.$client
      .prepare(`SELECT o.slug, c.tariff_cents FROM organizations o JOIN contracts c ON c.organization_id = o.id ORDER BY o.slug LIMIT 1`)
      .get() as { slug: string; tariff_cents: number };
    const data = await providerLoader(args(`/aanbieders/${row.slug}`, { slug: row.slug }));
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/"(tariff\w*|ceiling\w*|committed\w*|contracts?|utilisation)"\s*:/i);
    expect(json).not.toContain(String(row.tariff_cents));
  });

  it('answers 404 for an unknown provider', async () => {
    const response = await thrownResponse(providerLoader(args('/aanbieders/bestaat-niet', { slug: 'bestaat-niet' })));
    expect(response.status).toBe(404);
  });
});

describe('health and language', () => {
  it('reports a healthy database', async () => {
    const response = await healthLoader();
    expect(response.status).toBe(200);
  });

  it('remembers the language and refuses an open redirect', async () => {
    const response = await languageLoader(args('/taal/en?terug=%2F%2Fevil.example', { lang: 'en' }));
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/');
    expect(response.headers.get('Set-Cookie')).toMatch(/^taal=en; Path=\/; Max-Age=\d+; SameSite=Lax/);
    const back = await languageLoader(args('/taal/nl?terug=%2Fzoeken%3Fq%3Dhulp', { lang: 'nl' }));
    expect(back.headers.get('Location')).toBe('/zoeken?q=hulp');
    const unknown = await thrownResponse(languageLoader(args('/taal/fr', { lang: 'fr' })));
    expect(unknown.status).toBe(404);
  });
});
