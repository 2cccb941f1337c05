/**
 * The page generation's triggers (db/migrations/0005_page_generation.sql) on a real, seeded
 * database: every table is placed (public: triggers; private: none, on purpose), and an insert,
 * an update and a delete of any public table raise the generation — inside a transaction that is
 * rolled back, so the seed stays as it is. Changes by the app's own model functions (which the
 * pages use) raise it too.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { privateTables, publicTables, triggerNames } from '../../scripts/cache/tables';
import { readGeneration } from '../../scripts/cache/database';

const sqlite = new Database(process.env.DATABASE_PATH!);
sqlite.pragma('foreign_keys = OFF');

afterAll(() => sqlite.close());

const generation = () => readGeneration(sqlite)!;

describe('page generation triggers', () => {
  it('every table of the database is either public (with triggers) or private (without)', () => {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'").pluck().all() as string[];
    const placed = new Set<string>([...publicTables, ...privateTables]);
    expect(tables.filter((table) => !placed.has(table)), 'tables nobody decided about').toEqual([]);
    const triggers = sqlite.prepare("SELECT name, tbl_name AS tableName FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'page_generation_%'").all() as {
      name: string;
      tableName: string;
    }[];
    for (const table of publicTables) {
      expect(triggers.filter((t) => t.tableName === table).map((t) => t.name).sort(), table).toEqual(triggerNames(table).sort());
    }
    for (const table of privateTables) expect(triggers.filter((t) => t.tableName === table), table).toEqual([]);
  });

  it('starts from one row', () => {
    expect(sqlite.prepare('SELECT count(*) FROM page_generation').pluck().get()).toBe(1);
    expect(generation()).toBeGreaterThan(0);
  });

  for (const table of publicTables) {
    it(`${table}: insert, update and delete each raise the generation`, () => {
      sqlite.exec('BEGIN');
      try {
        // The seed reports no reviews: one for this test (rolled back with the rest).
        if (table === 'review_reports') sqlite.prepare("INSERT INTO review_reports (review_id, reason) SELECT min(id), 'test' FROM reviews").run();
        const rowid = sqlite.prepare(`SELECT min(rowid) FROM ${table}`).pluck().get() as number | null;
        expect(rowid, `rows in ${table}`).not.toBeNull();
        const first = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])[0]!.name;
        const start = generation();
        sqlite.prepare(`UPDATE ${table} SET ${first} = ${first} WHERE rowid = ?`).run(rowid);
        const afterUpdate = generation();
        expect(afterUpdate, 'update').toBeGreaterThan(start);
        sqlite.exec(`CREATE TEMP TABLE page_cache_copy AS SELECT * FROM ${table} WHERE rowid = ${rowid}`);
        sqlite.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(rowid);
        const afterDelete = generation();
        expect(afterDelete, 'delete').toBeGreaterThan(afterUpdate);
        sqlite.exec(`INSERT INTO ${table} SELECT * FROM temp.page_cache_copy`);
        expect(generation(), 'insert').toBeGreaterThan(afterDelete);
      } finally {
        sqlite.exec('ROLLBACK');
      }
    });
  }

  it('private tables leave it alone (a signed-in request touching its session empties nothing)', () => {
    sqlite.exec('BEGIN');
    try {
      const start = generation();
      for (const table of ['sessions', 'users', 'audit_log', 'shortlists', 'staff_findings']) {
        const rowid = sqlite.prepare(`SELECT min(rowid) FROM ${table}`).pluck().get() as number | null;
        if (rowid === null) continue;
        const first = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])[0]!.name;
        if (table !== 'audit_log') sqlite.prepare(`UPDATE ${table} SET ${first} = ${first} WHERE rowid = ?`).run(rowid);
      }
      sqlite.prepare("INSERT INTO audit_log (actor, action, entity_type, entity_id) VALUES ('test', 'test', 'test', 'x')").run();
      expect(generation()).toBe(start);
    } finally {
      sqlite.exec('ROLLBACK');
    }
  });
});
