/** Importing postcode centroids: all or nothing, and the search page measures from them at once. */
import { describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { findPostcodeCentroid, importPostcodeCentroids } from '../../app/models/search.server';
import { migrateDatabase, openDatabase } from '../../db/client';
import { addBundledCentroids, ensureNationalCentroids, readBundledCentroids } from '../../db/postcodes';
import { searchPage } from '../support/search-page';
import { TEST_NOW } from '../support/paths';

const page = (url: string) => searchPage({ request: new Request(`http://localhost${url}`), params: {}, context: { now: TEST_NOW } });

describe('postcode centroids', () => {
  it('ships the demo municipality’s postcodes', () => {
    const db = getDb();
    const pc4s = db.$client.prepare(`SELECT DISTINCT substr(postal_code, 1, 4) AS pc4 FROM locations WHERE city = 'Vlietstede'`).all() as { pc4: string }[];
    expect(pc4s.length).toBeGreaterThan(20);
    for (const { pc4 } of pc4s) expect(findPostcodeCentroid(db, pc4), pc4).toBeDefined();
  });

  it('knows every Dutch postcode from the shipped file, and keeps the demo municipality’s own centroids', async () => {
    const db = getDb();
    const bundled = readBundledCentroids();
    expect(bundled).toHaveLength(4073);
    const { n } = db.$client.prepare('SELECT count(*) AS n FROM postcode_centroids').get() as { n: number };
    expect(n).toBeGreaterThanOrEqual(4073);
    // Amsterdam centre, Groningen's last postcode, Maastricht: all sort by distance now.
    for (const pc4 of ['1011', '9999', '6211']) {
      const data = await page(`/zoeken?q=buurthuis&postcode=${pc4}%20AB&sortering=afstand`);
      expect(data.fieldErrors, pc4).toEqual({});
      const distances = data.results.map((r: { distanceKm: number | null }) => r.distanceKm!);
      expect(distances.length).toBeGreaterThan(1);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(distances[0]).toBeGreaterThan(5);
    }
    // The fictional Vlietstede keeps its own centre for 3561, not Utrecht's real one.
    const real3561 = bundled.find((r) => r.pc4 === '3561')!;
    expect(findPostcodeCentroid(db, '3561')!.latitude).not.toBe(real3561.latitude);
  });

  it('loads the shipped centroids into a new database once, and leaves a national set alone', () => {
    const fresh = openDatabase(':memory:');
    migrateDatabase(fresh);
    expect(ensureNationalCentroids(fresh)).toBe(4073);
    expect(ensureNationalCentroids(fresh)).toBe(0);
    expect(addBundledCentroids(fresh)).toBe(0);
    fresh.$client.close();
  });

  it('imports new centroids, reports what changed, and searches from them', async () => {
    const db = getDb();
    expect((await page('/zoeken?q=buurthuis&postcode=1000')).fieldErrors.postcode).toMatch(/kennen postcode 1000 niet/);
    const dry = importPostcodeCentroids(db, [{ pc4: '1000', latitude: 52.2, longitude: 5.3, city: 'Elders' }], { replace: false, dryRun: true });
    expect(dry).toEqual({ inserted: 1, updated: 0, unchanged: 0, removed: 0 });
    expect(findPostcodeCentroid(db, '1000')).toBeUndefined();
    const result = importPostcodeCentroids(db, [{ pc4: '1000', latitude: 52.2, longitude: 5.3, city: 'Elders' }], { replace: false });
    expect(result).toEqual({ inserted: 1, updated: 0, unchanged: 0, removed: 0 });
    const data = await page('/zoeken?q=buurthuis&postcode=1000&sortering=afstand');
    expect(data.fieldErrors).toEqual({});
    expect(data.results[0]!.distanceKm!).toBeGreaterThan(5);
  });

  it('writes nothing when a row fails in the middle', () => {
    const db = getDb();
    const before = db.$client.prepare('SELECT count(*) AS n FROM postcode_centroids').get() as { n: number };
    expect(() =>
      importPostcodeCentroids(db, [{ pc4: '1001', latitude: 52, longitude: 5, city: null }, { pc4: '0000', latitude: 52, longitude: 5, city: null }], { replace: true }),
    ).toThrow();
    const after = db.$client.prepare('SELECT count(*) AS n FROM postcode_centroids').get() as { n: number };
    expect(after.n).toBe(before.n);
    expect(findPostcodeCentroid(db, '1001')).toBeUndefined();
  });
});
