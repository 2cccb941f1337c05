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
  return drizzle(sqlite, { schema }) as Db;
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}

/** True when the catalogue holds no organisation yet (a fresh database). */
export function isEmpty(db: Db): boolean {
  const row = db.$client.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number };
  return row.n === 0;
}
