/**
 * Catalogue maintenance through the real loaders and actions against a seeded database: guards,
 * every field rule at its field, optimistic locking with "what changed", verification dates,
 * archive, tariffs without overlap, ceilings, locations with opening hours, the staleness
 * dashboard, change requests and error reports, and the audit log.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { isoToday, stalenessCutoffs } from '../../app/domain/staleness';
import { parseMessage } from '../../app/domain/validation';
import { nl } from '../../app/i18n/catalogue';
import { createSession } from '../../app/models/session.server';
import * as orgList from '../../app/routes/beheer.aanbieders._index';
import type { OrganizationsPageData } from '../../app/routes/beheer.aanbieders._index';
import { unpackPage } from '../support/packed-page';
import * as orgNew from '../../app/routes/beheer.aanbieders.nieuw';
import * as orgEdit from '../../app/routes/beheer.aanbieders.$id';
import * as serviceNew from '../../app/routes/beheer.diensten.nieuw';
import * as serviceEdit from '../../app/routes/beheer.diensten.$id';
import * as locationNew from '../../app/routes/beheer.locaties.nieuw';
import * as locationEdit from '../../app/routes/beheer.locaties.$id';
import * as contractNew from '../../app/routes/beheer.contracten.nieuw';
import * as contractEdit from '../../app/routes/beheer.contracten.$id';
import * as contractList from '../../app/routes/beheer.contracten._index';
import * as ceilingNew from '../../app/routes/beheer.plafonds.nieuw';
import * as ceilingEdit from '../../app/routes/beheer.plafonds.$id';
import * as nationalNew from '../../app/routes/beheer.landelijk.nieuw';
import * as nationalEdit from '../../app/routes/beheer.landelijk.$id';
import * as freshness from '../../app/routes/beheer.actualiteit';
import * as queue from '../../app/routes/beheer.wijzigingsverzoeken._index';
import * as decision from '../../app/routes/beheer.wijzigingsverzoeken.$id';
import * as auditLogRoute from '../../app/routes/beheer.logboek';
import * as report from '../../app/routes/aanbieders.$slug_.fout-melden';
import * as own from '../../app/routes/mijn-organisatie._index';
import * as ownOrganization from '../../app/routes/mijn-organisatie.gegevens';
import * as ownService from '../../app/routes/mijn-organisatie.aanbod.$id';
import { loader as providerPage } from '../../app/routes/aanbieders.$slug';
import { call, getArgs, postArgs } from '../support/remix-calls';
import { TEST_NOW } from '../support/paths';

const sqlite = () => getDb().$client;
const cookies: Record<string, string> = {};

function cookieFor(email: string): string {
  const user = sqlite().prepare('SELECT id, role FROM users WHERE email = ?').get(email) as { id: number; role: 'staff' };
  return `sk_session=${createSession(getDb(), user, { now: TEST_NOW }).token}`;
}

beforeAll(() => {
  for (const [role, email] of Object.entries({
    manager: 'contractmanager@example.nl',
    staff: 'medewerker@example.nl',
    provider: 'aanbieder@example.nl',
    citizen: 'inwoner@example.nl',
    admin: 'beheerder@example.nl',
  })) {
    cookies[role] = cookieFor(email);
  }
});

type Module = { loader?: (args: never) => unknown; action?: (args: never) => unknown };
const load = (module: Module, path: string, options: { params?: Record<string, string>; cookie?: string } = {}) =>
  call<any>(() => module.loader!(getArgs(path, { cookie: cookies.manager, ...options }) as never));
const post = (module: Module, path: string, form: Record<string, string>, options: { params?: Record<string, string>; cookie?: string } = {}) =>
  call<any>(() => module.action!(postArgs(path, form, { cookie: cookies.manager, ...options }) as never));

/** Field errors of a refused form, as `field:key`. */
const fieldErrors = (data: any) =>
  Object.entries((data.result?.error ?? {}) as Record<string, string[]>)
    .filter(([, list]) => list?.length)
    .map(([field, list]) => `${field}:${parseMessage(list[0]!).key}`)
    .sort();

function tableHash(...tables: string[]): string {
  const hash = createHash('sha256');
  for (const t of tables) hash.update(JSON.stringify(sqlite().prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  return hash.digest('hex');
}

function organizationForm(values: Record<string, string>, lock?: { version: number; original?: string }) {
  return { intent: 'save', name: 'Stichting Test', ...values, ...(lock ? { version: String(lock.version), original: lock.original ?? '' } : {}) };
}

function lastAudit(entityType: string, entityId: string) {
  return sqlite().prepare('SELECT * FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC').all(entityType, entityId) as {
    action: string;
    field: string | null;
    old_value: string | null;
    new_value: string | null;
    result: string;
    actor: string;
    ip: string | null;
  }[];
}

describe('who may maintain the catalogue', () => {
  it('sends visitors to sign in and refuses residents, providers and access-team staff', async () => {
    const anonymous = await load(orgList, '/beheer/aanbieders', { cookie: '' });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/inloggen\?terug=/);
    for (const role of ['citizen', 'provider', 'staff']) {
      expect((await load(orgList, '/beheer/aanbieders', { cookie: cookies[role] })).status, role).toBe(403);
      expect((await load(contractList, '/beheer/contracten', { cookie: cookies[role] })).status, role).toBe(403);
      expect((await post(orgNew, '/beheer/aanbieders/nieuw', organizationForm({}), { cookie: cookies[role] })).status, role).toBe(403);
    }
    expect(unpackPage<OrganizationsPageData, Awaited<ReturnType<typeof load>>>(await load(orgList, '/beheer/aanbieders?q=zorg')).data.total).toBeGreaterThan(0);
    expect((await load(contractList, '/beheer/contracten', { cookie: cookies.admin })).status).toBe(200);
  });
});

describe('organisations', () => {
  let id: string;

  it('creates an organisation with identifiers, a generated external id and an audit entry', async () => {
    const result = await post(orgNew, '/beheer/aanbieders/nieuw', organizationForm({ name: 'Stichting Nieuw Begin', kvk: '1234 5678', agb: '98765432', website: 'www.nieuwbegin.nl', phone: '030-1234567', email: 'info@nieuwbegin.nl' }));
    expect(result.status).toBe(302);
    id = result.location!.match(/\/beheer\/aanbieders\/([0-9a-f-]{36})\?melding=aangemaakt$/)![1]!;
    const row = sqlite().prepare('SELECT * FROM organizations WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ name: 'Stichting Nieuw Begin', website: 'https://www.nieuwbegin.nl', slug: 'stichting-nieuw-begin', status: 'active', version: 1, assured_date: null });
    expect(row.external_id).toMatch(/^SK-ORG-[0-9A-F]{8}$/);
    expect(sqlite().prepare('SELECT scheme, identifier FROM organization_identifiers WHERE organization_id = ? ORDER BY scheme').all(id)).toEqual([
      { scheme: 'agb', identifier: '98765432' },
      { scheme: 'kvk', identifier: '12345678' },
    ]);
    expect(lastAudit('organization', id)[0]).toMatchObject({ action: 'create', actor: 'contractmanager@example.nl', ip: '192.0.2.10', result: 'success' });
  });

  it('refuses bad input with a message at every field and writes nothing', async () => {
    const before = tableHash('organizations', 'organization_identifiers', 'audit_log');
    const result = await post(
      orgNew,
      '/beheer/aanbieders/nieuw',
      organizationForm({ name: ' ', kvk: '1234567', agb: '12ab5678', website: 'javascript:alert(1)', email: 'info@', phone: '12345', externalId: 'met spatie' }),
    );
    expect(result.status).toBe(400);
    expect(fieldErrors(result.data)).toEqual(['agb:v.agb', 'email:v.email', 'externalId:v.externalId', 'kvk:v.kvk', 'name:v.required', 'phone:v.phone', 'website:v.url']);
    expect(tableHash('organizations', 'organization_identifiers', 'audit_log')).toBe(before);
  });

  it('refuses an external id that another organisation already uses', async () => {
    const other = sqlite().prepare(`SELECT external_id, name FROM organizations WHERE id <> ? ORDER BY external_id LIMIT 1`).get(id) as { external_id: string; name: string };
    const result = await post(orgNew, '/beheer/aanbieders/nieuw', organizationForm({ externalId: other.external_id }));
    expect(result.status).toBe(400);
    expect(result.data.result.error.externalId[0]).toBe(`v.duplicateExternalId|${JSON.stringify({ name: other.name })}`);
  });

  it('saves an edit, logs each changed field, and leaves the verification date alone', async () => {
    const page = await load(orgEdit, `/beheer/aanbieders/${id}`, { params: { id } });
    expect(page.data.organization.version).toBe(1);
    const original = JSON.stringify(page.data.values);
    const result = await post(orgEdit, `/beheer/aanbieders/${id}`, organizationForm({ ...page.data.values, phone: '030-7654321', description: 'Hulp bij alles.' }, { version: 1, original }), { params: { id } });
    expect(result.status).toBe(302);
    const row = sqlite().prepare('SELECT phone, description, version, assured_date FROM organizations WHERE id = ?').get(id);
    expect(row).toEqual({ phone: '030-7654321', description: 'Hulp bij alles.', version: 2, assured_date: null });
    const fields = lastAudit('organization', id).filter((e) => e.action === 'update').map((e) => `${e.field}:${e.old_value}→${e.new_value}`);
    expect(fields.sort()).toEqual(['description:→Hulp bij alles.', 'phone:030-1234567→030-7654321']);
  });

  it('refuses a second save of an out-of-date form and shows what changed, theirs and yours', async () => {
    const page = await load(orgEdit, `/beheer/aanbieders/${id}`, { params: { id } });
    const version = page.data.organization.version as number;
    const original = JSON.stringify(page.data.values);
    // Colleague A saves first.
    const first = await post(orgEdit, `/beheer/aanbieders/${id}`, organizationForm({ ...page.data.values, phone: '030-1111111' }, { version, original }), { params: { id } });
    expect(first.status).toBe(302);
    // Colleague B, still on the old form, changes the phone number and the e-mail address.
    const second = await post(orgEdit, `/beheer/aanbieders/${id}`, organizationForm({ ...page.data.values, phone: '030-2222222', email: 'b@nieuwbegin.nl' }, { version, original }), { params: { id } });
    expect(second.status).toBe(409);
    expect(second.data.conflict.rows).toEqual([{ field: 'phone', before: '030-7654321', theirs: '030-1111111', yours: '030-2222222' }]);
    expect(second.data.conflict.version).toBe(version + 1);
    expect(sqlite().prepare('SELECT phone, email FROM organizations WHERE id = ?').get(id)).toEqual({ phone: '030-1111111', email: 'info@nieuwbegin.nl' });
    expect(lastAudit('organization', id)[0]).toMatchObject({ field: 'version', result: 'failure' });
    // Having seen the difference, B saves again on the new version: now it is deliberate.
    const third = await post(
      orgEdit,
      `/beheer/aanbieders/${id}`,
      organizationForm({ ...page.data.values, phone: '030-2222222', email: 'b@nieuwbegin.nl' }, { version: second.data.conflict.version, original: JSON.stringify(second.data.conflict.current) }),
      { params: { id } },
    );
    expect(third.status).toBe(302);
    expect(sqlite().prepare('SELECT phone, email FROM organizations WHERE id = ?').get(id)).toEqual({ phone: '030-2222222', email: 'b@nieuwbegin.nl' });
  });

  it('"Gecontroleerd" sets the verification date, not the version or the modification time', async () => {
    const before = sqlite().prepare('SELECT version, updated_at FROM organizations WHERE id = ?').get(id) as { version: number; updated_at: number };
    const result = await post(orgEdit, `/beheer/aanbieders/${id}`, { intent: 'verify' }, { params: { id } });
    expect(result.location).toBe(`/beheer/aanbieders/${id}?melding=gecontroleerd`);
    expect(sqlite().prepare('SELECT version, updated_at, assured_date FROM organizations WHERE id = ?').get(id)).toEqual({ ...before, assured_date: isoToday(TEST_NOW) });
    expect(lastAudit('organization', id)[0]).toMatchObject({ action: 'verify', field: 'assured_date', new_value: isoToday(TEST_NOW) });
  });

  it('archives instead of deleting: the public page disappears, the data stays, and it can come back', async () => {
    const slug = (sqlite().prepare('SELECT slug FROM organizations WHERE id = ?').get(id) as { slug: string }).slug;
    expect((await call(() => providerPage(getArgs(`/aanbieders/${slug}`, { params: { slug } }) as never))).status).toBe(200);
    await post(orgEdit, `/beheer/aanbieders/${id}`, { intent: 'archive' }, { params: { id } });
    expect((await call(() => providerPage(getArgs(`/aanbieders/${slug}`, { params: { slug } }) as never))).status).toBe(404);
    expect(sqlite().prepare('SELECT status FROM organizations WHERE id = ?').get(id)).toEqual({ status: 'archived' });
    await post(orgEdit, `/beheer/aanbieders/${id}`, { intent: 'restore' }, { params: { id } });
    expect((await call(() => providerPage(getArgs(`/aanbieders/${slug}`, { params: { slug } }) as never))).status).toBe(200);
  });

  it('answers garbage and hostile input with a clear message at the field and an unchanged database', async () => {
    const bad = <T>(valid: (v: string) => boolean) => fc.string({ maxLength: 40 }).filter((v) => v.trim() !== '' && !valid(v));
    const before = tableHash('organizations', 'organization_identifiers');
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          kvk: bad((v) => /^\d{8}$/.test(v.replace(/[\s.]/g, ''))),
          email: fc.oneof(fc.constantFrom('<script>@', "a'; DROP TABLE organizations;--", 'x@y', '@@'), bad((v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v))),
          website: fc.oneof(fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'ftp://x.nl', 'http://localhost', '//evil.example'), bad(() => false).map((v) => `${v} x`)),
        }),
        async (input) => {
          const result = await post(orgNew, '/beheer/aanbieders/nieuw', organizationForm(input));
          expect(result.status).toBe(400);
          const errors = fieldErrors(result.data);
          expect(errors.map((e) => e.split(':')[0])).toEqual(expect.arrayContaining(['email', 'kvk', 'website']));
          for (const e of errors) expect(e.split(':')[1]! in nl, e).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
    expect(tableHash('organizations', 'organization_identifiers')).toBe(before);
  });
});

describe('tariffs, ceilings and national procurement', () => {
  const org = () => sqlite().prepare(`SELECT id FROM organizations WHERE external_id LIKE 'VLS-ORG-%' AND status = 'active' ORDER BY external_id LIMIT 1`).get() as { id: string };
  const form = (values: Record<string, string>) => ({ intent: 'save', organizationId: org().id, productCode: '07A01', unit: '16', validFrom: '2030-01-01', tariffCents: '62,50', ...values });
  let contractId: string;

  it('reads amounts the Dutch way and refuses what is not an amount, at the field', async () => {
    for (const [input, key] of [
      ['62,505', 'v.amount.decimals'],
      ['-1', 'v.amount.negative'],
      ['abc', 'v.amount.format'],
      ['', 'v.required'],
    ] as const) {
      const result = await post(contractNew, '/beheer/contracten/nieuw', form({ tariffCents: input }));
      expect(result.status, input).toBe(400);
      expect(fieldErrors(result.data), input).toEqual([`tariffCents:${key}`]);
    }
    const created = await post(contractNew, '/beheer/contracten/nieuw', form({ tariffCents: '1.234,56', validTo: '2030-12-31' }));
    expect(created.status).toBe(302);
    contractId = created.location!.match(/contracten\/([0-9a-f-]{36})/)![1]!;
    expect(sqlite().prepare('SELECT tariff_cents, unit, valid_from, valid_to, version FROM contracts WHERE id = ?').get(contractId)).toEqual({
      tariff_cents: 123456,
      unit: '16',
      valid_from: '2030-01-01',
      valid_to: '2030-12-31',
      version: 1,
    });
  });

  it('refuses an end before the start and a period that overlaps another tariff for the same product', async () => {
    const order = await post(contractNew, '/beheer/contracten/nieuw', form({ validFrom: '2031-06-01', validTo: '2031-01-01' }));
    expect(fieldErrors(order.data)).toEqual(['validTo:v.dateOrder']);
    const overlap = await post(contractNew, '/beheer/contracten/nieuw', form({ validFrom: '2030-12-01', validTo: '2031-12-31' }));
    expect(overlap.status).toBe(400);
    expect(overlap.data.result.error.validFrom[0]).toBe(`v.tariffOverlap|${JSON.stringify({ from: '2030-01-01', to: '2030-12-31' })}`);
    const otherProduct = await post(contractNew, '/beheer/contracten/nieuw', form({ productCode: '07A02', validFrom: '2030-12-01' }));
    expect(otherProduct.status).toBe(302);
    const next = await post(contractNew, '/beheer/contracten/nieuw', form({ validFrom: '2031-01-01' }));
    expect(next.status).toBe(302);
  });

  it('edits a tariff with a locked version and logs the old and new amount', async () => {
    const page = await load(contractEdit, `/beheer/contracten/${contractId}`, { params: { id: contractId } });
    expect(page.data.values.tariffCents).toBe('1.234,56');
    const original = JSON.stringify(page.data.values);
    const saved = await post(contractEdit, `/beheer/contracten/${contractId}`, { ...page.data.values, intent: 'save', tariffCents: '64,10', version: '1', original }, { params: { id: contractId } });
    expect(saved.status).toBe(302);
    expect(lastAudit('contract', contractId)[0]).toMatchObject({ action: 'update', field: 'tariff_cents', old_value: '123456', new_value: '6410' });
    const stale = await post(contractEdit, `/beheer/contracten/${contractId}`, { ...page.data.values, intent: 'save', tariffCents: '70,00', version: '1', original }, { params: { id: contractId } });
    expect(stale.status).toBe(409);
    expect(stale.data.conflict.rows).toEqual([{ field: 'tariffCents', before: '1.234,56', theirs: '64,10', yours: '70,00' }]);
    expect((sqlite().prepare('SELECT tariff_cents FROM contracts WHERE id = ?').get(contractId) as { tariff_cents: number }).tariff_cents).toBe(6410);
  });

  it('archives a tariff and restores it only when no other period overlaps', async () => {
    await post(contractEdit, `/beheer/contracten/${contractId}`, { intent: 'archive' }, { params: { id: contractId } });
    expect((sqlite().prepare('SELECT archived_at FROM contracts WHERE id = ?').get(contractId) as { archived_at: number | null }).archived_at).not.toBeNull();
    // While archived, a new tariff may take its period…
    const replacement = await post(contractNew, '/beheer/contracten/nieuw', form({ validFrom: '2030-02-01', validTo: '2030-11-30', tariffCents: '60' }));
    expect(replacement.status).toBe(302);
    // …and then the archived one cannot come back.
    const restore = await post(contractEdit, `/beheer/contracten/${contractId}`, { intent: 'restore' }, { params: { id: contractId } });
    expect(restore.status).toBe(400);
    expect(parseMessage(restore.data.result.error[''][0]).key).toBe('v.tariffOverlap');
  });

  it('keeps one ceiling per organisation and year, with amounts ≥ 0', async () => {
    const existing = sqlite().prepare('SELECT id, organization_id, year, version FROM budget_ceilings ORDER BY id LIMIT 1').get() as { id: string; organization_id: string; year: number; version: number };
    const duplicate = await post(ceilingNew, '/beheer/plafonds/nieuw', { intent: 'save', organizationId: existing.organization_id, year: String(existing.year), ceilingCents: '100.000', committedCents: '0' });
    expect(fieldErrors(duplicate.data)).toEqual(['year:v.duplicateCeiling']);
    const negative = await post(ceilingNew, '/beheer/plafonds/nieuw', { intent: 'save', organizationId: existing.organization_id, year: '2099', ceilingCents: '-5', committedCents: '1,001' });
    expect(fieldErrors(negative.data)).toEqual(['ceilingCents:v.amount.negative', 'committedCents:v.amount.decimals']);
    const page = await load(ceilingEdit, `/beheer/plafonds/${existing.id}`, { params: { id: existing.id } });
    const saved = await post(ceilingEdit, `/beheer/plafonds/${existing.id}`, { ...page.data.values, intent: 'save', committedCents: '12.345,67', version: String(existing.version), original: JSON.stringify(page.data.values) }, { params: { id: existing.id } });
    expect(saved.status).toBe(302);
    expect((sqlite().prepare('SELECT committed_cents FROM budget_ceilings WHERE id = ?').get(existing.id) as { committed_cents: number }).committed_cents).toBe(1234567);
    expect(lastAudit('budget_ceiling', existing.id)[0]).toMatchObject({ field: 'committed_cents', new_value: '1234567' });
  });

  it('maintains the national-procurement list, refusing a product from another category', async () => {
    const national = sqlite().prepare(`SELECT id FROM organizations WHERE external_id LIKE 'LND-%' LIMIT 1`).get() as { id: string };
    const wrong = await post(nationalNew, '/beheer/landelijk/nieuw', { intent: 'save', categoryCode: '55', productCode: '02A05', organizationId: national.id, validFrom: '2026-01-01' });
    expect(fieldErrors(wrong.data)).toEqual(['productCode:v.productCategory']);
    const created = await post(nationalNew, '/beheer/landelijk/nieuw', { intent: 'save', categoryCode: '55', organizationId: national.id, validFrom: '2026-01-01', note: 'Proef' });
    expect(created.status).toBe(302);
    const row = sqlite().prepare(`SELECT id FROM national_procurements WHERE note = 'Proef'`).get() as { id: string };
    const page = await load(nationalEdit, `/beheer/landelijk/${row.id}`, { params: { id: row.id } });
    const original = JSON.stringify(page.data.values);
    await post(nationalEdit, `/beheer/landelijk/${row.id}`, { ...page.data.values, intent: 'save', validTo: '2026-12-31', original }, { params: { id: row.id } });
    const stale = await post(nationalEdit, `/beheer/landelijk/${row.id}`, { ...page.data.values, intent: 'save', note: 'Anders', original }, { params: { id: row.id } });
    expect(stale.status).toBe(409);
    expect(stale.data.conflict.rows.map((r: { field: string }) => r.field)).toEqual(['validTo']);
    await post(nationalEdit, `/beheer/landelijk/${row.id}`, { intent: 'delete' }, { params: { id: row.id } });
    expect(sqlite().prepare('SELECT count(*) AS n FROM national_procurements WHERE id = ?').get(row.id)).toEqual({ n: 0 });
    expect(lastAudit('national_procurement', row.id)[0]).toMatchObject({ action: 'delete' });
  });
});

describe('services and locations', () => {
  const org = () => sqlite().prepare(`SELECT id FROM organizations WHERE slug = 'stichting-nieuw-begin'`).get() as { id: string };
  let locationId: string;
  let serviceId: string;

  it('adds a location with a Dutch postcode and opening hours that may cross midnight', async () => {
    const bad = await post(locationNew, '/beheer/locaties/nieuw', {
      intent: 'save',
      organizationId: org().id,
      name: 'Hoofdlocatie',
      address1: 'Dorpsstraat 1',
      postalCode: '1234 SA',
      city: 'Vlietstede',
      'hours[0].weekday': '1',
      'hours[0].opensAt': '25:00',
      'hours[0].closesAt': '17:00',
    });
    expect(fieldErrors(bad.data)).toEqual(['hours[0].opensAt:v.time', 'postalCode:v.postcode']);
    const good = await post(locationNew, '/beheer/locaties/nieuw', {
      intent: 'save',
      organizationId: org().id,
      name: 'Hoofdlocatie',
      address1: 'Dorpsstraat 1',
      postalCode: '3511ab',
      city: 'Vlietstede',
      wheelchairAccessible: 'on',
      'hours[0].weekday': '1',
      'hours[0].opensAt': '9:00',
      'hours[0].closesAt': '17:00',
      'hours[8].weekday': '5',
      'hours[8].opensAt': '22:00',
      'hours[8].closesAt': '02:00',
    });
    expect(good.status).toBe(302);
    locationId = good.location!.match(/locaties\/([0-9a-f-]{36})/)![1]!;
    expect(sqlite().prepare('SELECT postal_code, wheelchair_accessible FROM locations WHERE id = ?').get(locationId)).toEqual({ postal_code: '3511 AB', wheelchair_accessible: 1 });
    expect(sqlite().prepare('SELECT weekday, opens_at, closes_at FROM schedules WHERE location_id = ? ORDER BY weekday').all(locationId)).toEqual([
      { weekday: 1, opens_at: '09:00', closes_at: '17:00' },
      { weekday: 5, opens_at: '22:00', closes_at: '02:00' },
    ]);
  });

  it('changes opening hours under the same lock and logs them as one field', async () => {
    const page = await load(locationEdit, `/beheer/locaties/${locationId}`, { params: { id: locationId } });
    const original = JSON.stringify(page.data.values);
    const base = { intent: 'save', name: 'Hoofdlocatie', address1: 'Dorpsstraat 1', postalCode: '3511 AB', city: 'Vlietstede', wheelchairAccessible: 'on', version: '1', original };
    const saved = await post(locationEdit, `/beheer/locaties/${locationId}`, { ...base, 'hours[0].weekday': '1', 'hours[0].opensAt': '08:30', 'hours[0].closesAt': '16:00' }, { params: { id: locationId } });
    expect(saved.status).toBe(302);
    expect(lastAudit('location', locationId).find((e) => e.field === 'hours')).toMatchObject({ old_value: '1 09:00-17:00; 5 22:00-02:00', new_value: '1 08:30-16:00' });
    const stale = await post(locationEdit, `/beheer/locaties/${locationId}`, { ...base, 'hours[0].weekday': '1', 'hours[0].opensAt': '10:00', 'hours[0].closesAt': '12:00' }, { params: { id: locationId } });
    expect(stale.status).toBe(409);
    expect(stale.data.conflict.rows.map((r: { field: string; theirs: string; yours: string }) => [r.field, r.theirs, r.yours])).toEqual([['hours', '1 08:30-16:00', '1 10:00-12:00']]);
  });

  it('creates a service: a contracted one needs a category, the product must belong to it, languages and locations are kept', async () => {
    const missing = await post(serviceNew, '/beheer/diensten/nieuw', { intent: 'save', organizationId: org().id, name: 'Begeleiding', kind: 'contracted', law: 'wmo', status: 'active' });
    expect(fieldErrors(missing.data)).toEqual(['categoryCode:v.categoryRequired']);
    const mismatch = await post(serviceNew, '/beheer/diensten/nieuw', { intent: 'save', organizationId: org().id, name: 'Begeleiding', kind: 'contracted', law: 'wmo', status: 'active', categoryCode: '07', productCode: '02A05' });
    expect(fieldErrors(mismatch.data)).toEqual(['productCode:v.productCategory']);
    const body = new URLSearchParams({ intent: 'save', organizationId: org().id, name: 'Begeleiding thuis', kind: 'contracted', law: 'wmo', status: 'active', productCode: '02A05', waitingWeeks: '4', acceptingNewClients: 'on' });
    body.append('languages', 'nl');
    body.append('languages', 'tr');
    body.append('locationIds', locationId);
    const created = await call<any>(() =>
      serviceNew.action({
        request: new Request('http://localhost/beheer/diensten/nieuw', { method: 'POST', headers: { Cookie: cookies.manager!, 'Content-Type': 'application/x-www-form-urlencoded' }, body: body.toString() }),
        params: {},
        context: { clientIp: '192.0.2.10', now: TEST_NOW },
      } as never),
    );
    expect(created.status, JSON.stringify(created.data)).toBe(302);
    serviceId = created.location!.match(/diensten\/([0-9a-f-]{36})/)![1]!;
    expect(sqlite().prepare('SELECT category_code, product_code, waiting_weeks, waiting_reported_on FROM services WHERE id = ?').get(serviceId)).toEqual({
      category_code: '02',
      product_code: '02A05',
      waiting_weeks: 4,
      waiting_reported_on: isoToday(TEST_NOW),
    });
    expect(sqlite().prepare('SELECT code FROM service_languages WHERE service_id = ? ORDER BY code').all(serviceId)).toEqual([{ code: 'nl' }, { code: 'tr' }]);
    expect(sqlite().prepare('SELECT location_id FROM service_at_locations WHERE service_id = ?').all(serviceId)).toEqual([{ location_id: locationId }]);
  });

  it('verifies a service separately from editing it', async () => {
    const page = await load(serviceEdit, `/beheer/diensten/${serviceId}`, { params: { id: serviceId } });
    expect(page.data.service.assuredDate).toBeNull();
    await post(serviceEdit, `/beheer/diensten/${serviceId}`, { intent: 'verify' }, { params: { id: serviceId } });
    expect((sqlite().prepare('SELECT assured_date FROM services WHERE id = ?').get(serviceId) as { assured_date: string }).assured_date).toBe(isoToday(TEST_NOW));
  });

  it('deletes a location only when the box is ticked, and not from an out-of-date page', async () => {
    const created = await post(locationNew, '/beheer/locaties/nieuw', { intent: 'save', organizationId: org().id, name: 'Bijlocatie', address1: 'Kerkstraat 2', postalCode: '3512 CD', city: 'Vlietstede' });
    expect(created.status).toBe(302);
    const id = created.location!.match(/locaties\/([0-9a-f-]{36})/)![1]!;
    const exists = () => sqlite().prepare('SELECT count(*) AS n FROM locations WHERE id = ?').get(id) as { n: number };
    const unticked = await post(locationEdit, `/beheer/locaties/${id}`, { intent: 'delete', version: '1' }, { params: { id } });
    expect(unticked.status).toBe(400);
    expect(fieldErrors(unticked.data)).toEqual(['confirm:maint.locations.confirmRequired']);
    const stale = await post(locationEdit, `/beheer/locaties/${id}`, { intent: 'delete', version: '7', confirm: 'on' }, { params: { id } });
    expect(stale.status).toBe(409);
    expect(fieldErrors(stale.data)).toEqual([':maint.conflict.title']);
    expect(exists().n).toBe(1);
    const deleted = await post(locationEdit, `/beheer/locaties/${id}`, { intent: 'delete', version: '1', confirm: 'on' }, { params: { id } });
    expect(deleted.status).toBe(302);
    expect(deleted.location).toMatch(new RegExp(`/beheer/aanbieders/${org().id}`));
    expect(exists().n).toBe(0);
  });
});

describe('the freshness dashboard', () => {
  it('counts what is stale by the rules, and marks several entries verified at once', async () => {
    const cutoffs = stalenessCutoffs(isoToday(TEST_NOW));
    const page = await load(freshness, '/beheer/actualiteit');
    const count = (sql: string, ...args: unknown[]) => (sqlite().prepare(sql).get(...args) as { n: number }).n;
    expect(page.data.unverifiedOrganizations.total).toBe(count(`SELECT count(*) AS n FROM organizations WHERE status = 'active' AND (assured_date IS NULL OR assured_date < ?)`, cutoffs.verifiedBefore));
    expect(page.data.staleWaitingTimes.total).toBe(
      count(`SELECT count(*) AS n FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.status <> 'inactive' AND o.status = 'active' AND s.waiting_reported_on < ?`, cutoffs.waitingReportedBefore),
    );
    expect(page.data.endingContracts.total).toBe(count(`SELECT count(*) AS n FROM contracts WHERE archived_at IS NULL AND valid_to BETWEEN ? AND ?`, cutoffs.today, cutoffs.contractsEndingBy));
    expect(page.data.endingContracts.total).toBeGreaterThan(0);
    expect(page.data.withoutLocation.total).toBe(count(`SELECT count(*) AS n FROM organizations o WHERE status = 'active' AND NOT EXISTS (SELECT 1 FROM locations l WHERE l.organization_id = o.id)`));
    const orgs = page.data.unverifiedOrganizations.rows.slice(0, 2).map((o: { id: string }) => o.id);
    const services = page.data.unverifiedServices.rows.slice(0, 3).map((s: { id: string }) => s.id);
    const body = new URLSearchParams();
    for (const id of orgs) body.append('organizationIds', id);
    for (const id of services) body.append('serviceIds', id);
    const result = await call<any>(() =>
      freshness.action({ request: new Request('http://localhost/beheer/actualiteit', { method: 'POST', headers: { Cookie: cookies.manager!, 'Content-Type': 'application/x-www-form-urlencoded' }, body: body.toString() }), params: {}, context: { now: TEST_NOW } } as never),
    );
    expect(result.location).toBe('/beheer/actualiteit?aantal=5&melding=gecontroleerd');
    for (const id of orgs) expect(sqlite().prepare('SELECT assured_date FROM organizations WHERE id = ?').get(id)).toEqual({ assured_date: isoToday(TEST_NOW) });
    for (const id of services) expect(sqlite().prepare('SELECT assured_date FROM services WHERE id = ?').get(id)).toEqual({ assured_date: isoToday(TEST_NOW) });
    const after = await load(freshness, '/beheer/actualiteit');
    expect(after.data.unverifiedOrganizations.total).toBe(page.data.unverifiedOrganizations.total - 2);
  });

  it('shows access-team staff nothing of it and shows no contract dates without the contract permission', async () => {
    expect((await load(freshness, '/beheer/actualiteit', { cookie: cookies.staff })).status).toBe(403);
  });
});

describe('change requests', () => {
  const providerOrg = () => sqlite().prepare(`SELECT o.id, o.slug, o.phone, o.description FROM organizations o JOIN users u ON u.organization_id = o.id WHERE u.email = 'aanbieder@example.nl'`).get() as { id: string; slug: string; phone: string; description: string };

  it('lets a provider propose changes to its own organisation: only what changed is stored', async () => {
    const page = await load(ownOrganization, '/mijn-organisatie/gegevens', { cookie: cookies.provider });
    const unchanged = await post(ownOrganization, '/mijn-organisatie/gegevens', page.data.defaults, { cookie: cookies.provider });
    expect(unchanged.status).toBe(400);
    expect(unchanged.data.result.error['']).toEqual(['own.noChanges']);
    const badPhone = await post(ownOrganization, '/mijn-organisatie/gegevens', { ...page.data.defaults, phone: 'bel ons' }, { cookie: cookies.provider });
    expect(fieldErrors(badPhone.data)).toEqual(['phone:v.phone']);
    const result = await post(ownOrganization, '/mijn-organisatie/gegevens', { ...page.data.defaults, description: 'Wij helpen u thuis, ook in het weekend.', message: 'Nieuwe tekst' }, { cookie: cookies.provider });
    expect(result.location).toBe('/mijn-organisatie?melding=voorgesteld');
    const request = sqlite().prepare(`SELECT * FROM change_requests ORDER BY id DESC LIMIT 1`).get() as Record<string, unknown>;
    expect(request).toMatchObject({ kind: 'provider_update', organization_id: providerOrg().id, service_id: null, status: 'pending', message: 'Nieuwe tekst' });
    expect(JSON.parse(request.changes as string)).toEqual({ description: 'Wij helpen u thuis, ook in het weekend.' });
  });

  it('refuses proposals for another organisation’s service and keeps non-providers out', async () => {
    const foreign = sqlite().prepare(`SELECT id FROM services WHERE organization_id <> ? LIMIT 1`).get(providerOrg().id) as { id: string };
    const result = await post(ownService, `/mijn-organisatie/aanbod/${foreign.id}`, { description: 'x', status: 'active' }, { cookie: cookies.provider, params: { id: foreign.id } });
    expect(result.status).toBe(404);
    expect((await load(own, '/mijn-organisatie', { cookie: cookies.citizen })).status).toBe(403);
    expect((await load(own, '/mijn-organisatie', { cookie: cookies.staff })).status).toBe(403);
  });

  it('shows the queue with a field-by-field diff; approving applies it in one transaction and logs it', async () => {
    const pending = await load(queue, '/beheer/wijzigingsverzoeken');
    const id = (sqlite().prepare(`SELECT id FROM change_requests ORDER BY id DESC LIMIT 1`).get() as { id: number }).id;
    expect(pending.data.rows.map((r: { id: number }) => r.id)).toContain(id);
    const detail = await load(decision, `/beheer/wijzigingsverzoeken/${id}`, { params: { id: String(id) } });
    expect(detail.data.diff).toEqual([{ field: 'description', current: providerOrg().description, proposed: 'Wij helpen u thuis, ook in het weekend.', changed: true }]);
    const result = await post(decision, `/beheer/wijzigingsverzoeken/${id}`, { intent: 'approve' }, { params: { id: String(id) } });
    expect(result.location).toBe(`/beheer/wijzigingsverzoeken/${id}?melding=goedgekeurd`);
    expect(providerOrg().description).toBe('Wij helpen u thuis, ook in het weekend.');
    expect(lastAudit('organization', providerOrg().id)[0]).toMatchObject({ action: 'update', field: 'description', new_value: 'Wij helpen u thuis, ook in het weekend.' });
    expect(lastAudit('change_request', String(id))[0]).toMatchObject({ action: 'approve', old_value: 'pending', new_value: 'approved' });
    const page = await call<any>(() => providerPage(getArgs(`/aanbieders/${providerOrg().slug}`, { params: { slug: providerOrg().slug } }) as never));
    expect(page.data.organization.description).toBe('Wij helpen u thuis, ook in het weekend.');
    const again = await post(decision, `/beheer/wijzigingsverzoeken/${id}`, { intent: 'approve' }, { params: { id: String(id) } });
    expect(again.status).toBe(409);
  });

  it('applies a proposal for a service, with the waiting time dated the day it was proposed', async () => {
    const service = sqlite().prepare(`SELECT id, waiting_weeks FROM services WHERE organization_id = ? AND status <> 'inactive' ORDER BY id LIMIT 1`).get(providerOrg().id) as { id: string; waiting_weeks: number | null };
    const page = await load(ownService, `/mijn-organisatie/aanbod/${service.id}`, { cookie: cookies.provider, params: { id: service.id } });
    const weeks = String((service.waiting_weeks ?? 0) + 3);
    const form = { ...page.data.defaults, waitingWeeks: weeks, acceptingNewClients: page.data.defaults.acceptingNewClients ? 'on' : '' };
    if (!form.acceptingNewClients) delete (form as Record<string, unknown>).acceptingNewClients;
    const proposed = await post(ownService, `/mijn-organisatie/aanbod/${service.id}`, form, { cookie: cookies.provider, params: { id: service.id } });
    expect(proposed.status).toBe(302);
    const id = (sqlite().prepare(`SELECT id, changes FROM change_requests ORDER BY id DESC LIMIT 1`).get() as { id: number; changes: string });
    expect(JSON.parse(id.changes)).toEqual({ waitingWeeks: Number(weeks) });
    await post(decision, `/beheer/wijzigingsverzoeken/${id.id}`, { intent: 'approve' }, { params: { id: String(id.id) } });
    expect(sqlite().prepare('SELECT waiting_weeks, waiting_reported_on FROM services WHERE id = ?').get(service.id)).toEqual({ waiting_weeks: Number(weeks), waiting_reported_on: isoToday(TEST_NOW) });
  });

  it('rejects with a reason the proposer sees, and requires that reason', async () => {
    const page = await load(ownOrganization, '/mijn-organisatie/gegevens', { cookie: cookies.provider });
    await post(ownOrganization, '/mijn-organisatie/gegevens', { ...page.data.defaults, website: 'https://www.goedkoopste-zorg.example.nl' }, { cookie: cookies.provider });
    const id = (sqlite().prepare(`SELECT id FROM change_requests ORDER BY id DESC LIMIT 1`).get() as { id: number }).id;
    const noReason = await post(decision, `/beheer/wijzigingsverzoeken/${id}`, { intent: 'reject', reason: 'nee' }, { params: { id: String(id) } });
    expect(fieldErrors(noReason.data)).toEqual(['reason:v.tooShort']);
    const before = tableHash('organizations');
    await post(decision, `/beheer/wijzigingsverzoeken/${id}`, { intent: 'reject', reason: 'Dit is niet de website van uw organisatie.' }, { params: { id: String(id) } });
    expect(tableHash('organizations')).toBe(before);
    const mine = await load(own, '/mijn-organisatie', { cookie: cookies.provider });
    expect(mine.data.requests[0]).toMatchObject({ id, status: 'rejected', decisionReason: 'Dit is niet de website van uw organisatie.' });
  });

  it('takes error reports from anyone ("Klopt er iets niet?"), keeps a valid correction, drops robots', async () => {
    const slug = providerOrg().slug;
    const count = () => (sqlite().prepare('SELECT count(*) AS n FROM change_requests').get() as { n: number }).n;
    const start = count();
    const invalid = await post(report, `/aanbieders/${slug}/fout-melden`, { topic: 'phone', message: '', email: 'niet-goed' }, { cookie: '', params: { slug } });
    expect(fieldErrors(invalid.data)).toEqual(['email:v.email', 'message:v.required']);
    const ok = await post(report, `/aanbieders/${slug}/fout-melden`, { topic: 'phone', message: 'Het nummer werkt niet meer.', suggestion: '030-9876543' }, { cookie: '', params: { slug } });
    expect(ok.location).toBe(`/aanbieders/${slug}/fout-melden?melding=gemeld`);
    const row = sqlite().prepare(`SELECT * FROM change_requests ORDER BY id DESC LIMIT 1`).get() as Record<string, unknown>;
    expect(row).toMatchObject({ kind: 'error_report', proposer_user_id: null, status: 'pending' });
    expect(JSON.parse(row.changes as string)).toEqual({ phone: '030-9876543' });
    expect(lastAudit('change_request', String(row.id))[0]).toMatchObject({ action: 'report', actor: 'anonymous' });
    const robot = await post(report, `/aanbieders/${slug}/fout-melden`, { topic: 'other', message: 'Koop nu!', homepage: 'https://spam.example' }, { cookie: '', params: { slug } });
    expect(robot.status).toBe(302);
    expect(count()).toBe(start + 1);
    expect((await load(report, '/aanbieders/bestaat-niet/fout-melden', { cookie: '', params: { slug: 'bestaat-niet' } })).status).toBe(404);
  });
});

describe('the audit log', () => {
  it('filters by record, person and period, newest first', async () => {
    const org = sqlite().prepare(`SELECT id FROM organizations WHERE slug = 'stichting-nieuw-begin'`).get() as { id: string };
    const byRecord = await load(auditLogRoute, `/beheer/logboek?type=organization&record=${org.id}`);
    expect(byRecord.data.entries.length).toBeGreaterThan(3);
    expect(byRecord.data.entries.every((e: { entityId: string }) => e.entityId === org.id)).toBe(true);
    const ids = byRecord.data.entries.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const byPerson = await load(auditLogRoute, '/beheer/logboek?persoon=anonymous');
    expect(byPerson.data.entries.length).toBeGreaterThan(0);
    expect(byPerson.data.entries.every((e: { actor: string }) => e.actor === 'anonymous')).toBe(true);
    const today = isoToday(TEST_NOW);
    const period = await load(auditLogRoute, `/beheer/logboek?van=${today}&tot=${today}`);
    const todays = (sqlite().prepare(`SELECT count(*) AS n FROM audit_log WHERE at >= unixepoch(?, 'utc') - 7200`).get(today) as { n: number }).n;
    expect(period.data.entries.length).toBeGreaterThan(0);
    expect(period.data.entries.length).toBeLessThanOrEqual(Math.min(100, todays));
    const past = await load(auditLogRoute, '/beheer/logboek?van=2001-01-01&tot=2001-12-31');
    expect(past.data.entries).toEqual([]);
    expect((await load(auditLogRoute, '/beheer/logboek', { cookie: cookies.staff })).status).toBe(403);
  });

  it('names records instead of showing ids, filters by a name with suggestions, and lists refused saves', async () => {
    const org = sqlite().prepare(`SELECT id, name FROM organizations WHERE slug = 'stichting-nieuw-begin'`).get() as { id: string; name: string };
    const all = await load(auditLogRoute, '/beheer/logboek');
    expect(all.data.suggestions).toContain(org.name);
    const byName = await load(auditLogRoute, `/beheer/logboek?naam=${encodeURIComponent('nieuw begin')}`);
    expect(byName.data.entries.length).toBeGreaterThan(3);
    const orgEntries = byName.data.entries.filter((e: { entityType: string }) => e.entityType === 'organization');
    expect(orgEntries.length).toBeGreaterThan(0);
    expect(orgEntries.every((e: { entityId: string; recordName: string }) => e.entityId === org.id && e.recordName === org.name)).toBe(true);
    // The services of the organisation are in the same view, named with the organisation.
    const other = byName.data.entries.filter((e: { entityType: string }) => e.entityType !== 'organization');
    for (const e of other) expect(e.recordName ?? '', `${e.entityType} ${e.entityId}`).toContain(org.name);
    expect((await load(auditLogRoute, '/beheer/logboek?naam=bestaat-echt-niet-xyz')).data.entries).toEqual([]);
    // A refused stale save is in the log, as refused (the page says the log records it).
    const refused = byName.data.entries.filter((e: { result: string }) => e.result === 'failure');
    expect(refused.length).toBeGreaterThan(0);
    expect(nl['maint.log.lead']).toMatch(/Geweigerd/);
  });

  it('records a refused decision on a change request that was already decided', async () => {
    const decided = sqlite().prepare(`SELECT id FROM change_requests WHERE status <> 'pending' LIMIT 1`).get() as { id: number } | undefined;
    expect(decided).toBeDefined();
    const before = (sqlite().prepare(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'change_request' AND entity_id = ? AND result = 'failure'`).get(String(decided!.id)) as { n: number }).n;
    const result = await post(decision, `/beheer/wijzigingsverzoeken/${decided!.id}`, { intent: 'reject', reason: 'Dit klopt niet met onze gegevens.' }, { params: { id: String(decided!.id) } });
    expect(result.status).toBe(409);
    const after = (sqlite().prepare(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'change_request' AND entity_id = ? AND result = 'failure'`).get(String(decided!.id)) as { n: number }).n;
    expect(after).toBe(before + 1);
  });

  it('cannot be changed: the route has no action and the database refuses updates and deletes', () => {
    expect((auditLogRoute as Module).action).toBeUndefined();
    expect(() => sqlite().prepare(`UPDATE audit_log SET new_value = 'x' WHERE id = (SELECT max(id) FROM audit_log)`).run()).toThrow();
    expect(() => sqlite().prepare(`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`).run()).toThrow();
  });
});
