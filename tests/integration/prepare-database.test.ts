/**
 * `npm start` on an empty database (scripts/prepare-database.ts): migrations, the demo seed and
 * the national postcode centroids, in an order that works — the seed's own centroids first.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { prepareDatabase } from '../../scripts/prepare-database';
import { TEST_NOW, tmpDir } from '../support/paths';

describe('preparing the database at start', { timeout: 60_000 }, () => {
  it('seeds an empty demo database and adds every Dutch PC4 centroid, then changes nothing the second time', () => {
    const path = join(tmpDir, 'db', `prepare-${process.pid}.db`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    const db = openDatabase(path);
    try {
      const first = prepareDatabase(db, { demoData: true, now: TEST_NOW, passwordHash: 'x' });
      expect(first.seeded?.organizations).toBeGreaterThan(100);
      const count = () => (db.$client.prepare('SELECT count(*) AS n FROM postcode_centroids').get() as { n: number }).n;
      expect(count()).toBeGreaterThanOrEqual(4073);
      const again = prepareDatabase(db, { demoData: true, now: TEST_NOW, passwordHash: 'x' });
      expect(again).toEqual({ seeded: null, centroidsAdded: 0 });
    } finally {
      db.$client.close();
    }
  });
});
