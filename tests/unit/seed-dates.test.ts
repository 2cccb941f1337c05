/**
 * The demo seed is relative to its reference date (issue 11, "one clock"): a demo created in
 * 2027 or 2031 is as rich as one created today — this year's and last year's ceilings, reviews
 * up to last month, a year of history, current contracts — with nothing in the future, and the
 * same rows for the same date.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { migrateDatabase, openDatabase } from '../../db/client';
import { seedDatabase } from '../factories';

const PASSWORD_HASH = 'scrypt$16384$8$1$dGVzdA$dGVzdA';
const SEED = 20261101;

function seededAt(referenceDate: Date): Db {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  seedDatabase(db, { scale: 'demo', seed: SEED, referenceDate, passwordHash: PASSWORD_HASH });
  return db;
}

function value<T = number>(db: Db, sql: string, ...params: unknown[]): T {
  return db.$client.prepare(sql).pluck().get(...params) as T;
}

function tables(db: Db): string[] {
  return db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
    .pluck()
    .all() as string[];
}

function columns(db: Db, table: string): { name: string; type: string }[] {
  return db.$client.prepare('SELECT name, lower(type) AS type FROM pragma_table_info(?)').all(table) as { name: string; type: string }[];
}

/** sha256 over every row of every table. */
function fingerprint(db: Db): string {
  const hash = createHash('sha256');
  for (const table of tables(db)) {
    hash.update(table);
    for (const row of db.$client.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** Instants (unix seconds) that say when something happened, not when something will end. */
const happenedColumns = ({ name, type }: { name: string; type: string }) => type === 'integer' && (name.endsWith('_at') || name === 'at') && !/expires_at$/.test(name);
/** Calendar dates that say when something was checked, reported or began. */
const happenedDates = new Set(['assured_date', 'waiting_reported_on', 'valid_from']);

const monthOf = (date: Date, offset = 0) => {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 7);
};

describe.each([
  ['a spring day in 2027', new Date('2027-03-15T00:00:00Z')],
  ['the second of January 2031', new Date('2031-01-02T00:00:00Z')],
])('the demo seed made on %s', (_label, reference) => {
  const now = Math.floor(reference.getTime() / 1000);
  const today = reference.toISOString().slice(0, 10);
  const year = reference.getUTCFullYear();
  let db: Db;

  // A demo seed takes a few seconds; more on a busy machine.
  beforeAll(() => {
    db = seededAt(reference);
  }, 60_000);

  it("has this year's and last year's budget ceilings, and none for later years", () => {
    expect(value(db, 'SELECT count(*) FROM budget_ceilings WHERE year = ?', year)).toBeGreaterThanOrEqual(240);
    expect(value(db, 'SELECT count(*) FROM budget_ceilings WHERE year = ?', year - 1)).toBeGreaterThan(200);
    expect(value(db, 'SELECT max(year) FROM budget_ceilings')).toBe(year);
    const rows = db.$client.prepare('SELECT ceiling_cents AS c, committed_cents AS k FROM budget_ceilings WHERE year = ?').all(year) as { c: number; k: number }[];
    // Some ceilings are nearly or fully used this year, so the warnings have something to show.
    expect(rows.filter((r) => r.k >= 0.8 * r.c && r.k < r.c).length).toBeGreaterThan(5);
    expect(rows.filter((r) => r.k >= r.c).length).toBeGreaterThan(2);
  });

  it('has contracts that are current on the day, and some that end later this year', () => {
    expect(value(db, 'SELECT count(*) FROM contracts WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)', today, today)).toBeGreaterThan(400);
    expect(value(db, 'SELECT count(*) FROM contracts WHERE valid_to > ? AND valid_to < ?', today, `${year}-12-31`)).toBeGreaterThan(0);
  });

  it('has reviews up to last month and a year of history, 4,000+ published', () => {
    expect(value(db, "SELECT count(*) FROM reviews WHERE status = 'published'")).toBeGreaterThanOrEqual(4000);
    const perMonth = new Map(
      (db.$client.prepare("SELECT strftime('%Y-%m', created_at, 'unixepoch') AS m, count(*) AS n FROM reviews GROUP BY m").all() as { m: string; n: number }[]).map((r) => [r.m, r.n]),
    );
    // Every one of the twelve months before the reference month has reviews.
    for (let back = 1; back <= 12; back++) expect(perMonth.get(monthOf(reference, -back)) ?? 0, monthOf(reference, -back)).toBeGreaterThan(20);
    // Reviews older than four years exist too (they drop out of the averages).
    expect(value(db, 'SELECT count(*) FROM reviews WHERE created_at < ?', now - 4 * 365 * 86400)).toBeGreaterThan(0);
    expect(value(db, 'SELECT count(*) FROM staff_findings WHERE created_at >= ?', now - 365 * 86400)).toBeGreaterThan(50);
  });

  it('has entries that are stale on the day: assured more than a year ago', () => {
    const yearAgo = new Date(Date.UTC(year - 1, reference.getUTCMonth(), reference.getUTCDate())).toISOString().slice(0, 10);
    expect(value(db, 'SELECT count(*) FROM organizations WHERE assured_date < ?', yearAgo)).toBeGreaterThan(20);
    expect(value(db, 'SELECT count(*) FROM organizations WHERE assured_date >= ?', yearAgo)).toBeGreaterThan(100);
  });

  it('has nothing in the future: no instant after the reference date and no experience in its month or later', () => {
    for (const table of tables(db)) {
      for (const info of columns(db, table)) {
        const column = info.name;
        if (happenedColumns(info)) {
          expect(value(db, `SELECT count(*) FROM "${table}" WHERE "${column}" > ?`, now), `${table}.${column}`).toBe(0);
        } else if (happenedDates.has(column)) {
          expect(value(db, `SELECT count(*) FROM "${table}" WHERE "${column}" > ?`, today), `${table}.${column}`).toBe(0);
        }
      }
    }
    expect(value(db, 'SELECT count(*) FROM reviews WHERE experience_month >= ?', monthOf(reference))).toBe(0);
  });
});

describe('the demo seed for one date', () => {
  it('is the same every time it is made', () => {
    const reference = new Date('2027-03-15T00:00:00Z');
    expect(fingerprint(seededAt(reference))).toBe(fingerprint(seededAt(reference)));
  }, 120_000);
});
