/**
 * The search page (/zoeken), the JSON API (/api/v1/search) and the suggestions
 * (/api/v1/suggest) against the seeded demo municipality: results, facets that follow the other
 * filters, distance from a postcode, the ceiling flag, no cost fields, and readable errors.
 */
import { describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { createSession } from '../../app/models/session.server';
import { loader as providerLoader } from '../../app/routes/aanbieders.$slug';
import { loader as apiLoader } from '../../app/routes/api.v1.search';
import { loader as suggestLoader } from '../../app/routes/api.v1.suggest';
import { searchPage } from '../support/search-page';
import { getSearchIndex } from '../../app/search/index.server';
import { searchOutcome as outcome } from '../support/search-outcome';
import { TEST_NOW } from '../support/paths';
import { insertReview } from '../factories';

type LoaderArgs = Parameters<typeof searchPage>[0];
const args = (url: string, headers: Record<string, string> = {}): LoaderArgs => ({
  request: new Request(`http://localhost${url}`, { headers }),
  params: {},
  context: { now: TEST_NOW },
});
const page = (url: string, headers?: Record<string, string>) => searchPage(args(url, headers));
async function api(url: string, headers?: Record<string, string>) {
  const response = await apiLoader(args(url, headers));
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

function staffCookie(): Record<string, string> {
  const db = getDb();
  const user = db.$client.prepare(`SELECT id, role FROM users WHERE email = 'medewerker@example.nl'`).get() as { id: number; role: 'staff' };
  const { token } = createSession(db, user, { now: TEST_NOW });
  return { Cookie: `sk_session=${token}` };
}

describe('the search page', () => {
  it('finds dagbesteding with cards that carry everything a resident compares', async () => {
    const data = await page('/zoeken?q=dagbesteding');
    expect(data.total).toBeGreaterThan(20);
    expect(data.results).toHaveLength(20);
    expect(data.pages).toBe(Math.ceil(data.total / 20));
    expect((await outcome('/zoeken?q=dagbesteding')).results.slice(0, 10).every((r) => r.categoryCode === '07')).toBe(true);
    const card = data.results[0]!;
    expect(card).toMatchObject({ kind: expect.any(String), href: expect.stringMatching(/^\/aanbieders\/[a-z0-9-]+#aanbod-/) });
    expect(card.reviews.count).toBeGreaterThanOrEqual(0);
    expect(data.title).toBe('Zoekresultaten voor "dagbesteding"');
  });

  it('sends of each result only what its card shows, for the same results as the search', async () => {
    for (const url of ['/zoeken?q=dagbesteding', '/zoeken?soort=general&pagina=2', '/zoeken?q=begeleiding&postcode=3561&sortering=afstand']) {
      const [data, full] = [await page(url), await outcome(url)];
      expect(data.results.map((r) => r.id), url).toEqual(full.results.map((r) => r.id));
      for (const card of data.results) {
        expect(Object.keys(card).sort()).toEqual(
          ['acceptingNewClients', 'categoryName', 'city', 'distanceKm', 'district', 'href', 'id', 'kind', 'name', 'noNewClientsViaMunicipality', 'organization', 'reviews', 'status', 'waitingWeeks'],
        );
        expect(Object.keys(card.organization)).toEqual(['name']);
        expect(Object.keys(card.reviews).sort()).toEqual(['average', 'count', 'provisional']);
      }
    }
  });

  it('shows the same marks as the provider page', async () => {
    const data = await outcome('/zoeken?q=dagbesteding');
    for (const card of data.results.slice(0, 5)) {
      const provider = await providerLoader({ ...args(`/aanbieders/${card.organization.slug}`), params: { slug: card.organization.slug } });
      expect(card.reviews, card.organization.slug).toEqual(provider.reviewSummary);
    }
  });

  it('shows a newly published review in the mark at once', async () => {
    const before = (await outcome('/zoeken?q=dagbesteding')).results[0]!;
    const review = insertReview(getDb(), { organizationId: before.organization.id, status: 'published', overall: 10, createdAt: Math.floor(TEST_NOW.getTime() / 1000) - 60, updatedAt: Math.floor(TEST_NOW.getTime() / 1000) - 60 });
    try {
      const after = (await outcome('/zoeken?q=dagbesteding')).results.find((r) => r.id === before.id)!;
      expect(after.reviews.count).toBe(before.reviews.count + 1);
      const provider = await providerLoader({ ...args(`/aanbieders/${after.organization.slug}`), params: { slug: after.organization.slug } });
      expect(after.reviews).toEqual(provider.reviewSummary);
    } finally {
      getDb().$client.prepare('DELETE FROM reviews WHERE id = ?').run(review.id);
    }
    expect((await outcome('/zoeken?q=dagbesteding')).results.find((r) => r.id === before.id)!.reviews).toEqual(before.reviews);
  });

  it('counts facet values with the other filters applied', async () => {
    const all = await page('/zoeken');
    const general = await page('/zoeken?soort=general');
    const kind = (data: typeof all) => Object.fromEntries(data.facets.find((f) => f.id === 'soort')!.options.map((o) => [o.value, o.count]));
    // The kind facet ignores its own selection, so the other kinds stay visible with their counts.
    expect(kind(general)).toEqual(kind(all));
    expect(general.total).toBe(kind(all).general);
    expect(general.results.every((r) => r.kind === 'general')).toBe(true);
    // Other facets follow the selection: general facilities have no product category.
    const categories = general.facets.find((f) => f.id === 'categorie')!.options;
    expect(categories.every((o) => o.count === 0)).toBe(true);
    const districts = general.facets.find((f) => f.id === 'wijk')!.options;
    expect(districts.length).toBeGreaterThanOrEqual(9);
    const oosterpark = districts.find((o) => o.label === 'Oosterpark')!;
    const both = await outcome(`/zoeken?soort=general&wijk=${oosterpark.value}`);
    expect(both.total).toBe(oosterpark.count);
    expect(both.results.every((r) => r.kind === 'general' && r.districts.includes('Oosterpark'))).toBe(true);
  });

  it('filters on waiting time, new clients, wheelchair, age, language, mark and open now', async () => {
    const base = await page('/zoeken?q=begeleiding');
    const filtered = await page('/zoeken?q=begeleiding&wachttijd=4&nieuwe-clienten=ja&cijfer=7');
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(base.total);
    for (const r of filtered.results) {
      expect(r.waitingWeeks).not.toBeNull();
      expect(r.waitingWeeks!).toBeLessThanOrEqual(4);
      expect(r.acceptingNewClients).toBe(true);
      expect(r.reviews.average!).toBeGreaterThanOrEqual(7);
    }
    const youth = await outcome('/zoeken?leeftijd=jongeren&taal=tr');
    expect(youth.total).toBeGreaterThan(0);
    expect(youth.results.every((r) => r.languages.includes('tr'))).toBe(true);
    const openNow = await page('/zoeken?nu-open=ja');
    const all = await page('/zoeken');
    expect(openNow.total).toBeLessThan(all.total);
    expect(all.facets.find((f) => f.id === 'nu-open')!.options[0]!.count).toBe(openNow.total);
  });

  it('sorts by distance from a postcode and shows the distance', async () => {
    const data = await page('/zoeken?q=buurthuis&postcode=3565&sortering=afstand');
    expect(data.fieldErrors).toEqual({});
    expect(data.query.sort).toBe('afstand');
    const distances = data.results.map((r) => r.distanceKm);
    expect(distances.every((d) => d !== null)).toBe(true);
    expect([...distances].sort((a, b) => a! - b!)).toEqual(distances);
  });

  it('sorts by mark with the Bayesian average and by name', async () => {
    const byMark = await page('/zoeken?q=begeleiding&sortering=cijfer');
    const top = byMark.results[0]!.reviews;
    expect(top.count).toBeGreaterThanOrEqual(5);
    const byName = await page('/zoeken?soort=general&sortering=naam');
    const names = byName.results.map((r) => r.name);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }))).toEqual(names);
  });

  it('tells at the field when a postcode is wrong or unknown, and searches anyway', async () => {
    const wrong = await page('/zoeken?q=hulp&postcode=12&sortering=afstand');
    expect(wrong.fieldErrors.postcode).toBe('Vul een postcode in zoals 3561 AB, of alleen de 4 cijfers, zoals 3561.');
    expect(wrong.total).toBeGreaterThan(0);
    // 1000 is a PO-box postcode: no addresses, so no centre.
    const unknown = await page('/zoeken?q=hulp&postcode=1000');
    expect(unknown.fieldErrors.postcode).toBe('We kennen postcode 1000 niet. Kijk of de cijfers kloppen.');
    const long = await page(`/zoeken?q=${'hulp '.repeat(50)}`);
    expect(long.fieldErrors.q).toMatch(/hoogstens 200 tekens/);
    const missing = await page('/zoeken?sortering=afstand');
    expect(missing.fieldErrors.postcode).toBe('Vul uw postcode in om op afstand te sorteren.');
  });

  it('ignores malformed filters on the page and keeps the page number in range', async () => {
    const data = await page('/zoeken?soort=bogus&categorie=99&wijk=nergens&pagina=-4');
    expect(data.query.filters).toEqual({});
    expect(data.page).toBe(1);
    expect(data.fieldErrors).toEqual({});
    const last = await page('/zoeken?soort=general&pagina=999');
    expect(last.page).toBe(last.pages);
    expect(last.results.length).toBeGreaterThan(0);
  });

  it('says so when not every word was found together', async () => {
    const data = await outcome('/zoeken?q=dagbesteding+zwembad');
    expect(data.relaxed).toBe(true);
    expect(data.results[0]!.categoryCode).toBe('07');
  });

  it('helps when nothing is found: spelling, nearest topics and free facilities', async () => {
    const nonsense = await page('/zoeken?q=qqqxxyyzz');
    expect(nonsense.total).toBe(0);
    expect(nonsense.results).toEqual([]);
    expect(nonsense.help!.free).toHaveLength(3);
    expect(nonsense.help!.free.every((r) => r.kind === 'general')).toBe(true);
    const typo = await page('/zoeken?q=taxie');
    expect(typo.total).toBe(0);
    expect(typo.help!.spelling).toBe('taxi');
    expect(typo.help!.categories.map((c) => c.code)).toEqual(expect.arrayContaining(['42']));
  });

  it('speaks English to an English browser', async () => {
    const data = await page('/zoeken?q=hulp', { 'Accept-Language': 'en' });
    expect(data.title).toBe('Search results for "hulp"');
    expect(data.facets.find((f) => f.id === 'soort')!.options.map((o) => o.label)).toEqual([
      'Free, no referral needed',
      'Through the municipality',
      'Procured nationally',
    ]);
    expect(data.sorts.map((s) => s.label)).toContain('Distance');
  });
});

describe('budget ceilings on result cards', () => {
  it('tell a resident only that a provider takes no new clients via the municipality', async () => {
    const db = getDb();
    const year = new Date(TEST_NOW).getUTCFullYear();
    const reached = db.$client
      .prepare(
        `SELECT s.name, o.id AS orgId, o.name AS orgName, b.ceiling_cents AS ceiling, b.committed_cents AS committed
         FROM budget_ceilings b JOIN organizations o ON o.id = b.organization_id JOIN services s ON s.organization_id = o.id
         WHERE b.year = ? AND b.committed_cents >= b.ceiling_cents AND s.kind = 'contracted' AND s.status = 'active' AND o.status = 'active'
         ORDER BY o.name LIMIT 1`,
      )
      .get(year) as { name: string; orgId: string; orgName: string; ceiling: number; committed: number } | undefined;
    expect(reached, 'the seed has a provider whose ceiling is reached').toBeDefined();
    const url = `/zoeken?q=${encodeURIComponent(`${reached!.orgName} ${reached!.name}`)}`;
    const data = await page(url);
    const found = (await outcome(url)).results.find((r) => r.organization.id === reached!.orgId);
    expect(found?.noNewClientsViaMunicipality).toBe(true);
    expect(data.results.find((r) => r.id === found!.id)?.noNewClientsViaMunicipality).toBe(true);
    const json = JSON.stringify(data);
    expect(json).not.toContain(String(reached!.ceiling));
    expect(json).not.toContain(String(reached!.committed));
    const others = data.results.filter((r) => r.kind === 'general');
    expect(others.every((r) => r.noNewClientsViaMunicipality === false)).toBe(true);
  });
});

describe('the JSON API', () => {
  it('returns the same results as the page', async () => {
    for (const query of ['q=dagbesteding', 'q=hulp&soort=general&sortering=naam', 'wijk=oosterpark&wachttijd=8', 'q=begeleiding&postcode=3561&sortering=afstand']) {
      const html = await page(`/zoeken?${query}`);
      const { status, body } = await api(`/api/v1/search?${query}`);
      expect(status, query).toBe(200);
      expect(body.total, query).toBe(html.total);
      expect(body.results.map((r: { id: string }) => r.id), query).toEqual(html.results.map((r) => r.id));
    }
  });

  it('answers { total, page, results, facets } and pages with page and per_page', async () => {
    const { body } = await api('/api/v1/search?q=hulp&page=2&per_page=5');
    expect(body).toMatchObject({ page: 2, perPage: 5, total: expect.any(Number), results: expect.any(Array) });
    expect(body.results).toHaveLength(5);
    expect(Object.keys(body.facets)).toEqual(['soort', 'wet', 'categorie', 'wijk', 'taal', 'leeftijd', 'rolstoel', 'nieuwe-clienten', 'wachttijd', 'nu-open', 'cijfer']);
    expect(body.facets.soort.options[0]).toMatchObject({ value: 'general', label: 'Gratis, zonder verwijzing', count: expect.any(Number), selected: false });
    const past = await api('/api/v1/search?q=hulp&page=9999');
    expect(past.body.results).toEqual([]);
  });

  it('refuses bad parameters with a readable 400', async () => {
    const unknown = await api('/api/v1/search?categorie=99');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({
      error: 'De zoekvraag klopt niet.',
      errors: [{ parameter: 'categorie', code: 'unknownValue', message: 'Onbekende waarde “99” bij categorie.' }],
    });
    const zero = await api('/api/v1/search?page=0', { 'Accept-Language': 'en' });
    expect(zero.status).toBe(400);
    expect(zero.body.errors[0].message).toBe('The page number must be a whole number from 1 to 10,000.');
    const long = await api(`/api/v1/search?q=${'x'.repeat(201)}`);
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ parameter: 'q', code: 'tooLong' });
    const several = await api('/api/v1/search?wijk=nergens&sortering=prijs&postcode=abc');
    expect(several.body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['postcode', 'sortering', 'wijk']);
  });

  it('gives anonymous callers no cost field and no amount', async () => {
    const db = getDb();
    const amounts = db.$client.prepare(`SELECT tariff_cents AS n FROM contracts UNION SELECT ceiling_cents FROM budget_ceilings UNION SELECT committed_cents FROM budget_ceilings`).all() as { n: number }[];
    const { body } = await api('/api/v1/search?per_page=50&soort=contracted');
    const json = JSON.stringify(body);
    expect(json).not.toMatch(/tariff|ceiling|committed|contract(?!ed)|finding|utilisation/i);
    const numbers = new Set(json.match(/\d{4,}/g) ?? []);
    const leaked = amounts.filter((a) => a.n >= 10_000 && numbers.has(String(a.n)));
    expect(leaked).toEqual([]);
  });

  it('keeps the index free of cost facts for everyone', () => {
    const { engine } = getSearchIndex(TEST_NOW);
    const sample = engine.ids().slice(0, 200).map((id) => engine.snapshot(id));
    const json = JSON.stringify(sample);
    expect(json).not.toMatch(/tariff|ceiling|committed|finding/i);
  });

  it('gives professionals the same public results (their cost facets come with the contracts feature)', async () => {
    const cookie = staffCookie();
    const anonymous = await api('/api/v1/search?q=begeleiding');
    const staff = await api('/api/v1/search?q=begeleiding', cookie);
    expect(staff.status).toBe(200);
    expect(staff.body.results.map((r: { id: string }) => r.id)).toEqual(anonymous.body.results.map((r: { id: string }) => r.id));
  });
});

describe('suggestions', () => {
  const suggest = async (q: string) => {
    const response = await suggestLoader(args(`/api/v1/suggest?q=${encodeURIComponent(q)}`));
    expect(response.status).toBe(200);
    return ((await response.json()) as { suggestions: { text: string; kind: string; href: string | null }[] }).suggestions;
  };

  it('complete what is typed with topics, search words, services and providers', async () => {
    const dagb = await suggest('dagb');
    expect(dagb.length).toBeGreaterThan(0);
    expect(dagb.length).toBeLessThanOrEqual(8);
    expect(dagb[0]!.text).toBe('Dagbesteding');
    expect(dagb.every((s) => /dagb/i.test(s.text))).toBe(true);
    const poets = await suggest('poets');
    expect(poets.map((s) => s.text)).toContain('poetshulp');
    const provider = await suggest('zorggroep het ank');
    expect(provider[0]).toMatchObject({ kind: 'organization', href: expect.stringMatching(/^\/aanbieders\//) });
  });

  it('say nothing for one letter', async () => {
    expect(await suggest('d')).toEqual([]);
  });
});
