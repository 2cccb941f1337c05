/**
 * A resident's first journey in real Chromium at phone width: home → search → provider page,
 * once with JavaScript and once without, with axe-core on every page visited.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleNameOf, hydrated, launchBrowser, newContext, startApp, type RunningApp, expectAccessible, expectNoHorizontalScroll, watchProblems } from './harness';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp('first-journey');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

for (const javaScriptEnabled of [true, false]) {
  describe(`home → search → provider (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    it('finds a free facility and opens its provider page', async () => {
      const context = await newContext(browser, { javaScriptEnabled });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

      await page.goto(app.url);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Hulp en ondersteuning in Gemeente Vlietstede');
      expect(await page.getByRole('heading', { name: 'Gratis en zonder verwijzing' }).count()).toBe(1);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      await page.getByLabel('Wat zoekt u?').fill('dagbesteding');
      await Promise.all([page.waitForURL(/\/zoeken\?q=dagbesteding/), page.getByRole('button', { name: 'Zoeken' }).first().click()]);
      await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor dagbesteding' }).waitFor();
      // The search word is a <q>: a screen reader gets the quotation marks the browser draws for
      // the page's language (Chromium: single ones for Dutch).
      expect(await accessibleNameOf(page, 'h1')).toMatch(/^Zoekresultaten voor [‘“]dagbesteding[’”]$/);
      expect(await page.title()).toBe('Zoekresultaten voor "dagbesteding" | Sociale Kaart');
      const results = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem');
      expect(await results.count()).toBeGreaterThan(0);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      const firstLink = results.first().getByRole('link').first();
      const serviceName = (await firstLink.textContent())?.trim() ?? '';
      await Promise.all([page.waitForURL(/\/aanbieders\//), firstLink.click()]);
      // With JavaScript the URL changes before React has rendered the new page: wait for it.
      await page.locator('h1#aanbieder').waitFor();
      expect(await page.getByRole('heading', { level: 3, name: serviceName }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { name: 'Ervaringen van inwoners' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Locaties' }).count()).toBe(1);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

describe('hydration cost', () => {
  // The first Intl.NumberFormat, DateTimeFormat or Collator a page builds loads the locale data:
  // 20–40 ms of main thread on a phone, and a long task in Lighthouse (issue 12, goal 4). Citizen
  // pages write their marks, distances, amounts and dates without it (app/domain/format.ts).
  it('renders citizen pages in the browser without building an Intl formatter', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      const built: string[] = [];
      Object.defineProperty(window, '__intlBuilt', { value: built });
      const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
      for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat']) {
        const Original = intl[name]!;
        intl[name] = new Proxy(Original, {
          construct: (target, args) => (built.push(`${name} ${JSON.stringify(args)}`), Reflect.construct(target, args)),
          apply: (target, self, args) => (built.push(`${name} ${JSON.stringify(args)}`), Reflect.apply(target, self, args)),
        });
      }
      for (const [owner, method] of [[String.prototype, 'localeCompare'], [Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleString']] as const) {
        const original = (owner as unknown as Record<string, (...args: unknown[]) => unknown>)[method]!;
        Object.defineProperty(owner, method, {
          value(this: unknown, ...args: unknown[]) {
            built.push(method);
            return original.apply(this, args);
          },
        });
      }
    });
    const page = await context.newPage();
    const builtOn = async (path: string) => {
      await page.goto(`${app.url}${path}`);
      await hydrated(page);
      return page.evaluate(() => (window as unknown as { __intlBuilt: string[] }).__intlBuilt.slice());
    };

    expect(await builtOn('/'), 'home').toEqual([]);
    // Marks and distances from a postcode.
    expect(await builtOn('/zoeken?q=begeleiding&postcode=3565'), 'search').toEqual([]);
    expect(await page.locator('.sk-mark__value').count()).toBeGreaterThan(0);
    expect(await page.getByText(/km van uw postcode/).count()).toBeGreaterThan(0);
    // Reviews with their dates, and providers' replies with theirs.
    expect(await builtOn('/aanbieders/zorggroep-het-anker-vlietstede'), 'provider page').toEqual([]);
    expect(await builtOn('/aanbieders/zorggroep-het-anker-vlietstede/ervaringen'), 'reviews').toEqual([]);
    expect(await page.locator('.sk-review time').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('review-reply').locator('time').count()).toBeGreaterThan(0);
    expect(await builtOn('/toegankelijkheid'), 'accessibility statement').toEqual([]);
    await context.close();
  });
});

describe('hydration after the first paint', () => {
  // ADR 031: the page paints with its HTML and style sheets only; the modules come after.
  it('fetches no module before the first paint, then hydrates under the CSP', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page, { warnings: true });
    for (const path of ['/', '/zoeken?q=begeleiding', '/aanbieders/zorggroep-het-anker-vlietstede', '/toegankelijkheid']) {
      await page.goto(`${app.url}${path}`);
      await hydrated(page);
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        modules: performance
          .getEntriesByType('resource')
          .filter((entry) => /\/build\/.*\.js$/.test(entry.name))
          .map((entry) => ({ name: entry.name, start: entry.startTime })),
      }));
      expect(timing.paint, path).toBeGreaterThan(0);
      expect(timing.modules.length, path).toBeGreaterThan(2);
      for (const module of timing.modules) expect(module.start, `${path}: ${module.name}`).toBeGreaterThanOrEqual(timing.paint!);
    }
    // Hydrated: a client-side navigation renders the next page without a document request.
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    await page.getByRole('link', { name: 'Zoeken', exact: true }).first().click();
    await page.waitForURL(/\/zoeken$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(documents).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('rendering out of view', () => {
  // ADR 030: long lists skip the style, layout and paint of items out of view (content-visibility).
  it('skips search results below the screen until they come near, and keeps them for screen readers', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?q=begeleiding`);
    const items = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(10);
    const last = items.last();
    const shown = () => last.evaluate((item) => item.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
    expect(await items.first().evaluate((item) => item.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
    expect(await shown()).toBe(false);
    // Still in the accessibility tree: its heading and link have their names.
    const name = (await last.getByRole('heading').textContent())?.trim() ?? '';
    expect(name).not.toBe('');
    expect(await page.getByRole('heading', { name, exact: true }).count()).toBeGreaterThan(0);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(shown).toBe(true);
    await expectAccessible(page);
    await context.close();
  });
});

describe('language, errors and keyboard', () => {
  it('switches to English without JavaScript and remembers it', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/zoeken?q=hulp`);
    await Promise.all([page.waitForURL(/\/zoeken\?q=hulp/), page.getByTestId('language-switch').click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await accessibleNameOf(page, 'h1')).toBe('Search results for “hulp”');
    await page.goto(app.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Help and support in Gemeente Vlietstede');
    await expectAccessible(page);
    await context.close();
  });

  it('follows Accept-Language on a first visit', async () => {
    const context = await newContext(browser, { locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${app.url}/toegankelijkheid`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Accessibility statement');
    await expectAccessible(page);
    await context.close();
  });

  it('shows a Dutch 404 page inside the normal layout', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${app.url}/bestaat-niet`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Deze pagina bestaat niet');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(1);
    const providerResponse = await page.goto(`${app.url}/aanbieders/bestaat-niet`);
    expect(providerResponse?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Deze pagina bestaat niet');
    await expectAccessible(page);
    await context.close();
  });

  it('reaches the content with the keyboard through the skip link', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await context.close();
  });

  it('answers the health check and logs one line per request', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
    await new Promise((r) => setTimeout(r, 100));
    expect(app.output()).toMatch(/^GET \/healthz 200 \d+\.\dms$/m);
  });
});
