/**
 * The access team's journey in real Chromium at phone width: a staff member signs in, compares
 * "Begeleiding" (category 02) for 3 hours a week over 26 weeks, sees the cheapest provider with
 * room, puts two providers on a shortlist, opens and prints the resident's version, shares it
 * through a link and revokes the link. axe-core runs on every page visited. The comparison and
 * the shortlist also work without JavaScript.
 */
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signedInPage, startApp, type RunningApp, expectAccessible, expectNoHorizontalScroll } from './harness';
import { TEST_NOW } from '../support/paths';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp('compare');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The numbers of a table row, read from the machine-readable values. */
async function rowFacts(page: Page, index: number) {
  const row = page.getByTestId('compare-row').nth(index);
  return {
    name: ((await row.getByRole('rowheader').getByRole('link').first().textContent()) ?? '').trim(),
    cost: Number(await row.locator('td').nth(1).locator('data').getAttribute('value')),
    ceiling: await row.getAttribute('data-ceiling'),
    fits: ((await row.locator('td').nth(5).textContent()) ?? '').trim(),
    accepting: ((await row.locator('td').nth(9).textContent()) ?? '').trim(),
    best: (await row.getAttribute('data-best')) !== null,
  };
}

async function compareBegeleiding(page: Page) {
  await page.goto(`${app.url}/vergelijken`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanbieders vergelijken');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByLabel('Onderwerp of product').selectOption('02');
  await page.getByLabel('Aantal').fill('3');
  await page.getByLabel('Eenheid').selectOption('04');
  await page.getByLabel('Hoe vaak').selectOption('week');
  await page.getByLabel('Duur', { exact: true }).fill('26');
  await page.getByLabel('Duur in').selectOption('weken');
  await Promise.all([page.waitForURL(/\/vergelijken\?.*product=02/), page.getByRole('button', { name: 'Vergelijk' }).click()]);
  await page.getByTestId('indication-summary').waitFor();
}

describe('compare Begeleiding and make a shortlist (with JavaScript)', () => {
  it('shows the cheapest with room, free facilities first, a chart and a sortable table', async () => {
    const context = await newContext(browser);
    const page = await signedInPage(context, app, 'medewerker@example.nl');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await compareBegeleiding(page);
    expect(await page.getByTestId('indication-summary').textContent()).toMatch(/^3 uur per week, van .* tot en met /);
    expect(await page.getByRole('heading', { name: 'Voorliggend: eerst gratis en dichtbij' }).count()).toBe(1);
    expect(await page.getByTestId('free-facilities').getByRole('article').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('cost-chart').count()).toBe(1);

    // A long comparison shows its first rows; "Toon alle" (a plain link) shows every one.
    expect(await page.getByTestId('compare-row').count()).toBeLessThanOrEqual(11);
    await Promise.all([page.waitForURL(/alle=1/), page.getByRole('link', { name: /^Toon alle \d+ aanbieders$/ }).click()]);
    await page.getByRole('link', { name: 'Toon alleen de eerste aanbieders' }).waitFor();

    // The best choice is marked once, and no cheaper provider could take the client.
    const rows = page.getByTestId('compare-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(20);
    const facts = await Promise.all(Array.from({ length: count }, (_, i) => rowFacts(page, i)));
    const best = facts.filter((f) => f.best);
    expect(best).toHaveLength(1);
    expect(best[0]!.ceiling).not.toBe('reached');
    expect(best[0]!.fits).toMatch(/^Past/);
    expect(best[0]!.accepting).toBe('Ja');
    const available = facts.filter((f) => f.ceiling !== 'reached' && /^Past/.test(f.fits) && f.accepting === 'Ja');
    expect(Math.min(...available.map((f) => f.cost))).toBe(best[0]!.cost);
    expect(await page.getByTestId('best-choice').textContent()).toContain(best[0]!.name);
    // Sorted by cost by default; a reached ceiling stays visible with alternatives.
    expect(facts.map((f) => f.cost)).toEqual([...facts.map((f) => f.cost)].sort((a, b) => a - b));
    expect(facts.some((f) => f.ceiling === 'reached')).toBe(true);
    expect(await page.getByText('Plafond bereikt. Alternatieven met ruimte:').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // Sorting is a link: by tariff, most expensive first after two clicks.
    await Promise.all([page.waitForURL(/sorteer=tarief&richting=op/), page.getByRole('link', { name: /^Tarief/ }).click()]);
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Tarief' }).waitFor();
    await Promise.all([page.waitForURL(/sorteer=tarief&richting=af/), page.getByRole('link', { name: /^Tarief/ }).click()]);
    await page.locator('th[aria-sort="descending"]', { hasText: 'Tarief' }).waitFor();
    const tariffs = await page.getByTestId('compare-row').locator('td:first-of-type data').evaluateAll((els) => els.map((el) => Number(el.getAttribute('value'))));
    expect(tariffs).toEqual([...tariffs].sort((a, b) => b - a));

    // Two providers on a (new) shortlist, each with a note.
    await compareBegeleiding(page);
    const bestRow = page.locator('[data-testid=compare-row][data-best]');
    await bestRow.getByLabel(/^Notitie bij/).fill('Dichtbij huis, kan snel beginnen.');
    await Promise.all([page.waitForURL(/toegevoegd=/), bestRow.getByRole('button', { name: /^Op keuzelijst/ }).click()]);
    await page.getByRole('status').filter({ hasText: 'staat nu op de keuzelijst' }).waitFor();
    const second = page.locator('[data-testid=compare-row]:not([data-best])').filter({ has: page.getByRole('button', { name: /^Op keuzelijst/ }) }).first();
    const secondName = ((await second.getByRole('rowheader').getByRole('link').first().textContent()) ?? '').trim();
    const before = page.url();
    await Promise.all([page.waitForURL((url) => url.href !== before), second.getByRole('button', { name: /^Op keuzelijst/ }).click()]);
    await page.getByText(`${secondName} staat nu op de keuzelijst`).waitFor();
    expect(await page.getByText('Staat op de keuzelijst').count()).toBe(2);

    // The shortlist page, then the resident's version.
    await Promise.all([page.waitForURL(/\/keuzelijst\/\d+$/), page.getByRole('link', { name: 'Keuzelijst bekijken' }).first().click()]);
    await page.getByTestId('shortlist-item').nth(1).waitFor();
    expect(await page.getByTestId('shortlist-item').count()).toBe(2);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    const listUrl = page.url();

    await Promise.all([page.waitForURL(/\/inwoner$/), page.getByRole('link', { name: 'Versie voor de inwoner' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Uw keuzelijst' }).waitFor();
    expect(await page.getByTestId('resident-item').count()).toBe(2);
    expect(await page.getByRole('heading', { name: 'U kiest zelf' }).count()).toBe(1);
    expect(await page.getByText('Dichtbij huis, kan snel beginnen.').count()).toBe(1);
    // The only amount is the public Wmo subscription rate (the same for every provider), never a tariff.
    const publicRate = /eigen bijdrage van €\s21,80 per maand/g;
    const residentText = (await page.locator('main').textContent()) ?? '';
    expect(residentText).toMatch(publicRate);
    expect(residentText.replace(publicRate, '')).not.toMatch(/€|\d+,\d{2}\b|tarief|plafond/i);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // Printing: the print stylesheet hides navigation and buttons; Chromium makes a PDF of it.
    expect(await page.getByTestId('print-button').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'U kiest zelf' }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });

    // The professional version has the costs and flags.
    await page.goto(listUrl.replace(/$/, '/professioneel'));
    expect(await page.getByTestId('professional-item').count()).toBe(2);
    expect(await page.locator('main').textContent()).toMatch(/€\s?\d/);
    await expectAccessible(page);

    // Share the resident's version by link; it opens without an account, and revoking works at once.
    await page.goto(listUrl);
    await Promise.all([page.waitForURL(/#delen$/), page.getByRole('button', { name: 'Link maken' }).click()]);
    await page.getByTestId('share-link').waitFor();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/\/keuzelijst\/gedeeld\/[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page);
    const visitor = await newContext(browser);
    const shared = await visitor.newPage();
    const opened = await shared.goto(link);
    expect(opened?.status()).toBe(200);
    // The last policy wins: the address with its token is never sent to the sites it links to.
    expect(opened?.headers()['referrer-policy']?.split(/[,\n]/).map((p) => p.trim()).at(-1)).toBe('no-referrer');
    expect(await shared.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
    expect(await shared.getByTestId('resident-item').count()).toBe(2);
    expect(((await shared.locator('main').textContent()) ?? '').replace(/eigen bijdrage van €\s21,80 per maand/g, '')).not.toMatch(/€|\d+,\d{2}\b/);
    await expectAccessible(shared);
    // After a reload the link is no longer shown: it is shown once.
    await page.reload();
    expect(await page.getByTestId('share-link').count()).toBe(0);
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Link intrekken' }).click()]);
    await page.getByText('De link is ingetrokken en werkt niet meer.').waitFor();
    const closed = await shared.goto(link);
    expect(closed?.status()).toBe(410);
    expect(await shared.getByRole('heading', { level: 1 }).textContent()).toBe('Deze link werkt niet meer');
    await expectAccessible(shared);
    await visitor.close();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a message at the field for bad input', async () => {
    const context = await newContext(browser);
    const page = await signedInPage(context, app, 'contractmanager@example.nl');
    await page.goto(`${app.url}/vergelijken?product=02&aantal=169&duur=26`);
    const volume = page.getByLabel('Aantal');
    expect(await volume.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await volume.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-error'))}`).textContent();
    expect(message).toBe('Dat kan niet: een week heeft hoogstens 168 uur.');
    await expectAccessible(page);
    // With JavaScript the same rule stops the form before it is sent.
    await volume.fill('0');
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await page.getByText('Vul een aantal in dat groter is dan 0.').waitFor();
    expect(page.url()).toContain('aantal=169');
    await context.close();
  });
});

describe('flags where professionals look, and the personal contribution', () => {
  it('shows the ceiling flag per contract and the national warning on a provider page, and ceiling facets in search', async () => {
    const db = new Database(app.databasePath, { readonly: true });
    const today = TEST_NOW.toISOString().slice(0, 10);
    const local = db
      .prepare(
        `SELECT o.slug FROM contracts c JOIN organizations o ON o.id = c.organization_id AND o.status = 'active'
           JOIN national_procurements n ON n.product_code = c.product_code AND n.organization_id <> o.id AND n.valid_from <= ? AND (n.valid_to IS NULL OR n.valid_to >= ?)
          WHERE c.archived_at IS NULL AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?) ORDER BY o.slug LIMIT 1`,
      )
      .get(today, today, today, today) as { slug: string };
    const wmo = db
      .prepare(`SELECT o.slug FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.kind = 'contracted' AND s.law = 'wmo' AND s.category_code = '02' AND s.status = 'active' AND o.status = 'active' ORDER BY o.slug LIMIT 1`)
      .get() as { slug: string };
    db.close();

    const context = await newContext(browser);
    const page = await signedInPage(context, app, 'medewerker@example.nl');
    await page.goto(`${app.url}/aanbieders/${local.slug}`);
    expect(await page.getByTestId('contract-flags').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('contract-flags').first().textContent()).toMatch(/Budgetplafond: (Ruimte|Plafond bijna bereikt|Plafond bereikt|Geen plafond)/);
    expect(await page.getByTestId('national-warning').first().textContent()).toContain('Let op: landelijk ingekocht.');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await page.goto(`${app.url}/zoeken?categorie=02&plafond=bereikt`);
    expect(await page.getByRole('group', { name: 'Budgetplafond' }).or(page.getByText('Budgetplafond', { exact: true })).count()).toBeGreaterThan(0);
    const results = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem');
    expect(await results.count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();

    const resident = await newContext(browser, { javaScriptEnabled: false });
    const residentPage = await signedInPage(resident, app, 'inwoner@example.nl');
    await residentPage.goto(`${app.url}/aanbieders/${wmo.slug}`);
    const contribution = residentPage.getByTestId('personal-contribution').first();
    expect((await contribution.textContent())?.replace(/\u00a0/g, ' ')).toContain('€ 21,80 per maand');
    expect(await contribution.textContent()).toContain('U betaalt niets als:');
    expect(await residentPage.getByTestId('contract-flags').count()).toBe(0);
    expect(await residentPage.getByTestId('national-warning').count()).toBe(0);
    await expectAccessible(residentPage);
    await resident.close();
  });
});

describe('without JavaScript', () => {
  it('compares, adds a provider to a shortlist and opens the resident version', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await signedInPage(context, app, 'medewerker@example.nl');
    await compareBegeleiding(page);
    expect(await page.getByTestId('best-choice').count()).toBe(1);
    await expectAccessible(page);
    const bestRow = page.locator('[data-testid=compare-row][data-best]');
    await Promise.all([page.waitForURL(/toegevoegd=/), bestRow.getByRole('button', { name: /^Op keuzelijst/ }).click()]);
    await page.getByRole('status').filter({ hasText: 'staat nu op de keuzelijst' }).first().waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'staat nu op de keuzelijst' }).count()).toBe(1);
    await Promise.all([page.waitForURL(/\/keuzelijst\/\d+$/), page.getByRole('link', { name: 'Keuzelijst bekijken' }).first().click()]);
    await Promise.all([page.waitForURL(/\/inwoner$/), page.getByRole('link', { name: 'Versie voor de inwoner' }).click()]);
    await page.getByTestId('resident-item').first().waitFor();
    expect(await page.getByTestId('resident-item').count()).toBe(1);
    expect(await page.getByText('Afdrukken: gebruik de afdrukknop van uw browser').count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it('keeps residents out of the comparison', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await signedInPage(context, app, 'inwoner@example.nl');
    const response = await page.goto(`${app.url}/vergelijken?product=02&aantal=3&duur=26`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('main').textContent()).not.toMatch(/€/);
    await context.close();
  });
});
