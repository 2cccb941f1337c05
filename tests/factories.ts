/**
 * Test factories. The builders are the ones the seed uses (db/seed/builders.ts), so the demo data
 * and the test data agree; the `insert…` helpers add one valid row (plus whatever it needs) to a
 * database, with any column overridden.
 */
import type { Db } from '../db/client';
import { migrateDatabase, openDatabase } from '../db/client';
import * as schema from '../db/schema';
import {
  RowWriter,
  buildBudgetCeiling,
  buildContract,
  buildIdentifier,
  buildLocation,
  buildOrganization,
  buildReview,
  buildSchedules,
  buildService,
  buildStaffFinding,
  buildUser,
  seedClock,
  type BudgetCeilingRow,
  type ContractRow,
  type LocationRow,
  type OrganizationIdentifierRow,
  type OrganizationRow,
  type ReviewRow,
  type ScheduleRow,
  type ServiceRow,
  type StaffFindingRow,
  type UserRow,
} from '../db/seed/builders';
import { insertReferenceData } from '../db/seed/generate';
import { createRng, type Rng } from '../db/seed/random';

export * from '../db/seed/builders';
export { DEMO_PASSWORD, demoAccounts, demoPasswordHashSync, insertReferenceData, seedDatabase, type SeedSummary } from '../db/seed/generate';
export { Rng, createRng } from '../db/seed/random';

/** The reference date tests use, so dates derived from it never depend on the day the tests run. */
export const TEST_REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
export const testClock = seedClock(TEST_REFERENCE_DATE);

let factoryRng = createRng(20261101, 'factories');

/** Start the factories' random stream again (call in beforeEach for fully repeatable ids). */
export function resetFactories(seed = 20261101): void {
  factoryRng = createRng(seed, 'factories');
}

/** An in-memory database with all migrations applied and the product categories and products present. */
export function createTestDatabase(options: { referenceData?: boolean } = {}): Db {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  if (options.referenceData ?? true) insertReferenceData(db);
  return db;
}

function writer(db: Db): RowWriter {
  return new RowWriter(db.$client);
}

function ensureReferenceData(db: Db): void {
  const row = db.$client.prepare('SELECT count(*) AS n FROM product_categories').get() as { n: number };
  if (row.n === 0) insertReferenceData(db);
}

export function insertOrganization(db: Db, overrides: Partial<OrganizationRow> = {}, rng: Rng = factoryRng): OrganizationRow {
  const row = buildOrganization(rng, overrides, { clock: testClock });
  writer(db).insert(schema.organizations, row);
  return row;
}

export function insertIdentifier(
  db: Db,
  overrides: Partial<OrganizationIdentifierRow> = {},
  rng: Rng = factoryRng,
): OrganizationIdentifierRow {
  const organizationId = overrides.organizationId ?? insertOrganization(db, {}, rng).id;
  const row = buildIdentifier(rng, { ...overrides, organizationId });
  writer(db).insert(schema.organizationIdentifiers, row);
  return row;
}

export function insertService(db: Db, overrides: Partial<ServiceRow> = {}, rng: Rng = factoryRng): ServiceRow {
  ensureReferenceData(db);
  const organizationId = overrides.organizationId ?? insertOrganization(db, {}, rng).id;
  const row = buildService(rng, { ...overrides, organizationId }, { clock: testClock });
  writer(db).insert(schema.services, row);
  return row;
}

export function insertLocation(db: Db, overrides: Partial<LocationRow> = {}, rng: Rng = factoryRng): LocationRow {
  const organizationId = overrides.organizationId ?? insertOrganization(db, {}, rng).id;
  const row = buildLocation(rng, { ...overrides, organizationId }, { clock: testClock });
  writer(db).insert(schema.locations, row);
  return row;
}

/** Weekly opening hours on a location (office hours unless a pattern is given). */
export function insertSchedules(
  db: Db,
  owner: { serviceId?: string | null; locationId?: string | null },
  pattern: Parameters<typeof buildSchedules>[1] = 'office',
  rng: Rng = factoryRng,
): ScheduleRow[] {
  const rows = buildSchedules(rng, pattern, owner);
  const w = writer(db);
  for (const row of rows) w.insert(schema.schedules, row);
  return rows;
}

export function insertContract(db: Db, overrides: Partial<ContractRow> = {}, rng: Rng = factoryRng): ContractRow {
  ensureReferenceData(db);
  const organizationId = overrides.organizationId ?? insertOrganization(db, {}, rng).id;
  const row = buildContract(rng, { productCode: '02A05', ...overrides, organizationId }, { clock: testClock, tariffEuro: [55, 80] });
  writer(db).insert(schema.contracts, row);
  return row;
}

export function insertBudgetCeiling(db: Db, overrides: Partial<BudgetCeilingRow> = {}, rng: Rng = factoryRng): BudgetCeilingRow {
  const organizationId = overrides.organizationId ?? insertOrganization(db, {}, rng).id;
  const row = buildBudgetCeiling(rng, { ...overrides, organizationId }, { clock: testClock });
  writer(db).insert(schema.budgetCeilings, row);
  return row;
}

/** A user; `id` is filled in with the id SQLite assigned. */
export function insertUser(db: Db, overrides: Partial<UserRow> = {}, rng: Rng = factoryRng): UserRow & { id: number } {
  const row = buildUser(rng, overrides, { clock: testClock });
  const result = writer(db).insert(schema.users, row);
  return { ...row, id: Number(result.lastInsertRowid) };
}

/** A published review; `id` is filled in with the id SQLite assigned. */
export function insertReview(db: Db, overrides: Partial<ReviewRow> = {}, rng: Rng = factoryRng): ReviewRow & { id: number } {
  const organizationId = overrides.organizationId ?? insertOrganization(db, {}, rng).id;
  const row = buildReview(rng, { ...overrides, organizationId }, { clock: testClock });
  const result = writer(db).insert(schema.reviews, row);
  return { ...row, id: Number(result.lastInsertRowid) };
}

export function insertStaffFinding(db: Db, overrides: Partial<StaffFindingRow> = {}, rng: Rng = factoryRng): StaffFindingRow & { id: number } {
  const organizationId = overrides.organizationId ?? insertOrganization(db, {}, rng).id;
  const row = buildStaffFinding(rng, { ...overrides, organizationId }, { clock: testClock });
  const result = writer(db).insert(schema.staffFindings, row);
  return { ...row, id: Number(result.lastInsertRowid) };
}
