/**
 * What a database knows about itself (table `app_meta`): whether the seed created it as a demo.
 * A demo database has made-up providers, people and reviews and the published demo accounts;
 * every page of it shows a banner, and a real deployment (PUBLIC_URL set) refuses to serve it
 * unless DEMO_DATA=true is given (scripts/deployment-check.ts).
 */
import type Database from 'better-sqlite3';

type Sqlite = Database.Database;

/** Marks the database as a demo (the seed calls this). */
export function markAsDemo(sqlite: Sqlite): void {
  sqlite.prepare("INSERT INTO app_meta (key, value) VALUES ('demo', 'true') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
}

/** Whether the seed created this database as a demo. */
export function isDemoDatabase(sqlite: Sqlite): boolean {
  const row = sqlite.prepare("SELECT value FROM app_meta WHERE key = 'demo'").get() as { value: string } | undefined;
  return row?.value === 'true';
}
