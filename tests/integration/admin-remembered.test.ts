/**
 * Administration facts remembered until anything is written: the budget-ceiling list per filter
 * (/beheer/plafonds, app/models/contract-admin.server.ts), an organisation's maintenance page
 * (app/models/organization-admin.server.ts) and a record's recent history
 * (app/utils/admin-form.server.ts). Repeated requests get the same answer; a change by another
 * connection (a second worker, a CLI import) is seen at once. Expected values are read again in SQL.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { listCeilingYears, listCeilings } from '../../app/models/contract-admin.server';
import { getOrganizationForAdmin } from '../../app/models/organization-admin.server';
import { recentHistory } from '../../app/utils/admin-form.server';
import { TEST_NOW } from '../support/paths';

const db = getDb();
const other = new Database(db.$client.name);
afterAll(() => other.close());

describe('the ceiling list, remembered until a write', () => {
  it('gives the same page while nothing is written, and follows a change by another connection at once', () => {
    const filter = { page: 1, perPage: 25 };
    const first = listCeilings(db, filter);
    expect(first.rows.length).toBeGreaterThan(0);
    expect(listCeilings(db, filter)).toBe(first);
    const expectedTotal = () => other.prepare('SELECT count(*) FROM budget_ceilings b JOIN organizations o ON o.id = b.organization_id').pluck().get() as number;
    expect(first.total).toBe(expectedTotal());

    const row = first.rows[0]!;
    expect(other.prepare('UPDATE budget_ceilings SET committed_cents = committed_cents + 12345 WHERE id = ?').run(row.id).changes).toBe(1);
    const changed = listCeilings(db, filter).rows.find((r) => r.id === row.id)!;
    expect(changed.committedCents).toBe(row.committedCents + 12345);

    // Another filter is its own answer; a year filter sees a new year's ceiling at once.
    const year = Math.max(...listCeilingYears(db)) + 1;
    expect(listCeilings(db, { ...filter, year }).total).toBe(0);
    expect(listCeilingYears(db)).not.toContain(year);
    const organization = other.prepare("SELECT id FROM organizations WHERE status = 'active' ORDER BY id LIMIT 1").pluck().get() as string;
    const columns = other.prepare("SELECT name FROM pragma_table_info('budget_ceilings')").pluck().all() as string[];
    const values: Record<string, unknown> = { id: `test-${year}`, organization_id: organization, year, ceiling_cents: 100000, committed_cents: 0 };
    const source = other.prepare('SELECT * FROM budget_ceilings LIMIT 1').get() as Record<string, unknown>;
    const row2 = Object.fromEntries(columns.map((name) => [name, name in values ? values[name] : source[name]]));
    other.prepare(`INSERT INTO budget_ceilings (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((name) => row2[name]));
    expect(listCeilings(db, { ...filter, year }).rows.map((r) => r.id)).toEqual([`test-${year}`]);
    expect(listCeilingYears(db)[0]).toBe(year);
    expect(listCeilings(db, filter).total).toBe(expectedTotal());
  });

  it("an organisation's maintenance page and its history follow another connection's writes at once", () => {
    const id = other.prepare("SELECT id FROM organizations WHERE status = 'active' ORDER BY id LIMIT 1").pluck().get() as string;
    const page = getOrganizationForAdmin(db, id)!;
    expect(getOrganizationForAdmin(db, id)).toBe(page);
    const version = other.prepare('SELECT version FROM organizations WHERE id = ?').pluck().get(id) as number;
    expect(page.organization.version).toBe(version);
    other.prepare("UPDATE organizations SET name = 'Andere Naam BV', version = version + 1 WHERE id = ?").run(id);
    const after = getOrganizationForAdmin(db, id)!;
    expect(after.organization).toMatchObject({ name: 'Andere Naam BV', version: version + 1 });

    const history = recentHistory(db, 'organization', id);
    expect(recentHistory(db, 'organization', id)).toBe(history);
    const columns = other.prepare("SELECT name FROM pragma_table_info('audit_log')").pluck().all() as string[];
    expect(columns).toEqual(expect.arrayContaining(['entity_type', 'entity_id']));
    const source = other.prepare('SELECT * FROM audit_log ORDER BY id LIMIT 1').get() as Record<string, unknown>;
    const values: Record<string, unknown> = { entity_type: 'organization', entity_id: id, created_at: Math.floor(TEST_NOW.getTime() / 1000) };
    const insertable = columns.filter((name) => name !== 'id');
    other
      .prepare(`INSERT INTO audit_log (${insertable.join(', ')}) VALUES (${insertable.map(() => '?').join(', ')})`)
      .run(...insertable.map((name) => (name in values ? values[name] : source[name])));
    const expected = other.prepare("SELECT count(*) FROM audit_log WHERE entity_type = 'organization' AND entity_id = ?").pluck().get(id) as number;
    expect(recentHistory(db, 'organization', id).length).toBe(Math.min(20, expected));
    expect(recentHistory(db, 'organization', id).length).toBe(Math.min(20, history.length + 1));
  });
});
