/**
 * Facts remembered until the database changes (app/models/prepared.server.ts): the professional
 * search flags of a day, the compare form's options and the general facilities are computed once
 * and handed out again only while nothing was written — by this connection or by another one (a
 * second worker, a CLI import). The insight dashboard too. Expected values are read again in SQL
 * after each write.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { compareProviders } from '../../app/models/compare.server';
import { listCompareOptions } from '../../app/models/compare-options.server';
import { searchFlagsForProfessional } from '../../app/models/search-flags.server';
import { noNewClientsViaMunicipality } from '../../app/models/ceiling.server';
import { listGeneralFacilitiesForNeed } from '../../app/models/general-facilities.server';
import { databaseVersion, rememberedUntilWrite } from '../../app/models/prepared.server';
import { insightDashboard } from '../../app/models/insight-read.server';
import { getProviderBySlug, listCategoriesWithCounts, listHighlightedGeneralFacilities } from '../../app/models/catalogue.server';
import { homeSupportQuery } from '../support/compare-query';
import { TEST_NOW } from '../support/paths';
import { generalFacilityWords } from '../../app/domain/general-facilities';
import { getProfessionalFacts } from '../../app/models/contract.server';
import { averageCutoff } from '../../app/domain/reviews';

const staff = { role: 'staff', userId: 1, organizationId: null } as const;
const now = new Date(TEST_NOW);
const db = getDb();
/** Another connection to the same file, as another process would have. */
const other = new Database(db.$client.name);
afterAll(() => other.close());

describe('remembered until a write', () => {
  it('computes once while nothing is written, again after a write on this connection or another', () => {
    let computed = 0;
    const remembered = rememberedUntilWrite((_db, key: string) => ({ key, n: ++computed }));
    const first = remembered(db, 'a');
    expect(remembered(db, 'a')).toBe(first);
    expect(remembered(db, 'b')).not.toBe(first);
    expect(computed).toBe(2);

    const before = databaseVersion(db);
    db.$client.prepare("UPDATE districts SET name = name || '' WHERE id = (SELECT min(id) FROM districts)").run();
    expect(databaseVersion(db)).not.toBe(before);
    expect(remembered(db, 'a')).not.toBe(first);
    expect(computed).toBe(3);

    const afterOwn = remembered(db, 'a');
    other.prepare("UPDATE districts SET name = name || '' WHERE id = (SELECT min(id) FROM districts)").run();
    expect(remembered(db, 'a')).not.toBe(afterOwn);
    expect(computed).toBe(4);
  });

  it('professional search flags see a ceiling change made by another connection at once', () => {
    const day = now.toISOString().slice(0, 10);
    const ceiling = db.$client
      .prepare(
        `SELECT b.organization_id AS organizationId, b.ceiling_cents AS cents FROM budget_ceilings b
          WHERE b.year = ? AND b.ceiling_cents > 0 AND b.committed_cents * 100 < 80 * b.ceiling_cents
            AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = b.organization_id AND c.archived_at IS NULL AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?))
          LIMIT 1`,
      )
      .get(now.getUTCFullYear(), day, day) as { organizationId: string; cents: number };
    expect(searchFlagsForProfessional(db, staff, now).ceilingByOrganization.get(ceiling.organizationId)).toBe('room');
    expect(searchFlagsForProfessional(db, staff, now)).toBe(searchFlagsForProfessional(db, staff, now));
    other.prepare('UPDATE budget_ceilings SET committed_cents = ceiling_cents WHERE organization_id = ? AND year = ?').run(ceiling.organizationId, now.getUTCFullYear());
    expect(searchFlagsForProfessional(db, staff, now).ceilingByOrganization.get(ceiling.organizationId)).toBe('reached');
  });

  it("whether a provider takes new clients via the municipality follows another connection's ceiling change at once", () => {
    const year = now.getUTCFullYear();
    const open = db.$client
      .prepare('SELECT organization_id AS id FROM budget_ceilings WHERE year = ? AND ceiling_cents > 0 AND committed_cents * 100 < 80 * ceiling_cents ORDER BY organization_id LIMIT 1')
      .get(year) as { id: string };
    const without = db.$client.prepare('SELECT id FROM organizations WHERE id NOT IN (SELECT organization_id FROM budget_ceilings WHERE year = ?) LIMIT 1').get(year) as { id: string };
    expect(noNewClientsViaMunicipality(db, [open.id, without.id], now)).toEqual(new Map([[open.id, false], [without.id, false]]));
    other.prepare('UPDATE budget_ceilings SET committed_cents = ceiling_cents WHERE organization_id = ? AND year = ?').run(open.id, year);
    expect(noNewClientsViaMunicipality(db, [open.id, without.id], now)).toEqual(new Map([[open.id, true], [without.id, false]]));
    // Another year is its own answer.
    expect(noNewClientsViaMunicipality(db, [open.id], new Date(Date.UTC(year + 5, 0, 1))).get(open.id)).toBe(false);
  });

  it('the compare options and the general facilities follow a write at once', () => {
    const options = listCompareOptions(db, staff);
    const district = options.districts[0]!;
    db.$client.prepare('UPDATE districts SET name = ? WHERE slug = ?').run('Nieuwe Naam Wijk', district.slug);
    expect(listCompareOptions(db, staff).districts.find((d) => d.slug === district.slug)?.name).toBe('Nieuwe Naam Wijk');

    const need = { categoryCode: '02', districtSlug: null, origin: null, limit: 50 };
    const facility = listGeneralFacilitiesForNeed(db, need, now)[0]!;
    other.prepare("UPDATE services SET status = 'inactive' WHERE id = ?").run(facility.id);
    expect(listGeneralFacilitiesForNeed(db, need, now).map((f) => f.id)).not.toContain(facility.id);
  });

  it("a comparison's database facts follow another connection's writes at once; its marks are made per call", () => {
    const day = now.toISOString().slice(0, 10);
    const query = homeSupportQuery(day);
    const first = compareProviders(db, staff, query, now);
    const row = first.rows.find((r) => r.citizenCount > 0)!;
    expect(row).toBeDefined();
    expect(compareProviders(db, staff, query, now)).toEqual(first);
    // Five years later the same database facts give no counted reviews or findings.
    const later = compareProviders(db, staff, query, new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000));
    expect(later.rows.find((r) => r.key === row.key)).toMatchObject({ citizenCount: 0, citizenMark: null, staffCount: 0, staffMark: null, tariffCents: row.tariffCents });
    // A tariff changed by another connection: the next comparison has it.
    expect(other.prepare('UPDATE contracts SET tariff_cents = tariff_cents + 100 WHERE id = ?').run(row.key).changes).toBe(1);
    expect(compareProviders(db, staff, query, now).rows.find((r) => r.key === row.key)?.tariffCents).toBe(row.tariffCents + 100);
    // The free general facilities before it: their review counts (which order them) are per call too.
    const need = { categoryCode: '02', districtSlug: null, origin: null, limit: 50 };
    expect(listGeneralFacilitiesForNeed(db, need, now).some((f) => f.reviews.count > 0)).toBe(true);
    expect(listGeneralFacilitiesForNeed(db, need, new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000)).every((f) => f.reviews.count === 0)).toBe(true);
    // Still for professionals only, remembered or not.
    expect(() => compareProviders(db, { role: 'citizen', userId: 9, organizationId: null }, query, now)).toThrow();
  });

  it("a provider's professional facts follow another connection's writes at once; which findings count is per call", () => {
    const year = now.getUTCFullYear();
    const { id } = db.$client
      .prepare(
        `SELECT f.organization_id AS id FROM staff_findings f
          WHERE f.organization_id IN (SELECT organization_id FROM contracts WHERE archived_at IS NULL AND (valid_to IS NULL OR valid_to >= ?))
            AND f.organization_id IN (SELECT organization_id FROM budget_ceilings WHERE year = ? AND committed_cents < ceiling_cents)
          GROUP BY f.organization_id HAVING count(*) >= 2 ORDER BY f.organization_id LIMIT 1`,
      )
      .get(now.toISOString().slice(0, 10), year) as { id: string };
    const facts = (at = now) => getProfessionalFacts(db, staff, id, at);
    const first = facts();
    expect(facts()).toEqual(first);
    // Remembered while nothing is written: the same objects.
    expect(facts().contracts).toBe(first.contracts);
    expect(facts().ceiling).toBe(first.ceiling);
    expect(facts().findings?.latest).toBe(first.findings?.latest);
    expect(first.contracts.length).toBeGreaterThan(0);
    expect(first.ceiling?.status).not.toBe('reached');

    // Which findings count, and their averages, as SQL has them for the moment asked.
    const sqlFindings = (at: Date) =>
      db.$client
        .prepare(
          `SELECT count(*) AS counted, avg(mark_cooperation) AS cooperation, avg(mark_client_result) AS clientResult, avg(mark_reporting) AS reporting, avg(mark_value_for_money) AS valueForMoney,
                  (SELECT count(*) FROM staff_findings WHERE organization_id = ?) AS total
             FROM staff_findings WHERE organization_id = ? AND created_at >= ?`,
        )
        .get(id, id, averageCutoff(at)) as { counted: number; total: number } & Record<'cooperation' | 'clientResult' | 'reporting' | 'valueForMoney', number | null>;
    const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
    const expectFindings = (at: Date) => {
      const expected = sqlFindings(at);
      expect(facts(at).findings).toMatchObject({
        counted: expected.counted,
        total: expected.total,
        averages: { cooperation: round1(expected.cooperation), clientResult: round1(expected.clientResult), reporting: round1(expected.reporting), valueForMoney: round1(expected.valueForMoney) },
      });
    };
    expectFindings(now);
    // The moment the newest finding turns four years old (it still counts) and a second later (it does not).
    const newest = db.$client.prepare('SELECT created_at AS t, count(*) AS n FROM staff_findings WHERE organization_id = ? GROUP BY created_at ORDER BY created_at DESC LIMIT 1').get(id) as { t: number; n: number };
    const turnsOld = new Date(newest.t * 1000);
    turnsOld.setUTCFullYear(turnsOld.getUTCFullYear() + 4);
    expectFindings(turnsOld);
    expectFindings(new Date(turnsOld.getTime() + 1000));
    expect(facts(new Date(turnsOld.getTime() + 1000)).findings!.counted).toBe(facts(turnsOld).findings!.counted - newest.n);
    expect(facts(new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000)).findings).toMatchObject({ counted: 0, total: first.findings!.total, averages: { cooperation: null } });

    // Writes by another connection: a tariff, the ceiling's use, a finding's marks.
    const contract = first.contracts[0]!;
    expect(other.prepare('UPDATE contracts SET tariff_cents = tariff_cents + 100 WHERE id = ?').run(contract.id).changes).toBe(1);
    expect(facts().contracts.find((c) => c.id === contract.id)?.tariffCents).toBe(contract.tariffCents + 100);
    expect(other.prepare('UPDATE budget_ceilings SET committed_cents = ceiling_cents WHERE organization_id = ? AND year = ?').run(id, year).changes).toBe(1);
    expect(facts().ceiling?.status).toBe('reached');
    const latest = first.findings!.latest[0]!;
    expect(other.prepare('UPDATE staff_findings SET mark_cooperation = ? WHERE id = ?').run(latest.marks.cooperation === 1 ? 10 : 1, latest.id).changes).toBe(1);
    expect(facts().findings?.latest[0]?.marks.cooperation).toBe(latest.marks.cooperation === 1 ? 10 : 1);
    expectFindings(now);
    // Still for professionals only, remembered or not.
    expect(() => getProfessionalFacts(db, { role: 'citizen', userId: 9, organizationId: null }, id, now)).toThrow();
  });

  it('the insight dashboard counts a deployment changed by another connection at once', () => {
    const admin = { role: 'admin', userId: 5, organizationId: null } as const;
    const { month } = db.$client.prepare('SELECT month FROM deployments ORDER BY month DESC LIMIT 1').get() as { month: string };
    const filter = { to: month, months: 12, districtId: null, needCode: null };
    const before = insightDashboard(db, admin, filter);
    expect(insightDashboard(db, admin, filter)).toBe(before);
    // Moved out of the period by another connection: one deployment fewer at once.
    expect(other.prepare("UPDATE deployments SET month = '2001-01' WHERE id = (SELECT min(id) FROM deployments WHERE month = ?)").run(month).changes).toBe(1);
    const after = insightDashboard(db, admin, filter);
    expect(after.totals.general! + after.totals.paid!).toBe(before.totals.general! + before.totals.paid! - 1);
  });

  it('general facilities match their words like SQL LIKE on lower(): ASCII letters fold, others do not', () => {
    const need = { categoryCode: '02', districtSlug: null, origin: null, limit: 200 };
    const extraWords = ['Taalcafé', 'BUURT'];
    const found = new Set(listGeneralFacilitiesForNeed(db, { ...need, extraWords }, now).map((f) => f.organizationName));
    const words = generalFacilityWords('02', extraWords);
    // Expected in SQL, as the query was before: one facility per organisation, any word in name, description or organisation name.
    const like = words.map(() => '(lower(s.name) LIKE ? OR lower(s.description) LIKE ? OR lower(o.name) LIKE ?)').join(' OR ');
    const expected = db.$client
      .prepare(
        `SELECT DISTINCT o.name FROM services s JOIN organizations o ON o.id = s.organization_id
          WHERE s.kind = 'general' AND s.status = 'active' AND o.status = 'active' AND (${like})`,
      )
      .pluck()
      .all(...words.flatMap((word) => [`%${word}%`, `%${word}%`, `%${word}%`])) as string[];
    expect(expected.length).toBeGreaterThan(0);
    expect([...found].sort()).toEqual(expected.sort());
  });

  it("the home page's categories and highlighted facilities follow another connection's writes at once", () => {
    const categories = listCategoriesWithCounts(db);
    expect(listCategoriesWithCounts(db)).toBe(categories);
    const category = categories.find((c) => c.count > 1)!;
    const service = other
      .prepare(
        `SELECT s.id FROM services s JOIN organizations o ON o.id = s.organization_id
          WHERE s.category_code = ? AND s.status <> 'inactive' AND o.status = 'active' LIMIT 1`,
      )
      .pluck()
      .get(category.code) as string;
    other.prepare("UPDATE services SET status = 'inactive' WHERE id = ?").run(service);
    expect(listCategoriesWithCounts(db).find((c) => c.code === category.code)!.count).toBe(category.count - 1);

    const highlighted = listHighlightedGeneralFacilities(db, 6, now);
    expect(highlighted.length).toBe(6);
    // The review summaries are made per call (they depend on the moment), the rest is remembered.
    expect(listHighlightedGeneralFacilities(db, 6, now)).toEqual(highlighted);
    other.prepare("UPDATE services SET name = 'Hernoemd buurthuis' WHERE id = ?").run(highlighted[0]!.id);
    expect(listHighlightedGeneralFacilities(db, 6, now).find((s) => s.id === highlighted[0]!.id)?.name).toBe('Hernoemd buurthuis');
  });

  it("a provider's page follows another connection's writes at once; its review summary is made per call", () => {
    const slug = other
      .prepare("SELECT o.slug FROM organizations o WHERE o.status = 'active' AND EXISTS (SELECT 1 FROM reviews r WHERE r.organization_id = o.id AND r.status = 'published') ORDER BY o.slug LIMIT 1")
      .pluck()
      .get() as string;
    const page = getProviderBySlug(db, slug, now)!;
    expect(page.reviewSummary.count).toBeGreaterThan(0);
    expect(getProviderBySlug(db, slug, now)).toEqual(page);
    other.prepare("UPDATE organizations SET phone = '0301234567' WHERE slug = ?").run(slug);
    expect(getProviderBySlug(db, slug, now)!.organization.phone).toBe('0301234567');
    // Reviews age out: the same facts a day and four years later give another summary.
    const later = new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000);
    expect(getProviderBySlug(db, slug, later)!.reviewSummary.count).toBe(0);
    other.prepare("UPDATE organizations SET status = 'archived' WHERE slug = ?").run(slug);
    expect(getProviderBySlug(db, slug, now)).toBeUndefined();
  });
});
