/**
 * Where people stumbled (issue 15), walked again in Chromium with axe-core: the moderation
 * queue's triage, a readable audit log, finding a provider by name, the right contribution text
 * on a shortlist, a comparison of 47 rows, a change request's reason field, distance from any
 * Dutch postcode, and the HSDS API's answers for other directories' tools.
 */
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUsablePage as check, launchBrowser, newContext, signIn, startApp, type RunningApp } from './harness';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp('stumbles');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

function query<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(app.databasePath, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

describe('issue 15', () => {
  it('moderation: filter on a signal without JavaScript, see the fragment marked, decide, land on the next item with the filters kept', async () => {
    // Three residents left a phone number in their review (the demo queue has no flagged ones).
    const db = new Database(app.databasePath);
    const org = db.prepare(`SELECT id FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1`).get() as { id: string };
    const now = Math.floor(Date.now() / 1000);
    for (const [i, phone] of ['06-12345678', '030 123 45 67', '0612345670'].entries()) {
      db.prepare(
        `INSERT INTO reviews (organization_id, author_name, overall, would_recommend, body, experience_month, status, verified, created_at, updated_at)
         VALUES (?, 'Inwoner', 6, 1, ?, ?, 'pending', 0, ?, ?)`,
      ).run(org.id, `Goede hulp gehad, bel me gerust op ${phone} als u meer wilt weten over hoe het ging.`, new Date().toISOString().slice(0, 7), now - 3600 * (3 - i), now - 3600 * (3 - i));
    }
    db.close();
    const context = await newContext(browser, { javaScriptEnabled: false, width: 1280 });
    const page = await context.newPage();
    await signIn(page, app, 'beheerder@example.nl');
    await page.goto(`${app.url}/beheer/moderatie`);
    await check(page);
    // Risk first: the first item carries a signal or a report.
    const firstItem = page.locator('article[data-review-id]').first();
    expect((await firstItem.locator('[data-testid=flags]').count()) + (await firstItem.getByText('Gemeld', { exact: true }).count())).toBeGreaterThan(0);
    const option = page.getByLabel('Signaal').locator('option[value=phone]');
    expect(await option.textContent()).toMatch(/^Telefoonnummer \(\d+\)$/);
    await page.getByLabel('Signaal').selectOption('phone');
    await page.getByLabel('Volgorde').selectOption('oudste');
    await Promise.all([page.waitForURL(/signaal=phone/), page.getByRole('button', { name: 'Toon', exact: true }).click()]);
    expect(page.url()).toMatch(/sortering=oudste/);
    const items = page.locator('article[data-review-id]');
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) expect(await items.nth(i).locator('mark[data-flag=phone]').count(), `item ${i}`).toBeGreaterThan(0);
    await check(page);
    const secondId = await items.nth(1).getAttribute('data-review-id');
    await Promise.all([page.waitForURL(/besluit=goedgekeurd/), items.first().getByRole('button', { name: /^Goedkeuren/ }).click()]);
    const url = new URL(page.url());
    expect(url.searchParams.get('signaal')).toBe('phone');
    expect(url.searchParams.get('sortering')).toBe('oudste');
    expect(url.hash).toBe(`#ervaring-${secondId}`);
    expect(await page.locator(`#ervaring-${secondId}`).getByText('Volgende in de lijst').count()).toBe(1);
    await check(page);
    await context.close();
  });

  it('audit log: names with links, a name filter with suggestions, and a table that fits at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const context = await newContext(browser, { width });
      const page = await context.newPage();
      await signIn(page, app, 'contractmanager@example.nl');
      await page.goto(`${app.url}/beheer/logboek`);
      await check(page);
      const region = page.getByTestId('audit-table');
      const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, `audit table scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      expect(await page.locator('datalist#log-namen option').count()).toBeGreaterThan(10);
      const org = query<{ name: string }>(
        `SELECT o.name FROM audit_log a JOIN organizations o ON o.id = a.entity_id WHERE a.entity_type = 'organization' ORDER BY a.id DESC LIMIT 1`,
      );
      await page.getByLabel('Naam van het gegeven').fill(org.name);
      await Promise.all([page.waitForURL(/naam=[^&]/), page.getByRole('search').getByRole('button', { name: 'Toon', exact: true }).click()]);
      await page.getByTestId('audit-record').filter({ hasText: org.name }).first().waitFor();
      await page.waitForLoadState('networkidle');
      // Every line is about that provider, named, not a UUID.
      const records = await page.getByTestId('audit-record').allTextContents();
      expect(records.length).toBeGreaterThan(0);
      for (const text of records) {
        expect(text).toContain(org.name);
        expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      }
      await check(page);
      await context.close();
    }
  });

  it('search: "Het Anker" puts Zorggroep Het Anker Vlietstede first and offers to go there', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?q=Het+Anker`);
    await check(page);
    expect(await page.getByTestId('provider-match').textContent()).toContain('Zorggroep Het Anker Vlietstede');
    const first = page.locator('.sk-results > li').first();
    expect(await first.textContent()).toContain('Zorggroep Het Anker Vlietstede');
    await Promise.all([page.waitForURL(/\/aanbieders\/zorggroep-het-anker/), page.getByRole('link', { name: /^Ga naar deze aanbieder/ }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Zorggroep Het Anker Vlietstede');
    await context.close();
  });

  it('shortlist: the resident version says what each item costs by its law, and links each to its provider page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, app, 'medewerker@example.nl');
    const pick = (where: string) =>
      query<{ id: string; name: string; slug: string; service_id: string }>(
        `SELECT o.id, o.name, o.slug, s.id AS service_id FROM services s JOIN organizations o ON o.id = s.organization_id
          WHERE s.status = 'active' AND o.status = 'active' AND ${where} ORDER BY s.id LIMIT 1`,
      );
    const youth = pick(`s.kind = 'contracted' AND s.law = 'jeugdwet'`);
    const wmo = pick(`s.kind = 'contracted' AND s.law = 'wmo' AND s.category_code = '02'`);
    let listId = '';
    for (const item of [youth, wmo]) {
      const response = await page.request.post(`${app.url}/keuzelijst/toevoegen`, {
        form: { organisatie: item.id, dienst: item.service_id, terug: '/vergelijken?product=02', ...(listId ? { lijst: listId } : {}) },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(302);
      listId ||= new URL(response.headers().location!, app.url).searchParams.get('lijst')!;
    }
    await page.goto(`${app.url}/keuzelijst/${listId}/inwoner`);
    await check(page);
    const items = page.getByTestId('resident-item');
    expect(await items.count()).toBe(2);
    const youthItem = items.filter({ hasText: youth.name });
    expect(await youthItem.getByTestId('resident-cost').textContent()).toMatch(/Voor jeugdhulp betaalt u geen eigen bijdrage/);
    expect(await page.getByText('U betaalt misschien een eigen bijdrage').count()).toBe(0);
    expect(await items.filter({ hasText: wmo.name }).getByTestId('resident-cost').textContent()).toMatch(/eigen bijdrage van €\s21,80 per maand/);
    await Promise.all([page.waitForURL(new RegExp(`/aanbieders/${youth.slug}$`)), youthItem.getByRole('link', { name: `Meer over ${youth.name}` }).click()]);
    await context.close();
  });

  it('compare: household help shows the first rows with "show all", the header row stays in view, the chart stays short', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, width: 1280 });
    const page = await context.newPage();
    await signIn(page, app, 'medewerker@example.nl');
    await page.goto(`${app.url}/vergelijken?product=01&aantal=3&duur=26`);
    await check(page);
    expect(await page.getByTestId('compare-row').count()).toBeLessThanOrEqual(11);
    expect(await page.locator('[data-testid=cost-chart] g').count()).toBe(10);
    const all = page.getByRole('link', { name: /^Toon alle \d+ aanbieders$/ });
    const total = Number((await all.textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(30);
    await Promise.all([page.waitForURL(/alle=1/), all.click()]);
    expect(await page.getByTestId('compare-row').count()).toBe(total);
    // Scrolled far down inside the table, its header row is still at the top of the box.
    const box = page.locator('.sk-cmp-scroll');
    await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const [boxTop, headTop] = await Promise.all([box.evaluate((el) => el.getBoundingClientRect().top), page.locator('.sk-cmp-table thead th').first().evaluate((el) => el.getBoundingClientRect().top)]);
    expect(Math.abs(headTop - boxTop)).toBeLessThan(4);
    await check(page);
    await context.close();
  });

  it('change request: the reason field has no error before a submit, and has one after an empty submit', async () => {
    const context = await newContext(browser, { width: 1280 });
    const page = await context.newPage();
    await signIn(page, app, 'contractmanager@example.nl');
    const request = query<{ id: number }>(`SELECT id FROM change_requests WHERE status = 'pending' ORDER BY id LIMIT 1`);
    await page.goto(`${app.url}/beheer/wijzigingsverzoeken/${request.id}`);
    await check(page);
    const reason = page.locator('form#afwijzen textarea');
    const note = page.locator('form#goedkeuren textarea');
    const border = (locator: typeof reason) => locator.evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(await reason.getAttribute('aria-invalid')).toBeNull();
    expect(await border(reason)).toBe(await border(note));
    // Tabbing through does not count as a try either.
    await reason.focus();
    await page.keyboard.press('Tab');
    expect(await reason.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Afwijzen', exact: true }).click();
    await page.locator('form#afwijzen textarea[aria-invalid=true]').waitFor();
    expect(await border(reason)).not.toBe(await border(note));
    await context.close();
  });

  it('distance: a postcode far from the demo municipality sorts by distance', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?q=buurthuis&postcode=1011+AB&sortering=afstand`);
    await check(page);
    expect(await page.getByText('We kennen postcode').count()).toBe(0);
    expect(await page.locator('.sk-results').getByText(/\d+(,\d)? km/).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('HSDS: every service-at-location of the list answers, and every error is JSON with CORS', async () => {
    const list = await fetch(`${app.url}/api/hsds/service_at_locations?per_page=5`);
    const body = (await list.json()) as { contents: { id: string }[] };
    for (const { id } of body.contents) {
      const one = await fetch(`${app.url}/api/hsds/service_at_locations/${id}`);
      expect(one.status).toBe(200);
      expect(one.headers.get('access-control-allow-origin')).toBe('*');
      expect(((await one.json()) as { id: string }).id).toBe(id);
    }
    for (const [path, method, status] of [
      ['/api/hsds/service_at_locations/00000000-0000-4000-8000-000000000000', 'GET', 404],
      ['/api/hsds/bestaat/niet', 'GET', 404],
      ['/api/hsds/services', 'POST', 405],
      ['/api/hsds/services/x', 'DELETE', 405],
    ] as const) {
      const response = await fetch(`${app.url}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(status);
      expect(response.headers.get('content-type'), `${method} ${path}`).toMatch(/^application\/json/);
      expect(response.headers.get('access-control-allow-origin'), `${method} ${path}`).toBe('*');
      await response.json();
    }
  });
});
