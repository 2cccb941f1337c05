/**
 * Recording a staff finding (bevinding): a professional's marks for cooperation, result for the
 * client, reporting and value for money, with an explanation. Professionals only; the read side
 * is app/models/finding.server.ts. The finding and its audit entry are written together.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations, staffFindings } from '../../db/schema';
import type { FindingDimension } from '../domain/enums';
import { hasPermission } from '../domain/permissions';
import type { Role } from '../domain/enums';
import { audit } from './audit.server';

export interface FindingValues extends Record<FindingDimension, number> {
  body: string;
}

/** The organisation a finding may be recorded for (active), by slug. */
export function getFindingTarget(db: Db, slug: string) {
  return db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), eq(organizations.status, 'active')))
    .get();
}

export function recordFinding(
  db: Db,
  user: { id: number; email: string; name: string; role: Role },
  organizationId: string,
  values: FindingValues,
  ip: string | null,
  now: Date,
): { ok: true; findingId: number } {
  if (!hasPermission(user.role, 'create:finding:any')) throw new Error('recordFinding called for a user who may not record findings');
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const created = t
      .insert(staffFindings)
      .values({
        organizationId,
        userId: user.id,
        authorName: user.name.slice(0, 120),
        markCooperation: values.cooperation,
        markClientResult: values.clientResult,
        markReporting: values.reporting,
        markValueForMoney: values.valueForMoney,
        body: values.body,
        createdAt: now,
      })
      .returning({ id: staffFindings.id })
      .get();
    audit(t, {
      actor: { userId: user.id, label: user.email, ip, at: now },
      action: 'create',
      entityType: 'staff_finding',
      entityId: created.id,
      field: 'organization_id',
      newValue: organizationId,
      at: now,
    });
    return { ok: true as const, findingId: created.id };
  });
}
