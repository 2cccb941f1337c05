/** Choices for the audit-log filters: who appears in the log, and which kinds of records. */
import { asc, desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';

export function listAuditActors(db: Db) {
  return db
    .select({ actor: auditLog.actor, entries: sql<number>`count(*)`.mapWith(Number) })
    .from(auditLog)
    .groupBy(auditLog.actor)
    .orderBy(desc(sql`count(*)`), asc(auditLog.actor))
    .limit(300)
    .all();
}

export function listAuditEntityTypes(db: Db): string[] {
  return db
    .selectDistinct({ type: auditLog.entityType })
    .from(auditLog)
    .orderBy(asc(auditLog.entityType))
    .all()
    .map((r) => r.type);
}
