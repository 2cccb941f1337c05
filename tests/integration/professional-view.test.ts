/**
 * The provider page's two views: professionals get contracts, tariffs, this year's ceiling and
 * findings; residents, providers and visitors get only the consequence of a reached ceiling.
 * The model functions themselves refuse a viewer who may not see costs.
 */
import { describe, expect, it } from 'vitest';
import { loader as providerLoader } from '../../app/routes/aanbieders.$slug';
import { action as signInAction } from '../../app/routes/inloggen';
import { getDb } from '../../app/db.server';
import type { Role } from '../../app/domain/enums';
import { averageCutoff } from '../../app/domain/reviews';
import { getProfessionalFacts, listContractsForProfessional } from '../../app/models/contract.server';
import { listFindingsForProfessional } from '../../app/models/finding.server';
import { call, cookieFrom, getArgs, postArgs } from '../support/remix-calls';
import { TEST_NOW } from '../support/paths';

const db = () => getDb().$client;
const year = new Date(TEST_NOW).getUTCFullYear();
const today = new Date(TEST_NOW).toISOString().slice(0, 10);

const reached = db()
  .prepare(
    `SELECT o.id, o.slug FROM organizations o JOIN budget_ceilings b ON b.organization_id = o.id AND b.year = ?
     WHERE o.status = 'active' AND b.committed_cents >= b.ceiling_cents
       AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id AND c.archived_at IS NULL AND (c.valid_to IS NULL OR c.valid_to >= ?))
       AND EXISTS (SELECT 1 FROM staff_findings f WHERE f.organization_id = o.id)
     ORDER BY o.slug LIMIT 1`,
  )
  .get(year, today) as { id: string; slug: string };

const roomy = db()
  .prepare(
    `SELECT o.slug FROM organizations o JOIN budget_ceilings b ON b.organization_id = o.id AND b.year = ?
     WHERE o.status = 'active' AND b.committed_cents * 100 < 80 * b.ceiling_cents ORDER BY o.slug LIMIT 1`,
  )
  .get(year) as { slug: string };

async function cookieFor(email: string): Promise<string> {
  const result = await call(() => signInAction(postArgs('/inloggen', { email, password: 'sociale-kaart-demo' }) as never));
  return cookieFrom(result.headers.get('Set-Cookie'));
}

const accounts: Record<Exclude<Role, never>, string> = {
  citizen: 'inwoner@example.nl',
  provider: 'aanbieder@example.nl',
  staff: 'medewerker@example.nl',
  contract_manager: 'contractmanager@example.nl',
  policy: 'beleid@example.nl',
  admin: 'beheerder@example.nl',
};

async function providerPage(slug: string, role: Role | 'anonymous') {
  const cookie = role === 'anonymous' ? undefined : await cookieFor(accounts[role]);
  return call(() => providerLoader(getArgs(`/aanbieders/${slug}`, { cookie, params: { slug } }) as never));
}

describe('the professional view of a provider page', () => {
  it('has the seeded data this test needs', () => {
    expect(reached?.slug).toBeTruthy();
    expect(roomy?.slug).toBeTruthy();
  });

  for (const role of ['staff', 'contract_manager', 'policy', 'admin'] as const) {
    it(`shows ${role} the contracts, tariffs, ceiling and findings`, async () => {
      const { data } = await providerPage(reached.slug, role);
      const contracts = db()
        .prepare(
          `SELECT id, product_code, tariff_cents, unit, valid_from, valid_to FROM contracts
           WHERE organization_id = ? AND archived_at IS NULL AND (valid_to IS NULL OR valid_to >= ?) ORDER BY product_code, valid_from`,
        )
        .all(reached.id, today) as { id: string; product_code: string; tariff_cents: number; unit: string }[];
      expect(contracts.length).toBeGreaterThan(0);
      expect(data.professional.contracts.map((c: { id: string }) => c.id)).toEqual(contracts.map((c) => c.id));
      expect(data.professional.contracts[0]).toMatchObject({ tariffCents: contracts[0]!.tariff_cents, unit: contracts[0]!.unit, productCode: contracts[0]!.product_code });
      expect(data.professional.contracts[0].productNameNl).toBeTruthy();
      const ceiling = db().prepare('SELECT ceiling_cents, committed_cents FROM budget_ceilings WHERE organization_id = ? AND year = ?').get(reached.id, year) as {
        ceiling_cents: number;
        committed_cents: number;
      };
      expect(data.professional.ceiling).toMatchObject({ year, ceilingCents: ceiling.ceiling_cents, committedCents: ceiling.committed_cents, status: 'reached', remainingCents: 0 });
      expect(data.professional.ceiling.utilisation).toBeCloseTo(ceiling.committed_cents / ceiling.ceiling_cents, 6);
      expect(data.professional.thresholds).toEqual({ nearlyReachedPercent: 80, reachedPercent: 100 });
      const findings = db().prepare('SELECT count(*) AS n, avg(mark_cooperation) AS cooperation FROM staff_findings WHERE organization_id = ?').get(reached.id) as { n: number; cooperation: number };
      expect(data.professional.findings.total).toBe(findings.n);
      expect(data.professional.findings.latest.length).toBe(Math.min(5, findings.n));
      expect(data.noNewClientsViaMunicipality).toBe(true);
    });
  }

  for (const role of ['anonymous', 'citizen', 'provider'] as const) {
    it(`gives ${role} only the consequence of the reached ceiling, never an amount`, async () => {
      const { data } = await providerPage(reached.slug, role);
      expect(data.professional).toBeNull();
      expect(data.noNewClientsViaMunicipality).toBe(true);
      const json = JSON.stringify(data);
      expect(json).not.toMatch(/tariff|ceilingCents|committed|utilisation|finding/i);
      const amounts = db()
        .prepare(
          `SELECT tariff_cents AS cents FROM contracts WHERE organization_id = ?
           UNION SELECT ceiling_cents FROM budget_ceilings WHERE organization_id = ? UNION SELECT committed_cents FROM budget_ceilings WHERE organization_id = ?`,
        )
        .all(reached.id, reached.id, reached.id) as { cents: number }[];
      for (const { cents } of amounts) expect(json).not.toMatch(new RegExp(`(?<![\\w.-])${cents}(?![\\w-])`));
      const body = (db().prepare('SELECT body FROM staff_findings WHERE organization_id = ? LIMIT 1').get(reached.id) as { body: string }).body;
      expect(json).not.toContain(body.slice(0, 40));
    });
  }

  it('says nothing about the ceiling while there is room', async () => {
    const { data } = await providerPage(roomy.slug, 'citizen');
    expect(data.noNewClientsViaMunicipality).toBe(false);
  });

  it('tells residents the Wmo personal contribution on Wmo services through the municipality', async () => {
    const row = db()
      .prepare(`SELECT o.slug FROM organizations o JOIN services s ON s.organization_id = o.id WHERE o.status = 'active' AND s.kind = 'contracted' AND s.law = 'wmo' AND s.status <> 'inactive' ORDER BY o.slug LIMIT 1`)
      .get() as { slug: string };
    const { data } = await providerPage(row.slug, 'anonymous');
    expect(data.wmoPersonalContributionCents).toBe(2180);
    expect(data.services.some((s: { kind: string; law: string }) => s.kind === 'contracted' && s.law === 'wmo')).toBe(true);
  });
});

describe('the cost models', () => {
  const resident = { role: 'citizen' as const, userId: 1, organizationId: null };
  const provider = { role: 'provider' as const, userId: 4, organizationId: reached?.id ?? null };

  it('refuse a viewer who may not see costs or findings', () => {
    for (const viewer of [resident, provider, { role: 'anonymous' as const, userId: null, organizationId: null }]) {
      expect(() => getProfessionalFacts(getDb(), viewer, reached.id, new Date(TEST_NOW))).toThrow(/may not see/);
      expect(() => listContractsForProfessional(getDb(), viewer, reached.id, new Date(TEST_NOW))).toThrow(/may not see/);
      expect(() => listFindingsForProfessional(getDb(), viewer, reached.id, { now: TEST_NOW })).toThrow(/may not see/);
    }
  });

  it('average findings of the last four years per dimension', () => {
    const staff = { role: 'staff' as const, userId: 2, organizationId: null };
    const now = new Date(TEST_NOW);
    const result = listFindingsForProfessional(getDb(), staff, reached.id, { now });
    const cutoff = averageCutoff(now);
    const expected = db()
      .prepare('SELECT count(*) AS n, avg(mark_value_for_money) AS v FROM staff_findings WHERE organization_id = ? AND created_at >= ?')
      .get(reached.id, cutoff) as { n: number; v: number | null };
    expect(result.counted).toBe(expected.n);
    if (expected.v !== null) expect(result.averages.valueForMoney).toBeCloseTo(Math.round(expected.v * 10) / 10, 5);
  });
});
