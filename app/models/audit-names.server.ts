/**
 * Names for the audit log: which record an entry is about, in words (an organisation's name,
 * "Tarief 02A05 — Zorggroep …"), and which records a name stands for, so the log can be filtered
 * by a name instead of an id pasted from another page. Records that no longer exist keep their id.
 */
import { inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { budgetCeilings, changeRequests, contracts, locations, nationalProcurements, organizations, reviews, services, users } from '../../db/schema';

const key = (type: string, id: string) => `${type}:${id}`;

/** A readable name per `type:id` of the entries (only for records that still exist). */
export function auditRecordNames(db: Db, entries: readonly { entityType: string; entityId: string | null }[]): Record<string, string> {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.entityId) continue;
    let set = ids.get(e.entityType);
    if (!set) ids.set(e.entityType, (set = new Set()));
    set.add(e.entityId);
  }
  const names: Record<string, string> = {};
  const of = (type: string) => [...(ids.get(type) ?? [])];
  const orgNames = new Map<string, string>();
  const orgName = (id: string) => orgNames.get(id) ?? '';
  const orgIds = new Set(of('organization'));
  const contractRows = of('contract').length
    ? db.select({ id: contracts.id, organizationId: contracts.organizationId, productCode: contracts.productCode }).from(contracts).where(inArray(contracts.id, of('contract'))).all()
    : [];
  const ceilingRows = of('budget_ceiling').length
    ? db.select({ id: budgetCeilings.id, organizationId: budgetCeilings.organizationId, year: budgetCeilings.year }).from(budgetCeilings).where(inArray(budgetCeilings.id, of('budget_ceiling'))).all()
    : [];
  const nationalRows = of('national_procurement').length
    ? db
        .select({ id: nationalProcurements.id, organizationId: nationalProcurements.organizationId, productCode: nationalProcurements.productCode, categoryCode: nationalProcurements.categoryCode })
        .from(nationalProcurements)
        .where(inArray(nationalProcurements.id, of('national_procurement')))
        .all()
    : [];
  const requestIds = of('change_request').map(Number).filter(Number.isSafeInteger);
  const requestRows = requestIds.length
    ? db.select({ id: changeRequests.id, organizationId: changeRequests.organizationId }).from(changeRequests).where(inArray(changeRequests.id, requestIds)).all()
    : [];
  const reviewIds = of('review').map(Number).filter(Number.isSafeInteger);
  const reviewRows = reviewIds.length ? db.select({ id: reviews.id, organizationId: reviews.organizationId }).from(reviews).where(inArray(reviews.id, reviewIds)).all() : [];
  for (const row of [...contractRows, ...ceilingRows, ...nationalRows, ...requestRows, ...reviewRows]) if (row.organizationId) orgIds.add(row.organizationId);
  if (orgIds.size) {
    for (const row of db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...orgIds])).all()) orgNames.set(row.id, row.name);
  }
  for (const id of of('organization')) if (orgNames.has(id)) names[key('organization', id)] = orgName(id);
  if (of('service').length) {
    for (const row of db
      .select({ id: services.id, name: services.name, organization: organizations.name })
      .from(services)
      .innerJoin(organizations, sql`${organizations.id} = ${services.organizationId}`)
      .where(inArray(services.id, of('service')))
      .all())
      names[key('service', row.id)] = `${row.name} — ${row.organization}`;
  }
  if (of('location').length) {
    for (const row of db
      .select({ id: locations.id, name: locations.name, organization: organizations.name })
      .from(locations)
      .innerJoin(organizations, sql`${organizations.id} = ${locations.organizationId}`)
      .where(inArray(locations.id, of('location')))
      .all())
      names[key('location', row.id)] = `${row.name} — ${row.organization}`;
  }
  for (const row of contractRows) names[key('contract', row.id)] = `${row.productCode} — ${orgName(row.organizationId)}`;
  for (const row of ceilingRows) names[key('budget_ceiling', row.id)] = `${row.year} — ${orgName(row.organizationId)}`;
  for (const row of nationalRows) names[key('national_procurement', row.id)] = `${row.productCode ?? row.categoryCode ?? ''} — ${row.organizationId ? orgName(row.organizationId) : ''}`.replace(/ — $/, '');
  for (const row of requestRows) names[key('change_request', String(row.id))] = `#${row.id} — ${orgName(row.organizationId)}`;
  for (const row of reviewRows) names[key('review', String(row.id))] = `#${row.id} — ${orgName(row.organizationId)}`;
  const userIds = [...of('user'), ...of('account')].map(Number).filter(Number.isSafeInteger);
  if (userIds.length) {
    for (const row of db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(inArray(users.id, userIds)).all()) {
      const label = row.name ? `${row.name} (${row.email})` : row.email;
      names[key('user', String(row.id))] = label;
      names[key('account', String(row.id))] = label;
    }
  }
  return names;
}

/** At most this many records for one name filter (a name that broad should be typed more fully). */
const MAX_RECORDS = 5000;

/**
 * The ids of the records a name stands for: organisations whose name contains it with their
 * services, locations, tariffs, ceilings, national procurement, change requests and reviews, and
 * services and locations whose own name contains it.
 */
export function recordIdsForName(db: Db, name: string): { type: string; ids: string[] }[] {
  const q = `%${name.trim().replace(/[%_\\]/g, '')}%`;
  if (q === '%%') return [];
  const orgIds = db.select({ id: organizations.id }).from(organizations).where(like(organizations.name, q)).limit(MAX_RECORDS).all().map((r) => r.id);
  const groups: { type: string; ids: string[] }[] = [];
  let total = orgIds.length;
  const add = (type: string, rows: { id: string | number }[]) => {
    const ids = rows.slice(0, Math.max(0, MAX_RECORDS - total)).map((row) => String(row.id));
    total += ids.length;
    if (ids.length) groups.push({ type, ids });
  };
  if (orgIds.length) groups.push({ type: 'organization', ids: orgIds });
  add('service', db.select({ id: services.id }).from(services).where(orgIds.length ? or(like(services.name, q), inArray(services.organizationId, orgIds)) : like(services.name, q)).all());
  add('location', db.select({ id: locations.id }).from(locations).where(orgIds.length ? or(like(locations.name, q), inArray(locations.organizationId, orgIds)) : like(locations.name, q)).all());
  if (orgIds.length) {
    add('contract', db.select({ id: contracts.id }).from(contracts).where(inArray(contracts.organizationId, orgIds)).all());
    add('budget_ceiling', db.select({ id: budgetCeilings.id }).from(budgetCeilings).where(inArray(budgetCeilings.organizationId, orgIds)).all());
    add('national_procurement', db.select({ id: nationalProcurements.id }).from(nationalProcurements).where(inArray(nationalProcurements.organizationId, orgIds)).all());
    add('change_request', db.select({ id: changeRequests.id }).from(changeRequests).where(inArray(changeRequests.organizationId, orgIds)).all());
    add('review', db.select({ id: reviews.id }).from(reviews).where(inArray(reviews.organizationId, orgIds)).all());
  }
  return groups;
}

/** Names to suggest while typing (a datalist, works without JavaScript): the organisations. */
export function auditNameSuggestions(db: Db, limit = 1000): string[] {
  return db
    .selectDistinct({ name: organizations.name })
    .from(organizations)
    .orderBy(organizations.name)
    .limit(limit)
    .all()
    .map((r) => r.name);
}
