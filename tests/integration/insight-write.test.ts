/**
 * The four insight writes (app/models/insight-write.server.ts) against the seeded database: each
 * leaves its row and exactly one audit entry with the recording user, address and instant; an
 * answer to a need that does not exist changes and audits nothing; and when the audit entry
 * cannot be written, the change is rolled back with it (one transaction).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { answerUnmetNeed, recordChoice, recordGeneralDeployment, recordUnmetNeed } from '../../app/models/insight-write.server';
import { TEST_NOW } from '../support/paths';

const sqlite = () => getDb().$client;
const user = (email: string) => sqlite().prepare('SELECT id, email, role FROM users WHERE email = ?').get(email) as { id: number; email: string; role: 'staff' };
const staff = () => user('medewerker@example.nl');
const policy = () => user('beleid@example.nl');
const IP = '203.0.113.7';
const district = () => sqlite().prepare('SELECT id FROM districts ORDER BY id LIMIT 1').pluck().get() as string;
const organization = () => sqlite().prepare("SELECT id FROM organizations WHERE status = 'active' ORDER BY id LIMIT 1").pluck().get() as string;
/** A paid choice of the seed: its need, product and organisation are valid together. */
const seeded = () =>
  sqlite().prepare('SELECT need_code AS needCode, product_code AS productCode FROM deployments WHERE general_facility = 0 ORDER BY id LIMIT 1').get() as { needCode: string; productCode: string };

const entriesFor = (entityType: string, entityId: number) =>
  sqlite()
    .prepare('SELECT action, user_id AS userId, actor, ip, field, old_value AS oldValue, new_value AS newValue, at FROM audit_log WHERE entity_type = ? AND entity_id = ?')
    .all(entityType, String(entityId));
const at = Math.floor(TEST_NOW.getTime() / 1000);
const count = (table: string) => sqlite().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const choice = () => ({
  month: '2026-11',
  districtId: district(),
  ...seeded(),
  organizationId: organization(),
  serviceId: null,
  volume: 3,
  unit: '04' as const,
  estimatedCostCents: 12_300,
  cheapestWithRoom: true,
  reason: null,
  reasonText: null,
});
const need = () => ({ month: '2026-11', districtId: district(), needCode: 'loneliness', description: 'Geen aanbod in de avond', alternativeProductCode: null, alternativeCostCents: null });

afterEach(() => {
  sqlite().exec('DROP TRIGGER IF EXISTS audit_log_refuse_probe');
});

describe('insight writes and their audit entries', () => {
  it('a chosen offer, a general facility and an unmet need: one row and one audit entry each', () => {
    const s = staff();
    const choiceId = recordChoice(getDb(), s, choice(), IP, TEST_NOW);
    expect(entriesFor('deployment', choiceId)).toEqual([
      { action: 'record_choice', userId: s.id, actor: s.email, ip: IP, field: 'organization_id', oldValue: null, newValue: organization(), at },
    ]);
    expect(sqlite().prepare('SELECT general_facility, recorded_by_user_id, created_at FROM deployments WHERE id = ?').raw().get(choiceId)).toEqual([0, s.id, at]);

    const generalId = recordGeneralDeployment(getDb(), s, { month: '2026-11', districtId: district(), needCode: 'loneliness', organizationId: organization(), serviceId: null }, IP, TEST_NOW);
    expect(generalId).not.toBe(choiceId);
    expect(entriesFor('deployment', generalId)).toEqual([
      { action: 'record_general', userId: s.id, actor: s.email, ip: IP, field: 'organization_id', oldValue: null, newValue: organization(), at },
    ]);
    expect(sqlite().prepare('SELECT general_facility FROM deployments WHERE id = ?').pluck().get(generalId)).toBe(1);

    const needId = recordUnmetNeed(getDb(), s, need(), IP, TEST_NOW);
    expect(entriesFor('unmet_need', needId)).toEqual([
      { action: 'record_unmet_need', userId: s.id, actor: s.email, ip: IP, field: 'need_code', oldValue: null, newValue: 'loneliness', at },
    ]);
  });

  it("policy's answer: audited with the old and new answer; an unknown need changes and audits nothing", () => {
    const needId = recordUnmetNeed(getDb(), staff(), need(), IP, TEST_NOW);
    const p = policy();
    const before = count('audit_log');
    expect(answerUnmetNeed(getDb(), p, needId + 1_000_000, { answer: 'planned', reason: null }, IP, TEST_NOW)).toBe(false);
    expect(count('audit_log')).toBe(before);

    expect(answerUnmetNeed(getDb(), p, needId, { answer: 'planned', reason: null }, IP, TEST_NOW)).toBe(true);
    expect(entriesFor('unmet_need', needId).at(-1)).toEqual({ action: 'answer_need', userId: p.id, actor: p.email, ip: IP, field: 'answer', oldValue: null, newValue: 'planned', at });
    expect(sqlite().prepare('SELECT answer, answered_by_user_id, answered_at FROM unmet_needs WHERE id = ?').raw().get(needId)).toEqual(['planned', p.id, at]);
  });

  it('when the audit entry cannot be written, no row is left behind', () => {
    const s = staff();
    const needId = recordUnmetNeed(getDb(), s, need(), IP, TEST_NOW);
    sqlite().exec("CREATE TRIGGER audit_log_refuse_probe BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END");
    const deployments = count('deployments');
    const needs = count('unmet_needs');
    expect(() => recordChoice(getDb(), s, choice(), IP, TEST_NOW)).toThrow(/audit refused/);
    expect(() => recordGeneralDeployment(getDb(), s, { month: '2026-11', districtId: district(), needCode: 'loneliness', organizationId: organization(), serviceId: null }, IP, TEST_NOW)).toThrow(/audit refused/);
    expect(() => recordUnmetNeed(getDb(), s, need(), IP, TEST_NOW)).toThrow(/audit refused/);
    expect(() => answerUnmetNeed(getDb(), policy(), needId, { answer: 'started', reason: null }, IP, TEST_NOW)).toThrow(/audit refused/);
    expect(count('deployments')).toBe(deployments);
    expect(count('unmet_needs')).toBe(needs);
    expect(sqlite().prepare('SELECT answer FROM unmet_needs WHERE id = ?').pluck().get(needId)).toBeNull();
  });
});
