/**
 * The leak test for the resident's shortlist, over real HTTP through the Express server: the
 * shared version (no account) and the staff's resident version, as HTML and as single-fetch
 * data, must contain no amount of the providers on it — in any form the app prints amounts —
 * no cost field name and no staff finding. The share link never reaches the request log.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { redactTokens } from '../../scripts/ops/request-log';
import { defaultTiers } from '../../scripts/security/rate-limit';
import { formatCents } from '../../app/domain/format';
import { getDb } from '../../app/db.server';
import { addToShortlist, createShareLink } from '../../app/models/shortlist.server';
import { createSession } from '../../app/models/session.server';
import { sessionCookieName } from '../../app/utils/session-cookie.server';
import { TEST_NOW } from '../support/paths';
import { fixedClock } from '../../app/domain/clock';
import { decodeCharacterReferences } from '../support/character-references';

let server: Server;
let origin: string;
const sqlite = () => getDb().$client;
const year = new Date(TEST_NOW).getUTCFullYear();

/** Two providers with contracts, ceilings and findings: one whose ceiling is reached, one with room. */
const providers = sqlite()
  .prepare(
    `SELECT o.id, o.name, (SELECT s.id FROM services s WHERE s.organization_id = o.id AND s.kind = 'contracted' AND s.status = 'active' ORDER BY s.id LIMIT 1) AS service_id
       FROM organizations o JOIN budget_ceilings b ON b.organization_id = o.id AND b.year = ?
      WHERE o.status = 'active' AND EXISTS (SELECT 1 FROM staff_findings f WHERE f.organization_id = o.id)
        AND EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id AND s.kind = 'contracted' AND s.status = 'active')
        AND (b.committed_cents >= b.ceiling_cents OR b.committed_cents * 100 < 50 * b.ceiling_cents)
      ORDER BY b.committed_cents >= b.ceiling_cents DESC, o.slug LIMIT 2`,
  )
  .all(year) as { id: string; name: string; service_id: string }[];

function euros(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString('nl-NL').replace(/\u00a0/g, '.');
  return `${whole},${String(cents % 100).padStart(2, '0')}`;
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every amount of the providers on the list, in each printed form: "€ 62,50", "62,50", "62.50", "6250". */
const forbidden: { cents: number; form: RegExp }[] = providers.flatMap((p) =>
  (
    sqlite()
      .prepare(
        'SELECT tariff_cents AS cents FROM contracts WHERE organization_id = ? UNION SELECT ceiling_cents FROM budget_ceilings WHERE organization_id = ? UNION SELECT committed_cents FROM budget_ceilings WHERE organization_id = ?',
      )
      .all(p.id, p.id, p.id) as { cents: number }[]
  ).flatMap(({ cents }) => [
    { cents, form: new RegExp(`(?<![\\d.,])${escape(euros(cents))}(?!\\d)`) },
    { cents, form: new RegExp(`(?<![\\d.,])${escape((cents / 100).toFixed(2))}(?!\\d)`) },
    { cents, form: new RegExp(`(?<![\\w.,€-])(?<!"\\w*[iI]d":)${cents}(?![\\w.,-]|\\s?[A-Z]{2}\\b)`) },
  ]),
);
const findings = providers.flatMap((p) => (sqlite().prepare('SELECT body FROM staff_findings WHERE organization_id = ?').all(p.id) as { body: string }[]).map((r) => r.body.slice(0, 50)));

let token = '';
let listId = 0;
let staffCookie = '';

beforeAll(async () => {
  buildIfStale(() => undefined);
  const build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  const app = createApp({ build, mode: 'production', logRequests: false, clock: fixedClock(TEST_NOW), rateLimits: defaultTiers.map((tier) => ({ ...tier, limit: 100_000 })) });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const staff = sqlite().prepare("SELECT id, email, role FROM users WHERE email = 'medewerker@example.nl'").get() as { id: number; email: string; role: 'staff' };
  const now = new Date(TEST_NOW);
  for (const [i, p] of providers.entries()) {
    const added = addToShortlist(getDb(), staff.id, { shortlistId: listId || null, newTitle: 'Lektest', organizationId: p.id, serviceId: p.service_id, note: `Notitie ${i + 1}` }, now);
    if ('shortlistId' in added) listId = added.shortlistId;
  }
  token = createShareLink(getDb(), { userId: staff.id, label: staff.email, ip: null, at: now }, listId, now).token;
  staffCookie = `${sessionCookieName()}=${createSession(getDb(), staff, { now: TEST_NOW }).token}`;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

async function fetchText(path: string, cookie?: string) {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual', headers: { 'Accept-Language': 'nl-NL', ...(cookie ? { Cookie: cookie } : {}) } });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

/**
 * The public Wmo subscription rate (WMO_PERSONAL_CONTRIBUTION_CENTS, the same for every provider
 * and on every public provider page) is what a resident pays and may be shown; nothing else.
 */
const publicRate = new RegExp(`eigen bijdrage van ${formatCents('nl', 2180).replace(/\s/g, '\\s')} per maand`, 'g');

function leaks(page: string): string[] {
  const found: string[] = [];
  // Character references read as characters: a page may write € as &#8364; (ADR 027).
  const body = decodeCharacterReferences(page).replace(publicRate, '');
  for (const { cents, form } of forbidden) if (form.test(body)) found.push(`amount ${cents} as ${form}`);
  if (/€/.test(body)) found.push('a euro sign');
  const key = body.match(/tariffCents|ceilingCents|committedCents|remainingCents|utilisation|costCents|staffMark/);
  if (key) found.push(`field ${key[0]}`);
  for (const finding of findings) if (body.includes(finding)) found.push(`finding "${finding}"`);
  return found;
}

describe("the resident's shortlist leaks no costs", () => {
  it('has two providers to check, one with a reached ceiling', () => {
    expect(providers).toHaveLength(2);
    expect(forbidden.length).toBeGreaterThanOrEqual(12);
    expect(findings.length).toBeGreaterThan(0);
  });

  it('the shared version, without an account, as HTML and as data', async () => {
    for (const path of [`/keuzelijst/gedeeld/${token}`, `/keuzelijst/gedeeld/${token}.data`]) {
      const { status, body, headers } = await fetchText(path);
      expect(status, path).toBe(200);
      expect(body).toContain(providers[0]!.name.replace(/&/g, '&amp;').slice(0, 20));
      expect(leaks(body), path).toEqual([]);
      expect(headers.get('Cache-Control')).toMatch(/no-store/);
      expect(headers.get('X-Robots-Tag')).toMatch(/noindex/);
    }
  });

  it("the staff's resident version, as HTML and as data", async () => {
    for (const path of [`/keuzelijst/${listId}/inwoner`, `/keuzelijst/${listId}/inwoner.data`]) {
      const { status, body } = await fetchText(path, staffCookie);
      expect(status, path).toBe(200);
      expect(leaks(body), path).toEqual([]);
    }
    // The professional version does show them (so the check above can find amounts).
    const professional = await fetchText(`/keuzelijst/${listId}/professioneel`, staffCookie);
    expect(professional.status).toBe(200);
    expect(leaks(professional.body).length).toBeGreaterThan(0);
  });

  it('keeps the token out of the request log', () => {
    expect(redactTokens(`/keuzelijst/gedeeld/${token}`)).toBe('/keuzelijst/gedeeld/[token]');
    expect(redactTokens(`/keuzelijst/gedeeld/${token}.data?x=1`)).toBe('/keuzelijst/gedeeld/[token]?x=1');
    expect(redactTokens('/keuzelijst/12/inwoner')).toBe('/keuzelijst/12/inwoner');
  });
});
