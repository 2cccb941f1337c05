/**
 * What the foreign-key indexes of migration 0008 save: on a freshly seeded demo database, the CPU
 * time to delete 200 services (SQLite sets their reviews', change requests', shortlist items' and
 * deployments' service to NULL, or deletes them) and to look up the rows of 200 users in every
 * column that points at a user (what SQLite does per deleted user), each in a transaction that is
 * rolled back. "without" drops the 0008 indexes inside the transaction first, so both are measured
 * on the same database, back to back.
 *   npx tsx scripts/bench/parent-deletes.ts [--runs 5]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase, migrationsFolder, openDatabase } from '../../db/client';
import { seedDatabase } from '../../db/seed/index';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

const dir = mkdtempSync(join(tmpdir(), 'sk-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
migrateDatabase(db);
seedDatabase(db, { scale: 'demo', seed: 42, referenceDate: new Date('2026-11-01T00:00:00Z'), passwordHash: 'not-used' });
const sqlite = db.$client;

const indexNames = [...readFileSync(join(migrationsFolder, '0008_foreign_key_indexes.sql'), 'utf8').matchAll(/CREATE INDEX `([^`]+)`/g)].map((m) => m[1]!);
const serviceIds = (sqlite.prepare('SELECT id FROM services ORDER BY id LIMIT 200').all() as { id: string }[]).map((r) => r.id);
const userIds = (sqlite.prepare('SELECT id FROM users ORDER BY id LIMIT 200').all() as { id: number }[]).map((r) => r.id);
const userColumns = sqlite
  .prepare(`SELECT m.name AS tbl, f."from" AS col FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f."table" = 'users'`)
  .all() as { tbl: string; col: string }[];

function cpuMs(withIndexes: boolean, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    sqlite.exec('BEGIN');
    if (!withIndexes) for (const name of indexNames) sqlite.exec(`DROP INDEX "${name}"`);
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    sqlite.exec('ROLLBACK');
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const deleteServices = () => {
  const statement = sqlite.prepare('DELETE FROM services WHERE id = ?');
  for (const id of serviceIds) statement.run(id);
};
const lookUpUsers = () => {
  const statements = userColumns.map(({ tbl, col }) => sqlite.prepare(`SELECT count(*) FROM "${tbl}" WHERE "${col}" = ?`));
  for (const id of userIds) for (const statement of statements) statement.get(id);
};

for (const [label, work] of [
  [`delete ${serviceIds.length} services`, deleteServices],
  [`children of ${userIds.length} users in ${userColumns.length} columns`, lookUpUsers],
] as const) {
  const without = cpuMs(false, work);
  const withIndexes = cpuMs(true, work);
  console.log(`${label}: median CPU ${without.toFixed(1)} ms without the 0008 indexes, ${withIndexes.toFixed(1)} ms with them (${runs} runs)`);
}
sqlite.close();
rmSync(dir, { recursive: true, force: true });
