/**
 * The one refusal over real HTTP (issue 14, ADR 005): a model's AccessDenied becomes the 403
 * page, or the 404 page when the thing is someone else's, rendered by the root error boundary
 * (in Dutch and in English), never a 500 and never cached. Two refusals from the policy path:
 * a provider replying to another organisation's review (403) and a staff member changing a
 * colleague's shortlist (404). And the administrator's reply (decided in ADR 005): refused by the
 * permission, as the code always did.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { defaultTiers } from '../../scripts/security/rate-limit';
import { TEST_NOW } from '../support/paths';
import { fixedClock } from '../../app/domain/clock';

let server: Server;
let origin: string;
const cookies = new Map<string, string>();
const db = new Database(process.env.DATABASE_PATH!);
const userId = (email: string) => (db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number }).id;
const providerOrganization = (db.prepare("SELECT organization_id AS id FROM users WHERE email = 'aanbieder@example.nl'").get() as { id: string }).id;

/** A published review of an active organisation the provider account does not represent. */
const foreignReview = (
  db
    .prepare(
      `SELECT r.id FROM reviews r JOIN organizations o ON o.id = r.organization_id
        WHERE r.status = 'published' AND o.status = 'active' AND r.organization_id <> ? ORDER BY r.id LIMIT 1`,
    )
    .get(providerOrganization) as { id: number }
).id;

/** A shortlist of the contract manager with one item, which the staff member may not touch. */
function colleaguesList(): { listId: number; itemId: number } {
  const at = Math.floor(new Date(TEST_NOW).getTime() / 1000);
  const listId = Number(
    db.prepare('INSERT INTO shortlists (owner_user_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(userId('contractmanager@example.nl'), 'Lijst van een collega', at, at).lastInsertRowid,
  );
  const organization = (db.prepare("SELECT id FROM organizations WHERE status = 'active' ORDER BY id LIMIT 1").get() as { id: string }).id;
  const itemId = Number(db.prepare('INSERT INTO shortlist_items (shortlist_id, organization_id, position) VALUES (?, ?, 0)').run(listId, organization).lastInsertRowid);
  return { listId, itemId };
}

const pages = {
  nl: { forbidden: 'U mag deze pagina niet bekijken', notFound: 'Deze pagina bestaat niet' },
  en: { forbidden: 'You may not view this page', notFound: 'This page does not exist' },
} as const;

async function page(path: string, who: string, language: 'nl' | 'en', form?: Record<string, string>) {
  const response = await fetch(`${origin}${path}`, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      Cookie: cookies.get(who)!,
      'Accept-Language': language,
      Origin: origin,
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  return { status: response.status, cacheControl: response.headers.get('Cache-Control') ?? '', html: await response.text() };
}

beforeAll(async () => {
  buildIfStale(() => undefined);
  const build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  const app = createApp({ build, mode: 'production', logRequests: false, clock: fixedClock(TEST_NOW), rateLimits: defaultTiers.map((tier) => ({ ...tier, limit: 100_000 })) });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const email of ['aanbieder@example.nl', 'medewerker@example.nl', 'beheerder@example.nl']) {
    const response = await fetch(`${origin}/inloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
      body: new URLSearchParams({ email, password: 'sociale-kaart-demo' }).toString(),
    });
    expect(response.status, `sign in as ${email}`).toBe(302);
    cookies.set(email, response.headers.get('Set-Cookie')!.split(';')[0]!);
  }
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  db.close();
});

describe('AccessDenied over HTTP', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`answers a provider's reply to another organisation's review with the 403 page (${language})`, async () => {
      const shown = await page(`/ervaringen/${foreignReview}/reactie`, 'aanbieder@example.nl', language);
      expect(shown.status).toBe(403);
      expect(shown.cacheControl).toContain('no-store');
      expect(shown.html).toContain(pages[language].forbidden);
      expect(shown.html).toContain(`lang="${language}"`);
      // A refused post is the same 403 page (the root boundary renders it; after a post it has no root data, so Dutch).
      const posted = await page(`/ervaringen/${foreignReview}/reactie`, 'aanbieder@example.nl', language, { body: 'Wij zijn het hier niet mee eens.' });
      expect(posted.status).toBe(403);
      expect(posted.html).toContain('data-status="403"');
      expect(db.prepare('SELECT count(*) AS n FROM review_replies WHERE review_id = ?').get(foreignReview)).toEqual({ n: 0 });
    });

  }

  it("answers a change to a colleague's shortlist with the 404 page, revealing nothing", async () => {
    const { listId, itemId } = colleaguesList();
    const shown = await page(`/keuzelijst/${listId}`, 'medewerker@example.nl', 'nl', { intent: 'remove', item: String(itemId) });
    expect(shown.status).toBe(404);
    expect(shown.cacheControl).toContain('no-store');
    expect(shown.html).toContain('data-status="404"');
    expect(shown.html).toContain(pages.nl.notFound);
    expect(shown.html).not.toContain('Lijst van een collega');
    expect(db.prepare('SELECT count(*) AS n FROM shortlist_items WHERE id = ?').get(itemId)).toEqual({ n: 1 });
  });

  it('refuses the administrator a reply in a provider’s name (ADR 005), by permission', async () => {
    const shown = await page(`/ervaringen/${foreignReview}/reactie`, 'beheerder@example.nl', 'nl');
    expect(shown.status).toBe(403);
    expect(shown.html).toContain(pages.nl.forbidden);
    const posted = await page(`/ervaringen/${foreignReview}/reactie`, 'beheerder@example.nl', 'en', { body: 'Namens de gemeente: dit klopt niet.' });
    expect(posted.status).toBe(403);
    expect(db.prepare('SELECT count(*) AS n FROM review_replies WHERE review_id = ?').get(foreignReview)).toEqual({ n: 0 });
  });
});
