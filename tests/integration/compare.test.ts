/**
 * The comparison (/vergelijken) against the seeded database: who may use it, and its numbers —
 * cost of the indication, difference with the cheapest, ceiling status and room, whether the
 * indication fits, the cheapest with room — each computed again here, independently, in SQL.
 */
import { describe, expect, it } from 'vitest';
import { loader as compareLoader, type ComparePageData } from '../../app/routes/vergelijken';
import { unpackPage } from '../support/packed-page';
import { getDb } from '../../app/db.server';
import { createSession } from '../../app/models/session.server';
import { sessionCookieName } from '../../app/utils/session-cookie.server';
import { call, getArgs } from '../support/remix-calls';
import { TEST_NOW } from '../support/paths';

const sqlite = () => getDb().$client;

function cookieFor(email: string): string {
  const user = sqlite().prepare('SELECT id, role FROM users WHERE email = ?').get(email) as { id: number; role: 'staff' };
  return `${sessionCookieName()}=${createSession(getDb(), user, { now: TEST_NOW }).token}`;
}

const staff = () => cookieFor('medewerker@example.nl');

type Result = ComparePageData;

/** Every row (`alle=1`), as most checks here look at all of them; `collapsed` for the short view. */
async function compare(query: string, cookie = staff(), view: 'all' | 'collapsed' = 'all') {
  const all = view === 'all' && query ? '&alle=1' : '';
  return unpackPage<Result, Awaited<ReturnType<typeof call>>>(await call(() => compareLoader(getArgs(`/vergelijken?${query}${all}`, { cookie }) as never)));
}

interface Expected {
  key: string;
  organization_id: string;
  tariff_cents: number;
  cost: number;
  ceiling_cents: number | null;
  committed_cents: number | null;
  accepting: number | null;
  service_status: string | null;
}

/** Every contract for the products valid on `day`, one per organisation and product (the newest), with the org's ceiling of `year` and its offer. */
function expectedRows(products: string[], day: string, year: number, units: number): Expected[] {
  const rows = sqlite()
    .prepare(
      `SELECT c.id AS key, c.organization_id, c.product_code, c.tariff_cents, c.valid_from,
              b.ceiling_cents, b.committed_cents,
              (SELECT s.accepting_new_clients FROM services s WHERE s.organization_id = c.organization_id AND s.product_code = c.product_code
                 AND s.kind = 'contracted' AND s.status <> 'inactive' ORDER BY s.name, s.id LIMIT 1) AS accepting,
              (SELECT s.status FROM services s WHERE s.organization_id = c.organization_id AND s.product_code = c.product_code
                 AND s.kind = 'contracted' AND s.status <> 'inactive' ORDER BY s.name, s.id LIMIT 1) AS service_status
         FROM contracts c
         JOIN organizations o ON o.id = c.organization_id AND o.status = 'active'
         LEFT JOIN budget_ceilings b ON b.organization_id = c.organization_id AND b.year = ?
        WHERE c.product_code IN (${products.map(() => '?').join(',')}) AND c.archived_at IS NULL
          AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)
        ORDER BY c.organization_id, c.product_code, c.valid_from DESC`,
    )
    .all(year, ...products, day, day) as (Expected & { product_code: string })[];
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const pair = `${r.organization_id}|${r.product_code}`;
      if (seen.has(pair)) return false;
      seen.add(pair);
      return true;
    })
    .map((r) => ({ ...r, cost: Math.round(units * r.tariff_cents) }));
}

function status(r: Expected): string {
  if (r.ceiling_cents === null || r.committed_cents === null) return 'none';
  if (r.ceiling_cents === 0 || r.committed_cents * 100 >= 100 * r.ceiling_cents) return 'reached';
  if (r.committed_cents * 100 >= 80 * r.ceiling_cents) return 'nearly_reached';
  return 'room';
}

function fits(r: Expected): boolean {
  const s = status(r);
  if (s === 'none') return true;
  if (s === 'reached') return false;
  return r.ceiling_cents! - r.committed_cents! >= r.cost;
}

describe('who may compare', () => {
  it('sends a visitor to sign in and refuses residents and providers', async () => {
    const anonymous = await call(() => compareLoader(getArgs('/vergelijken?product=02&aantal=3&duur=26') as never));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/inloggen\?terug=/);
    for (const email of ['inwoner@example.nl', 'aanbieder@example.nl']) {
      const refused = await compare('product=02&aantal=3&duur=26', cookieFor(email));
      expect(refused.status, email).toBe(403);
      expect(JSON.stringify(refused.data)).not.toMatch(/tariff|ceiling|costCents/i);
    }
  });

  it('lets staff and contract managers in; the empty form sends no costs', async () => {
    for (const email of ['medewerker@example.nl', 'contractmanager@example.nl', 'beheerder@example.nl']) {
      const page = await compare('', cookieFor(email));
      expect(page.status, email).toBe(200);
      expect(page.data.result).toBeNull();
      expect(page.headers.get('Cache-Control')).toMatch(/no-store/);
    }
    const page = await compare('');
    expect(page.data.options.categories.find((c) => c.code === '02')?.products.map((p) => p.code)).toEqual(['02A05', '02A06']);
    expect(page.data.options.districts.length).toBeGreaterThanOrEqual(9);
  });
});

describe('the numbers of a comparison: Begeleiding, 3 hours a week for 26 weeks', () => {
  const day = '2026-03-02';

  it('lists every contracted provider with a valid tariff, with cost, difference, ceiling, room and fit as computed in SQL', async () => {
    const page = await compare(`product=02&aantal=3&eenheid=04&per=week&duur=26&duureenheid=weken&start=${day}`);
    expect(page.status).toBe(200);
    const result = page.data.result!;
    expect(result.period).toMatchObject({ start: day, end: '2026-08-30' });
    const expected = expectedRows(['02A05', '02A06'], day, 2026, 78);
    expect(expected.length).toBeGreaterThan(20);
    expect(result.rows.map((r) => r.key).sort()).toEqual(expected.map((e) => e.key).sort());

    const cheapest = Math.min(...expected.map((e) => e.cost));
    for (const e of expected) {
      const row = result.rows.find((r) => r.key === e.key)!;
      expect(row.tariffCents, e.key).toBe(e.tariff_cents);
      expect(row.costCents, e.key).toBe(e.cost);
      expect(row.differenceCents, e.key).toBe(e.cost - cheapest);
      expect(row.differenceFraction!, e.key).toBeCloseTo((e.cost - cheapest) / cheapest, 10);
      expect(row.ceiling.status, e.key).toBe(status(e));
      expect(row.ceiling.remainingCents, e.key).toBe(e.ceiling_cents === null ? null : Math.max(0, e.ceiling_cents - e.committed_cents!));
      expect(row.fits, e.key).toBe(fits(e));
      expect(row.cheapest, e.key).toBe(e.cost === cheapest);
    }

    // The cheapest that has room, fits and takes new clients.
    const candidates = expected
      .filter((e) => status(e) !== 'reached' && fits(e) && e.accepting === 1 && e.service_status === 'active')
      .sort((a, b) => a.cost - b.cost);
    const best = result.rows.filter((r) => r.bestChoice);
    expect(best).toHaveLength(1);
    expect(best[0]!.costCents).toBe(candidates[0]!.cost);

    // Sorted by cost, cheapest first, by default.
    const costs = result.rows.map((r) => r.costCents!);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it('keeps providers whose ceiling is reached visible, with alternatives that can take the client', async () => {
    const page = await compare(`product=02&aantal=3&duur=26&start=${day}`);
    const rows = page.data.result!.rows;
    const full = rows.filter((r) => r.ceiling.status === 'reached');
    expect(full.length).toBeGreaterThan(0);
    for (const row of full) {
      expect(row.fits).toBe(false);
      expect(row.alternatives.length).toBeGreaterThan(0);
      for (const key of row.alternatives) {
        const alternative = rows.find((r) => r.key === key)!;
        expect(alternative.available).toBe(true);
        expect(alternative.ceiling.status).not.toBe('reached');
      }
    }
  });

  it('counts minutes for a tariff per minute and leaves other units out of the cost', async () => {
    // 54A01 is paid per minute: 2 hours a week for 10 weeks = 1200 minutes.
    const page = await compare(`product=54A01&aantal=2&eenheid=04&per=week&duur=10&start=${day}`);
    const expected = expectedRows(['54A01'], day, 2026, 1200);
    expect(page.data.result!.rows.length).toBe(expected.length);
    for (const e of expected) expect(page.data.result!.rows.find((r) => r.key === e.key)!.costCents).toBe(e.cost);
    const dagdelen = await compare(`product=07A01&aantal=2&eenheid=04&per=week&duur=10&start=${day}`);
    expect(dagdelen.data.result!.rows.every((r) => r.costCents === null)).toBe(true);
    expect(dagdelen.data.result!.tariffUnits).toEqual(['16']);
  });
});

describe('a long comparison', () => {
  it('shows the first ten rows in the chosen order plus the best choice, and every row with alle=1', async () => {
    const day = '2026-03-02';
    const all = (await compare(`product=01&aantal=3&duur=26&start=${day}`)).data.result!;
    expect(all.rows.length).toBeGreaterThan(30);
    expect(all.totalRows).toBe(all.rows.length);
    expect(all.hiddenRows).toBe(0);
    const short = (await compare(`product=01&aantal=3&duur=26&start=${day}`, staff(), 'collapsed')).data.result!;
    expect(short.totalRows).toBe(all.rows.length);
    expect(short.rows.length).toBeLessThanOrEqual(11);
    expect(short.rows.slice(0, 10).map((r) => r.key)).toEqual(all.rows.slice(0, 10).map((r) => r.key));
    expect(short.hiddenRows).toBe(all.rows.length - short.rows.length);
    expect(short.rows.filter((r) => r.bestChoice)).toHaveLength(all.rows.filter((r) => r.bestChoice).length);
    // Every alternative a shown row names has its name and cost, also when its own row is hidden.
    for (const row of short.rows) for (const key of row.alternatives) expect(short.alternatives[key]?.organizationName, key).toBeTruthy();
    // The chart: the ten cheapest, readable.
    expect(short.chartBars).toHaveLength(10);
    const costs = short.chartBars.map((b) => b.costCents);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(short.comparableCount).toBe(all.rows.filter((r) => r.costCents !== null).length);
    // Another sort: the first ten of that order.
    const byMark = (await compare(`product=01&aantal=3&duur=26&start=${day}&sorteer=cijfer&richting=af`, staff(), 'collapsed')).data.result!;
    const allByMark = (await compare(`product=01&aantal=3&duur=26&start=${day}&sorteer=cijfer&richting=af`)).data.result!;
    expect(byMark.rows.slice(0, 10).map((r) => r.key)).toEqual(allByMark.rows.slice(0, 10).map((r) => r.key));
  });
});

describe('contract years', () => {
  it('splits an indication over the turn of the year and checks each year against its own ceiling', async () => {
    // 8 weeks from 7 December 2026: 25 days in 2026, 31 days in 2027 (no ceiling set yet).
    const page = await compare('product=02A05&aantal=4&duur=8&start=2026-12-07');
    const result = page.data.result!;
    expect(result.period.end).toBe('2027-01-31');
    const expected = expectedRows(['02A05'], '2026-12-07', 2026, 32);
    for (const e of expected) {
      const row = result.rows.find((r) => r.key === e.key)!;
      expect(row.years.map((y) => y.year)).toEqual([2026, 2027]);
      expect(row.years[0]!.costCents + row.years[1]!.costCents).toBe(e.cost);
      expect(Math.abs(row.years[0]!.costCents - (e.cost * 25) / 56)).toBeLessThanOrEqual(1);
      expect(row.years[1]!.assessment.status).toBe('none');
      const room = e.ceiling_cents === null ? Infinity : e.ceiling_cents - e.committed_cents!;
      const firstYearFits = status(e) === 'none' || (status(e) !== 'reached' && room >= row.years[0]!.costCents);
      expect(row.fits, e.key).toBe(firstYearFits);
    }
  });

  it('leaves out contracts that have expired on the first day', async () => {
    const ended = sqlite()
      .prepare(`SELECT id, valid_to FROM contracts WHERE product_code = '02A05' AND archived_at IS NULL AND valid_to IS NOT NULL ORDER BY valid_to LIMIT 1`)
      .get() as { id: string; valid_to: string };
    const next = new Date(`${ended.valid_to}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const after = await compare(`product=02A05&aantal=3&duur=4&start=${next.toISOString().slice(0, 10)}`);
    expect(after.data.result!.rows.some((r) => r.key === ended.id)).toBe(false);
    const on = await compare(`product=02A05&aantal=3&duur=4&start=${ended.valid_to}`);
    expect(on.data.result!.rows.some((r) => r.key === ended.id)).toBe(true);
  });
});

describe('bad input gets a message at its field', () => {
  const errorsOf = async (query: string) => {
    const page = await compare(query);
    expect(page.status, query).toBe(400);
    expect(page.data.result).toBeNull();
    return page.data.lastResult!.error as Record<string, string[]>;
  };

  it('refuses a volume of 0 and more than 168 hours a week', async () => {
    expect((await errorsOf('product=02&aantal=0&duur=26')).aantal).toEqual(['compare.error.volumePositive']);
    expect((await errorsOf('product=02&aantal=169&duur=26')).aantal?.[0]).toMatch(/^compare\.error\.tooMuch\.week\|.*"max":168/);
    expect((await errorsOf('product=02&aantal=drie&duur=26')).aantal).toEqual(['compare.error.number']);
  });

  it('refuses an unknown product, an end before the start, a missing duration and a bad postcode', async () => {
    expect((await errorsOf('product=99X99&aantal=3&duur=26')).product).toEqual(['compare.error.productUnknown']);
    expect((await errorsOf('product=02&aantal=3&start=2026-05-01&einde=2026-04-30')).einde).toEqual(['compare.error.endBeforeStart']);
    expect((await errorsOf('product=02&aantal=3')).duur).toEqual(['compare.error.durationMissing']);
    expect((await errorsOf('product=02&aantal=3&duur=26&postcode=12AB')).postcode).toEqual(['compare.error.postcode']);
    expect((await errorsOf('product=02&aantal=3&duur=26&postcode=0999')).postcode).toEqual(['compare.error.postcode']);
  });

  it('refuses a postcode we have no centre for', async () => {
    const known = new Set((sqlite().prepare('SELECT pc4 FROM postcode_centroids').all() as { pc4: string }[]).map((r) => r.pc4));
    let unknown = 9999;
    while (known.has(String(unknown))) unknown -= 1;
    expect((await errorsOf(`product=02&aantal=3&duur=26&postcode=${unknown}`)).postcode).toEqual(['compare.error.postcodeUnknown']);
  });
});

describe('place, free facilities first and national procurement', () => {
  it('filters on a district and measures the distance from a postcode', async () => {
    const district = sqlite().prepare("SELECT slug, name FROM districts WHERE slug = 'centrum'").get() as { slug: string; name: string };
    const page = await compare(`product=02&aantal=3&duur=26&wijk=${district.slug}`);
    const rows = page.data.result!.rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.districts).toContain(district.name);
    const everywhere = await compare('product=02&aantal=3&duur=26');
    expect(everywhere.data.result!.rows.length).toBeGreaterThan(rows.length);

    const pc4 = sqlite().prepare('SELECT pc4 FROM postcode_centroids ORDER BY pc4 LIMIT 1').get() as { pc4: string };
    const near = await compare(`product=02&aantal=3&duur=26&postcode=${pc4.pc4}%20AB&sorteer=afstand`);
    const distances = near.data.result!.rows.map((r) => r.distanceKm).filter((d): d is number => d !== null);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('offers free general facilities for the same need first', async () => {
    const page = await compare('product=02&aantal=3&duur=26');
    const free = page.data.result!.freeFacilities;
    expect(free.length).toBeGreaterThan(0);
    const kinds = sqlite()
      .prepare(`SELECT DISTINCT kind FROM services WHERE id IN (${free.map(() => '?').join(',')})`)
      .all(...free.map((f) => f.id)) as { kind: string }[];
    expect(kinds).toEqual([{ kind: 'general' }]);
    // Only what the cards show is sent.
    for (const facility of free) {
      expect(Object.keys(facility).sort()).toEqual(['distanceKm', 'district', 'id', 'name', 'organizationName', 'organizationSlug', 'reviews']);
      expect(Object.keys(facility.reviews).sort()).toEqual(['average', 'count', 'provisional']);
    }
  });

  it('warns when the product is procured nationally and names the national provider', async () => {
    const national = sqlite()
      .prepare(
        `SELECT n.product_code, o.name FROM national_procurements n JOIN organizations o ON o.id = n.organization_id
          WHERE n.product_code IS NOT NULL AND n.valid_from <= '2026-03-02' AND (n.valid_to IS NULL OR n.valid_to >= '2026-03-02')
            AND EXISTS (SELECT 1 FROM contracts c WHERE c.product_code = n.product_code AND c.archived_at IS NULL)
          ORDER BY n.product_code LIMIT 1`,
      )
      .get() as { product_code: string; name: string };
    const page = await compare(`product=${national.product_code}&aantal=3&eenheid=14&per=totaal&start=2026-03-02`);
    expect(page.data.result!.national.map((n) => n.organizationName)).toContain(national.name);
    const plain = await compare('product=02A05&aantal=3&duur=26&start=2026-03-02');
    expect(plain.data.result!.national).toEqual([]);
  });

  it('sorts by every column with links, unknown values last', async () => {
    const page = await compare('product=02&aantal=3&duur=26&sorteer=tarief&richting=af');
    const tariffs = page.data.result!.rows.map((r) => r.tariffCents);
    expect(tariffs).toEqual([...tariffs].sort((a, b) => b - a));
    const marks = (await compare('product=02&aantal=3&duur=26&sorteer=cijfer&richting=af')).data.result!.rows.map((r) => r.citizenMark);
    const known = marks.filter((m): m is number => m !== null);
    expect(marks.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a));
  });
});
