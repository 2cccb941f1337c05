/**
 * Staff findings (bevindingen): professionals' experiences with a provider. Professionals only:
 * every read takes the viewer and refuses one who may not see findings. The write side comes
 * with the findings form.
 */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staffFindings } from '../../db/schema';
import type { FindingDimension } from '../domain/enums';
import { averageCutoff } from '../domain/reviews';
import { assertCanSee, type Viewer } from '../domain/visibility';
import { once, rememberedUntilWrite } from './prepared.server';

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * The findings about one organisation: averages per dimension over the findings of the last
 * four years (as for reviews), and the latest findings in full.
 */
export function listFindingsForProfessional(db: Db, viewer: Viewer, organizationId: string, options: { limit?: number; now: Date }) {
  assertCanSee(viewer, 'findings', 'listFindingsForProfessional');
  const limit = options.limit ?? 5;
  const { marks, latest } = findingFacts(db, `${organizationId}|${limit}`, organizationId, limit);
  // What counts depends on the moment (to the second): summed here per call over the remembered marks.
  const cutoff = averageCutoff(options.now);
  let counted = 0;
  const sums = { cooperation: 0, clientResult: 0, reporting: 0, valueForMoney: 0 };
  for (const row of marks) {
    if (row.createdAt < cutoff) continue;
    counted += 1;
    sums.cooperation += row.cooperation;
    sums.clientResult += row.clientResult;
    sums.reporting += row.reporting;
    sums.valueForMoney += row.valueForMoney;
  }
  const average = (sum: number) => (counted === 0 ? null : round1(sum / counted));
  const averages: Record<FindingDimension, number | null> = {
    cooperation: average(sums.cooperation),
    clientResult: average(sums.clientResult),
    reporting: average(sums.reporting),
    valueForMoney: average(sums.valueForMoney),
  };
  return {
    /** Findings of the last four years, the ones the averages are over. */
    counted,
    total: marks.length,
    averages,
    latest,
  };
}

/**
 * An organisation's findings as database facts alone: every finding's moment (unix seconds) and
 * marks (the marks are never null), and the latest in full. Remembered until any write
 * (prepared.server.ts, ADR 021): a professional's provider page asks for them on every view.
 * Shared between requests: do not change the result.
 */
const findingFacts = rememberedUntilWrite((db: Db, _key: string, organizationId: string, limit: number) => {
  const queries = findingQueries(db);
  const marks = queries.marks.all(organizationId) as { createdAt: number; cooperation: number; clientResult: number; reporting: number; valueForMoney: number }[];
  const latest = queries.latest.all({ organizationId, limit }).map((finding) => ({
    id: finding.id,
    authorName: finding.authorName,
    marks: {
      cooperation: finding.cooperation,
      clientResult: finding.clientResult,
      reporting: finding.reporting,
      valueForMoney: finding.valueForMoney,
    } satisfies Record<FindingDimension, number>,
    body: finding.body,
    createdAt: finding.createdAt.toISOString(),
  }));
  return { marks, latest };
});

/** Built once per connection (prepared.server.ts). */
const findingQueries = once((db: Db) => {
  const ofOrganization = eq(staffFindings.organizationId, sql.placeholder('organizationId'));
  return {
    marks: db.$client.prepare(
      `SELECT created_at AS createdAt, mark_cooperation AS cooperation, mark_client_result AS clientResult, mark_reporting AS reporting, mark_value_for_money AS valueForMoney
         FROM staff_findings WHERE organization_id = ?`,
    ),
    latest: db
      .select({
        id: staffFindings.id,
        authorName: staffFindings.authorName,
        cooperation: staffFindings.markCooperation,
        clientResult: staffFindings.markClientResult,
        reporting: staffFindings.markReporting,
        valueForMoney: staffFindings.markValueForMoney,
        body: staffFindings.body,
        createdAt: staffFindings.createdAt,
      })
      .from(staffFindings)
      .where(ofOrganization)
      .orderBy(desc(staffFindings.createdAt), desc(staffFindings.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
  };
});
