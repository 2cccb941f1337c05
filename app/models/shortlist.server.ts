/**
 * Shortlists (keuzelijsten) for the kitchen-table talk: a staff member's list of providers for
 * one resident, with a note per provider. This module keeps the owner's lists, every change (each
 * in one transaction, each checking the owner: someone else's list is AccessDenied, answered as
 * 404) and the share link. The resident's version can be opened without an account through a
 * random 256-bit token, of which only the SHA-256 is stored; it is valid for 30 days and revoking
 * it works at once. The two printed versions are in shortlist-versions.server.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, isNull, max, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations, services, shortlistItems, shortlists } from '../../db/schema';
import { shareState } from '../domain/shortlist';
import { AccessDenied } from '../domain/visibility';
import { audit, type AuditActor } from './audit.server';
import { once } from './prepared.server';

export const SHARE_LINK_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function shareTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

// ---------------------------------------------------------------------------------------------
// The owner's lists
// ---------------------------------------------------------------------------------------------

export function listShortlistsForOwner(db: Db, ownerUserId: number, now: Date) {
  const rows = ownerListsQuery(db).all({ ownerUserId });
  return rows.map(({ shareTokenHash: _hash, shareExpiresAt, shareRevokedAt, ...row }) => ({
    ...row,
    updatedAt: row.updatedAt.toISOString(),
    share: shareState({ shareTokenHash: _hash, shareExpiresAt, shareRevokedAt }, now),
    shareExpiresAt: shareExpiresAt?.toISOString() ?? null,
  }));
}

/** The owner's lists by id and title only, in the same order (the comparison's "put on which list"). */
export function listShortlistTitles(db: Db, ownerUserId: number): { id: number; title: string }[] {
  return ownerTitlesQuery(db).all({ ownerUserId });
}

const ownerTitlesQuery = once((db: Db) =>
  db
    .select({ id: shortlists.id, title: shortlists.title })
    .from(shortlists)
    .where(eq(shortlists.ownerUserId, sql.placeholder('ownerUserId')))
    .orderBy(desc(shortlists.updatedAt), desc(shortlists.id))
    .prepare(),
);

/** Built once per connection (prepared.server.ts): the compare page and the list index ask it on every request. */
const ownerListsQuery = once((db: Db) =>
  db
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
    .where(eq(shortlists.ownerUserId, sql.placeholder('ownerUserId')))
    .orderBy(desc(shortlists.updatedAt), desc(shortlists.id))
    .prepare(),
);

export function ownedList(db: Db, ownerUserId: number, shortlistId: number) {
  return ownedListQuery(db).get({ shortlistId, ownerUserId });
}

/** Built once per connection: the shortlist page and its printable versions ask it on every request. */
const ownedListQuery = once((db: Db) =>
  db
    .select()
    .from(shortlists)
    .where(and(eq(shortlists.id, sql.placeholder('shortlistId')), eq(shortlists.ownerUserId, sql.placeholder('ownerUserId'))))
    .prepare(),
);

/** Items of a list in their order, with what identifies the provider and its offer. */
export function listItems(db: Db, shortlistId: number) {
  return itemsQuery(db).all({ shortlistId });
}

const itemsQuery = once((db: Db) =>
  db
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
    .where(eq(shortlistItems.shortlistId, sql.placeholder('shortlistId')))
    .orderBy(asc(shortlistItems.position), asc(shortlistItems.id))
    .prepare(),
);

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


// ---------------------------------------------------------------------------------------------
// Changes: each in one transaction, every one checks the owner
// ---------------------------------------------------------------------------------------------

/** Someone else's list or item, or none at all: the same refusal, so nobody learns which lists exist. */
const notYours = () => new AccessDenied('a shortlist of another owner', { hidden: true });

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
    if (!ownedList(tx as unknown as Db, ownerUserId, shortlistId)) throw notYours();
    tx.update(shortlists).set({ title: input.title, note: input.note, updatedAt: now }).where(eq(shortlists.id, shortlistId)).run();
  });
}

export function deleteShortlist(db: Db, ownerUserId: number, shortlistId: number): void {
  db.transaction((tx) => {
    if (!ownedList(tx as unknown as Db, ownerUserId, shortlistId)) throw notYours();
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
  if (!ownedList(db, ownerUserId, shortlistId)) throw notYours();
  const item = db
    .select({ id: shortlistItems.id, position: shortlistItems.position })
    .from(shortlistItems)
    .where(and(eq(shortlistItems.id, itemId), eq(shortlistItems.shortlistId, shortlistId)))
    .get();
  if (!item) throw notYours();
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
    if (!ownedList(t, actor.userId, shortlistId)) throw notYours();
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
    if (!list) throw notYours();
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
