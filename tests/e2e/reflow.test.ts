/**
 * The pages a resident opens fit a phone's screen, in Dutch and in English, without JavaScript:
 * nothing is wider than the screen, so no one has to scroll sideways to read a line (WCAG 1.4.10, reflow).
 * - At 320 px, the width WCAG names (residents' phones are 360 px and up).
 * - At 360 px with the browser's text size at 200 %, as residents who read with difficulty set it
 *   (Chromium's font-size setting, through CDP; the page's rem and em sizes follow it).
 *
 * The provider pages are the ones whose names hold the longest words in the demo catalogue:
 * Dutch compounds such as "Hulpmiddelencentrum" in a 2rem heading were wider than a phone.
 * Long lists lay out their items only when they come into view (`content-visibility: auto`), so
 * a card that is too wide shows only when a reader scrolls to it: every part of a page is laid out
 * before it is measured.
 */
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appAndBrowser, expectNoHorizontalScroll, newContext, signIn } from './harness';

const suite = appAndBrowser('reflow');

/** The slugs of the `count` providers whose names hold the longest single words. */
function providersWithTheLongestWords(databasePath: string, count: number): string[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    const rows = db.prepare('SELECT slug, name FROM organizations').all() as { slug: string; name: string }[];
    const longestWord = (name: string) => Math.max(...name.split(/\s+/).map((word) => word.length));
    return rows
      .sort((a, b) => longestWord(b.name) - longestWord(a.name) || a.slug.localeCompare(b.slug))
      .slice(0, count)
      .map((row) => row.slug);
  } finally {
    db.close();
  }
}

/** A provider page and the resident's pages under it. */
const providerPaths = (slug: string) => [`/aanbieders/${slug}`, `/aanbieders/${slug}/ervaringen`, `/aanbieders/${slug}/ervaring-schrijven`, `/aanbieders/${slug}/fout-melden`];

const publicPaths = ['/', '/zoeken', '/zoeken?q=begeleiding', '/zoeken?q=xyzzyqwv', '/toegankelijkheid', '/gedragscode', '/inloggen', '/registreren', '/wachtwoord-vergeten', '/bestaat-niet'];

/**
 * Opens each path in turn and lays out all of it, as a reader who scrolls to the end sees it (an
 * element's style set through the DOM, which the CSP allows): a page wider than the screen fails
 * with its URL.
 */
async function expectEveryPathFits(page: Page, base: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBeLessThan(500);
    const skipped = await page.evaluate(() => {
      let count = 0;
      for (const element of document.querySelectorAll<HTMLElement>('body *')) {
        if (getComputedStyle(element).contentVisibility !== 'auto') continue;
        element.style.contentVisibility = 'visible';
        count++;
      }
      return count;
    });
    if (path.startsWith('/zoeken?q=begeleiding')) expect(skipped, 'the results lay out lazily: this check must undo it').toBeGreaterThan(0);
    await expectNoHorizontalScroll(page);
  }
}

/** A page of `context` with the browser's standard text size at `px` (16 is the default). */
async function pageWithTextSize(context: BrowserContext, px: number): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
  return page;
}

for (const locale of ['nl-NL', 'en-GB']) {
  describe(`a 320 px screen, ${locale}`, () => {
    it('fits the public pages and the provider pages with the longest names', async () => {
      const providers = providersWithTheLongestWords(suite.app.databasePath, 4);
      const context = await newContext(suite.browser, { javaScriptEnabled: false, locale, width: 320 });
      try {
        await expectEveryPathFits(await context.newPage(), suite.app.url, [...publicPaths, ...providers.flatMap(providerPaths)]);
      } finally {
        await context.close();
      }
    });

    it("fits a signed-in resident's own pages", async () => {
      const [provider] = providersWithTheLongestWords(suite.app.databasePath, 1);
      // Signed in on the Dutch form; English is then chosen as a resident chooses it, by the switch.
      const context = await newContext(suite.browser, { javaScriptEnabled: false, width: 320 });
      try {
        const page = await context.newPage();
        await signIn(page, suite.app, 'inwoner@example.nl');
        if (locale === 'en-GB') {
          await page.goto(`${suite.app.url}/taal/en?terug=/account`);
          expect(await page.locator('html').getAttribute('lang')).toBe('en');
        }
        await expectEveryPathFits(page, suite.app.url, ['/mijn-ervaringen', '/account', `/aanbieders/${provider}/ervaring-schrijven`]);
      } finally {
        await context.close();
      }
    });
  });

  describe(`a 360 px screen with the text at 200 %, ${locale}`, () => {
    it('fits the public pages and the provider pages with the longest names', async () => {
      const providers = providersWithTheLongestWords(suite.app.databasePath, 3);
      const context = await newContext(suite.browser, { javaScriptEnabled: false, locale, width: 360 });
      try {
        const page = await pageWithTextSize(context, 32);
        await page.goto(suite.app.url);
        // The setting reaches the page: its text is twice the size.
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
        await expectEveryPathFits(page, suite.app.url, [...publicPaths, ...providers.flatMap(providerPaths)]);
      } finally {
        await context.close();
      }
    });
  });
}
