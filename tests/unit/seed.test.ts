import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { productCategoryCodes } from '../../app/domain/categories';
import type { Db } from '../../db/client';
import { migrateDatabase, openDatabase } from '../../db/client';
import { createRng, demoAccounts, seedDatabase, slugify, type SeedSummary } from '../factories';

const REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
const NOW = REFERENCE_DATE.getTime() / 1000;
const PASSWORD_HASH = 'scrypt$16384$8$1$dGVzdA$dGVzdA';

function seeded(seed: number): { db: Db; summary: SeedSummary } {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  const summary = seedDatabase(db, { scale: 'demo', seed, referenceDate: REFERENCE_DATE, passwordHash: PASSWORD_HASH });
  return { db, summary };
}

/** sha256 of every row of every table, ordered by primary key. */
function tableHashes(db: Db): Record<string, string> {
  const sqlite = db.$client;
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Record<string, string> = {};
  for (const table of tables) {
    const pk = (sqlite.prepare(`SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(table) as { name: string }[]).map(
      (c) => `"${c.name}"`,
    );
    const hash = createHash('sha256');
    for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY ${pk.length > 0 ? pk.join(', ') : 'rowid'}`).iterate()) {
      hash.update(JSON.stringify(row));
    }
    out[table] = hash.digest('hex');
  }
  return out;
}

function value<T = number>(db: Db, sql: string, ...params: unknown[]): T {
  return db.$client.prepare(sql).pluck().get(...params) as T;
}

describe('the seeded random generator', () => {
  it('gives the same numbers for the same seed and label, and different ones otherwise', () => {
    const a = createRng(7, 'x');
    const b = createRng(7, 'x');
    const c = createRng(7, 'y');
    const seqA = Array.from({ length: 5 }, () => a.uint32());
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('makes v4-formatted uuids and kebab-case slugs', () => {
    const rng = createRng(1);
    for (let i = 0; i < 50; i++) expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(slugify('Zorggroep Het Anker & Café Çelik')).toBe('zorggroep-het-anker-en-cafe-celik');
  });
});

describe('the demo seed', () => {
  let first: { db: Db; summary: SeedSummary };
  let again: { db: Db; summary: SeedSummary };
  let other: { db: Db; summary: SeedSummary };

  beforeAll(() => {
    first = seeded(42);
    again = seeded(42);
    other = seeded(7);
  });

  it('is deterministic: the same seed and reference date give identical rows in every table', () => {
    const hashes = tableHashes(first.db);
    expect(Object.keys(hashes)).toContain('reviews');
    expect(tableHashes(again.db)).toEqual(hashes);
    expect(again.summary.counts).toEqual(first.summary.counts);
  });

  it('gives different rows for a different seed', () => {
    const a = tableHashes(first.db);
    const b = tableHashes(other.db);
    for (const table of ['organizations', 'services', 'locations', 'reviews', 'contracts', 'budget_ceilings']) expect(b[table]).not.toBe(a[table]);
    // Reference data does not depend on the seed.
    expect(b.product_categories).toBe(a.product_categories);
  });

  it('reports the counts it inserted', () => {
    const { db, summary } = first;
    expect(summary.counts.organizations).toBe(value(db, 'SELECT count(*) FROM organizations'));
    expect(summary.reviews).toBe(value(db, 'SELECT count(*) FROM reviews'));
    expect(summary.referenceDate).toBe('2026-11-01');
  });

  it.each([
    ['contracted', 250],
    ['national', 25],
    ['general', 80],
  ])('has at least the minimum number of %s organisations', (kind, minimum) => {
    for (const { db } of [first, other]) {
      expect(value(db, 'SELECT count(DISTINCT organization_id) FROM services WHERE kind = ?', kind)).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('has 600+ services, with services in every product category, and 8+ districts', () => {
    for (const { db } of [first, other]) {
      expect(value(db, 'SELECT count(*) FROM services')).toBeGreaterThanOrEqual(600);
      const categories = db.$client.prepare('SELECT DISTINCT category_code FROM services WHERE category_code IS NOT NULL').pluck().all();
      expect([...categories].sort()).toEqual([...productCategoryCodes].sort());
      expect(value(db, 'SELECT count(*) FROM product_categories')).toBe(productCategoryCodes.length);
      expect(value(db, 'SELECT count(*) FROM districts')).toBeGreaterThanOrEqual(8);
      // Every category has at least one municipal product.
      expect(value(db, 'SELECT count(DISTINCT category_code) FROM products')).toBe(productCategoryCodes.length);
    }
  });

  it('has 4,000+ published reviews, some pending, rejected (with a reason) and withdrawn', () => {
    const { db } = first;
    expect(value(db, "SELECT count(*) FROM reviews WHERE status = 'published'")).toBeGreaterThanOrEqual(4000);
    expect(value(db, "SELECT count(*) FROM reviews WHERE status = 'pending'")).toBeGreaterThan(50);
    expect(value(db, "SELECT count(*) FROM reviews WHERE status = 'rejected'")).toBeGreaterThan(10);
    expect(value(db, "SELECT count(*) FROM reviews WHERE status = 'rejected' AND moderation_reason IS NULL")).toBe(0);
    expect(value(db, "SELECT count(*) FROM reviews WHERE status = 'withdrawn'")).toBeGreaterThan(0);
  });

  it('spreads reviews unevenly: some providers have none, some a few, popular ones 50+', () => {
    const counts = first.db.$client
      .prepare(
        `SELECT count(r.id) AS n FROM organizations o LEFT JOIN reviews r ON r.organization_id = o.id
         WHERE EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id AND s.kind IN ('contracted', 'general'))
         GROUP BY o.id`,
      )
      .pluck()
      .all() as number[];
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(5);
    expect(counts.filter((n) => n >= 1 && n <= 4).length).toBeGreaterThan(5);
    expect(counts.filter((n) => n >= 50).length).toBeGreaterThan(3);
  });

  it('has believable reviews: marks averaging about 7.6, some older than four years, texts of 60–900 characters', () => {
    const { db } = first;
    const mean = value(db, "SELECT avg(overall) FROM reviews WHERE status = 'published'");
    expect(mean).toBeGreaterThan(7.2);
    expect(mean).toBeLessThan(8);
    expect(value(db, 'SELECT count(*) FROM reviews WHERE created_at < ?', NOW - 4 * 365 * 86400)).toBeGreaterThan(0);
    expect(value(db, 'SELECT count(*) FROM reviews WHERE created_at > ?', NOW)).toBe(0);
    expect(value(db, 'SELECT min(length(body)) FROM reviews')).toBeGreaterThanOrEqual(60);
    expect(value(db, "SELECT max(length(body)) FROM reviews WHERE status <> 'rejected'")).toBeLessThanOrEqual(900);
    expect(value(db, "SELECT count(DISTINCT body) * 1.0 / count(*) FROM reviews")).toBeGreaterThan(0.9);
    // The experience month is the month before the review was written.
    expect(
      value(db, "SELECT count(*) FROM reviews WHERE experience_month <> strftime('%Y-%m', created_at, 'unixepoch', 'start of month', '-1 month')"),
    ).toBe(0);
    // Recommending goes with good marks.
    expect(value(db, "SELECT avg(would_recommend) FROM reviews WHERE overall >= 8")).toBeGreaterThan(0.9);
    expect(value(db, "SELECT avg(would_recommend) FROM reviews WHERE overall <= 5")).toBeLessThan(0.2);
    const verified = value(db, "SELECT avg(verified) FROM reviews WHERE status = 'published'");
    expect(verified).toBeGreaterThan(0.2);
    expect(verified).toBeLessThan(0.4);
    expect(value(db, 'SELECT count(*) FROM reviews WHERE verified = 1 AND invitation_id IS NULL')).toBe(0);
    expect(value(db, 'SELECT count(*) FROM review_replies')).toBeGreaterThan(0);
  });

  it('has 500+ staff findings', () => {
    expect(value(first.db, 'SELECT count(*) FROM staff_findings')).toBeGreaterThanOrEqual(500);
  });

  it('puts about 10 % of this year’s ceilings at 80–99 % and about 5 % at 100 % or more', () => {
    for (const { db } of [first, other]) {
      const rows = db.$client.prepare('SELECT ceiling_cents AS c, committed_cents AS k FROM budget_ceilings WHERE year = 2026').all() as { c: number; k: number }[];
      expect(rows.length).toBeGreaterThanOrEqual(240);
      const nearly = rows.filter((r) => r.k >= 0.8 * r.c && r.k < r.c).length / rows.length;
      const reached = rows.filter((r) => r.k >= r.c).length / rows.length;
      expect(nearly).toBeGreaterThanOrEqual(0.06);
      expect(nearly).toBeLessThanOrEqual(0.15);
      expect(reached).toBeGreaterThanOrEqual(0.02);
      expect(reached).toBeLessThanOrEqual(0.09);
      const minimum = Math.min(...rows.map((r) => r.c));
      const maximum = Math.max(...rows.map((r) => r.c));
      expect(minimum).toBeGreaterThanOrEqual(50_000_00);
      expect(maximum).toBeLessThanOrEqual(2_500_000_00);
    }
    expect(value(first.db, 'SELECT count(*) FROM budget_ceilings WHERE year = 2025')).toBeGreaterThan(200);
  });

  it('has current, historic and soon-ending contracts, and products that are also bought nationally', () => {
    const { db } = first;
    expect(value(db, "SELECT count(*) FROM contracts WHERE valid_to = '2024-12-31'")).toBeGreaterThan(0);
    expect(value(db, "SELECT count(*) FROM contracts WHERE valid_from <= '2026-11-01' AND (valid_to IS NULL OR valid_to >= '2026-11-01')")).toBeGreaterThan(400);
    expect(value(db, "SELECT count(*) FROM contracts WHERE valid_to > '2026-11-01' AND valid_to <= '2026-12-31' AND valid_to <> '2026-12-31'")).toBeGreaterThan(0);
    expect(
      value(db, 'SELECT count(DISTINCT c.product_code) FROM contracts c JOIN national_procurements n ON n.product_code = c.product_code'),
    ).toBeGreaterThan(0);
    const perOrg = db.$client.prepare("SELECT count(*) FROM contracts WHERE valid_to IS NULL OR valid_to >= '2026-01-01' GROUP BY organization_id").pluck().all() as number[];
    expect(Math.max(...perOrg)).toBeLessThanOrEqual(4);
  });

  it('has locations in Vlietstede postcodes, opening hours across midnight and around the clock', () => {
    const { db } = first;
    const postcodes = db.$client.prepare("SELECT postal_code FROM locations WHERE city = 'Vlietstede'").pluck().all() as string[];
    expect(postcodes.length).toBeGreaterThan(300);
    const pc4s = postcodes.map((pc) => Number(pc.slice(0, 4)));
    expect(Math.min(...pc4s)).toBeGreaterThanOrEqual(3560);
    expect(Math.max(...pc4s)).toBeLessThanOrEqual(3589);
    for (const pc of postcodes) expect(pc).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
    expect(value(db, 'SELECT count(*) FROM schedules WHERE closes_at < opens_at')).toBeGreaterThan(0);
    expect(value(db, "SELECT count(*) FROM schedules WHERE opens_at = '00:00' AND closes_at = '24:00'")).toBeGreaterThan(0);
    const wheelchair = value(db, 'SELECT avg(wheelchair_accessible) FROM locations');
    expect(wheelchair).toBeGreaterThan(0.6);
    expect(wheelchair).toBeLessThan(0.8);
    expect(value(db, 'SELECT count(*) FROM services s WHERE NOT EXISTS (SELECT 1 FROM service_at_locations l WHERE l.service_id = s.id)')).toBe(0);
  });

  it('shows stale data: some entries assured more than a year ago, some waiting times older than three months', () => {
    const { db } = first;
    expect(value(db, "SELECT count(*) FROM organizations WHERE assured_date < '2025-11-01'")).toBeGreaterThan(20);
    expect(value(db, "SELECT count(*) FROM services WHERE waiting_reported_on < '2026-08-01'")).toBeGreaterThan(20);
  });

  it('creates the demo accounts with their roles; the provider belongs to a contracted organisation with reviews', () => {
    const { db, summary } = first;
    const users = db.$client.prepare('SELECT email, role, organization_id AS org, password_hash AS hash FROM users WHERE id <= 6 ORDER BY id').all() as {
      email: string;
      role: string;
      org: string | null;
      hash: string;
    }[];
    expect(users.map((u) => [u.email, u.role])).toEqual(demoAccounts.map((a) => [a.email, a.role]));
    expect(users.every((u) => u.hash === PASSWORD_HASH)).toBe(true);
    const provider = users.find((u) => u.role === 'provider')!;
    expect(provider.org).toBe(summary.demoProviderOrganizationId);
    expect(value(db, "SELECT count(*) FROM reviews WHERE organization_id = ? AND status = 'published'", provider.org)).toBeGreaterThanOrEqual(10);
    expect(value(db, "SELECT count(*) FROM contracts WHERE organization_id = ? AND valid_to >= '2026-11-01'", provider.org)).toBeGreaterThan(0);
    expect(value(db, "SELECT count(*) FROM services WHERE organization_id = ? AND kind = 'contracted'", provider.org)).toBeGreaterThan(0);
    expect(value(db, 'SELECT count(*) FROM users WHERE role = ?', 'citizen')).toBeGreaterThanOrEqual(200);
    expect(value(db, 'SELECT count(*) FROM reviews WHERE user_id IS NOT NULL')).toBeGreaterThan(100);
  });

  it('keeps a little maintenance history: change requests in every state and audit rows', () => {
    const { db } = first;
    const states = db.$client.prepare('SELECT status, count(*) AS n FROM change_requests GROUP BY status ORDER BY status').all();
    expect(states).toEqual([
      { status: 'approved', n: 1 },
      { status: 'pending', n: 3 },
      { status: 'rejected', n: 1 },
    ]);
    expect(value(db, 'SELECT count(*) FROM audit_log')).toBeGreaterThan(3);
  });

  it('leaves no dangling references', () => {
    expect(first.db.$client.pragma('foreign_key_check')).toEqual([]);
  });

  it('seeds the demo scale quickly', () => {
    const started = performance.now();
    seeded(3);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
