/**
 * "Flags everywhere professionals look": professional search filters on the ceiling status and
 * the tariff band and sorts by tariff (residents get none of it), and the provider page shows
 * the ceiling flag next to each contract, the national-procurement warning, and — for everyone —
 * the Wmo personal contribution. Expected values are computed again here in SQL.
 */
import { describe, expect, it } from 'vitest';
import { searchPage } from '../support/search-page';
import { loader as providerLoader } from '../../app/routes/aanbieders.$slug';
import { getDb } from '../../app/db.server';
import { tariffBand } from '../../app/domain/compare';
import { createSession } from '../../app/models/session.server';
import { sessionCookieName } from '../../app/utils/session-cookie.server';
import { call, getArgs } from '../support/remix-calls';
import { TEST_NOW } from '../support/paths';
import { searchOutcome } from '../support/search-outcome';

const sqlite = () => getDb().$client;
const today = new Date(TEST_NOW).toISOString().slice(0, 10);
const year = new Date(TEST_NOW).getUTCFullYear();

function cookieFor(email: string): string {
  const user = sqlite().prepare('SELECT id, role FROM users WHERE email = ?').get(email) as { id: number; role: 'staff' };
  return `${sessionCookieName()}=${createSession(getDb(), user, { now: TEST_NOW }).token}`;
}

async function search(query: string, cookie?: string) {
  return call(() => searchPage(getArgs(`/zoeken?${query}`, { cookie }) as never));
}

/** Organisations with a valid contract and their ceiling status this year, as the rules say. */
function ceilingStatus(organizationId: string): string {
  const row = sqlite().prepare('SELECT ceiling_cents AS c, committed_cents AS u FROM budget_ceilings WHERE organization_id = ? AND year = ?').get(organizationId, year) as
    | { c: number; u: number }
    | undefined;
  if (!row) return 'none';
  if (row.c === 0 || row.u * 100 >= 100 * row.c) return 'reached';
  return row.u * 100 >= 80 * row.c ? 'nearly_reached' : 'room';
}

function serviceTariff(serviceId: string): { cents: number; unit: string; product: string } | undefined {
  return sqlite()
    .prepare(
      `SELECT c.tariff_cents AS cents, c.unit, c.product_code AS product FROM services s
         JOIN contracts c ON c.organization_id = s.organization_id AND c.product_code = s.product_code
        WHERE s.id = ? AND c.archived_at IS NULL AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)
        ORDER BY c.valid_from DESC LIMIT 1`,
    )
    .get(serviceId, today, today) as { cents: number; unit: string; product: string } | undefined;
}

describe('professional search', () => {
  it('offers the ceiling and tariff facets and the tariff sort to staff only', async () => {
    const staff = await search('categorie=02', cookieFor('medewerker@example.nl'));
    expect(staff.data.facets.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining(['plafond', 'tarief']));
    expect(staff.data.sorts.map((s: { id: string }) => s.id)).toContain('tarief');
    for (const cookie of [undefined, cookieFor('inwoner@example.nl'), cookieFor('aanbieder@example.nl')]) {
      const page = await search('categorie=02&plafond=bereikt&tarief=laag&sortering=tarief', cookie);
      expect(page.data.facets.map((f: { id: string }) => f.id)).not.toContain('plafond');
      expect(page.data.facets.map((f: { id: string }) => f.id)).not.toContain('tarief');
      expect(page.data.sorts.map((s: { id: string }) => s.id)).not.toContain('tarief');
      // The professional filters are ignored: the same results as without them.
      const plain = await search('categorie=02', cookie);
      expect(page.data.total).toBe(plain.data.total);
      expect(JSON.stringify(page.data)).not.toMatch(/tariff|ceiling|cents/i);
    }
  });

  it('filters on the ceiling status, with counts that match the rules', async () => {
    const cookie = cookieFor('medewerker@example.nl');
    const all = await search('categorie=02&per_page=50', cookie);
    const facet = all.data.facets.find((f: { id: string }) => f.id === 'plafond');
    const reachedCount = facet.options.find((o: { value: string }) => o.value === 'bereikt').count as number;
    expect(reachedCount).toBeGreaterThan(0);
    const reached = await search('categorie=02&plafond=bereikt', cookie);
    expect(reached.data.total).toBe(reachedCount);
    const ids = sqlite()
      .prepare(
        `SELECT s.id, s.organization_id FROM services s JOIN organizations o ON o.id = s.organization_id
          WHERE s.category_code = '02' AND s.kind = 'contracted' AND s.status <> 'inactive' AND o.status = 'active'
            AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = s.organization_id AND c.archived_at IS NULL AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?))`,
      )
      .all(today, today) as { id: string; organization_id: string }[];
    expect(reachedCount).toBe(ids.filter((s) => ceilingStatus(s.organization_id) === 'reached').length);
    const found = await searchOutcome('/zoeken?categorie=02&plafond=bereikt', { Cookie: cookie });
    expect(found.results.map((item) => item.id)).toEqual(reached.data.results.map((item: { id: string }) => item.id));
    for (const item of found.results) expect(ceilingStatus(item.organization.id)).toBe('reached');
  });

  it('filters on the tariff band within the product and sorts by tariff', async () => {
    const cookie = cookieFor('medewerker@example.nl');
    const low = await search('categorie=02&tarief=laag', cookie);
    expect(low.data.total).toBeGreaterThan(0);
    for (const item of low.data.results) {
      const tariff = serviceTariff(item.id)!;
      const all = (
        sqlite()
          .prepare('SELECT tariff_cents AS c FROM contracts WHERE product_code = ? AND archived_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)')
          .all(tariff.product, today, today) as { c: number }[]
      ).map((r) => r.c);
      expect(tariffBand(tariff.cents, all)).toBe('laag');
      expect(all.filter((c) => c < tariff.cents).length / all.length).toBeLessThan(1 / 3);
    }
    const sorted = await search('categorie=02&soort=contracted&sortering=tarief', cookie);
    const tariffs = sorted.data.results.map((item: { id: string }) => serviceTariff(item.id));
    const known = tariffs.filter(Boolean) as { cents: number; unit: string }[];
    expect(known.length).toBeGreaterThan(5);
    expect(tariffs.slice(0, known.length).every(Boolean)).toBe(true);
    const keys = known.map((t) => `${t.unit}|${String(t.cents).padStart(8, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('the provider page', () => {
  it('shows staff the national-procurement warning for a local product bought nationally', async () => {
    const local = sqlite()
      .prepare(
        `SELECT o.slug, o.id, c.product_code, n.organization_id AS national_id FROM contracts c
           JOIN organizations o ON o.id = c.organization_id AND o.status = 'active'
           JOIN national_procurements n ON n.product_code = c.product_code AND n.organization_id <> o.id
                AND n.valid_from <= ? AND (n.valid_to IS NULL OR n.valid_to >= ?)
          WHERE c.archived_at IS NULL AND (c.valid_to IS NULL OR c.valid_to >= ?)
          ORDER BY o.slug LIMIT 1`,
      )
      .get(today, today, today) as { slug: string; id: string; product_code: string; national_id: string };
    const nationalName = (sqlite().prepare('SELECT name FROM organizations WHERE id = ?').get(local.national_id) as { name: string }).name;
    const staff = await call(() => providerLoader(getArgs(`/aanbieders/${local.slug}`, { cookie: cookieFor('medewerker@example.nl'), params: { slug: local.slug } }) as never));
    const warnings = staff.data.nationalByProduct[local.product_code] as { organizationName: string }[];
    expect(warnings.map((w) => w.organizationName)).toContain(nationalName);
    const citizen = await call(() => providerLoader(getArgs(`/aanbieders/${local.slug}`, { cookie: cookieFor('inwoner@example.nl'), params: { slug: local.slug } }) as never));
    expect(citizen.data.nationalByProduct).toBeNull();
    // A provider with no nationally bought product gets no warning.
    const plain = sqlite()
      .prepare(
        `SELECT o.slug FROM organizations o WHERE o.status = 'active'
            AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id AND c.archived_at IS NULL)
            AND NOT EXISTS (SELECT 1 FROM contracts c JOIN products p ON p.code = c.product_code JOIN national_procurements n
                            ON n.category_code = p.category_code AND (n.product_code IS NULL OR n.product_code = c.product_code) WHERE c.organization_id = o.id)
          ORDER BY o.slug LIMIT 1`,
      )
      .get() as { slug: string };
    const none = await call(() => providerLoader(getArgs(`/aanbieders/${plain.slug}`, { cookie: cookieFor('medewerker@example.nl'), params: { slug: plain.slug } }) as never));
    expect(none.data.nationalByProduct).toEqual({});
  });

  it('gives everyone the Wmo personal contribution from configuration on Wmo maatwerk services', async () => {
    const row = sqlite()
      .prepare(`SELECT o.slug FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.kind = 'contracted' AND s.law = 'wmo' AND s.status = 'active' AND o.status = 'active' ORDER BY o.slug LIMIT 1`)
      .get() as { slug: string };
    const page = await call(() => providerLoader(getArgs(`/aanbieders/${row.slug}`, { params: { slug: row.slug } }) as never));
    expect(page.data.wmoPersonalContributionCents).toBe(2180);
  });
});
