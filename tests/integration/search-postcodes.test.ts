/** Importing postcode centroids: all or nothing, and the search page measures from them at once. */
import { describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { findPostcodeCentroid, importPostcodeCentroids } from '../../app/models/search.server';
import { loader as searchLoader } from '../../app/routes/zoeken';
import { TEST_NOW } from '../support/paths';

const page = (url: string) => searchLoader({ request: new Request(`http://localhost${url}`), params: {}, context: { now: TEST_NOW } });

describe('postcode centroids', () => {
  it('ships the demo municipality’s postcodes', () => {
    const db = getDb();
    const pc4s = db.$client.prepare(`SELECT DISTINCT substr(postal_code, 1, 4) AS pc4 FROM locations WHERE city = 'Vlietstede'`).all() as { pc4: string }[];
    expect(pc4s.length).toBeGreaterThan(20);
    for (const { pc4 } of pc4s) expect(findPostcodeCentroid(db, pc4), pc4).toBeDefined();
  });

  it('imports new centroids, reports what changed, and searches from them', async () => {
    const db = getDb();
    expect((await page('/zoeken?q=buurthuis&postcode=9999')).fieldErrors.postcode).toMatch(/kennen postcode 9999 niet/);
    const dry = importPostcodeCentroids(db, [{ pc4: '9999', latitude: 52.2, longitude: 5.3, city: 'Elders' }], { replace: false, dryRun: true });
    expect(dry).toEqual({ inserted: 1, updated: 0, unchanged: 0, removed: 0 });
    expect(findPostcodeCentroid(db, '9999')).toBeUndefined();
    const result = importPostcodeCentroids(db, [{ pc4: '9999', latitude: 52.2, longitude: 5.3, city: 'Elders' }], { replace: false });
    expect(result).toEqual({ inserted: 1, updated: 0, unchanged: 0, removed: 0 });
    const data = await page('/zoeken?q=buurthuis&postcode=9999&sortering=afstand');
    expect(data.fieldErrors).toEqual({});
    expect(data.results[0]!.distanceKm!).toBeGreaterThan(5);
  });

  it('writes nothing when a row fails in the middle', () => {
    const db = getDb();
    const before = db.$client.prepare('SELECT count(*) AS n FROM postcode_centroids').get() as { n: number };
    expect(() =>
      importPostcodeCentroids(db, [{ pc4: '9998', latitude: 52, longitude: 5, city: null }, { pc4: '0000', latitude: 52, longitude: 5, city: null }], { replace: true }),
    ).toThrow();
    const after = db.$client.prepare('SELECT count(*) AS n FROM postcode_centroids').get() as { n: number };
    expect(after.n).toBe(before.n);
    expect(findPostcodeCentroid(db, '9998')).toBeUndefined();
  });
});
