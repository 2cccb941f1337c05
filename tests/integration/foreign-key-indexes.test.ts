/**
 * Every foreign key of the migrated schema has an index that starts with its column(s). Without
 * one, deleting or re-keying a parent row makes SQLite scan the whole child table for each row
 * (to refuse it, cascade or set NULL) — the 2.2 s block of the first cleanup was exactly that
 * (reviews.invitation_id, migration 0007). A new foreign key without an index fails here unless it
 * is on the allow-list below, with the reason.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../factories';

/**
 * Foreign keys that may go without an index, as `child(column) -> parent`, each with its reason.
 * An entry that gets an index (or disappears) must leave the list.
 */
const allowedWithoutIndex: Record<string, string> = {
  // Districts and products are reference data: the app never deletes them or changes their key
  // (a seed or import only adds and renames), and the insight pages read these monthly
  // registrations by month (deployments_month_idx, unmet_needs_month_idx), never by district or
  // product alone. An index would only cost every registration a write.
  'deployments(district_id) -> districts': 'reference data, never deleted or re-keyed',
  'deployments(product_code) -> products': 'reference data, never deleted or re-keyed',
  'unmet_needs(district_id) -> districts': 'reference data, never deleted or re-keyed',
  'unmet_needs(alternative_product_code) -> products': 'reference data, never deleted or re-keyed',
};

interface ForeignKey {
  name: string;
  child: string;
  columns: string[];
}

function foreignKeys(sqlite: Database.Database): ForeignKey[] {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`).all() as { name: string }[];
  return tables.flatMap(({ name: child }) => {
    const rows = sqlite.prepare('SELECT id, seq, "table" AS parent, "from" AS col FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(child) as {
      id: number;
      seq: number;
      parent: string;
      col: string;
    }[];
    const byId = new Map<number, { parent: string; columns: string[] }>();
    for (const row of rows) {
      const key = byId.get(row.id) ?? { parent: row.parent, columns: [] };
      key.columns.push(row.col);
      byId.set(row.id, key);
    }
    return [...byId.values()].map(({ parent, columns }) => ({ name: `${child}(${columns.join(', ')}) -> ${parent}`, child, columns }));
  });
}

/** The column lists of a table's full (not partial) indexes, the rowid primary key included. */
function indexColumns(sqlite: Database.Database, table: string): string[][] {
  const indexes = sqlite.prepare('SELECT name FROM pragma_index_list(?) WHERE partial = 0').all(table) as { name: string }[];
  const lists = indexes.map(({ name }) => (sqlite.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(name) as { name: string }[]).map((c) => c.name));
  const rowidKey = sqlite.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk = 1 AND lower(type) = 'integer'`).all(table) as { name: string }[];
  return rowidKey.length === 1 ? [...lists, [rowidKey[0]!.name]] : lists;
}

/** Foreign keys no index serves: no index whose leading columns are exactly the key's columns (in any order). */
function unindexedForeignKeys(sqlite: Database.Database): string[] {
  return foreignKeys(sqlite)
    .filter(({ child, columns }) => {
      const wanted = new Set(columns);
      return !indexColumns(sqlite, child).some((list) => list.length >= columns.length && list.slice(0, columns.length).every((c) => wanted.has(c)));
    })
    .map((key) => key.name);
}

const db = createTestDatabase({ referenceData: false });
afterAll(() => db.$client.close());

describe('foreign keys and their indexes', () => {
  it('finds a foreign key without an index, and not one with an index or a rowid key', () => {
    const sqlite = new Database(':memory:');
    try {
      sqlite.exec(`
        CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE);
        CREATE TABLE child (
          id INTEGER PRIMARY KEY REFERENCES parent(id),
          bare_id INTEGER REFERENCES parent(id),
          indexed_id INTEGER REFERENCES parent(id),
          second_id INTEGER REFERENCES parent(id),
          partial_code TEXT REFERENCES parent(code)
        );
        CREATE INDEX child_indexed ON child (indexed_id, id);
        CREATE INDEX child_second_only ON child (id, second_id);
        CREATE INDEX child_partial ON child (partial_code) WHERE partial_code IS NOT NULL;
      `);
      expect(unindexedForeignKeys(sqlite).sort()).toEqual(['child(bare_id) -> parent', 'child(partial_code) -> parent', 'child(second_id) -> parent']);
    } finally {
      sqlite.close();
    }
  });

  it('every foreign key of the schema has an index that starts with it, except the allowed ones', () => {
    const missing = unindexedForeignKeys(db.$client).filter((name) => !(name in allowedWithoutIndex));
    expect(missing, 'add an index (db/schema.ts) or put the key on the allow-list with its reason').toEqual([]);
  });

  it('the allow-list names only foreign keys that exist and still have no index', () => {
    const unindexed = new Set(unindexedForeignKeys(db.$client));
    expect(Object.keys(allowedWithoutIndex).filter((name) => !unindexed.has(name))).toEqual([]);
  });

  it("SQLite's own planner looks up every indexed key's children instead of scanning the table", () => {
    const scans = foreignKeys(db.$client)
      .filter((key) => !(key.name in allowedWithoutIndex))
      .filter(({ child, columns }) => {
        // The lookup SQLite makes for a parent's delete or key change: the child rows with that key.
        const where = columns.map((c) => `"${c}" = ?`).join(' AND ');
        const plan = db.$client.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM "${child}" WHERE ${where}`).all(...columns.map(() => null)) as { detail: string }[];
        return plan.some((step) => /^SCAN\b/.test(step.detail));
      })
      .map((key) => key.name);
    expect(scans).toEqual([]);
  });
});
