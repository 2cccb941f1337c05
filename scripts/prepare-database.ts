/**
 * What `npm start` does to the database before serving: apply the migrations, seed the demo
 * municipality into an empty database (when asked), then add the national postcode centroids a
 * database lacks. In this order: the seed brings its own fictional centroids first.
 */
import { isEmpty, migrateDatabase, type Db } from '../db/client';
import { ensureNationalCentroids } from '../db/postcodes';
import { defaultReferenceDate, seedDatabase } from '../db/seed/index';

export interface PreparedDatabase {
  seeded: { organizations: number; services: number; reviews: number; seconds: number } | null;
  centroidsAdded: number;
}

export function prepareDatabase(db: Db, options: { demoData: boolean; now: Date; passwordHash: string }): PreparedDatabase {
  migrateDatabase(db);
  let seeded: PreparedDatabase['seeded'] = null;
  if (options.demoData && isEmpty(db)) {
    const started = performance.now();
    const summary = seedDatabase(db, { scale: 'demo', referenceDate: defaultReferenceDate(options.now), passwordHash: options.passwordHash });
    seeded = { organizations: summary.organizations, services: summary.services, reviews: summary.reviews, seconds: (performance.now() - started) / 1000 };
  }
  return { seeded, centroidsAdded: ensureNationalCentroids(db) };
}
