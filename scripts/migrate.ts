/**
 * `npm run db:migrate`: applies the pending migrations (db/migrations) to DATABASE_PATH (default
 * data/sociale-kaart.db) and says which ones it applied. `npm start` does the same at every
 * start; this is for an upgrade done by hand, or to check the level of a database file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { migrateDatabase, migrationsFolder, openDatabase } from '../db/client';

export interface MigrationReport {
  path: string;
  /** Whether the file existed before (a missing file is created). */
  existed: boolean;
  /** Tags of the migrations applied now, oldest first. */
  applied: string[];
  /** How many migrations the database has in total afterwards. */
  level: number;
  /** The newest migration the code knows. */
  latest: string;
}

function journal(): string[] {
  const file = join(migrationsFolder, 'meta', '_journal.json');
  const entries = (JSON.parse(readFileSync(file, 'utf8')) as { entries: { idx: number; tag: string }[] }).entries;
  return [...entries].sort((a, b) => a.idx - b.idx).map((e) => e.tag);
}

function appliedCount(sqlite: { prepare(sql: string): { get(): unknown } }): number {
  const table = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get() as { n: number };
  if (table.n === 0) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/** Applies what is pending to the database at `path` and reports what it did. */
export function runMigrations(path: string): MigrationReport {
  const tags = journal();
  const existed = path !== ':memory:' && existsSync(path);
  const db = openDatabase(path);
  try {
    const before = appliedCount(db.$client);
    if (before > tags.length) {
      throw new Error(`${path} has ${before} migrations, more than this version of the code knows (${tags.length}): it was made by a newer version.`);
    }
    migrateDatabase(db);
    const after = appliedCount(db.$client);
    return { path, existed, applied: tags.slice(before, after), level: after, latest: tags[tags.length - 1] ?? '' };
  } finally {
    db.$client.close();
  }
}

export function describeReport(report: MigrationReport): string {
  const lines = [`Database: ${report.path}${report.existed ? '' : ' (new file)'}`];
  if (report.applied.length === 0) lines.push(`Up to date: ${report.level} migrations applied, the newest is ${report.latest}. Nothing to do.`);
  else {
    lines.push(`Applied ${report.applied.length} migration${report.applied.length === 1 ? '' : 's'}:`);
    for (const tag of report.applied) lines.push(`  ${tag}`);
    lines.push(`Now at ${report.level} migrations (newest: ${report.latest}).`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const path = process.env.DATABASE_PATH || 'data/sociale-kaart.db';
  try {
    console.log(describeReport(runMigrations(path)));
  } catch (error) {
    console.error(`Migrating ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
