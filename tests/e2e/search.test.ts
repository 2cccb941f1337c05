/**
 * Searching in real Chromium at 360 px: without JavaScript (plain GET forms: facets, postcode,
 * distance, pagination, no results), and with JavaScript (suggestions with the keyboard, results
 * that follow typing without losing focus or scroll, the back button). axe-core on every page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleNameOf, describeViolations, launchBrowser, newContext, seriousViolations, startApp, type RunningApp } from './harness';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp('search');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(page.url(), violations)).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `page is wider than the viewport at ${page.url()}`).toBeLessThanOrEqual(0);
}

const resultItems = (page: Page) => page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem');
const totalHeading = (page: Page) => page.locator('#resultaten');
const totalOf = async (page: Page) => Number(((await totalHeading(page).textContent()) ?? '').replace(/\D/g, ''));

describe('search without JavaScript', () => {
  it('filters with facets, sorts by distance from a postcode and pages, all in the URL', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?q=dagbesteding`);
    expect(await accessibleNameOf(page, 'h1')).toMatch(/^Zoekresultaten voor [‘“]dagbesteding[’”]$/);
    const before = await totalOf(page);
    expect(before).toBeGreaterThan(20);
    expect(await resultItems(page).count()).toBe(20);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // A facet: open the district disclosure, tick a district, apply.
    await page.locator('summary', { hasText: 'Wijk' }).click();
    const district = page.locator('input[name="wijk"]').first();
    const districtValue = (await district.getAttribute('value'))!;
    await district.check();
    await Promise.all([page.waitForURL(new RegExp(`wijk=${districtValue}`)), page.getByRole('button', { name: 'Toon resultaten' }).first().click()]);
    const filtered = await totalOf(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(before);
    expect(page.url()).toContain('q=dagbesteding');
    expect(await page.locator(`input[name="wijk"][value="${districtValue}"]`).isChecked()).toBe(true);
    await expectAccessible(page);

    // Distance: a postcode and sorting by distance.
    await page.getByLabel('Uw postcode').fill('3565');
    await page.getByLabel('Sorteren op').selectOption('afstand');
    await Promise.all([page.waitForURL(/sortering=afstand/), page.getByRole('button', { name: 'Toon resultaten' }).last().click()]);
    const distances = await resultItems(page).locator('.sk-results__distance data').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('value'))));
    expect(distances.length).toBe(await resultItems(page).count());
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(await resultItems(page).first().textContent()).toMatch(/km van uw postcode/);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  it('pages through results with plain links', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?soort=general`);
    const first = await resultItems(page).first().textContent();
    await Promise.all([page.waitForURL(/pagina=2/), page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende' }).click()]);
    await page.getByText('Pagina 2 van').first().waitFor();
    expect(await page.getByText('Pagina 2 van').count()).toBe(1);
    expect(await resultItems(page).first().textContent()).not.toBe(first);
    expect(page.url()).toContain('soort=general');
    await context.close();
  });

  it('explains a wrong postcode at the field', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?q=hulp&postcode=12`);
    const field = page.getByLabel('Uw postcode');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(describedBy.split(' ').map((id) => page.locator(`#${id}`).textContent()));
    expect(messages.join(' ')).toContain('Vul een postcode in zoals 3561 AB');
    expect(await totalOf(page)).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });

  it('helps when nothing is found', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?q=taxie`);
    expect(await page.getByRole('heading', { name: 'Niets gevonden' }).count()).toBe(1);
    const didYouMean = page.getByRole('link', { name: 'taxi', exact: true });
    expect(await didYouMean.count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Gratis hulp, zonder verwijzing' }).count()).toBe(1);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await Promise.all([page.waitForURL(/q=taxi(&|$)/), didYouMean.click()]);
    expect(await resultItems(page).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('works in English as well', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?q=dagbesteding`);
    expect(await page.getByLabel('Sort by').count()).toBe(1);
    expect(await page.locator('summary', { hasText: 'Kind of offer' }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
});

describe('search with JavaScript', () => {
  it('suggests as you type, with the keyboard and for screen readers', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    const box = page.getByRole('combobox', { name: 'Wat zoekt u?' });
    await box.click();
    await box.pressSequentially('dagb');
    const listbox = page.getByRole('listbox', { name: 'Suggesties' });
    await listbox.waitFor({ state: 'visible' });
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'suggestie' }).count()).toBe(1);
    await expectAccessible(page);

    await page.keyboard.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`#${activeId}`).getAttribute('aria-selected')).toBe('true');
    const chosen = ((await page.locator(`#${activeId} .sk-autocomplete__text`).textContent()) ?? '').trim();
    await Promise.all([page.waitForURL(/\/zoeken\?q=/), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe(chosen);
    // The browser's quotation marks around the word (single or double, by its language table), as ".
    await expect.poll(async () => (await accessibleNameOf(page, 'h1'))?.replace(/[‘’“”]/g, '"')).toBe(`Zoekresultaten voor "${chosen}"`);

    // Escape closes the list without leaving the field.
    const searchBox = page.getByRole('combobox', { name: 'Wat zoekt u?' });
    await searchBox.fill('');
    await searchBox.pressSequentially('maat');
    await listbox.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    expect(await searchBox.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekterm');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('updates results as you type and on every filter, keeping focus and scroll; back undoes a filter', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.url}/zoeken`);
    const all = await totalOf(page);
    const box = page.getByRole('combobox', { name: 'Wat zoekt u?' });
    await box.click();
    await box.pressSequentially('schulden');
    await page.waitForURL(/q=schulden/);
    await expect.poll(() => totalOf(page)).toBeLessThan(all);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekterm');
    expect(await box.inputValue()).toBe('schulden');
    const withWords = await totalOf(page);

    // Tick a filter further down the page: results follow, focus and scroll stay. The suggestions
    // lie over what is below the field, on a phone the first filters: close them first.
    await page.keyboard.press('Escape');
    await page.getByRole('listbox', { name: 'Suggesties' }).waitFor({ state: 'hidden' });
    await page.locator('summary', { hasText: 'Soort aanbod' }).click();
    const general = page.locator('input[name="soort"][value="general"]');
    await general.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await general.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/soort=general/);
    await expect.poll(() => totalOf(page)).toBeLessThanOrEqual(withWords);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('general');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // Back: the filter is undone in the URL and in the form.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('soort=general'));
    await expect.poll(() => general.isChecked()).toBe(false);
    await expect.poll(() => totalOf(page)).toBe(withWords);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the JSON API over HTTP', () => {
  it('answers JSON and refuses bad parameters with 400', async () => {
    const ok = await fetch(`${app.url}/api/v1/search?q=dagbesteding&per_page=3`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await ok.json()) as { total: number; results: unknown[] };
    expect(body.results).toHaveLength(3);
    const bad = await fetch(`${app.url}/api/v1/search?page=0`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { parameter: string }[] }).errors[0]!.parameter).toBe('page');
  });
});
