/**
 * Deleting a shortlist (keuzelijst) in Chromium, with and without JavaScript: without the
 * confirmation box ticked the list stays and the box says why (announced, tied to the box, the
 * page still accessible at 360 px); ticked, the list is gone and the overview says so.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appAndBrowser, expectUsablePage, newContext, signedInPage } from './harness';

const suite = appAndBrowser('shortlist');

async function createList(page: Page, title: string): Promise<string> {
  await page.goto(`${suite.app.url}/keuzelijst`);
  await page.getByLabel('Naam van de lijst').fill(title);
  await Promise.all([page.waitForURL(/\/keuzelijst\/\d+$/), page.getByRole('button', { name: 'Keuzelijst maken' }).click()]);
  return new URL(page.url()).pathname;
}

for (const javaScriptEnabled of [true, false]) {
  describe(`deleting a shortlist ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    it('refuses without the confirmation at the box, then deletes with it', async () => {
      const context = await newContext(suite.browser, { javaScriptEnabled });
      const page = await signedInPage(context, suite.app, 'medewerker@example.nl');
      const title = `Weg ermee ${javaScriptEnabled ? 'met' : 'zonder'} JS`;
      const path = await createList(page, title);

      const section = page.getByRole('region', { name: 'Keuzelijst verwijderen' });
      const box = section.getByLabel('Ja, verwijder deze keuzelijst. Een gedeelde link werkt dan ook niet meer.');
      expect(await box.isChecked()).toBe(false);
      expect(await box.getAttribute('value')).toBe('ja');
      const refused = page.waitForResponse((r) => r.request().method() === 'POST');
      await section.getByRole('button', { name: 'Verwijderen' }).click();
      expect((await refused).status()).toBe(400);
      const error = section.getByRole('alert');
      await error.waitFor();
      expect(await error.textContent()).toBe('Vink aan dat u de lijst echt wilt verwijderen.');
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect((await box.getAttribute('aria-describedby'))?.split(' ')).toContain(await error.getAttribute('id'));
      expect(new URL(page.url()).pathname).toBe(path);
      await expectUsablePage(page);

      await box.check();
      await Promise.all([page.waitForURL(/\/keuzelijst\?melding=verwijderd$/), section.getByRole('button', { name: 'Verwijderen' }).click()]);
      expect(await page.getByRole('status').textContent()).toContain('De keuzelijst is verwijderd.');
      expect(await page.getByRole('link', { name: title }).count()).toBe(0);
      expect((await page.goto(`${suite.app.url}${path}`))?.status()).toBe(404);
      await context.close();
    });
  });
}
