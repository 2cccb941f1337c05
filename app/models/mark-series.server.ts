/**
 * The rows behind the residents' mark (published reviews) and the staff mark (findings) of a set
 * of organisations, as dated series (app/domain/dated-series.ts): database facts that pages can
 * remember until any write (prepared.server.ts), and from which the marks of any moment follow
 * without a query — the same numbers as reviewSummaries (catalogue.server.ts) and
 * staffMarkSummaries (compare.server.ts), which count what was written in the last four years.
 */
import type { Db } from '../../db/client';
import { seriesByKey, totalsFrom, type DatedSeries } from '../domain/dated-series';
import { averageCutoff, summarize, type ReviewSummary } from '../domain/reviews';
import { once } from './prepared.server';

const statements = once((db: Db) => ({
  reviews: db.$client.prepare<[string]>(
    `SELECT organization_id AS organizationId, created_at AS at, overall, would_recommend AS recommend
       FROM reviews
      WHERE organization_id IN (SELECT value FROM json_each(?)) AND status = 'published'`,
  ),
  findings: db.$client.prepare<[string]>(
    `SELECT organization_id AS organizationId, created_at AS at,
            mark_cooperation + mark_client_result + mark_reporting + mark_value_for_money AS marks
       FROM staff_findings
      WHERE organization_id IN (SELECT value FROM json_each(?))`,
  ),
}));

/** Every published review's date, overall mark and recommendation, per organisation. */
export function reviewSeries(db: Db, organizationIds: readonly string[]): Map<string, DatedSeries> {
  if (organizationIds.length === 0) return new Map();
  const rows = statements(db).reviews.all(JSON.stringify(organizationIds)) as { organizationId: string; at: number; overall: number; recommend: number }[];
  return seriesByKey(rows, (row) => row.organizationId, (row) => ({ at: Number(row.at), values: [Number(row.overall), Number(row.recommend)] }), 2);
}

/** Every staff finding's date and the sum of its four marks, per organisation. */
export function findingSeries(db: Db, organizationIds: readonly string[]): Map<string, DatedSeries> {
  if (organizationIds.length === 0) return new Map();
  const rows = statements(db).findings.all(JSON.stringify(organizationIds)) as { organizationId: string; at: number; marks: number }[];
  return seriesByKey(rows, (row) => row.organizationId, (row) => ({ at: Number(row.at), values: [Number(row.marks)] }), 1);
}

/** The residents' mark at `now` (reviewSummaries for one organisation). */
export function reviewSummaryAt(series: DatedSeries | undefined, now: Date): ReviewSummary {
  const { count, sums } = totalsFrom(series, averageCutoff(now));
  return count === 0 ? summarize(0, 0, 0) : summarize(count, sums[0]!, sums[1]!);
}

/** The staff mark at `now` (staffMarkSummaries for one organisation): none without findings. */
export function staffMarkAt(series: DatedSeries | undefined, now: Date): { average: number; count: number } | undefined {
  const { count, sums } = totalsFrom(series, averageCutoff(now));
  return count === 0 ? undefined : { average: Math.round((sums[0]! / (count * 4)) * 10) / 10, count };
}
