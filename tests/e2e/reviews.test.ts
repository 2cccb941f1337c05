/**
 * Reviews end to end in real Chromium at 360 px, with axe-core on every page visited:
 * a citizen writes a review → an administrator approves it → it shows with updated averages;
 * staff hand out an invitation code → a resident without an account (and without JavaScript)
 * writes a verified review; a provider replies; someone reports a review.
 */
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hydrated, launchBrowser, newContext, startApp, type RunningApp, expectUsablePage as check } from './harness';
import { TEST_NOW } from '../support/paths';

let app: RunningApp;
let browser: Browser;
let db: Database.Database;
const PASSWORD = 'sociale-kaart-demo';

beforeAll(async () => {
  app = await startApp('reviews');
  browser = await launchBrowser();
  db = new Database(app.databasePath, { readonly: true, fileMustExist: true });
});

afterAll(async () => {
  db?.close();
  await browser?.close();
  await app?.stop();
});

async function open(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function signIn(page: Page, email: string, back: string) {
  await page.goto(`${app.url}/inloggen?terug=${encodeURIComponent(back)}`);
  await hydrated(page);
  await check(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname === back.split('?')[0]),
    page.getByRole('button', { name: 'Inloggen' }).click(),
  ]);
}

const formatMark = (value: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

function counted(organizationId: string) {
  return db
    .prepare(
      `SELECT count(*) AS n, avg(overall) AS avg FROM reviews WHERE organization_id = ? AND status = 'published' AND created_at >= unixepoch('${TEST_NOW.toISOString().slice(0, 19)}', '-4 years')`,
    )
    .get(organizationId) as { n: number; avg: number };
}

async function approve(admin: Page, body: string) {
  // Oldest first: a review written just now is on the last page.
  for (let p = 1; p <= 30; p++) {
    await admin.goto(`${app.url}/beheer/moderatie?pagina=${p}`);
    const item = admin.locator('article[data-review-id]', { hasText: body.slice(0, 40) });
    if ((await item.count()) === 0) continue;
    await check(admin);
    await Promise.all([admin.waitForURL(/besluit=goedgekeurd/), item.getByRole('button', { name: /Goedkeuren/ }).click()]);
    await check(admin);
    expect(await admin.getByRole('status').filter({ hasText: 'is goedgekeurd' }).count()).toBe(1);
    return;
  }
  throw new Error('review not found in the moderation queue');
}

describe('reviews', () => {
  it('a citizen writes a review, an administrator approves it, and it shows with updated averages', async () => {
    const target = db
      .prepare(
        `SELECT o.id, o.slug, o.name FROM organizations o WHERE o.status = 'active'
           AND (SELECT count(*) FROM reviews r WHERE r.organization_id = o.id AND r.status = 'published' AND r.created_at >= unixepoch('${TEST_NOW.toISOString().slice(0, 19)}', '-4 years')) BETWEEN 6 AND 40
           AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.organization_id = o.id AND r.user_id = 1)
         ORDER BY o.slug LIMIT 1`,
      )
      .get() as { id: string; slug: string; name: string };
    const before = counted(target.id);
    const context = await newContext(browser);
    const { page, errors } = await open(context);

    await page.goto(`${app.url}/aanbieders/${target.slug}`);
    await check(page);
    const summary = page.getByTestId('review-summary');
    await expect(summary.locator('.sk-mark__count').first().textContent()).resolves.toBe(`(${before.n} ervaringen)`);
    expect(await page.getByRole('table', { name: 'Cijfers per onderdeel' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Verdeling van de totaalcijfers/ }).count()).toBe(1);

    await Promise.all([page.waitForURL(/\/ervaring-schrijven$/), page.getByRole('link', { name: 'Schrijf een ervaring' }).first().click()]);
    await check(page);
    await Promise.all([page.waitForURL(/\/inloggen/), page.getByRole('link', { name: 'Inloggen', exact: true }).first().click()]);
    await hydrated(page);
    await page.getByLabel('E-mailadres').fill('inwoner@example.nl');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await Promise.all([page.waitForURL(/\/ervaring-schrijven$/), page.getByRole('button', { name: 'Inloggen' }).click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Schrijf een ervaring over ${target.name}`);
    // Signed in, the code is optional, and the label says so once.
    expect((await page.locator('label', { hasText: 'Uitnodigingscode' }).textContent())?.replace(/\s+/g, ' ').trim()).toBe('Uitnodigingscode (niet verplicht)');

    // Sending the empty form shows every error at its field, in Dutch.
    await page.getByRole('button', { name: 'Ervaring versturen' }).click();
    await page.getByText('Kies uw totaalcijfer van 1 tot 10.').first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('Er is iets niet goed ingevuld');
    await check(page);

    for (const label of ['Bejegening', 'Deskundigheid', 'Afspraken nakomen', 'Bereikbaarheid', 'Inspraak', 'Resultaat']) {
      await page.getByLabel(label, { exact: true }).selectOption('2');
    }
    await page.getByLabel('Uw totaalcijfer', { exact: true }).selectOption('1');
    await page.getByRole('radio', { name: 'Nee' }).check();
    const body = `E2E ervaring ${Date.now()}: de hulp kwam vaak te laat en afspraken werden niet nagekomen, dat was erg lastig.`;
    await page.getByLabel('Uw ervaring', { exact: true }).fill(body);
    await page.getByLabel('Wanneer was uw ervaring?').selectOption({ index: 2 });
    expect(await page.getByLabel('Uw naam bij de ervaring').inputValue()).toBe('Iris');
    await page.getByLabel('Ik geef toestemming om mijn ervaring op deze website te zetten.').check();
    await Promise.all([
      page.waitForURL(/\/mijn-ervaringen\?melding=verstuurd/),
      page.getByRole('button', { name: 'Ervaring versturen' }).click(),
    ]);
    await check(page);
    const mine = page.locator('article', { hasText: target.name });
    await expect(mine.getByTestId('review-status').first().textContent()).resolves.toBe('Wacht op controle');

    // Not on the provider page before approval.
    await page.goto(`${app.url}/aanbieders/${target.slug}/ervaringen`);
    await check(page);
    expect(await page.getByText(body).count()).toBe(0);

    const adminContext = await newContext(browser);
    const { page: admin, errors: adminErrors } = await open(adminContext);
    await signIn(admin, 'beheerder@example.nl', '/beheer/moderatie');
    await approve(admin, body);

    const after = counted(target.id);
    expect(after.n).toBe(before.n + 1);
    await page.goto(`${app.url}/aanbieders/${target.slug}`);
    await check(page);
    await expect(summary.locator('.sk-mark__count').first().textContent()).resolves.toBe(`(${after.n} ervaringen)`);
    await expect(summary.locator('.sk-mark__value data').first().textContent()).resolves.toBe(formatMark(Math.round(after.avg * 10) / 10));
    expect(await page.getByText(body).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(adminErrors).toEqual([]);
    await context.close();
    await adminContext.close();
  });

  it('staff hand out a code and a resident without an account or JavaScript writes a verified review', async () => {
    const target = db
      .prepare(
        `SELECT o.id, o.slug, o.name FROM organizations o WHERE o.status = 'active' AND EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id) ORDER BY o.slug LIMIT 1 OFFSET 7`,
      )
      .get() as { id: string; slug: string; name: string };
    const staffContext = await newContext(browser);
    const { page: staff } = await open(staffContext);
    await signIn(staff, 'medewerker@example.nl', `/beheer/uitnodigingen?aanbieder=${target.slug}`);
    await check(staff);
    await staff.getByRole('button', { name: `Maak een code (${target.name})` }).click();
    await staff.getByTestId('invitation-code').waitFor();
    await check(staff);
    const code = (await staff.getByTestId('invitation-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const letterPath = await staff.getByTestId('invitation').getByRole('link').getAttribute('href');
    expect(letterPath).toBe(`/aanbieders/${target.slug}/ervaring-schrijven?code=${code}`);
    // Staff hand out codes but do not write reviews themselves: no button, and a clear 403 page.
    await staff.goto(`${app.url}/aanbieders/${target.slug}`);
    expect(await staff.getByRole('link', { name: 'Schrijf een ervaring' }).count()).toBe(0);
    const refused = await staff.goto(`${app.url}/aanbieders/${target.slug}/ervaring-schrijven`);
    expect(refused?.status()).toBe(403);
    await expect(staff.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Met dit account schrijft u geen ervaring');
    await check(staff);

    const resident = await newContext(browser, { javaScriptEnabled: false });
    const page = await resident.newPage();
    await page.goto(`${app.url}${letterPath}`);
    await check(page);
    expect(await page.getByLabel('Uitnodigingscode').inputValue()).toBe(code);
    for (const label of [
      'Bejegening',
      'Deskundigheid',
      'Afspraken nakomen',
      'Bereikbaarheid',
      'Inspraak',
      'Resultaat',
      'Uw totaalcijfer',
    ]) {
      await page.getByLabel(label, { exact: true }).selectOption('9');
    }
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page.getByLabel('Uw ervaring', { exact: true }).fill('Te kort.');
    await page.getByLabel('Wanneer was uw ervaring?').selectOption({ index: 1 });
    await page.getByLabel('Uw naam bij de ervaring').fill('Mantelzorger');
    await page.getByLabel('Ik geef toestemming om mijn ervaring op deze website te zetten.').check();
    // Without JavaScript the server answers: the error sits at its field and the rest is kept.
    await Promise.all([page.waitForLoadState('domcontentloaded'), page.getByRole('button', { name: 'Ervaring versturen' }).click()]);
    await check(page);
    const bodyField = page.getByLabel('Uw ervaring', { exact: true });
    expect(await bodyField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await bodyField.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`).textContent();
    expect(errorText).toBe('Schrijf minimaal 50 tekens.');
    expect(await page.getByLabel('Uw naam bij de ervaring').inputValue()).toBe('Mantelzorger');
    expect(await page.getByLabel('Uitnodigingscode').inputValue()).toBe(code);
    expect(await page.getByLabel('Bejegening', { exact: true }).inputValue()).toBe('9');

    const body = `Geverifieerde E2E ervaring ${Date.now()}: fijne en deskundige begeleiding, ik voelde me gehoord en geholpen.`;
    await bodyField.fill(body);
    await page.getByLabel('Ik geef toestemming om mijn ervaring op deze website te zetten.').check();
    await Promise.all([page.waitForURL(/\/ervaringen\/verstuurd/), page.getByRole('button', { name: 'Ervaring versturen' }).click()]);
    await check(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bedankt voor uw ervaring');
    const row = db.prepare('SELECT verified, user_id, status FROM reviews WHERE body = ?').get(body);
    expect(row).toEqual({ verified: 1, user_id: null, status: 'pending' });

    // The code works once: the link from the letter now says so straight away.
    await page.goto(`${app.url}${letterPath}`);
    await check(page);
    const codeField = page.getByLabel('Uitnodigingscode');
    expect(await codeField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.utrecht-form-field-error-message').first().textContent()).toBe(
      'Deze code is al gebruikt. Een code werkt maar één keer.',
    );

    const adminContext = await newContext(browser);
    const { page: admin } = await open(adminContext);
    await signIn(admin, 'beheerder@example.nl', '/beheer/moderatie');
    await approve(admin, body);
    // The "verified only" filter is a plain GET form: without JavaScript too, ticking it is a link.
    await page.goto(`${app.url}/aanbieders/${target.slug}/ervaringen`);
    const verifiedOnly = page.getByLabel('Alleen geverifieerde ervaringen');
    expect(await verifiedOnly.isChecked()).toBe(false);
    await verifiedOnly.check();
    await Promise.all([page.waitForURL((url) => url.searchParams.get('geverifieerd') === '1'), page.getByRole('button', { name: 'Toon ervaringen' }).click()]);
    expect(await page.getByLabel('Alleen geverifieerde ervaringen').isChecked()).toBe(true);
    await check(page);
    const article = page.locator('article[data-review-id]', { hasText: body });
    expect(await article.getByText('Geverifieerd', { exact: true }).count()).toBe(1);
    await staffContext.close();
    await resident.close();
    await adminContext.close();
  });

  it('a provider replies to a review of its own organisation', async () => {
    const org = db
      .prepare('SELECT o.slug FROM organizations o JOIN users u ON u.organization_id = o.id WHERE u.email = ?')
      .get('aanbieder@example.nl') as { slug: string };
    const context = await newContext(browser);
    const { page, errors } = await open(context);
    await signIn(page, 'aanbieder@example.nl', `/aanbieders/${org.slug}/ervaringen`);
    await check(page);
    const article = page.locator('article[data-review-id]', { has: page.getByRole('link', { name: 'Reageer als aanbieder' }) }).first();
    const reviewId = await article.getAttribute('data-review-id');
    await Promise.all([page.waitForURL(/\/reactie$/), article.getByRole('link', { name: 'Reageer als aanbieder' }).click()]);
    await check(page);
    const reply = `Dank voor het delen van uw ervaring (${Date.now()}). We nemen graag contact met u op.`;
    await page.getByLabel('Uw reactie').fill(reply);
    await Promise.all([page.waitForURL(/melding=gereageerd/), page.getByRole('button', { name: 'Reactie plaatsen' }).click()]);
    await check(page);
    const replied = page.locator(`article[data-review-id="${reviewId}"]`);
    await expect(replied.getByTestId('review-reply').textContent()).resolves.toContain(reply);
    expect(await replied.getByTestId('review-reply').textContent()).toMatch(/Reactie van de aanbieder op \d{1,2} \w+ \d{4}/);
    expect(await replied.getByRole('link', { name: 'Pas uw reactie aan' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('someone reports a review without JavaScript; it stays visible and enters the moderation queue', async () => {
    const target = db
      .prepare(
        `SELECT o.slug FROM organizations o WHERE o.status = 'active' AND (SELECT count(*) FROM reviews r WHERE r.organization_id = o.id AND r.status = 'published') > 3 ORDER BY o.slug DESC LIMIT 1`,
      )
      .get() as { slug: string };
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/aanbieders/${target.slug}/ervaringen`);
    await check(page);
    const article = page.locator('article[data-review-id]').first();
    const reviewId = await article.getAttribute('data-review-id');
    await Promise.all([page.waitForURL(/\/melden$/), article.getByRole('link', { name: /Meld deze ervaring/ }).click()]);
    await check(page);
    await page.getByRole('radio', { name: 'Beledigend of kwetsend' }).check();
    await page.getByLabel('Leg uit wat er niet klopt').fill('Hier wordt een medewerker uitgescholden.');
    await Promise.all([page.waitForURL(/melding=gemeld/), page.getByRole('button', { name: 'Melding versturen' }).click()]);
    await check(page);
    expect(await page.getByRole('status').filter({ hasText: 'Bedankt voor uw melding' }).count()).toBe(1);
    expect(await page.locator(`article[data-review-id="${reviewId}"]`).count()).toBe(1);

    const adminContext = await newContext(browser);
    const { page: admin } = await open(adminContext);
    await signIn(admin, 'beheerder@example.nl', '/beheer/moderatie');
    const reported = db
      .prepare('SELECT count(*) AS n FROM review_reports WHERE review_id = ? AND resolved_at IS NULL')
      .get(Number(reviewId)) as { n: number };
    expect(reported.n).toBe(1);
    let found = 0;
    for (let p = 1; p <= 20 && found === 0; p++) {
      await admin.goto(`${app.url}/beheer/moderatie?pagina=${p}`);
      found = await admin.locator(`article[data-review-id="${reviewId}"]`).count();
    }
    expect(found).toBe(1);
    const item = admin.locator(`article[data-review-id="${reviewId}"]`);
    expect(await item.getByText('Gemeld', { exact: true }).count()).toBe(1);
    expect(await item.getByText('Hier wordt een medewerker uitgescholden.').count()).toBe(1);
    await check(admin);
    await context.close();
    await adminContext.close();
  });

  it('publishes the code of conduct in Dutch and English', async () => {
    const context = await newContext(browser, { locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${app.url}/gedragscode`);
    await check(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Code of conduct for experiences');
    await Promise.all([page.waitForURL(/\/gedragscode/), page.getByTestId('language-switch').click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Gedragscode voor ervaringen');
    await check(page);
    await context.close();
  });
});
