/**
 * The PC4 centroids shipped with the app (db/data/pc4-centroids.csv: all 4,073 Dutch four-digit
 * postcode areas, MIT licence, see db/data/README.md and NOTICE), so that every Dutch postcode a
 * visitor types sorts by distance. Loaded by the seed and, at start, into a database that has
 * never held a national set. Centroids already in the table are never changed: the demo
 * municipality's own (fictional) centroids and an operator's import stay as they are.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCentroidCsv, type CentroidRow } from '../app/domain/csv/postcode-centroids';
import type { Db } from './client';

export const bundledCentroidsFile = resolve(dirname(fileURLToPath(import.meta.url)), 'data/pc4-centroids.csv');

/** Below this many centroids the table has never held a national set (the demo has 30). */
export const NATIONAL_SET_THRESHOLD = 1000;

export function readBundledCentroids(file: string = bundledCentroidsFile): CentroidRow[] {
  const { rows, errors } = parseCentroidCsv(readFileSync(file, 'utf8'));
  if (errors.length > 0) throw new Error(`${file}: ${errors.length} bad row(s), first on line ${errors[0]!.line}: ${errors[0]!.message}`);
  return rows;
}

/** Adds every bundled centroid that is missing (one transaction); returns how many were added. */
export function addBundledCentroids(db: Db, rows: readonly CentroidRow[] = readBundledCentroids()): number {
  const insert = db.$client.prepare('INSERT INTO postcode_centroids (pc4, latitude, longitude, city) VALUES (?, ?, ?, ?) ON CONFLICT (pc4) DO NOTHING');
  return db.$client.transaction(() => {
    let added = 0;
    for (const row of rows) added += insert.run(row.pc4, row.latitude, row.longitude, row.city).changes;
    return added;
  })();
}

/**
 * At start: a database with fewer than NATIONAL_SET_THRESHOLD centroids (new, or the demo's 30)
 * gets the bundled ones; a database that holds a national set (bundled or imported) is left alone.
 */
export function ensureNationalCentroids(db: Db): number {
  const { n } = db.$client.prepare('SELECT count(*) AS n FROM postcode_centroids').get() as { n: number };
  return n < NATIONAL_SET_THRESHOLD ? addBundledCentroids(db) : 0;
}
