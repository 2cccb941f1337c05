/** The staff mark (bevindingen) per organisation, for professionals only. */
import { and, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staffFindings } from '../../db/schema';
import { averageCutoff } from '../domain/reviews';
import { assertCanSee, type Viewer } from '../domain/visibility';
import { inJson } from './compare-places.server';
import { once } from './prepared.server';

export interface StaffMarkSummary {
  /** Mean of the four finding dimensions over the findings of the last four years (as for reviews), one decimal. */
  average: number;
  count: number;
}

/** Professionals only: the staff mark (bevindingen) per organisation. */
export function staffMarkSummaries(db: Db, viewer: Viewer, organizationIds: readonly string[], now: Date): Map<string, StaffMarkSummary> {
  assertCanSee(viewer, 'findings', 'staffMarkSummaries');
  const result = new Map<string, StaffMarkSummary>();
  if (organizationIds.length === 0) return result;
  const rows = staffMarkQuery(db).all({ organizationIds: JSON.stringify(organizationIds), cutoff: averageCutoff(now) });
  for (const row of rows) {
    if (row.count > 0) result.set(row.organizationId, { average: Math.round((row.sum / (row.count * 4)) * 10) / 10, count: row.count });
  }
  return result;
}

const staffMarkQuery = once((db: Db) =>
  db
    .select({
      organizationId: staffFindings.organizationId,
      count: sql<number>`count(*)`.mapWith(Number),
      sum: sql<number>`sum(${staffFindings.markCooperation} + ${staffFindings.markClientResult} + ${staffFindings.markReporting} + ${staffFindings.markValueForMoney})`.mapWith(Number),
    })
    .from(staffFindings)
    .where(and(inJson(staffFindings.organizationId, 'organizationIds'), sql`${staffFindings.createdAt} >= ${sql.placeholder('cutoff')}`))
    .groupBy(staffFindings.organizationId)
    .prepare(),
);
