/**
 * Staff findings (bevindingen): professionals' experiences with a provider. Professionals only:
 * every read takes the viewer and refuses one who may not see findings. The write side comes
 * with the findings form.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staffFindings } from '../../db/schema';
import type { FindingDimension } from '../domain/enums';
import { averageCutoff } from '../domain/reviews';
import { assertCanSee, type Viewer } from '../domain/visibility';
import { once } from './prepared.server';

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * The findings about one organisation: averages per dimension over the findings of the last
 * four years (as for reviews), and the latest findings in full.
 */
export function listFindingsForProfessional(db: Db, viewer: Viewer, organizationId: string, options: { limit?: number; now: Date }) {
  assertCanSee(viewer, 'findings', 'listFindingsForProfessional');
  const queries = findingQueries(db);
  const summary = queries.summary.get({ organizationId, cutoff: averageCutoff(options.now) });
  const total = queries.total.get({ organizationId })?.n ?? 0;
  const latest = queries.latest.all({ organizationId, limit: options.limit ?? 5 });
  const averages: Record<FindingDimension, number | null> = {
    cooperation: round1(summary?.cooperation ?? null),
    clientResult: round1(summary?.clientResult ?? null),
    reporting: round1(summary?.reporting ?? null),
    valueForMoney: round1(summary?.valueForMoney ?? null),
  };
  return {
    /** Findings of the last four years, the ones the averages are over. */
    counted: summary?.count ?? 0,
    total,
    averages,
    latest: latest.map((finding) => ({
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
    })),
  };
}

/** Built once per connection (prepared.server.ts); the cutoff goes in per call, as what counts depends on the moment. */
const findingQueries = once((db: Db) => {
  const ofOrganization = eq(staffFindings.organizationId, sql.placeholder('organizationId'));
  return {
    summary: db
      .select({
        count: sql<number>`count(*)`.mapWith(Number),
        cooperation: sql<number | null>`avg(${staffFindings.markCooperation})`,
        clientResult: sql<number | null>`avg(${staffFindings.markClientResult})`,
        reporting: sql<number | null>`avg(${staffFindings.markReporting})`,
        valueForMoney: sql<number | null>`avg(${staffFindings.markValueForMoney})`,
      })
      .from(staffFindings)
      .where(and(ofOrganization, sql`${staffFindings.createdAt} >= ${sql.placeholder('cutoff')}`))
      .prepare(),
    total: db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(staffFindings)
      .where(ofOrganization)
      .prepare(),
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
