/**
 * The pages a resident opens fit a screen 320 px wide (WCAG 1.4.10, reflow; residents' phones
 * are 360 px and up), in Dutch and in English, without JavaScript: nothing is wider than the
 * screen, so no one has to scroll sideways to read a line.
 *
 * The provider pages are the ones whose names hold the longest words in the demo catalogue:
 * Dutch compounds such as "Hulpmiddelencentrum" in a 2rem heading were wider than a phone.
 */
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
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

/** Opens each path in turn: a page wider than the screen fails with its URL. */
async function expectEveryPathFits(page: Page, base: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBeLessThan(500);
    await expectNoHorizontalScroll(page);
  }
}

const publicPaths = ['/', '/zoeken', '/zoeken?q=begeleiding', '/zoeken?q=xyzzyqwv', '/toegankelijkheid', '/gedragscode', '/inloggen', '/registreren', '/wachtwoord-vergeten', '/bestaat-niet'];

for (const locale of ['nl-NL', 'en-GB']) {
  describe(`a 320 px screen, ${locale}, without JavaScript`, () => {
    it('fits the public pages and the provider pages with the longest names', async () => {
      const providers = providersWithTheLongestWords(suite.app.databasePath, 4);
      const providerPaths = providers.flatMap((slug) => [`/aanbieders/${slug}`, `/aanbieders/${slug}/ervaringen`, `/aanbieders/${slug}/ervaring-schrijven`, `/aanbieders/${slug}/fout-melden`]);
      const context = await newContext(suite.browser, { javaScriptEnabled: false, locale, width: 320 });
      try {
        await expectEveryPathFits(await context.newPage(), suite.app.url, [...publicPaths, ...providerPaths]);
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
}
