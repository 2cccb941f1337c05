/**
 * Change requests: a provider proposes changes to its own organisation and services, anyone
 * reports an error; a contract manager approves (the changes are applied in one transaction and
 * logged) or rejects with a reason the proposer sees.
 */
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { changeRequests, organizations, services, users } from '../../db/schema';
import {
  changedFields,
  diffChanges,
  parseChanges,
  proposableOrganizationFields,
  proposableServiceFields,
  reportedChange,
  validateChanges,
  type ErrorReportInput,
  type StoredValue,
} from '../domain/change-request';
import { isoToday } from '../domain/staleness';
import { catalogueChanged } from './catalogue-events.server';
import { columnName, inTransaction, record, type AuditActor } from './catalogue-admin.server';

type Status = 'pending' | 'approved' | 'rejected';

function organizationValues(db: Db, organizationId: string) {
  const row = db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, status: organizations.status, description: organizations.description, website: organizations.website, email: organizations.email, phone: organizations.phone, version: organizations.version })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .get();
  return row;
}

function serviceValues(db: Db, serviceId: string) {
  return db
    .select({
      id: services.id,
      organizationId: services.organizationId,
      name: services.name,
      description: services.description,
      targetGroup: services.targetGroup,
      applicationProcess: services.applicationProcess,
      minimumAge: services.minimumAge,
      maximumAge: services.maximumAge,
      waitingWeeks: services.waitingWeeks,
      waitingReportedOn: services.waitingReportedOn,
      acceptingNewClients: services.acceptingNewClients,
      url: services.url,
      email: services.email,
      phone: services.phone,
      status: services.status,
      version: services.version,
    })
    .from(services)
    .where(eq(services.id, serviceId))
    .get();
}

const pick = (row: Record<string, unknown>, fields: readonly string[]): Record<string, StoredValue> =>
  Object.fromEntries(fields.map((f) => [f, (row[f] ?? null) as StoredValue]));

// ---------------------------------------------------------------------------------------------
// The provider's side
// ---------------------------------------------------------------------------------------------

/** The provider's own organisation and services, with the values its proposal forms start from. */
export function getOwnEntry(db: Db, organizationId: string) {
  const org = organizationValues(db, organizationId);
  if (!org) return undefined;
  const serviceRows = db
    .select({ id: services.id })
    .from(services)
    .where(eq(services.organizationId, organizationId))
    .orderBy(asc(services.name))
    .all();
  return {
    organization: { id: org.id, name: org.name, slug: org.slug, status: org.status, values: pick(org, proposableOrganizationFields) },
    services: serviceRows.map((r) => {
      const s = serviceValues(db, r.id)!;
      return { id: s.id, name: s.name, status: s.status, values: pick(s, proposableServiceFields) };
    }),
  };
}

export type ProposalResult = { ok: true; id: number } | { ok: false; reason: 'noChanges' | 'notOwn' };

/** Stores a provider's proposal: only the fields that differ from what is stored now. */
export function proposeChanges(
  db: Db,
  actor: AuditActor,
  proposer: { id: number; email: string; organizationId: string | null },
  target: { serviceId: string | null },
  proposed: Record<string, StoredValue>,
  message: string | null,
): ProposalResult {
  const organizationId = proposer.organizationId;
  if (!organizationId) return { ok: false, reason: 'notOwn' };
  let current: Record<string, StoredValue>;
  let fields: readonly string[];
  if (target.serviceId) {
    const service = serviceValues(db, target.serviceId);
    if (!service || service.organizationId !== organizationId) return { ok: false, reason: 'notOwn' };
    current = pick(service, proposableServiceFields);
    fields = proposableServiceFields;
  } else {
    const org = organizationValues(db, organizationId);
    if (!org) return { ok: false, reason: 'notOwn' };
    current = pick(org, proposableOrganizationFields);
    fields = proposableOrganizationFields;
  }
  const changes = changedFields(current, proposed, fields);
  if (Object.keys(changes).length === 0 && !message) return { ok: false, reason: 'noChanges' };
  const id = inTransaction(db, () => {
    const row = db
      .insert(changeRequests)
      .values({
        kind: 'provider_update',
        organizationId,
        serviceId: target.serviceId,
        proposerUserId: proposer.id,
        proposerEmail: proposer.email,
        changes: JSON.stringify(changes),
        message,
        createdAt: actor.at,
      })
      .returning({ id: changeRequests.id })
      .get();
    record(db, actor, { action: 'propose', entityType: 'change_request', entityId: row.id, newValue: changes });
    return row.id;
  });
  return { ok: true, id };
}

/** The provider's own requests, newest first, with the decision and its reason. */
export function listOwnChangeRequests(db: Db, organizationId: string, userId: number) {
  return db
    .select({
      id: changeRequests.id,
      serviceName: services.name,
      changes: changeRequests.changes,
      message: changeRequests.message,
      status: changeRequests.status,
      decisionReason: changeRequests.decisionReason,
      decidedAt: changeRequests.decidedAt,
      createdAt: changeRequests.createdAt,
    })
    .from(changeRequests)
    .leftJoin(services, eq(services.id, changeRequests.serviceId))
    .where(and(eq(changeRequests.organizationId, organizationId), eq(changeRequests.proposerUserId, userId)))
    .orderBy(desc(changeRequests.createdAt), desc(changeRequests.id))
    .limit(50)
    .all()
    .map((r) => ({
      ...r,
      changes: parseChanges(r.changes),
      decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
      createdAt: r.createdAt.toISOString(),
    }));
}

// ---------------------------------------------------------------------------------------------
// "Klopt er iets niet?"
// ---------------------------------------------------------------------------------------------

/** An error report from anyone; a valid new phone number, e-mail address or website is kept as a change. */
export function reportError(db: Db, actor: AuditActor, organizationId: string, input: ErrorReportInput, reporter: { id: number; email: string } | null): number | null {
  const org = organizationValues(db, organizationId);
  if (!org) return null;
  let serviceId: string | null = null;
  if (input.serviceId) {
    const service = serviceValues(db, input.serviceId);
    if (service && service.organizationId === organizationId) serviceId = service.id;
  }
  const changes = reportedChange(input.topic, input.suggestion, serviceId !== null);
  const text = [`[${input.topic}] ${input.message}`, input.suggestion && Object.keys(changes).length === 0 ? `→ ${input.suggestion}` : null]
    .filter(Boolean)
    .join('\n\n');
  return inTransaction(db, () => {
    const row = db
      .insert(changeRequests)
      .values({
        kind: 'error_report',
        organizationId,
        serviceId,
        proposerUserId: reporter?.id ?? null,
        proposerEmail: input.email ?? reporter?.email ?? null,
        changes: JSON.stringify(changes),
        message: text,
        createdAt: actor.at,
      })
      .returning({ id: changeRequests.id })
      .get();
    record(db, actor, { action: 'report', entityType: 'change_request', entityId: row.id, newValue: changes });
    return row.id;
  });
}

// ---------------------------------------------------------------------------------------------
// The contract manager's queue
// ---------------------------------------------------------------------------------------------

export function listChangeRequests(db: Db, filter: { status: Status; page: number; perPage: number }) {
  const where: SQL = eq(changeRequests.status, filter.status);
  const total = db.select({ n: count() }).from(changeRequests).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: changeRequests.id,
      kind: changeRequests.kind,
      organizationId: changeRequests.organizationId,
      organizationName: organizations.name,
      serviceName: services.name,
      proposerEmail: changeRequests.proposerEmail,
      changes: changeRequests.changes,
      message: changeRequests.message,
      status: changeRequests.status,
      createdAt: changeRequests.createdAt,
      decidedAt: changeRequests.decidedAt,
    })
    .from(changeRequests)
    .innerJoin(organizations, eq(organizations.id, changeRequests.organizationId))
    .leftJoin(services, eq(services.id, changeRequests.serviceId))
    .where(where)
    .orderBy(filter.status === 'pending' ? asc(changeRequests.createdAt) : desc(changeRequests.decidedAt), asc(changeRequests.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
    .all();
  return {
    total,
    rows: rows.map((r) => ({
      ...r,
      fieldCount: Object.keys(parseChanges(r.changes)).length,
      changes: undefined,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
    })),
  };
}

/** One request with the field-by-field comparison against what is stored now. */
export function getChangeRequest(db: Db, id: number) {
  const request = db
    .select({
      id: changeRequests.id,
      kind: changeRequests.kind,
      organizationId: changeRequests.organizationId,
      serviceId: changeRequests.serviceId,
      proposerEmail: changeRequests.proposerEmail,
      proposerName: users.name,
      changes: changeRequests.changes,
      message: changeRequests.message,
      status: changeRequests.status,
      decisionReason: changeRequests.decisionReason,
      decidedAt: changeRequests.decidedAt,
      createdAt: changeRequests.createdAt,
    })
    .from(changeRequests)
    .leftJoin(users, eq(users.id, changeRequests.proposerUserId))
    .where(eq(changeRequests.id, id))
    .get();
  if (!request) return undefined;
  const org = organizationValues(db, request.organizationId)!;
  const service = request.serviceId ? serviceValues(db, request.serviceId) : undefined;
  const changes = parseChanges(request.changes);
  const current: Record<string, StoredValue> = service ? pick(service, proposableServiceFields) : pick(org, proposableOrganizationFields);
  const decidedBy = request.decidedAt
    ? db
        .select({ name: users.name })
        .from(changeRequests)
        .innerJoin(users, eq(users.id, changeRequests.decidedByUserId))
        .where(eq(changeRequests.id, id))
        .get()?.name ?? null
    : null;
  return {
    request: {
      ...request,
      changes: undefined,
      createdAt: request.createdAt.toISOString(),
      decidedAt: request.decidedAt ? request.decidedAt.toISOString() : null,
      decidedBy,
    },
    organization: { id: org.id, name: org.name, slug: org.slug },
    service: service ? { id: service.id, name: service.name } : null,
    target: service ? ('service' as const) : ('organization' as const),
    diff: diffChanges(current, changes),
  };
}

export type DecisionResult =
  | { ok: true; applied: number }
  | { ok: false; reason: 'notFound' | 'notPending' }
  | { ok: false; reason: 'invalid'; field: string; message: string };

/** Applies the proposed values and marks the request approved — all in one transaction, all logged. */
export function approveChangeRequest(db: Db, actor: AuditActor, id: number, decider: { id: number }, note: string | null): DecisionResult {
  let touched: { serviceIds: string[]; organizationIds: string[] } = { serviceIds: [], organizationIds: [] };
  const result = inTransaction(db, (): DecisionResult => {
    const request = db.select().from(changeRequests).where(eq(changeRequests.id, id)).get();
    if (!request) return { ok: false, reason: 'notFound' };
    if (request.status !== 'pending') {
      // Refused: someone else decided first. Logged as refused, like a stale save.
      record(db, actor, { action: 'approve', entityType: 'change_request', entityId: id, field: 'status', oldValue: request.status, newValue: 'approved', result: 'failure' });
      return { ok: false, reason: 'notPending' };
    }
    const target = request.serviceId ? 'service' : 'organization';
    const validated = validateChanges(target, parseChanges(request.changes));
    if (!validated.ok) return { ok: false, reason: 'invalid', field: validated.field, message: validated.message };
    const values = validated.values;
    let applied = 0;
    const stamp = actor.at;
    if (Object.keys(values).length > 0) {
      if (target === 'service') {
        const current = serviceValues(db, request.serviceId!)!;
        const set: Record<string, unknown> = { ...values };
        if ('waitingWeeks' in values && values.waitingWeeks !== current.waitingWeeks) set.waitingReportedOn = isoToday(request.createdAt);
        db.update(services)
          .set({ ...set, version: sql`${services.version} + 1`, updatedAt: stamp })
          .where(eq(services.id, current.id))
          .run();
        for (const [field, value] of Object.entries(set)) {
          const before = (current as Record<string, unknown>)[field] ?? null;
          if (String(before ?? '') === String(value ?? '')) continue;
          record(db, actor, { action: 'update', entityType: 'service', entityId: current.id, field: columnName(field), oldValue: before, newValue: value });
          applied += 1;
        }
        touched = { serviceIds: [current.id], organizationIds: [] };
      } else {
        const current = organizationValues(db, request.organizationId)!;
        const set: Record<string, unknown> = { ...values };
        if ('description' in set && set.description === null) set.description = '';
        db.update(organizations)
          .set({ ...set, version: sql`${organizations.version} + 1`, updatedAt: stamp })
          .where(eq(organizations.id, current.id))
          .run();
        for (const [field, value] of Object.entries(set)) {
          const before = (current as Record<string, unknown>)[field] ?? null;
          if (String(before ?? '') === String(value ?? '')) continue;
          record(db, actor, { action: 'update', entityType: 'organization', entityId: current.id, field: columnName(field), oldValue: before, newValue: value });
          applied += 1;
        }
        touched = { serviceIds: [], organizationIds: [current.id] };
      }
    }
    db.update(changeRequests)
      .set({ status: 'approved', decidedByUserId: decider.id, decidedAt: stamp, decisionReason: note })
      .where(eq(changeRequests.id, id))
      .run();
    record(db, actor, { action: 'approve', entityType: 'change_request', entityId: id, field: 'status', oldValue: 'pending', newValue: 'approved' });
    return { ok: true, applied };
  });
  if (result.ok && result.applied > 0) catalogueChanged(touched);
  return result;
}

export function rejectChangeRequest(db: Db, actor: AuditActor, id: number, decider: { id: number }, reason: string): DecisionResult {
  return inTransaction(db, (): DecisionResult => {
    const request = db.select({ status: changeRequests.status }).from(changeRequests).where(eq(changeRequests.id, id)).get();
    if (!request) return { ok: false, reason: 'notFound' };
    if (request.status !== 'pending') {
      record(db, actor, { action: 'reject', entityType: 'change_request', entityId: id, field: 'status', oldValue: request.status, newValue: 'rejected', result: 'failure' });
      return { ok: false, reason: 'notPending' };
    }
    db.update(changeRequests)
      .set({ status: 'rejected', decidedByUserId: decider.id, decidedAt: actor.at, decisionReason: reason })
      .where(eq(changeRequests.id, id))
      .run();
    record(db, actor, { action: 'reject', entityType: 'change_request', entityId: id, field: 'status', oldValue: 'pending', newValue: 'rejected' });
    record(db, actor, { action: 'reject', entityType: 'change_request', entityId: id, field: 'decision_reason', newValue: reason });
    return { ok: true, applied: 0 };
  });
}

/** The organisation an error report is about (active ones only), with its services to choose from. */
export function getReportTarget(db: Db, slug: string) {
  const org = db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), eq(organizations.status, 'active')))
    .get();
  if (!org) return undefined;
  const serviceRows = db
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(and(eq(services.organizationId, org.id), sql`${services.status} <> 'inactive'`))
    .orderBy(asc(services.name))
    .all();
  return { organization: org, services: serviceRows };
}
