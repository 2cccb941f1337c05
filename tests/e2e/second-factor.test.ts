/**
 * Two-step verification in real Chromium at phone width: a staff member sets it up by typing
 * the secret from the page into "the app" (the test computes codes with the same library),
 * keeps the recovery codes, signs out and signs in with password and code. The user list of
 * the administrator loads without a console error (the hydration error of issue 10). axe-core
 * on every page visited.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../app/lib/totp.server';
import { expectUsablePage, hydrated, launchBrowser, newContext, startApp, type RunningApp, watchProblems } from './harness';
import { TEST_NOW } from '../support/paths';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp('second-factor');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function submit(page: Page, button: string) {
  // The sign-in and code pages hydrate after their first paint (ADR 031): no click mid-hydration.
  await hydrated(page);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button, exact: true }).click()]);
  await page.waitForLoadState('load');
}

async function signIn(page: Page, email: string) {
  await page.goto(`${app.url}/inloggen`);
  await hydrated(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('sociale-kaart-demo');
  await submit(page, 'Inloggen');
}

describe('two-step verification', () => {
  it('a staff member sets it up from the secret text, signs out, and signs in with password and code', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);

    // A demo account in the demo database: offered, not forced.
    await signIn(page, 'medewerker@example.nl');
    expect(new URL(page.url()).pathname).toBe('/beheer');
    await page.goto(`${app.url}/account`);
    await Promise.all([page.waitForURL(/\/account\/tweestapsverificatie$/), page.getByRole('link', { name: 'Tweestapsverificatie' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' }).waitFor();
    expect(await page.getByRole('img', { name: 'QR-code om de Sociale Kaart toe te voegen aan uw app' }).locator('svg').count()).toBe(1);
    await expectUsablePage(page);

    // "The app": the secret typed over from the page.
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('Code uit de app').fill('000000' === totpCode(secret, TEST_NOW) ? '111111' : '000000');
    await submit(page, 'Tweestapsverificatie aanzetten');
    expect(await page.getByText('Deze code klopt niet.', { exact: false }).count()).toBe(1);
    // The refused code is answered with 400, which Chromium reports on the console; nothing else.
    expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    problems.length = 0;
    await expectUsablePage(page);
    await page.getByLabel('Code uit de app').fill(totpCode(secret, TEST_NOW));
    await submit(page, 'Tweestapsverificatie aanzetten');
    await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie staat aan' }).waitFor();
    const codes = await page.getByTestId('recovery-codes').locator('code').allTextContents();
    expect(codes).toHaveLength(10);
    await expectUsablePage(page);
    // Shown once.
    await page.reload();
    expect(await page.getByTestId('recovery-codes').count()).toBe(0);
    expect(await page.getByText('Tweestapsverificatie staat aan sinds', { exact: false }).count()).toBe(1);

    await Promise.all([page.waitForURL(/\/inloggen\?melding=uitgelogd/), page.getByTestId('sign-out-button').click()]);

    await signIn(page, 'medewerker@example.nl');
    expect(new URL(page.url()).pathname).toBe('/inloggen/code');
    await expectUsablePage(page);
    // The password alone gives nothing.
    await page.goto(`${app.url}/beheer`);
    expect(new URL(page.url()).pathname).toBe('/inloggen/code');
    // The next 30-second code (the one used at set-up works only once).
    await page.getByLabel('Code uit de app of herstelcode').fill(totpCode(secret, new Date(TEST_NOW.getTime() + 30_000)));
    await submit(page, 'Inloggen');
    expect(new URL(page.url()).pathname).toBe('/beheer');
    expect(await page.getByTestId('sign-out-button').count()).toBe(1);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('signs in with a recovery code without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, 'contractmanager@example.nl');
    await page.goto(`${app.url}/account/tweestapsverificatie`);
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    await page.getByLabel('Code uit de app').fill(totpCode(secret, TEST_NOW));
    await submit(page, 'Tweestapsverificatie aanzetten');
    const codes = await page.getByTestId('recovery-codes').locator('code').allTextContents();
    expect(codes).toHaveLength(10);
    await submit(page, 'Uitloggen');

    await signIn(page, 'contractmanager@example.nl');
    expect(new URL(page.url()).pathname).toBe('/inloggen/code');
    await page.getByLabel('Code uit de app of herstelcode').fill(codes[0]!);
    await submit(page, 'Inloggen');
    expect(new URL(page.url()).pathname).toBe('/account/tweestapsverificatie');
    expect(await page.getByRole('status').textContent()).toContain('U heeft nog 9 herstelcodes.');
    await expectUsablePage(page);
    await context.close();
  });
});

describe('the user list', () => {
  it('loads and hydrates without a console error', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, 'beheerder@example.nl');
    await page.goto(`${app.url}/beheer/gebruikers`);
    await hydrated(page);
    // Hydrated: the status filter lists its choices in the browser too.
    expect(await page.getByLabel('Status').locator('option').count()).toBe(4);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await expectUsablePage(page);
    await context.close();
  });
});
