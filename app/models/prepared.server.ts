/**
 * Queries built once per database connection: drizzle builds and SQLite compiles a query on
 * every call otherwise, which on the staff pages (compare, professional search flags) cost more
 * than running it. `once(build)` returns a getter that builds on first use for a connection and
 * hands back the same prepared query after that; lists go in as one JSON array
 * (`IN (SELECT value FROM json_each(?))`), so one statement serves any number of ids.
 */
import type { Db } from '../../db/client';

export function once<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<object, T>();
  return (db) => {
    // A transaction's handle has no `$client` of its own (it runs on the connection's): built for the call.
    if (!db.$client) return build(db);
    let value = built.get(db.$client);
    if (value === undefined) {
      value = build(db);
      built.set(db.$client, value);
    }
    return value;
  };
}

/**
 * The database's version as this connection sees it: SQLite's `data_version` changes when another
 * connection (another worker, a CLI import) commits, and `total_changes()` counts every row this
 * connection changed (triggers included). Any write anywhere gives a new version.
 */
const versionStatements = once((db: Db) => ({
  dataVersion: db.$client.prepare('PRAGMA data_version').pluck(),
  ownChanges: db.$client.prepare('SELECT total_changes()').pluck(),
}));

export function databaseVersion(db: Db): string {
  const statements = versionStatements(db);
  return `${statements.dataVersion.get() as number}|${statements.ownChanges.get() as number}`;
}

const MAX_ENTRIES = 32;

/**
 * `compute(db, key)`, remembered until the database changes (databaseVersion): for facts that
 * depend on the database and the key alone and that many requests ask for alike (the
 * professional search flags of the day, the compare form's options). Exact: any write makes
 * every remembered value unreachable at once. `rest` (e.g. the viewer a model checks) must not
 * change the value. Callers must not change what they get.
 */
export function rememberedUntilWrite<V, A extends unknown[] = []>(compute: (db: Db, key: string, ...rest: A) => V): (db: Db, key: string, ...rest: A) => V {
  const memory = new WeakMap<object, { version: string; values: Map<string, V> }>();
  return (db, key, ...rest) => {
    const version = databaseVersion(db);
    let entry = memory.get(db.$client);
    if (!entry || entry.version !== version) {
      entry = { version, values: new Map() };
      memory.set(db.$client, entry);
    }
    const known = entry.values.get(key);
    if (known !== undefined) return known;
    const value = compute(db, key, ...rest);
    if (entry.values.size >= MAX_ENTRIES) entry.values.clear();
    entry.values.set(key, value);
    return value;
  };
}
