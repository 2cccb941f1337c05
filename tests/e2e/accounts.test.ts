/**
 * Accounts in real Chromium at phone width: a staff member signs in, sees "Voor professionals",
 * signs out and it is gone; a resident gets a Dutch 403 at /beheer; wrong passwords are slowed
 * down; an administrator invites a colleague without JavaScript; the security headers, the CSP
 * (no violations, hydration works), the cross-site check and the per-IP limit. axe-core on every
 * page visited.
 */
import { request as httpRequest } from 'node:http';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hydrated, launchBrowser, newContext, startApp, type RunningApp, expectAccessible, expectNoHorizontalScroll, watchProblems } from './harness';
import { TEST_NOW } from '../support/paths';

let app: RunningApp;
let browser: Browser;
let provider: { slug: string; tariff: string };

beforeAll(async () => {
  app = await startApp('accounts');
  browser = await launchBrowser();
  const db = new Database(app.databasePath, { readonly: true });
  const year = TEST_NOW.getUTCFullYear();
  const today = TEST_NOW.toISOString().slice(0, 10);
  const row = db
    .prepare(
      `SELECT o.slug, (SELECT c.tariff_cents FROM contracts c WHERE c.organization_id = o.id AND c.archived_at IS NULL AND (c.valid_to IS NULL OR c.valid_to >= ?) ORDER BY c.product_code, c.valid_from LIMIT 1) AS tariff
       FROM organizations o JOIN budget_ceilings b ON b.organization_id = o.id AND b.year = ?
       WHERE o.status = 'active' AND b.committed_cents >= b.ceiling_cents AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id AND c.archived_at IS NULL AND (c.valid_to IS NULL OR c.valid_to >= ?))
       ORDER BY o.slug LIMIT 1`,
    )
    .get(today, year, today) as { slug: string; tariff: number };
  db.close();
  provider = { slug: row.slug, tariff: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(row.tariff / 100) };
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signIn(page: Page, email: string, password = 'sociale-kaart-demo') {
  await hydrated(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), page.getByRole('button', { name: 'Inloggen' }).click()]);
}

for (const javaScriptEnabled of [true, false]) {
  describe(`a staff member ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    it('signs in, sees the professional section, signs out and it is gone', async () => {
      const context: BrowserContext = await newContext(browser, { javaScriptEnabled });
      const page = await context.newPage();
      const problems = watchProblems(page);

      const first = await page.goto(`${app.url}/aanbieders/${provider.slug}`);
      expect(first?.status()).toBe(200);
      expect(await page.getByRole('heading', { name: 'Voor professionals' }).count()).toBe(0);
      expect(await page.getByText('Neemt via de gemeente tijdelijk geen nieuwe cliënten aan').count()).toBe(1);

      await Promise.all([page.waitForURL(/\/inloggen\?terug=/), page.getByTestId('sign-in-link').click()]);
      // With JavaScript this is a client-side navigation: wait until the new page has rendered.
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await signIn(page, 'medewerker@example.nl');
      // Back to the page where the sign-in started.
      expect(new URL(page.url()).pathname).toBe(`/aanbieders/${provider.slug}`);

      const section = page.getByTestId('professional-section');
      expect(await page.getByRole('heading', { name: 'Voor professionals' }).count()).toBe(1);
      expect(await section.getByText(provider.tariff, { exact: false }).count()).toBeGreaterThan(0);
      expect(await section.getByText('Plafond bereikt').count()).toBeGreaterThan(0);
      expect(await section.getByText(/vastgelegd \(\d+%\)/).count()).toBe(1);
      expect(await section.getByTestId('utilisation-bar').count()).toBe(1);
      const reload = await page.reload();
      expect(reload?.headers()['cache-control']).toBe('no-store');
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      await Promise.all([page.waitForURL(/\/inloggen\?melding=uitgelogd/), page.getByTestId('sign-out-button').click()]);
      expect(await page.getByRole('status').textContent()).toContain('U bent uitgelogd.');
      await expectAccessible(page);
      await page.goto(`${app.url}/aanbieders/${provider.slug}`);
      expect(await page.getByRole('heading', { name: 'Voor professionals' }).count()).toBe(0);
      expect(await page.getByText(provider.tariff).count()).toBe(0);
      // The session ended on the server too: the management page asks to sign in again.
      await page.goto(`${app.url}/beheer`);
      expect(new URL(page.url()).pathname).toBe('/inloggen');

      expect(problems).toEqual([]);
      await context.close();
    });
  });
}

describe('residents and wrong passwords', () => {
  it('a resident gets a Dutch 403 page at /beheer', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await signIn(page, 'inwoner@example.nl');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    const response = await page.goto(`${app.url}/beheer`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('U mag deze pagina niet bekijken');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expectAccessible(page);
    await context.close();
  });

  it('slows down sign-in after five wrong passwords, even for the right one', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, 'contractmanager@example.nl', `verkeerd wachtwoord ${attempt}`);
      expect(await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').count()).toBe(1);
    }
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await signIn(page, 'contractmanager@example.nl');
    const throttled = await response;
    expect(throttled.status()).toBe(429);
    expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
    const message = page.getByText(/U heeft te vaak een verkeerd wachtwoord ingevuld\. Wacht \d+ seconden/);
    expect(await message.count()).toBe(1);
    // The message belongs to the password field for screen readers.
    const describedBy = (await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
    expect((await context.cookies()).some((c) => c.name.includes('sk_session'))).toBe(false);
    await expectAccessible(page);
    await context.close();
  });
});

describe('an administrator without JavaScript', () => {
  it('invites a colleague, who chooses a password through the one-time link and signs in', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await signIn(page, 'beheerder@example.nl');
    expect(new URL(page.url()).pathname).toBe('/beheer');
    // The header offers staff their way in (the root loader says who counts as a professional).
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer', exact: true }).count()).toBe(1);
    await expectAccessible(page);
    await Promise.all([page.waitForURL(/\/beheer\/gebruikers$/), page.getByRole('link', { name: 'Gebruikers' }).first().click()]);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await Promise.all([page.waitForURL(/uitnodigen/), page.getByRole('link', { name: 'Medewerker uitnodigen' }).click()]);
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.waitForLoadState('load');
    expect(await page.getByText('Vul een naam in.').count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel('Naam').fill('Wendy Wijkteam');
    await page.getByLabel('E-mailadres').fill('wendy@example.nl');
    await page.getByLabel('Rol').selectOption('staff');
    await Promise.all([page.waitForURL(/\/beheer\/gebruikers\/\d+\?melding=uitgenodigd/), page.getByRole('button', { name: 'Uitnodiging maken' }).click()]);
    const link = await page.getByTestId('one-time-link').inputValue();
    expect(link).toMatch(/\/uitnodiging\/i\.\d+\./);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    // Shown once: after a reload the link is gone from the page.
    await page.reload();
    expect(await page.getByTestId('one-time-link').count()).toBe(0);
    await context.close();

    const invitee = await newContext(browser, { javaScriptEnabled: false });
    const invitePage = await invitee.newPage();
    await invitePage.goto(link);
    expect(await invitePage.getByRole('heading', { level: 1 }).textContent()).toBe('Welkom bij de Sociale Kaart');
    await expectAccessible(invitePage);
    await invitePage.getByLabel('Nieuw wachtwoord').fill('buurthuis op woensdag');
    await invitePage.getByLabel('Herhaal het nieuwe wachtwoord').fill('buurthuis op woensdag');
    await Promise.all([invitePage.waitForURL(/melding=wachtwoord-opgeslagen/), invitePage.getByRole('button', { name: 'Account activeren' }).click()]);
    await signIn(invitePage, 'wendy@example.nl', 'buurthuis op woensdag');
    // Staff must set up two-step verification first (MFA_REQUIRED_ROLES).
    expect(new URL(invitePage.url()).pathname).toBe('/account/tweestapsverificatie');
    await invitePage.goto(link);
    expect(await invitePage.getByRole('heading', { level: 1 }).textContent()).toBe('Deze uitnodiging werkt niet meer');
    await invitee.close();
  });
});

describe('web security', () => {
  it('sends the security headers and a CSP nonce that the page scripts carry', async () => {
    const response = await fetch(`${app.url}/zoeken`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A page rendered anew gets a fresh nonce each time. An anonymous page served from the page
    // cache replays the policy its HTML was rendered with (ADR 014: content that could carry an
    // injected script always renders anew, so it never learns the nonce it is rendered with).
    const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    const first = await fetch(`${app.url}/inloggen`);
    const second = await fetch(`${app.url}/inloggen`);
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(second)).not.toBe(nonceOf(first));
    const cached = await fetch(`${app.url}/zoeken`);
    const cachedNonce = nonceOf(cached)!;
    for (const tag of [...(await cached.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0])) expect(tag).toContain(`nonce="${cachedNonce}"`);
  });

  it('hydrates under the CSP: client-side navigation works without violations', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${app.url}/`);
    await hydrated(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/inloggen/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a form post from another site with a Dutch 403 page', async () => {
    const { status, body } = await post('/inloggen', 'email=a%40b.nl&password=x', { Origin: 'https://evil.example' });
    expect(status).toBe(403);
    expect(body).toContain('Dit formulier is niet verwerkt');
    expect(body).toContain('<html lang="nl">');
  });

  it('limits sign-in posts per address with a readable 429 page', async () => {
    let last = { status: 0, body: '', headers: {} as Record<string, string | string[] | undefined> };
    for (let i = 0; i < 40 && last.status !== 429; i++) {
      // A different address each time: the per-account slowdown does not kick in, the per-address limit does.
      last = await post('/inloggen', `email=niemand${i}%40example.nl&password=fout`, { 'Accept-Language': 'nl' });
    }
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(last.body).toContain('<h1>Even wachten</h1>');
    expect(last.body).toMatch(/Wacht \d+ seconden?/);
  });
});

function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(path, app.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
