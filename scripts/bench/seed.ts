/**
 * Seed benchmark: wall time of the demo seed (in a temporary file, as `npm start` does it) and,
 * with `--scale national`, of the national benchmark database.
 *   npx tsx scripts/bench/seed.ts [--scale national] [--runs 3]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../../db/client';
import { seedDatabase } from '../../db/seed/index';
import { hashPassword } from '../../app/lib/password.server';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'demo' }, runs: { type: 'string', default: '3' } } });
const scale = values.scale === 'national' ? 'national' : 'demo';
const runs = scale === 'national' ? 1 : Number(values.runs);
const passwordHash = await hashPassword('benchmark-password');

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'sk-bench-'));
  const path = join(dir, 'bench.db');
  const started = performance.now();
  const db = openDatabase(path);
  migrateDatabase(db);
  const summary = seedDatabase(db, { scale, seed: 42, referenceDate: new Date('2026-11-01T00:00:00Z'), passwordHash });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  const seconds = (performance.now() - started) / 1000;
  times.push(seconds);
  console.log(`run ${run + 1}: ${seconds.toFixed(2)} s, ${(statSync(path).size / 1e6).toFixed(1)} MB`, JSON.stringify(summary));
  rmSync(dir, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
console.log(`${scale} seed: median ${times[Math.floor(times.length / 2)]!.toFixed(2)} s over ${runs} run(s)`);
