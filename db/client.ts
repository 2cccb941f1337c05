/**
 * Opening the SQLite database: one place for the pragmas and the migrator, used by the app
 * server, the scripts and the tests alike.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
  const db = drizzle(sqlite, { schema }) as Db;
  // Several processes write one file (ADR 019): a transaction takes the write lock at BEGIN
  // (IMMEDIATE, waiting up to busy_timeout), so its reads and writes see one state. A DEFERRED one
  // that read first fails with SQLITE_BUSY when another process committed in between, and two
  // check-then-write transactions (a TOTP step, an invitation code) could both pass the check.
  const deferred = db.transaction.bind(db);
  db.transaction = ((transaction, config) => deferred(transaction, { behavior: 'immediate', ...config })) as Db['transaction'];
  return db;
}

/**
 * Applies the pending migrations. Foreign keys are off while they run (SQLite's procedure for
 * rebuilding a table, e.g. to change a CHECK constraint: a migration's own `PRAGMA
 * foreign_keys=OFF` is ignored inside the migrator's transaction, and dropping a parent table
 * with them on would cascade into its children); they are checked before being turned back on.
 */
export function migrateDatabase(db: Db): void {
  const sqlite = db.$client;
  const enforced = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  if (enforced) sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder });
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new Error(`migration left ${violations.length} foreign-key violation(s): ${JSON.stringify(violations.slice(0, 3))}`);
  } finally {
    if (enforced) sqlite.pragma('foreign_keys = ON');
  }
}

/** True when the catalogue holds no organisation yet (a fresh database). */
export function isEmpty(db: Db): boolean {
  const row = db.$client.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number };
  return row.n === 0;
}
