import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { baseDatabase, tmpDir } from './paths';

/** A private copy of the seeded base database; returns its path. */
export function copyBaseDatabase(name: string): string {
  const dir = join(tmpDir, 'db');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  copyFileSync(baseDatabase, path);
  return path;
}
