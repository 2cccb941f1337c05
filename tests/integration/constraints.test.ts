/**
 * The database itself refuses bad rows (CHECK constraints, foreign keys, triggers), whatever the
 * application code does. Each case first inserts a valid row built by the shared factories, so a
 * failure can only come from the one field that was made wrong.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema';
import {
  RowWriter,
  buildContract,
  buildIdentifier,
  buildLocation,
  buildReview,
  buildSchedules,
  buildService,
  buildStaffFinding,
  buildUser,
  createRng,
  createTestDatabase,
  insertOrganization,
  insertUser,
  resetFactories,
  testClock,
} from '../factories';

const CHECK = /CHECK constraint failed/;
const FOREIGN_KEY = /FOREIGN KEY constraint failed/;

let db: Db;
let w: RowWriter;
let orgId: string;
const rng = createRng(99, 'constraints');

beforeEach(() => {
  resetFactories();
  db = createTestDatabase();
  w = new RowWriter(db.$client);
  orgId = insertOrganization(db).id;
});

describe('the database refuses bad catalogue rows', () => {
  it('refuses a service with an unknown category code', () => {
    const valid = buildService(rng, { organizationId: orgId, kind: 'contracted', law: 'wmo', categoryCode: '02', productCode: '02A05' }, { clock: testClock });
    expect(() => w.insert(schema.services, valid)).not.toThrow();
    const bad = buildService(rng, { organizationId: orgId, kind: 'contracted', law: 'wmo', categoryCode: '99' }, { clock: testClock });
    expect(() => w.insert(schema.services, bad)).toThrow(FOREIGN_KEY);
  });

  it('refuses a contracted service without a category, and a category code that is not two characters', () => {
    const bad = buildService(rng, { organizationId: orgId, kind: 'contracted', law: 'wmo', categoryCode: null }, { clock: testClock });
    expect(() => w.insert(schema.services, bad)).toThrow(CHECK);
    expect(() => w.insert(schema.productCategories, { code: '123', law: 'wmo', nameNl: 'Te lang', nameEn: 'Too long' })).toThrow(CHECK);
    expect(() => w.insert(schema.productCategories, { code: '99', law: 'wlz' as never, nameNl: 'Andere wet', nameEn: 'Other law' })).toThrow(CHECK);
  });

  it('refuses a KvK number of 7 digits and an AGB code with a letter', () => {
    expect(() => w.insert(schema.organizationIdentifiers, buildIdentifier(rng, { organizationId: orgId, scheme: 'kvk', identifier: '12345678' }))).not.toThrow();
    expect(() => w.insert(schema.organizationIdentifiers, buildIdentifier(rng, { organizationId: orgId, scheme: 'agb', identifier: '98123456' }))).not.toThrow();
    const other = insertOrganization(db).id;
    expect(() => w.insert(schema.organizationIdentifiers, buildIdentifier(rng, { organizationId: other, scheme: 'kvk', identifier: '1234567' }))).toThrow(CHECK);
    expect(() => w.insert(schema.organizationIdentifiers, buildIdentifier(rng, { organizationId: other, scheme: 'agb', identifier: '9812345A' }))).toThrow(CHECK);
  });

  it.each(['1234 ab', '0123 AB', '1234AB', '1234 SS', '1234 SA', '1234 SD'])('refuses the postcode "%s"', (postalCode) => {
    expect(() => w.insert(schema.locations, buildLocation(rng, { organizationId: orgId, postalCode: '1234 AB' }))).not.toThrow();
    expect(() => w.insert(schema.locations, buildLocation(rng, { organizationId: orgId, postalCode }))).toThrow(CHECK);
  });

  it('refuses a schedule on weekday 8, an empty period and one without owner', () => {
    const location = buildLocation(rng, { organizationId: orgId });
    w.insert(schema.locations, location);
    const locationId = location.id;
    const [valid] = buildSchedules(rng, 'office', { locationId });
    expect(() => w.insert(schema.schedules, valid!)).not.toThrow();
    expect(() => w.insert(schema.schedules, { ...valid!, id: rng.uuid(), weekday: 8 })).toThrow(CHECK);
    expect(() => w.insert(schema.schedules, { ...valid!, id: rng.uuid(), opensAt: '09:00', closesAt: '09:00' })).toThrow(CHECK);
    expect(() => w.insert(schema.schedules, { ...valid!, id: rng.uuid(), locationId: null, serviceId: null })).toThrow(CHECK);
    // Crossing midnight and 24 hours are fine.
    expect(() => w.insert(schema.schedules, { ...valid!, id: rng.uuid(), opensAt: '22:00', closesAt: '02:00' })).not.toThrow();
    expect(() => w.insert(schema.schedules, { ...valid!, id: rng.uuid(), opensAt: '00:00', closesAt: '24:00' })).not.toThrow();
  });
});

describe('the database refuses bad contracts', () => {
  const contract = (overrides: Parameters<typeof buildContract>[1]) => buildContract(rng, overrides, { clock: testClock, tariffEuro: [55, 80] });

  it('refuses a negative tariff', () => {
    expect(() => w.insert(schema.contracts, contract({ organizationId: orgId, productCode: '02A05', tariffCents: 0 }))).not.toThrow();
    expect(() => w.insert(schema.contracts, contract({ organizationId: orgId, productCode: '02A05', tariffCents: -1 }))).toThrow(CHECK);
  });

  it("refuses unit '99'", () => {
    expect(() => w.insert(schema.contracts, contract({ organizationId: orgId, productCode: '02A05', unit: '14' }))).not.toThrow();
    expect(() => w.insert(schema.contracts, contract({ organizationId: orgId, productCode: '02A05', unit: '99' as never }))).toThrow(CHECK);
  });

  it('refuses valid_to before valid_from, and a date that is not YYYY-MM-DD', () => {
    expect(() => w.insert(schema.contracts, contract({ organizationId: orgId, productCode: '02A05', validFrom: '2026-01-01', validTo: '2026-01-01' }))).not.toThrow();
    expect(() => w.insert(schema.contracts, contract({ organizationId: orgId, productCode: '02A05', validFrom: '2026-01-01', validTo: '2025-12-31' }))).toThrow(CHECK);
    expect(() => w.insert(schema.contracts, contract({ organizationId: orgId, productCode: '02A05', validFrom: '1-1-2026', validTo: null }))).toThrow(CHECK);
  });

  it('refuses an unknown product code', () => {
    expect(() => w.insert(schema.contracts, contract({ organizationId: orgId, productCode: '99Z99' }))).toThrow(FOREIGN_KEY);
  });

  it('refuses a negative budget ceiling', () => {
    const row = { id: rng.uuid(), organizationId: orgId, year: 2026, ceilingCents: 100_000_00, committedCents: 0, version: 1, updatedAt: testClock.now };
    expect(() => w.insert(schema.budgetCeilings, row)).not.toThrow();
    expect(() => w.insert(schema.budgetCeilings, { ...row, id: rng.uuid(), year: 2027, ceilingCents: -1 })).toThrow(CHECK);
  });
});

describe('the database refuses bad reviews and findings', () => {
  it('refuses mark 11 (and 0) on a review', () => {
    expect(() => w.insert(schema.reviews, buildReview(rng, { organizationId: orgId, overall: 10 }, { clock: testClock }))).not.toThrow();
    expect(() => w.insert(schema.reviews, buildReview(rng, { organizationId: orgId, overall: 11 }, { clock: testClock }))).toThrow(CHECK);
    expect(() => w.insert(schema.reviews, buildReview(rng, { organizationId: orgId, markSay: 0 }, { clock: testClock }))).toThrow(CHECK);
    expect(() => w.insert(schema.reviews, buildReview(rng, { organizationId: orgId, experienceMonth: '2026-1' }, { clock: testClock }))).toThrow(CHECK);
  });

  it('refuses mark 11 on a staff finding', () => {
    expect(() => w.insert(schema.staffFindings, buildStaffFinding(rng, { organizationId: orgId, markReporting: 1 }, { clock: testClock }))).not.toThrow();
    expect(() => w.insert(schema.staffFindings, buildStaffFinding(rng, { organizationId: orgId, markReporting: 11 }, { clock: testClock }))).toThrow(CHECK);
  });
});

describe('the database refuses bad users', () => {
  it('refuses a provider user without an organisation', () => {
    expect(() => w.insert(schema.users, buildUser(rng, { role: 'provider', organizationId: orgId }, { clock: testClock }))).not.toThrow();
    expect(() => w.insert(schema.users, buildUser(rng, { role: 'provider', organizationId: null }, { clock: testClock }))).toThrow(CHECK);
  });

  it('refuses an unknown role and an e-mail address with capitals', () => {
    expect(() => w.insert(schema.users, buildUser(rng, { role: 'superuser' as never }, { clock: testClock }))).toThrow(CHECK);
    expect(() => w.insert(schema.users, buildUser(rng, { email: 'Iris@Example.nl' }, { clock: testClock }))).toThrow(CHECK);
  });
});

describe('the audit log is append-only', () => {
  it('accepts new rows but refuses updates and deletes', () => {
    const user = insertUser(db);
    const row = { id: null, at: testClock.now, userId: user.id, actor: user.email, ip: null, action: 'update', entityType: 'organization', entityId: orgId, field: 'phone', oldValue: '030-1234567', newValue: '030-7654321', result: 'success' as const };
    expect(() => w.insert(schema.auditLog, row)).not.toThrow();
    expect(() => db.$client.prepare("UPDATE audit_log SET new_value = 'x'").run()).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.$client.prepare('SELECT new_value FROM audit_log').pluck().get()).toBe('030-7654321');
  });
});
