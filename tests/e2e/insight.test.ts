/**
 * Recording and insight in real Chromium at phone width, axe-core on every page visited:
 * a staff member compares, records a choice that was not the cheapest with room with a reason,
 * and sees it in the team overview; records a need without a fitting offer whose text holds a
 * phone number and is refused at the field (without JavaScript); a policy officer answers the
 * need on the dashboard's list, and the staff member sees the answer next to it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUsablePage, launchBrowser, newContext, signedInPage, startApp, type RunningApp } from './harness';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp('insight');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const COMPARE = '/vergelijken?product=02&aantal=3&eenheid=04&per=week&duur=26&duureenheid=weken&wijk=centrum';

/** A count on the team overview: a number, or null when it is suppressed ("< 5"). */
async function teamCount(page: Page, locator: ReturnType<Page['getByTestId']>): Promise<number | null> {
  if ((await locator.locator('[data-suppressed]').count()) > 0) return null;
  return Number(((await locator.textContent()) ?? '').replace(/\D/g, ''));
}

describe('staff record a choice and see it in the team overview', () => {
  it('compare → record a choice with a reason → the team overview counts it', async () => {
    const context = await newContext(browser);
    const page = await signedInPage(context, app, 'medewerker@example.nl');

    await page.goto(`${app.url}/inzicht/teamoverleg`);
    await expectUsablePage(page);
    const before = await teamCount(page, page.getByTestId('team-choices-total'));
    const reasonBefore = await teamCount(page, page.getByTestId('team-reasons').locator('tr[data-reason="waiting_time"] td'));

    await page.goto(`${app.url}${COMPARE}`);
    await page.getByTestId('indication-summary').waitFor();
    await expectUsablePage(page);
    // The last row is never the cheapest with room (it is the dearest, or has no room).
    const link = page.getByTestId('record-choice').last();
    const recordUrl = await link.getAttribute('href');
    expect(recordUrl).toMatch(/^\/vergelijken\/vastleggen\?.*keuze=/);
    await Promise.all([page.waitForURL(/\/vergelijken\/vastleggen/), link.click()]);
    expect(await page.getByTestId('cheapest-with-room').textContent()).toBe('Nee');
    await expectUsablePage(page);

    // Without a reason the form says so at the field.
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Keuze vastleggen' }).click()]);
    await page.getByText('Kies een reden.').waitFor();

    await page.getByLabel('Wachttijd').check();
    await Promise.all([page.waitForURL(/vastgelegd=1/), page.getByRole('button', { name: 'Keuze vastleggen' }).click()]);
    await page.getByText('De keuze is vastgelegd.').waitFor();
    await expectUsablePage(page);

    // Four more of the same, so the month's cells reach the 5 records below which they are hidden.
    for (let i = 0; i < 4; i++) {
      await page.goto(`${app.url}${recordUrl}`);
      await page.getByLabel('Wachttijd').check();
      await Promise.all([page.waitForURL(/vastgelegd=1/), page.getByRole('button', { name: 'Keuze vastleggen' }).click()]);
    }

    await Promise.all([page.waitForURL(/\/inzicht\/teamoverleg/), page.getByRole('link', { name: 'Bekijk het teamoverleg' }).click()]);
    await expectUsablePage(page);
    const after = await teamCount(page, page.getByTestId('team-choices-total'));
    const reasonAfter = await teamCount(page, page.getByTestId('team-reasons').locator('tr[data-reason="waiting_time"] td'));
    expect(after).not.toBeNull();
    expect(reasonAfter).not.toBeNull();
    if (before !== null) expect(after).toBe(before + 5);
    else expect(after!).toBeGreaterThanOrEqual(5);
    if (reasonBefore !== null) expect(reasonAfter).toBe(reasonBefore + 5);
    else expect(reasonAfter!).toBeGreaterThanOrEqual(5);
    await context.close();
  });
});

describe('a need without a fitting offer, answered by policy', () => {
  it('refuses a phone number at the field (without JavaScript), policy answers, staff see the answer', async () => {
    const staffContext = await newContext(browser, { javaScriptEnabled: false });
    const staff = await signedInPage(staffContext, app, 'medewerker@example.nl');
    await staff.goto(`${app.url}${COMPARE}`);
    await Promise.all([staff.waitForURL(/\/inzicht\/geen-passend-aanbod/), staff.getByTestId('unmet-need-link').click()]);
    await expectUsablePage(staff);
    expect(await staff.getByLabel('Wijk').inputValue()).toBe('centrum');

    const description = 'Zoekt wekelijks een maatje om te wandelen, bel 06-12345678';
    await staff.getByLabel('Hulpvraag', { exact: true }).selectOption('loneliness');
    await staff.getByLabel('Wat was de hulpvraag?').fill(description);
    await staff.getByLabel('Wat is in plaats daarvan ingezet?').selectOption('02A05');
    await staff.getByLabel('Geschatte kosten daarvan (euro)').fill('2400');
    await Promise.all([staff.waitForLoadState('load'), staff.getByRole('button', { name: 'Hulpvraag vastleggen' }).click()]);
    const field = staff.getByLabel('Wat was de hulpvraag?');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorText = await staff.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-error'))}`).textContent();
    expect(errorText).toContain('een telefoonnummer');
    expect(await field.inputValue()).toBe(description);
    await expectUsablePage(staff);

    const clean = `Zoekt wekelijks een maatje om te wandelen (${Date.now().toString(36)})`;
    await field.fill(clean);
    await Promise.all([staff.waitForURL(/\/inzicht\/behoeften\?vastgelegd=1/), staff.getByRole('button', { name: 'Hulpvraag vastleggen' }).click()]);
    const mine = staff.getByTestId('unmet-need').filter({ hasText: clean });
    expect(await mine.count()).toBe(1);
    expect(await mine.getByTestId('need-answer').textContent()).toContain('Nog geen antwoord');
    await expectUsablePage(staff);

    // The policy officer sees the dashboard and answers the need.
    const policyContext = await newContext(browser);
    const policy = await signedInPage(policyContext, app, 'beleid@example.nl');
    expect(new URL(policy.url()).pathname).toBe('/inzicht');
    await policy.getByTestId('unmet-table').waitFor();
    await expectUsablePage(policy);
    await policy.goto(`${app.url}/inzicht/behoeften?behoefte=loneliness&antwoord=open`);
    const item = policy.getByTestId('unmet-need').filter({ hasText: clean });
    await item.getByLabel('Antwoord', { exact: true }).selectOption('planned');
    await item.getByLabel('Toelichting').fill('Buurtkamer met wandelgroep in de subsidieronde van volgend jaar.');
    await Promise.all([policy.waitForURL(/beantwoord=/), item.getByRole('button', { name: 'Antwoord opslaan' }).click()]);
    await policy.getByText('Het antwoord is opgeslagen.').waitFor();
    await expectUsablePage(policy);

    // The staff member sees the answer next to the need.
    await staff.goto(`${app.url}/inzicht/behoeften`);
    const answered = staff.getByTestId('unmet-need').filter({ hasText: clean });
    const answer = (await answered.getByTestId('need-answer').textContent()) ?? '';
    expect(answer).toContain('Gepland op');
    expect(answer).toContain('Buurtkamer met wandelgroep');
    expect(await answered.getByRole('button', { name: 'Antwoord opslaan' }).count()).toBe(0);

    await policy.goto(`${app.url}/inzicht/waardekaart?product=02A05`);
    await policy.getByTestId('waardekaart').waitFor();
    await expectUsablePage(policy);
    await staffContext.close();
    await policyContext.close();
  });
});
