/**
 * Shortlists (keuzelijsten) for the kitchen-table talk: a staff member's list of providers for
 * one resident, with a note per provider. Two read models: the resident's version (contact
 * details, waiting times, residents' marks — never an amount or a staff finding) and the
 * professional version (tariffs, ceilings, national procurement, staff marks). The resident's
 * version can be opened without an account through a random 256-bit token, of which only the
 * SHA-256 is stored; it is valid for 30 days and revoking it works at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, max, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  contracts,
  districts,
  locations,
  organizations,
  products,
  serviceAtLocations,
  services,
  shortlistItems,
  shortlists,
} from '../../db/schema';
import {
  assessIndicationRoom,
  contractEndsBefore,
  contractIsValidOn,
  nationalCoverage,
  takesNoNewClientsViaMunicipality,
  type Ceiling,
  type CeilingAssessment,
  type NationalProcurement,
  type YearRoom,
} from '../domain/ceiling';
import { indicationCostCents, indicationPeriod, splitByContractYear, type IndicationInput } from '../domain/indication';
import type { Law, ServiceKind, ServiceStatus, TariffUnit } from '../domain/enums';
import { residentCostFor } from '../domain/personal-contribution';
import { summarize, type ReviewSummary } from '../domain/reviews';
import { canSee, type Viewer } from '../domain/visibility';
import { audit, type AuditActor } from './audit.server';
import { reviewSummaries } from './catalogue.server';
import { ceilingAssessmentsForProfessional, ceilingThresholds, ceilingsForProfessional, listNationalProcurements, noNewClientsViaMunicipality } from './ceiling.server';
import { staffMarkSummaries, type StaffMarkSummary } from './compare.server';

export const SHARE_LINK_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function shareTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

// ---------------------------------------------------------------------------------------------
// The owner's lists
// ---------------------------------------------------------------------------------------------

export type ShareState = 'none' | 'active' | 'expired' | 'revoked';

export function shareState(list: { shareTokenHash: string | null; shareExpiresAt: Date | null; shareRevokedAt: Date | null }, now: Date): ShareState {
  if (!list.shareTokenHash) return 'none';
  if (list.shareRevokedAt) return 'revoked';
  if (!list.shareExpiresAt || list.shareExpiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

export function listShortlistsForOwner(db: Db, ownerUserId: number, now: Date) {
  const rows = db
    .select({
      id: shortlists.id,
      title: shortlists.title,
      updatedAt: shortlists.updatedAt,
      shareTokenHash: shortlists.shareTokenHash,
      shareExpiresAt: shortlists.shareExpiresAt,
      shareRevokedAt: shortlists.shareRevokedAt,
      itemCount: sql<number>`(SELECT count(*) FROM shortlist_items i WHERE i.shortlist_id = ${shortlists.id})`.mapWith(Number),
    })
    .from(shortlists)
    .where(eq(shortlists.ownerUserId, ownerUserId))
    .orderBy(desc(shortlists.updatedAt), desc(shortlists.id))
    .all();
  return rows.map(({ shareTokenHash: _hash, shareExpiresAt, shareRevokedAt, ...row }) => ({
    ...row,
    updatedAt: row.updatedAt.toISOString(),
    share: shareState({ shareTokenHash: _hash, shareExpiresAt, shareRevokedAt }, now),
    shareExpiresAt: shareExpiresAt?.toISOString() ?? null,
  }));
}

export type ShortlistSummary = ReturnType<typeof listShortlistsForOwner>[number];

function ownedList(db: Db, ownerUserId: number, shortlistId: number) {
  return db
    .select()
    .from(shortlists)
    .where(and(eq(shortlists.id, shortlistId), eq(shortlists.ownerUserId, ownerUserId)))
    .get();
}

/** Items of a list in their order, with what identifies the provider and its offer. */
function listItems(db: Db, shortlistId: number) {
  return db
    .select({
      id: shortlistItems.id,
      organizationId: shortlistItems.organizationId,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      serviceId: shortlistItems.serviceId,
      serviceName: services.name,
      note: shortlistItems.note,
      position: shortlistItems.position,
    })
    .from(shortlistItems)
    .innerJoin(organizations, eq(organizations.id, shortlistItems.organizationId))
    .leftJoin(services, eq(services.id, shortlistItems.serviceId))
    .where(eq(shortlistItems.shortlistId, shortlistId))
    .orderBy(asc(shortlistItems.position), asc(shortlistItems.id))
    .all();
}

/** One of the owner's lists with its items; undefined when it does not exist or is someone else's. */
export function getShortlistForOwner(db: Db, ownerUserId: number, shortlistId: number, now: Date) {
  const list = ownedList(db, ownerUserId, shortlistId);
  if (!list) return undefined;
  return {
    id: list.id,
    title: list.title,
    note: list.note,
    createdAt: list.createdAt.toISOString(),
    updatedAt: list.updatedAt.toISOString(),
    share: shareState(list, now),
    shareExpiresAt: list.shareExpiresAt?.toISOString() ?? null,
    items: listItems(db, list.id),
  };
}

export type OwnedShortlist = NonNullable<ReturnType<typeof getShortlistForOwner>>;

// ---------------------------------------------------------------------------------------------
// Changes: each in one transaction, every one checks the owner
// ---------------------------------------------------------------------------------------------

export class ShortlistNotFound extends Error {}

function touch(db: Db, shortlistId: number, now: Date) {
  db.update(shortlists).set({ updatedAt: now }).where(eq(shortlists.id, shortlistId)).run();
}

export function createShortlist(db: Db, ownerUserId: number, input: { title: string; note?: string | null }, now: Date): number {
  return db.transaction((tx) => {
    const row = tx
      .insert(shortlists)
      .values({ ownerUserId, title: input.title, note: input.note ?? null, createdAt: now, updatedAt: now })
      .returning({ id: shortlists.id })
      .get();
    return row.id;
  });
}

export function updateShortlist(db: Db, ownerUserId: number, shortlistId: number, input: { title: string; note: string | null }, now: Date): void {
  db.transaction((tx) => {
    if (!ownedList(tx as unknown as Db, ownerUserId, shortlistId)) throw new ShortlistNotFound();
    tx.update(shortlists).set({ title: input.title, note: input.note, updatedAt: now }).where(eq(shortlists.id, shortlistId)).run();
  });
}

export function deleteShortlist(db: Db, ownerUserId: number, shortlistId: number): void {
  db.transaction((tx) => {
    if (!ownedList(tx as unknown as Db, ownerUserId, shortlistId)) throw new ShortlistNotFound();
    tx.delete(shortlists).where(eq(shortlists.id, shortlistId)).run();
  });
}

/**
 * Puts a provider (and its offer) on one of the owner's lists — or on a new list when
 * `shortlistId` is null — in one transaction: the new list exists only when the provider was
 * added. Adding a provider that is already there updates its note.
 */
export function addToShortlist(
  db: Db,
  ownerUserId: number,
  input: { shortlistId: number | null; newTitle: string; organizationId: string; serviceId: string | null; note: string | null },
  now: Date,
): { status: 'added' | 'updated'; shortlistId: number } | { status: 'unknown-provider' | 'unknown-list' } {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    if (input.shortlistId !== null && !ownedList(t, ownerUserId, input.shortlistId)) return { status: 'unknown-list' as const };
    const organization = t
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, input.organizationId), eq(organizations.status, 'active')))
      .get();
    if (!organization) return { status: 'unknown-provider' as const };
    if (input.serviceId) {
      const service = t
        .select({ id: services.id })
        .from(services)
        .where(and(eq(services.id, input.serviceId), eq(services.organizationId, input.organizationId), ne(services.status, 'inactive')))
        .get();
      if (!service) return { status: 'unknown-provider' as const };
    }
    const shortlistId =
      input.shortlistId ??
      t.insert(shortlists).values({ ownerUserId, title: input.newTitle, createdAt: now, updatedAt: now }).returning({ id: shortlists.id }).get().id;
    const existing = t
      .select({ id: shortlistItems.id })
      .from(shortlistItems)
      .where(
        and(
          eq(shortlistItems.shortlistId, shortlistId),
          eq(shortlistItems.organizationId, input.organizationId),
          input.serviceId ? eq(shortlistItems.serviceId, input.serviceId) : isNull(shortlistItems.serviceId),
        ),
      )
      .get();
    touch(t, shortlistId, now);
    if (existing) {
      if (input.note) t.update(shortlistItems).set({ note: input.note }).where(eq(shortlistItems.id, existing.id)).run();
      return { status: 'updated' as const, shortlistId };
    }
    const last = t
      .select({ position: max(shortlistItems.position) })
      .from(shortlistItems)
      .where(eq(shortlistItems.shortlistId, shortlistId))
      .get();
    t.insert(shortlistItems)
      .values({
        shortlistId,
        organizationId: input.organizationId,
        serviceId: input.serviceId,
        note: input.note,
        position: (last?.position ?? -1) + 1,
        createdAt: now,
      })
      .run();
    return { status: 'added' as const, shortlistId };
  });
}

/** The names shown on the "put on a shortlist" page; undefined when the provider or offer is unknown. */
export function getProviderLabel(db: Db, organizationId: string, serviceId: string | null) {
  const organization = db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), eq(organizations.status, 'active')))
    .get();
  if (!organization) return undefined;
  if (!serviceId) return { ...organization, serviceId: null, serviceName: null };
  const service = db
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(and(eq(services.id, serviceId), eq(services.organizationId, organizationId), ne(services.status, 'inactive')))
    .get();
  return service ? { ...organization, serviceId: service.id, serviceName: service.name } : undefined;
}

function ownedItem(db: Db, ownerUserId: number, shortlistId: number, itemId: number) {
  if (!ownedList(db, ownerUserId, shortlistId)) throw new ShortlistNotFound();
  const item = db
    .select({ id: shortlistItems.id, position: shortlistItems.position })
    .from(shortlistItems)
    .where(and(eq(shortlistItems.id, itemId), eq(shortlistItems.shortlistId, shortlistId)))
    .get();
  if (!item) throw new ShortlistNotFound();
  return item;
}

export function updateShortlistItemNote(db: Db, ownerUserId: number, shortlistId: number, itemId: number, note: string | null, now: Date): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    ownedItem(t, ownerUserId, shortlistId, itemId);
    t.update(shortlistItems).set({ note }).where(eq(shortlistItems.id, itemId)).run();
    touch(t, shortlistId, now);
  });
}

export function removeShortlistItem(db: Db, ownerUserId: number, shortlistId: number, itemId: number, now: Date): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    ownedItem(t, ownerUserId, shortlistId, itemId);
    t.delete(shortlistItems).where(eq(shortlistItems.id, itemId)).run();
    touch(t, shortlistId, now);
  });
}

/** Moves an item one place up or down (swaps with its neighbour); renumbers the list 0…n-1. */
export function moveShortlistItem(db: Db, ownerUserId: number, shortlistId: number, itemId: number, direction: 'up' | 'down', now: Date): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    ownedItem(t, ownerUserId, shortlistId, itemId);
    const ids = t
      .select({ id: shortlistItems.id })
      .from(shortlistItems)
      .where(eq(shortlistItems.shortlistId, shortlistId))
      .orderBy(asc(shortlistItems.position), asc(shortlistItems.id))
      .all()
      .map((r) => r.id);
    const from = ids.indexOf(itemId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    ids.forEach((id, position) => t.update(shortlistItems).set({ position }).where(eq(shortlistItems.id, id)).run());
    touch(t, shortlistId, now);
  });
}

// ---------------------------------------------------------------------------------------------
// The share link for the resident
// ---------------------------------------------------------------------------------------------

/** A new share link (replacing any earlier one, which stops working at once). Returns the token: shown once. */
export function createShareLink(db: Db, actor: AuditActor & { userId: number }, shortlistId: number, now: Date): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SHARE_LINK_DAYS * DAY_MS);
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    if (!ownedList(t, actor.userId, shortlistId)) throw new ShortlistNotFound();
    t.update(shortlists)
      .set({ shareTokenHash: shareTokenHash(token), shareExpiresAt: expiresAt, shareRevokedAt: null, updatedAt: now })
      .where(eq(shortlists.id, shortlistId))
      .run();
    audit(t, { actor, action: 'shortlist_share', entityType: 'shortlist', entityId: shortlistId, field: 'share_expires_at', newValue: expiresAt });
  });
  return { token, expiresAt };
}

export function revokeShareLink(db: Db, actor: AuditActor & { userId: number }, shortlistId: number, now: Date): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const list = ownedList(t, actor.userId, shortlistId);
    if (!list) throw new ShortlistNotFound();
    if (!list.shareTokenHash || list.shareRevokedAt) return;
    t.update(shortlists).set({ shareRevokedAt: now, updatedAt: now }).where(eq(shortlists.id, shortlistId)).run();
    audit(t, { actor, action: 'shortlist_revoke', entityType: 'shortlist', entityId: shortlistId, field: 'share_revoked_at', newValue: now });
  });
}

export type ShareLookup = { status: 'ok'; shortlistId: number; expiresAt: Date } | { status: 'unknown' | 'expired' | 'revoked' };

/** What a share token opens. Unknown also covers a token replaced by a newer link or a deleted list. */
export function resolveShareToken(db: Db, token: string, now: Date): ShareLookup {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: 'unknown' };
  const list = db
    .select({ id: shortlists.id, shareExpiresAt: shortlists.shareExpiresAt, shareRevokedAt: shortlists.shareRevokedAt })
    .from(shortlists)
    .where(eq(shortlists.shareTokenHash, shareTokenHash(token)))
    .get();
  if (!list) return { status: 'unknown' };
  if (list.shareRevokedAt) return { status: 'revoked' };
  if (!list.shareExpiresAt || list.shareExpiresAt.getTime() <= now.getTime()) return { status: 'expired' };
  return { status: 'ok', shortlistId: list.id, expiresAt: list.shareExpiresAt };
}

// ---------------------------------------------------------------------------------------------
// The two versions
// ---------------------------------------------------------------------------------------------

interface ItemOffer {
  serviceKind: ServiceKind | null;
  law: Law;
  serviceStatus: ServiceStatus | null;
  categoryCode: string | null;
  productCode: string | null;
  waitingWeeks: number | null;
  waitingReportedOn: string | null;
  acceptingNewClients: boolean | null;
  applicationProcess: string | null;
}

function offerDetails(db: Db, serviceIds: readonly string[]): Map<string, ItemOffer & { phone: string | null; email: string | null; url: string | null }> {
  const result = new Map<string, ItemOffer & { phone: string | null; email: string | null; url: string | null }>();
  if (serviceIds.length === 0) return result;
  const rows = db
    .select({
      id: services.id,
      serviceKind: services.kind,
      law: services.law,
      serviceStatus: services.status,
      categoryCode: services.categoryCode,
      productCode: services.productCode,
      waitingWeeks: services.waitingWeeks,
      waitingReportedOn: services.waitingReportedOn,
      acceptingNewClients: services.acceptingNewClients,
      applicationProcess: services.applicationProcess,
      phone: services.phone,
      email: services.email,
      url: services.url,
    })
    .from(services)
    .where(inArray(services.id, [...serviceIds]))
    .all();
  for (const { id, ...row } of rows) result.set(id, row);
  return result;
}

function contactDetails(db: Db, organizationIds: readonly string[]) {
  const result = new Map<string, { phone: string | null; email: string | null; website: string | null }>();
  if (organizationIds.length === 0) return result;
  const rows = db
    .select({ id: organizations.id, phone: organizations.phone, email: organizations.email, website: organizations.website })
    .from(organizations)
    .where(inArray(organizations.id, [...organizationIds]))
    .all();
  for (const { id, ...row } of rows) result.set(id, row);
  return result;
}

/** Addresses where the offer is given (its own locations, else the organisation's), at most two. */
function addresses(db: Db, items: readonly { organizationId: string; serviceId: string | null }[]) {
  const result = new Map<string, { name: string; address1: string; postalCode: string; city: string; district: string | null; wheelchairAccessible: boolean }[]>();
  const serviceIds = items.map((i) => i.serviceId).filter((id): id is string => id !== null);
  const columns = {
    name: locations.name,
    address1: locations.address1,
    postalCode: locations.postalCode,
    city: locations.city,
    district: districts.name,
    wheelchairAccessible: locations.wheelchairAccessible,
  };
  const byService = serviceIds.length
    ? db
        .select({ serviceId: serviceAtLocations.serviceId, ...columns })
        .from(serviceAtLocations)
        .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
        .leftJoin(districts, eq(districts.id, locations.districtId))
        .where(inArray(serviceAtLocations.serviceId, serviceIds))
        .orderBy(asc(locations.name))
        .all()
    : [];
  const organizationIds = [...new Set(items.map((i) => i.organizationId))];
  const byOrganization = organizationIds.length
    ? db
        .select({ organizationId: locations.organizationId, ...columns })
        .from(locations)
        .leftJoin(districts, eq(districts.id, locations.districtId))
        .where(inArray(locations.organizationId, organizationIds))
        .orderBy(asc(locations.name))
        .all()
    : [];
  for (const item of items) {
    const own = item.serviceId ? byService.filter((l) => l.serviceId === item.serviceId) : [];
    const list = (own.length ? own : byOrganization.filter((l) => l.organizationId === item.organizationId))
      .slice(0, 2)
      .map(({ name, address1, postalCode, city, district, wheelchairAccessible }) => ({ name, address1, postalCode, city, district, wheelchairAccessible }));
    result.set(`${item.organizationId}|${item.serviceId ?? ''}`, list);
  }
  return result;
}

/**
 * The resident's version: what helps a resident choose and get in touch. It selects no cost
 * column and no staff finding; a reached ceiling shows only as "takes no new clients through the
 * municipality for now".
 */
export function getResidentShortlist(db: Db, shortlistId: number, now: Date) {
  const list = db
    .select({ id: shortlists.id, title: shortlists.title, note: shortlists.note, updatedAt: shortlists.updatedAt })
    .from(shortlists)
    .where(eq(shortlists.id, shortlistId))
    .get();
  if (!list) return undefined;
  const items = listItems(db, list.id);
  const organizationIds = [...new Set(items.map((i) => i.organizationId))];
  const offers = offerDetails(db, items.map((i) => i.serviceId).filter((id): id is string => id !== null));
  const contacts = contactDetails(db, organizationIds);
  const places = addresses(db, items);
  const summaries = reviewSummaries(db, organizationIds, now);
  const full = noNewClientsViaMunicipality(db, organizationIds, now);
  return {
    title: list.title,
    note: list.note,
    updatedAt: list.updatedAt.toISOString(),
    items: items.map((item) => {
      const offer = item.serviceId ? offers.get(item.serviceId) : undefined;
      const contact = contacts.get(item.organizationId);
      return {
        id: item.id,
        organizationName: item.organizationName,
        organizationSlug: item.organizationSlug,
        serviceName: item.serviceName,
        note: item.note,
        kind: offer?.serviceKind ?? null,
        cost: residentCostFor(offer?.serviceKind ? { kind: offer.serviceKind, law: offer.law, categoryCode: offer.categoryCode } : null),
        status: offer?.serviceStatus ?? null,
        waitingWeeks: offer?.waitingWeeks ?? null,
        waitingReportedOn: offer?.waitingReportedOn ?? null,
        acceptingNewClients: offer?.acceptingNewClients ?? null,
        noNewClientsViaMunicipality: offer?.serviceKind === 'contracted' ? (full.get(item.organizationId) ?? false) : false,
        applicationProcess: offer?.applicationProcess ?? null,
        phone: offer?.phone ?? contact?.phone ?? null,
        email: offer?.email ?? contact?.email ?? null,
        website: offer?.url ?? contact?.website ?? null,
        locations: places.get(`${item.organizationId}|${item.serviceId ?? ''}`) ?? [],
        reviews: summaries.get(item.organizationId) ?? summarize(0, 0, 0),
      };
    }),
  };
}

export type ResidentShortlist = NonNullable<ReturnType<typeof getResidentShortlist>>;

export interface ProfessionalContract {
  productCode: string;
  productNameNl: string;
  productNameEn: string;
  tariffCents: number;
  unit: TariffUnit;
  validFrom: string;
  validTo: string | null;
}

/**
 * The professional version: the resident's version plus, per provider, the valid contracts
 * (tariff, unit, term), the ceiling flag and room, national procurement of the product and the
 * staff mark. Only for viewers who may see costs and findings.
 */
export function getProfessionalShortlist(
  db: Db,
  viewer: Viewer,
  ownerUserId: number,
  shortlistId: number,
  now: Date,
  indication: IndicationInput | null = null,
) {
  if (!canSee(viewer, 'costs') || !canSee(viewer, 'findings')) throw new Error('getProfessionalShortlist called for a viewer who may not see costs');
  if (!ownedList(db, ownerUserId, shortlistId)) return undefined;
  const resident = getResidentShortlist(db, shortlistId, now);
  if (!resident) return undefined;
  const items = listItems(db, shortlistId);
  const organizationIds = [...new Set(items.map((i) => i.organizationId))];
  const day = now.toISOString().slice(0, 10);
  const contractRows = organizationIds.length
    ? db
        .select({
          organizationId: contracts.organizationId,
          productCode: contracts.productCode,
          productNameNl: products.nameNl,
          productNameEn: products.nameEn,
          categoryCode: products.categoryCode,
          tariffCents: contracts.tariffCents,
          unit: contracts.unit,
          validFrom: contracts.validFrom,
          validTo: contracts.validTo,
          archivedAt: contracts.archivedAt,
        })
        .from(contracts)
        .innerJoin(products, eq(products.code, contracts.productCode))
        .where(inArray(contracts.organizationId, organizationIds))
        .orderBy(asc(contracts.productCode), desc(contracts.validFrom))
        .all()
        .filter((c) => contractIsValidOn({ validFrom: c.validFrom, validTo: c.validTo, archived: c.archivedAt !== null }, day))
    : [];
  const offers = offerDetails(db, items.map((i) => i.serviceId).filter((id): id is string => id !== null));
  const ceilings = ceilingAssessmentsForProfessional(db, viewer, organizationIds, now);
  const staff = staffMarkSummaries(db, viewer, organizationIds, now);
  const procurements = listNationalProcurements(db, now);
  const period = indication ? indicationPeriod(indication) : null;
  const years = period ? [...new Set(splitByContractYear(period, 0).map((p) => p.year))] : [];
  const ceilingsByYear = period ? ceilingsForProfessional(db, viewer, organizationIds, years) : new Map<string, Ceiling[]>();
  const thresholds = ceilingThresholds();
  return {
    ...resident,
    period,
    items: resident.items.map((residentItem) => {
      const item = items.find((i) => i.id === residentItem.id)!;
      const offer = item.serviceId ? offers.get(item.serviceId) : undefined;
      const own = contractRows.filter((c) => c.organizationId === item.organizationId);
      // The contract for the offer's product first; without an offer, all valid contracts.
      const relevant = offer?.productCode ? own.filter((c) => c.productCode === offer.productCode) : own;
      const ceiling: CeilingAssessment = ceilings.get(item.organizationId) ?? { status: 'none', utilisation: null, remainingCents: null };
      const national: NationalProcurement[] =
        offer?.categoryCode && offer.serviceKind !== 'national'
          ? nationalCoverage({ categoryCode: offer.categoryCode, productCode: offer.productCode }, procurements, now)
          : [];
      const staffMark: StaffMarkSummary | null = staff.get(item.organizationId) ?? null;
      const tariff = relevant[0] ?? (offer?.productCode ? undefined : own[0]);
      let estimate: { costCents: number | null; fits: boolean; years: YearRoom[]; contractEndsOn: string | null } | null = null;
      if (indication && period && tariff) {
        const costCents = indicationCostCents(indication, tariff, period);
        const room = assessIndicationRoom(ceilingsByYear.get(item.organizationId) ?? [], splitByContractYear(period, costCents ?? 0), thresholds);
        estimate = { costCents, fits: room.fits, years: room.years, contractEndsOn: contractEndsBefore(tariff, period.end) ? tariff.validTo : null };
      }
      return {
        estimate,
        ...residentItem,
        productCode: offer?.productCode ?? null,
        contracts: (relevant.length ? relevant : own).map(
          (c): ProfessionalContract => ({
            productCode: c.productCode,
            productNameNl: c.productNameNl,
            productNameEn: c.productNameEn,
            tariffCents: c.tariffCents,
            unit: c.unit,
            validFrom: c.validFrom,
            validTo: c.validTo,
          }),
        ),
        ceiling,
        takesNoNewClients: takesNoNewClientsViaMunicipality(ceiling),
        national,
        staffMark,
      };
    }),
  };
}

export type ProfessionalShortlist = NonNullable<ReturnType<typeof getProfessionalShortlist>>;

export type { ReviewSummary };
