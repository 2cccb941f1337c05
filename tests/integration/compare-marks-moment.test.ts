/**
 * The comparison's marks are remembered with the database facts as dated rows, and its annotated
 * rows per choice of counted reviews and findings (app/models/compare.server.ts): at every moment
 * — going forwards and back, and exactly at the second a review turns four years old — they equal
 * the marks counted again here in SQL, and a review or finding written by another connection
 * counts at once.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { compareProviders } from '../../app/models/compare.server';
import { listGeneralFacilitiesForNeed } from '../../app/models/general-facilities.server';
import { homeSupportQuery } from '../support/compare-query';
import { TEST_NOW } from '../support/paths';

const staff = { role: 'staff', userId: 1, organizationId: null } as const;
const db = getDb();
const other = new Database(db.$client.name);
afterAll(() => other.close());
const now = new Date(TEST_NOW);
const day = now.toISOString().slice(0, 10);
const query = homeSupportQuery(day);

/** Four years after `seconds` (as the mark's cutoff counts them): at this moment a review of then still counts, a second later not. */
function fourYearsAfter(seconds: number, plusSeconds = 0): Date {
  const moment = new Date(seconds * 1000);
  moment.setUTCFullYear(moment.getUTCFullYear() + 4);
  return new Date(moment.getTime() + plusSeconds * 1000);
}

function cutoffOf(moment: Date): number {
  const cutoff = new Date(moment);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 4);
  return Math.floor(cutoff.getTime() / 1000);
}

/** The marks at `moment`, counted in SQL. */
function expectedMarks(organizationId: string, moment: Date) {
  const cutoff = cutoffOf(moment);
  const reviews = db.$client
    .prepare("SELECT count(*) AS count, sum(overall) AS sum FROM reviews WHERE organization_id = ? AND status = 'published' AND created_at >= ?")
    .get(organizationId, cutoff) as { count: number; sum: number | null };
  const findings = db.$client
    .prepare('SELECT count(*) AS count, sum(mark_cooperation + mark_client_result + mark_reporting + mark_value_for_money) AS sum FROM staff_findings WHERE organization_id = ? AND created_at >= ?')
    .get(organizationId, cutoff) as { count: number; sum: number | null };
  return {
    citizenCount: reviews.count,
    citizenMark: reviews.count === 0 ? null : Math.round((reviews.sum! / reviews.count) * 10) / 10,
    staffCount: findings.count,
    staffMark: findings.count === 0 ? null : Math.round((findings.sum! / (findings.count * 4)) * 10) / 10,
  };
}

function checkAt(moment: Date) {
  const rows = compareProviders(db, staff, query, moment).rows;
  expect(rows.length).toBeGreaterThan(5);
  for (const row of rows) {
    expect({ citizenCount: row.citizenCount, citizenMark: row.citizenMark, staffCount: row.staffCount, staffMark: row.staffMark }, `${row.organizationName} at ${moment.toISOString()}`).toEqual(
      expectedMarks(row.organizationId, moment),
    );
  }
  return rows;
}

describe("the comparison's marks at any moment", () => {
  it('equal the marks counted in SQL forwards, backwards and at the second a review turns four years old', () => {
    const organizationIds = compareProviders(db, staff, query, now).rows.map((row) => row.organizationId);
    // The newest published review of a compared organisation that is older than the day compared.
    const review = db.$client
      .prepare(
        `SELECT organization_id AS organizationId, created_at AS at FROM reviews
          WHERE status = 'published' AND organization_id IN (SELECT value FROM json_each(?)) AND created_at < ?
          ORDER BY created_at DESC LIMIT 1`,
      )
      .get(JSON.stringify(organizationIds), Math.floor(now.getTime() / 1000)) as { organizationId: string; at: number };
    const edge = fourYearsAfter(review.at);
    const justAfter = fourYearsAfter(review.at, 1);
    const before = checkAt(edge);
    const after = checkAt(justAfter);
    const count = (rows: typeof before) => rows.find((row) => row.organizationId === review.organizationId)!.citizenCount;
    expect(count(after)).toBeLessThan(count(before));
    // Back and forth: every answer is the one of its own moment, never the one remembered before.
    for (const moment of [now, edge, justAfter, edge, now, new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000), now]) checkAt(moment);
  });

  it('count a review or a finding written by another connection at once', () => {
    const rows = checkAt(now);
    const row = rows.find((r) => r.citizenCount > 0 && r.staffCount > 0) ?? rows[0]!;
    const seconds = Math.floor(now.getTime() / 1000) - 3600;
    const review = other
      .prepare(
        `INSERT INTO reviews (organization_id, author_name, overall, would_recommend, body, experience_month, status, created_at, updated_at)
         VALUES (?, 'Test', 1, 0, ?, '2026-01', 'published', ?, ?)`,
      )
      .run(row.organizationId, 'Een ervaring die lang genoeg is om als ervaring te tellen voor de test.', seconds, seconds);
    expect(review.changes).toBe(1);
    const afterReview = checkAt(now).find((r) => r.key === row.key)!;
    expect(afterReview.citizenCount).toBe(row.citizenCount + 1);
    other
      .prepare(
        `INSERT INTO staff_findings (organization_id, author_name, mark_cooperation, mark_client_result, mark_reporting, mark_value_for_money, body, created_at)
         VALUES (?, 'Test', 1, 1, 1, 1, 'Bevinding voor de test.', ?)`,
      )
      .run(row.organizationId, seconds);
    expect(checkAt(now).find((r) => r.key === row.key)!.staffCount).toBe(row.staffCount + 1);
  });

  it("the free facilities' review counts are those of the moment too", () => {
    const need = { categoryCode: '02', districtSlug: null, origin: null, limit: 50 };
    for (const moment of [now, new Date(now.getTime() + 3 * 365 * 24 * 3600 * 1000), now]) {
      for (const facility of listGeneralFacilitiesForNeed(db, need, moment)) {
        const organizationId = db.$client.prepare('SELECT organization_id FROM services WHERE id = ?').pluck().get(facility.id) as string;
        expect(facility.reviews.count, facility.name).toBe(expectedMarks(organizationId, moment).citizenCount);
      }
    }
  });
});
