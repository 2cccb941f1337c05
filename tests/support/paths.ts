import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const tmpDir = resolve(projectRoot, 'tests/.tmp');
/** The migrated and seeded database every test copies from. */
export const baseDatabase = resolve(tmpDir, 'base.db');
/** A fixed reference date, so the seed (and every number derived from it) is the same each run. */
export const SEED_REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
/**
 * "Now" in every test that runs app code: two weeks after the seed's reference date, a Monday
 * morning. Integration tests pass it in the load context (remix-calls.ts) and to models; the
 * e2e harness freezes the server's clock at it (CLOCK_NOW). The machine's clock never matters.
 */
export const TEST_NOW = new Date('2026-11-16T10:00:00Z');
export const TEST_SEED = 20261101;
