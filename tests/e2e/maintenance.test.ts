/**
 * Keeping the catalogue right, in real Chromium at phone width with axe-core on every page:
 * a contract manager edits a tariff and finds it in the audit log; a provider proposes a change
 * that is approved and appears on the public page; an import with three bad rows shows them and
 * changes nothing (without JavaScript), and a good one is applied with visible progress; a
 * location is deleted only after its confirmation box is ticked, the reason shown at the box.
 */
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, startApp, type RunningApp, expectUsablePage as check, watchProblems } from './harness';
import { TEST_NOW } from '../support/paths';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp('maintenance');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

function db() {
  return new Database(app.databasePath, { readonly: true });
}

function query<T>(sql: string, ...params: unknown[]): T {
  const connection = db();
  try {
    return connection.prepare(sql).get(...params) as T;
  } finally {
    connection.close();
  }
}

async function submit(page: Page, name: string | RegExp) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).click()]);
}

describe('a contract manager edits a tariff and sees it in the log', () => {
  it('changes 62,50-style amounts at the field, saves, and finds old and new value in the audit log', async () => {
    const context: BrowserContext = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const contract = query<{ id: string; tariff_cents: number; name: string }>(
      `SELECT c.id, c.tariff_cents, o.name FROM contracts c JOIN organizations o ON o.id = c.organization_id
        WHERE c.archived_at IS NULL AND (c.valid_to IS NULL OR c.valid_to >= date('${TEST_NOW.toISOString().slice(0, 10)}')) ORDER BY c.id LIMIT 1`,
    );
    await signIn(page, app, 'contractmanager@example.nl');

    await page.goto(`${app.url}/beheer`);
    await check(page);
    await Promise.all([page.waitForURL(/\/beheer\/contracten$/), page.getByRole('link', { name: 'Tarieven, plafonds en landelijke inkoop' }).click()]);
    await check(page);

    await page.goto(`${app.url}/beheer/contracten/${contract.id}`);
    const tariff = page.getByLabel('Tarief in euro');
    expect(await tariff.inputValue()).toBe((contract.tariff_cents / 100).toFixed(2).replace('.', ','));
    await check(page);

    // A wrong amount is refused at the field, in Dutch.
    await tariff.fill('71,355');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Gebruik hoogstens 2 cijfers achter de komma, zoals 62,50.').first().waitFor();
    expect(query<{ tariff_cents: number }>('SELECT tariff_cents FROM contracts WHERE id = ?', contract.id).tariff_cents).toBe(contract.tariff_cents);
    await check(page);

    await page.getByLabel('Tarief in euro').fill('71,35');
    await Promise.all([page.waitForURL(/melding=opgeslagen/), page.getByRole('button', { name: 'Opslaan' }).click()]);
    // With JavaScript the URL changes before React renders the new page: wait for the message.
    await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).count()).toBe(1);
    expect(query<{ tariff_cents: number }>('SELECT tariff_cents FROM contracts WHERE id = ?', contract.id).tariff_cents).toBe(7135);
    await check(page);

    await page.goto(`${app.url}/beheer/logboek?type=contract&record=${contract.id}`);
    const row = page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'Tarief in euro' }).first();
    expect(await row.textContent()).toContain(String(contract.tariff_cents));
    expect(await row.textContent()).toContain('7135');
    expect(await row.textContent()).toContain('contractmanager@example.nl');
    expect(await row.textContent()).toContain('Gewijzigd');
    await check(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a provider proposes a change that is approved and appears on the public page', () => {
  it('goes from proposal to queue to approval to the public page, without JavaScript', async () => {
    const provider = query<{ slug: string; name: string }>(
      `SELECT o.slug, o.name FROM organizations o JOIN users u ON u.organization_id = o.id WHERE u.email = 'aanbieder@example.nl'`,
    );
    const text = 'Wij bieden begeleiding thuis, ook op zaterdag. Bel ons gerust.';

    const providerContext = await newContext(browser, { javaScriptEnabled: false });
    const providerPage = await providerContext.newPage();
    await signIn(providerPage, app, 'aanbieder@example.nl');
    await providerPage.goto(`${app.url}/aanbieders/${provider.slug}`);
    await Promise.all([providerPage.waitForURL(/\/mijn-organisatie$/), providerPage.getByRole('link', { name: 'Bent u deze aanbieder? Stel een wijziging voor' }).click()]);
    await check(providerPage);
    await Promise.all([providerPage.waitForURL(/gegevens$/), providerPage.getByRole('link', { name: 'Wijziging voorstellen voor de organisatie' }).click()]);
    await check(providerPage);
    await providerPage.getByLabel('Omschrijving').fill(text);
    await providerPage.getByLabel('Toelichting voor de gemeente').fill('Wij zijn nu ook op zaterdag open.');
    await submit(providerPage, 'Voorstel versturen');
    expect(providerPage.url()).toMatch(/\/mijn-organisatie\?melding=voorgesteld$/);
    expect(await providerPage.getByTestId('own-requests').getByRole('row').nth(1).textContent()).toContain('Te beoordelen');
    await check(providerPage);

    const managerContext = await newContext(browser, { javaScriptEnabled: false });
    const manager = await managerContext.newPage();
    await signIn(manager, app, 'contractmanager@example.nl');
    await manager.goto(`${app.url}/beheer/wijzigingsverzoeken`);
    await check(manager);
    const id = query<{ id: number }>(`SELECT max(id) AS id FROM change_requests`).id;
    await Promise.all([manager.waitForURL(new RegExp(`/beheer/wijzigingsverzoeken/${id}$`)), manager.locator(`a[href="/beheer/wijzigingsverzoeken/${id}"]`).click()]);
    const diff = manager.getByTestId('diff-table');
    expect(await diff.getByRole('row').filter({ hasText: 'Omschrijving' }).textContent()).toContain(text);
    await check(manager);
    await submit(manager, 'Goedkeuren en overnemen');
    expect(await manager.getByTestId('request-status').textContent()).toBe('Goedgekeurd');
    await check(manager);

    const visitorContext = await newContext(browser, { javaScriptEnabled: false });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${app.url}/aanbieders/${provider.slug}`);
    expect(await visitor.getByText(text).count()).toBeGreaterThan(0);

    // Anyone can say something is wrong.
    await Promise.all([visitor.waitForURL(/fout-melden$/), visitor.getByTestId('report-error-link').click()]);
    await check(visitor);
    await visitor.getByLabel('Wat klopt er niet?').selectOption('phone');
    await visitor.getByLabel('Wat is er niet goed?').fill('Het telefoonnummer werkt niet.');
    await visitor.getByLabel(/Wat moet het zijn\?/).fill('030-1112233');
    await submit(visitor, 'Melding versturen');
    expect(await visitor.getByText('Bedankt! Een medewerker van de gemeente bekijkt uw melding.').count()).toBe(1);
    await check(visitor);

    await providerPage.goto(`${app.url}/mijn-organisatie`);
    expect(await providerPage.getByTestId('own-requests').getByRole('row').nth(1).textContent()).toContain('Goedgekeurd');
    for (const c of [providerContext, managerContext, visitorContext]) await c.close();
  });
});

describe('importing a spreadsheet', () => {
  const header = 'soort;extern_id;aanbieder_extern_id;naam;kvk;telefoon;productcode;tarief;eenheid;geldig_van;status\r\n';

  it('shows three bad rows with row, column and reason, and changes nothing (without JavaScript)', async () => {
    const org = query<{ external_id: string }>(`SELECT external_id FROM organizations WHERE status = 'active' AND external_id LIKE 'VLS-%' ORDER BY external_id LIMIT 1`);
    const csv =
      header +
      'aanbieder;E2E-ORG-1;;Stichting Goed;12345678;030-1234567;;;;;actief\r\n' +
      'aanbieder;E2E-ORG-2;;Stichting Fout;1234567;;;;;;actief\r\n' +
      `tarief;;${org.external_id};;;;02A05;62,505;04;2030-01-01;actief\r\n` +
      'aanbieder;E2E-ORG-3;;Stichting Ook Fout;;bel ons;;;;;actief\r\n';
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, app, 'contractmanager@example.nl');
    const before = query<{ o: number; c: number; a: number }>('SELECT (SELECT count(*) FROM organizations) AS o, (SELECT count(*) FROM contracts) AS c, (SELECT count(*) FROM audit_log) AS a');
    await page.goto(`${app.url}/beheer/import`);
    await check(page);
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'inkoop.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await submit(page, 'Bestand controleren');
    expect(page.url()).toMatch(/\/beheer\/import\/[A-Za-z0-9_-]{22}$/);
    expect(await page.getByRole('heading', { name: '3 fouten' }).count()).toBe(1);
    const errors = page.getByRole('region', { name: 'Fouten per rij en kolom' }).getByRole('row');
    expect(await errors.count()).toBe(4);
    const texts = await errors.allTextContents();
    expect(texts[1]).toMatch(/^3kvkEen KvK-nummer heeft precies 8 cijfers/);
    expect(texts[2]).toMatch(/^4tariefGebruik hoogstens 2 cijfers achter de komma/);
    expect(texts[3]).toMatch(/^5telefoonVul een telefoonnummer in/);
    expect(await page.getByRole('button', { name: 'Importeren' }).count()).toBe(0);
    expect(await page.getByTestId('import-summary').textContent()).toContain('3 rijen met fouten');
    await check(page);
    const after = query<{ o: number; c: number; a: number }>('SELECT (SELECT count(*) FROM organizations) AS o, (SELECT count(*) FROM contracts) AS c, (SELECT count(*) FROM audit_log) AS a');
    expect(after).toEqual(before);

    // An Excel workbook instead of CSV gets a clear message on the upload page.
    await page.goto(`${app.url}/beheer/import`);
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'inkoop.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) });
    await submit(page, 'Bestand controleren');
    expect(await page.getByText(/Dit is een Excel- of spreadsheetbestand, geen CSV/).count()).toBe(1);
    await check(page);
    await context.close();
  });

  it('applies a good file with visible progress and records it (with JavaScript)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, app, 'contractmanager@example.nl');
    await page.goto(`${app.url}/beheer/import`);
    const rows = Array.from({ length: 400 }, (_, i) => `aanbieder;E2E-BULK-${i};;Stichting Proef ${i};;030-1234567;;;;;actief\r\n`).join('');
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'proef.csv', mimeType: 'text/csv', buffer: Buffer.from(header + rows, 'utf8') });
    const progressTexts: string[] = [];
    const progress = page.getByTestId('import-progress');
    await page.exposeFunction('recordProgress', (text: string) => progressTexts.push(text));
    await page.evaluate(() => {
      const target = document.querySelector('[data-testid="import-progress"]')!;
      new MutationObserver(() => (window as unknown as { recordProgress: (t: string) => void }).recordProgress(target.textContent ?? '')).observe(target, { childList: true, subtree: true, characterData: true });
    });
    await Promise.all([page.waitForURL(/\/beheer\/import\/[A-Za-z0-9_-]{22}$/), page.getByRole('button', { name: 'Bestand controleren' }).click()]);
    expect(progressTexts.some((t) => /Bestand versturen: \d+%|Bezig met controleren/.test(t)), progressTexts.join(' | ')).toBe(true);
    expect(await progress.count()).toBe(0);
    expect(await page.getByTestId('import-summary').textContent()).toContain('400 nieuw');
    await check(page);
    await Promise.all([page.waitForURL(/melding=geimporteerd/), page.getByRole('button', { name: 'Importeren' }).click()]);
    await page.getByRole('status').filter({ hasText: 'Nieuw: 400.' }).first().waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Nieuw: 400.' }).count()).toBe(1);
    await check(page);
    expect(query<{ n: number }>(`SELECT count(*) AS n FROM organizations WHERE external_id LIKE 'E2E-BULK-%'`).n).toBe(400);
    expect(query<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'import' AND entity_type = 'organization'`).n).toBeGreaterThanOrEqual(400);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('every maintenance page passes axe at 360 px', () => {
  it('renders each area with its forms accessibly', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, app, 'contractmanager@example.nl');
    const org = query<{ id: string }>(`SELECT o.id FROM organizations o WHERE EXISTS (SELECT 1 FROM locations l WHERE l.organization_id = o.id) AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id) ORDER BY o.id LIMIT 1`);
    const service = query<{ id: string }>(`SELECT id FROM services WHERE organization_id = ? LIMIT 1`, org.id);
    const location = query<{ id: string }>(`SELECT id FROM locations WHERE organization_id = ? LIMIT 1`, org.id);
    const ceiling = query<{ id: string }>(`SELECT id FROM budget_ceilings LIMIT 1`);
    const national = query<{ id: string }>(`SELECT id FROM national_procurements LIMIT 1`);
    for (const path of [
      '/beheer/aanbieders',
      '/beheer/aanbieders/nieuw',
      `/beheer/aanbieders/${org.id}`,
      `/beheer/diensten/${service.id}`,
      `/beheer/diensten/nieuw?aanbieder=${org.id}`,
      `/beheer/locaties/${location.id}`,
      `/beheer/locaties/nieuw?aanbieder=${org.id}`,
      '/beheer/contracten',
      '/beheer/contracten/nieuw',
      '/beheer/plafonds',
      `/beheer/plafonds/${ceiling.id}`,
      '/beheer/plafonds/nieuw',
      '/beheer/landelijk',
      `/beheer/landelijk/${national.id}`,
      '/beheer/landelijk/nieuw',
      '/beheer/actualiteit',
      '/beheer/wijzigingsverzoeken?status=approved',
      '/beheer/logboek',
    ]) {
      const response = await page.goto(`${app.url}${path}`);
      expect(response?.status(), path).toBe(200);
      await check(page);
    }
    // A refused form: errors at the fields and a summary, still accessible.
    await page.goto(`${app.url}/beheer/aanbieders/nieuw`);
    await page.getByLabel('KvK-nummer').fill('123');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Een KvK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.').first().waitFor();
    expect(await page.getByText('Vul dit veld in.').count()).toBeGreaterThan(0);
    expect(await page.getByText('Een KvK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.').count()).toBeGreaterThan(0);
    await check(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('deletes a location only after the box is ticked, with the reason at the box', async () => {
    const location = query<{ id: string; organization_id: string }>(`SELECT id, organization_id FROM locations ORDER BY id DESC LIMIT 1`);
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, app, 'contractmanager@example.nl');
    await page.goto(`${app.url}/beheer/locaties/${location.id}`);
    const box = page.getByRole('checkbox', { name: 'Ja, verwijder deze locatie met de openingstijden' });
    expect(await box.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('Vink aan dat u de locatie wilt verwijderen.').waitFor();
    // The reason is the box's own: marked invalid and named by its aria-describedby.
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await box.getAttribute('aria-describedby')}`).textContent()).toBe('Vink aan dat u de locatie wilt verwijderen.');
    expect(query<{ n: number }>('SELECT count(*) AS n FROM locations WHERE id = ?', location.id).n).toBe(1);
    await check(page);
    await box.check();
    await Promise.all([page.waitForURL(new RegExp(`/beheer/aanbieders/${location.organization_id}\\?melding=verwijderd`)), page.getByRole('button', { name: 'Verwijderen' }).click()]);
    await page.getByText('Verwijderd.').first().waitFor();
    expect(query<{ n: number }>('SELECT count(*) AS n FROM locations WHERE id = ?', location.id).n).toBe(0);
    // The one problem is the refused delete itself: the server answers it with 400.
    expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await context.close();
  });

  it('shows a stale save the difference instead of overwriting it', async () => {
    const org = query<{ id: string }>(`SELECT id FROM organizations WHERE status = 'active' ORDER BY id LIMIT 1 OFFSET 7`);
    const first = await newContext(browser);
    const second = await newContext(browser, { javaScriptEnabled: false });
    const a = await first.newPage();
    const b = await second.newPage();
    await signIn(a, app, 'contractmanager@example.nl');
    await signIn(b, app, 'beheerder@example.nl');
    await a.goto(`${app.url}/beheer/aanbieders/${org.id}`);
    await b.goto(`${app.url}/beheer/aanbieders/${org.id}`);
    await a.getByLabel('Telefoonnummer').fill('030-1010101');
    await Promise.all([a.waitForURL(/melding=opgeslagen/), a.getByRole('button', { name: 'Opslaan' }).click()]);
    await b.getByLabel('Telefoonnummer').fill('030-2020202');
    await submit(b, 'Opslaan');
    const conflict = b.getByTestId('conflict');
    expect(await conflict.textContent()).toContain('Iemand anders heeft deze gegevens net opgeslagen.');
    expect(await conflict.getByRole('row').filter({ hasText: 'Telefoonnummer' }).textContent()).toBe('Telefoonnummer030-1010101030-2020202');
    expect(query<{ phone: string }>('SELECT phone FROM organizations WHERE id = ?', org.id).phone).toBe('030-1010101');
    await check(b);
    await first.close();
    await second.close();
  });
});
