/**
 * Creates the seeded base database once per test run (reused while the migrations, the seed and
 * the schema are unchanged); every worker and every server under test copies it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDatabase, openDatabase } from '../../db/client';
import { hashPassword } from '../../app/lib/password.server';
import { DEMO_PASSWORD, seedDatabase } from '../../db/seed/index';
import { baseDatabase, projectRoot, SEED_REFERENCE_DATE, TEST_SEED, tmpDir } from './paths';

function fingerprint(): string {
  const hash = createHash('sha256');
  const files = (dir: string): string[] =>
    readdirSync(join(projectRoot, dir))
      .sort()
      .flatMap((name) => {
        const rel = join(dir, name);
        return statSync(join(projectRoot, rel)).isDirectory() ? files(rel) : [rel];
      });
  for (const file of [...files('db'), 'app/domain/categories.ts', 'app/domain/enums.ts']) {
    hash.update(file).update(readFileSync(join(projectRoot, file)));
  }
  return hash.digest('hex');
}

export default async function setup() {
  mkdirSync(tmpDir, { recursive: true });
  const stamp = `${baseDatabase}.fingerprint`;
  const current = fingerprint();
  if (existsSync(baseDatabase) && existsSync(stamp) && readFileSync(stamp, 'utf8') === current) return;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${baseDatabase}${suffix}`, { force: true });
  const db = openDatabase(baseDatabase);
  migrateDatabase(db);
  seedDatabase(db, {
    scale: 'demo',
    seed: TEST_SEED,
    referenceDate: SEED_REFERENCE_DATE,
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  writeFileSync(stamp, current);
}
