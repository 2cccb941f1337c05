/**
 * Seed a database with the deterministic demo or national data set.
 *
 *   npx tsx scripts/seed.ts [--scale demo|national] [--seed 42] [--database path]
 *                           [--reference-date 2026-11-01] [--force] [--no-demo-accounts]
 *
 * Demo scale (`npm run seed`) always starts over: it deletes the database file (and its -wal
 * and -shm files) and creates it anew. National scale refuses to touch a database that already
 * holds a catalogue unless --force is given.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isEmpty, migrateDatabase, openDatabase } from '../db/client';
import { DEFAULT_SEED, DEMO_PASSWORD, demoAccounts, seedDatabase, type SeedScale } from '../db/seed/index';
import { hashPassword } from '../app/lib/password.server';

const usage =
  'Usage: npx tsx scripts/seed.ts [--scale demo|national] [--seed 42] [--database path] [--reference-date YYYY-MM-DD] [--force] [--no-demo-accounts]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      options: {
        scale: { type: 'string', default: 'demo' },
        seed: { type: 'string' },
        database: { type: 'string' },
        'reference-date': { type: 'string' },
        force: { type: 'boolean', default: false },
        'no-demo-accounts': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
}

function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** A hand-written progress bar on stderr: bar, percent, steps, elapsed time and the current step. */
function progressBar(started: number) {
  const tty = process.stderr.isTTY === true;
  let lastPrinted = -1;
  return {
    update(done: number, total: number, label: string) {
      const fraction = total > 0 ? done / total : 1;
      const percent = Math.floor(fraction * 100);
      const elapsed = formatDuration(performance.now() - started);
      if (tty) {
        const width = 30;
        const filled = Math.round(fraction * width);
        const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}%  ${done}/${total}  ${elapsed}  ${label}`;
        const columns = process.stderr.columns ?? 100;
        process.stderr.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
      } else if (percent >= lastPrinted + 10 || done === total) {
        lastPrinted = percent;
        process.stderr.write(`${String(percent).padStart(3)}%  ${done}/${total}  ${elapsed}  ${label}\n`);
      }
    },
    finish() {
      if (tty) process.stderr.write('\n');
    },
  };
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

async function main() {
  const args = parse();
  if (args.help) {
    console.log(usage);
    return;
  }
  if (args.scale !== 'demo' && args.scale !== 'national') fail(`--scale must be demo or national.\n${usage}`);
  const scale = args.scale as SeedScale;
  const seed = args.seed === undefined ? DEFAULT_SEED : Number(args.seed);
  if (!Number.isInteger(seed) || seed < 0) fail('--seed must be a non-negative integer.');
  let referenceDate: Date | undefined;
  if (args['reference-date'] !== undefined) {
    referenceDate = new Date(`${args['reference-date']}T00:00:00Z`);
    if (Number.isNaN(referenceDate.getTime())) fail('--reference-date must look like 2026-11-01.');
  }
  const path = resolve(
    args.database ?? (scale === 'national' ? 'data/sociale-kaart-national.db' : (process.env.DATABASE_PATH ?? 'data/sociale-kaart.db')),
  );

  if (scale === 'demo') {
    if (existsSync(path)) console.log(`Reseeding: deleting ${path} (and its -wal/-shm files) and creating it anew.`);
    removeDatabaseFiles(path);
  } else if (existsSync(path)) {
    const probe = openDatabase(path);
    migrateDatabase(probe);
    const empty = isEmpty(probe);
    probe.$client.close();
    if (!empty && !args.force) fail(`${path} already holds a catalogue. Run again with --force to delete it and start over.`);
    if (!empty) console.log(`--force: deleting ${path} (and its -wal/-shm files).`);
    removeDatabaseFiles(path);
  }

  console.log(`Seeding ${scale} data (seed ${seed}) into ${path}`);
  const started = performance.now();
  const db = openDatabase(path);
  migrateDatabase(db);
  const accounts = !args['no-demo-accounts'];
  const passwordHash = accounts ? await hashPassword(DEMO_PASSWORD) : undefined;
  const bar = progressBar(started);
  const summary = seedDatabase(db, {
    scale,
    seed,
    referenceDate,
    withDemoAccounts: accounts,
    passwordHash,
    onProgress: (done, total, label) => bar.update(done, total, label),
  });
  bar.finish();
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();

  const rows = Object.entries(summary.counts);
  const width = Math.max(...rows.map(([table]) => table.length));
  console.log(`\nReference date ${summary.referenceDate}, ${summary.municipalities} municipality(ies):`);
  for (const [table, count] of rows) console.log(`  ${table.padEnd(width)}  ${count.toLocaleString('en-US').padStart(10)}`);
  console.log(`\nDone in ${formatDuration(performance.now() - started)} (seeding ${formatDuration(summary.elapsedMs)}).`);
  if (accounts) {
    console.log(`Demo accounts, password "${DEMO_PASSWORD}":`);
    for (const account of demoAccounts) console.log(`  ${account.role.padEnd(16)} ${account.email}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
