/**
 * The live search index of this server: built from the database on first use, then kept in step
 * by the features that change the catalogue — without a full rebuild:
 *
 *   upsertService(id)            after a service was created, changed, archived or removed
 *   removeService(id)            after a service was deleted
 *   reindexOrganization(id)      after an organisation changed (name, status): all its services
 *   reindexLocation(id)          after a location changed (district, address, hours, access)
 *   refreshReviewSummaries(ids)  after reviews were published, withdrawn or moderated
 *   rebuild()                    everything, e.g. after a bulk import
 *
 * Call them after the transaction that wrote the change has committed. The models announce their
 * writes in app/models/catalogue-events.server.ts; the index subscribes there when it is first
 * built (before that there is nothing to update). As a safety net the index rebuilds itself when
 * the catalogue's counts or newest change move without it hearing of it.
 */
import { getDb, type Db } from '../db.server';
import { systemClock } from '../domain/clock';
import { overallMeanMark, type ReviewSummary } from '../domain/reviews';
import { getEnv } from '../env.server';
import { listenToCatalogue, type CatalogueChange } from '../models/catalogue-events.server';
import { reviewSummaries } from '../models/catalogue.server';
import {
  countCatalogue,
  findMunicipalityCity,
  listSearchDocuments,
  listServiceIdsAtLocation,
  listServiceIdsOfOrganization,
} from '../models/search.server';
import { SearchEngine } from './engine';
import { SearchFreshness } from './freshness.server';

/** Changes by other processes (workers, CLI tools) reach the index before the next search (ADR 019). */
const freshness = new SearchFreshness();

/** How long (on the app's clock) review summaries for sorting and the mark facet may be reused. */
const REVIEWS_TTL_MS = 5 * 60_000;
/** How often the catalogue is checked for changes the index did not hear about. */
const FRESHNESS_INTERVAL_MS = 60_000;
const ORG_CHUNK = 500;

interface LiveIndex {
  engine: SearchEngine;
  /** The municipality the index is scoped to, or null for every service in the database. */
  city: string | null;
  /** performance.now() when built (tests check whether the index was rebuilt). */
  builtAt: number;
  buildMs: number;
  marks: Map<string, ReviewSummary>;
  priorMean: number;
  /** Goes up whenever the marks change (the engine caches what depends on them). */
  marksVersion: number;
  /** The instant (the app's clock, ms) the review summaries were computed for. */
  marksAt: number;
  fingerprint: string;
  /** performance.now() of the last check for unreported catalogue changes. */
  checkedAt: number;
}

let live: LiveIndex | undefined;

function fingerprint(db: Db): string {
  return JSON.stringify(countCatalogue(db));
}

function build(db: Db, now: Date): LiveIndex {
  subscribeToCatalogue();
  freshness.building(db.$client);
  const started = performance.now();
  const city = findMunicipalityCity(db, getEnv().MUNICIPALITY_NAME);
  const engine = new SearchEngine();
  engine.addAll(listSearchDocuments(db, { scope: { city } }));
  const builtAt = performance.now();
  const index: LiveIndex = {
    engine,
    city,
    builtAt,
    buildMs: builtAt - started,
    marks: new Map(),
    priorMean: 7,
    marksVersion: 0,
    marksAt: now.getTime(),
    fingerprint: fingerprint(db),
    checkedAt: builtAt,
  };
  loadMarks(db, index, null, now);
  return index;
}

function organizationIds(engine: SearchEngine): string[] {
  const ids = new Set<string>();
  for (const id of engine.ids()) ids.add(engine.get(id)!.organizationId);
  return [...ids];
}

/**
 * Loads review summaries for the given organisations (null: all in the index) as they are at
 * `now`, with the same function the provider page uses. A partial reload keeps the instant of
 * the others, so all marks belong to one moment.
 */
function loadMarks(db: Db, index: LiveIndex, ids: readonly string[] | null, now: Date = new Date(index.marksAt)) {
  const wanted = ids ?? organizationIds(index.engine);
  if (!ids) index.marks.clear();
  for (let i = 0; i < wanted.length; i += ORG_CHUNK) {
    for (const [id, summary] of reviewSummaries(db, wanted.slice(i, i + ORG_CHUNK), now)) index.marks.set(id, summary);
  }
  index.priorMean = overallMeanMark(index.marks.values());
  index.marksVersion += 1;
  if (!ids) index.marksAt = now.getTime();
}

/**
 * The live index, built on first use; notices unreported changes (at most once a minute), and
 * recomputes the review summaries when `now` (the request's instant) is more than the TTL away
 * from the instant they were computed for — forwards, or backwards when the clock was set back.
 */
export function getSearchIndex(now: Date): LiveIndex {
  const db = getDb();
  if (!live) {
    live = build(db, now);
    return live;
  }
  const staleness = freshness.check(db.$client);
  if (staleness === 'catalogue') live = build(db, now);
  else if (staleness === 'reviews') loadMarks(db, live, null);
  const elapsed = performance.now();
  if (elapsed - live.checkedAt > FRESHNESS_INTERVAL_MS) {
    live.checkedAt = elapsed;
    if (fingerprint(db) !== live.fingerprint) live = build(db, now);
  }
  if (Math.abs(now.getTime() - live.marksAt) > REVIEWS_TTL_MS) loadMarks(db, live, null, now);
  return live;
}

/** Checks now (instead of once a minute) whether the catalogue changed without the index hearing of it; rebuilds if so. */
export function checkSearchIndexFreshness(): boolean {
  if (!live) return false;
  live.checkedAt = performance.now();
  if (fingerprint(getDb()) === live.fingerprint) return false;
  live = build(getDb(), new Date(live.marksAt));
  return true;
}

/** Whether the index has been built in this process (tests and the health of the first request). */
export function isSearchIndexBuilt(): boolean {
  return live !== undefined;
}

/** Throws the index away and builds it again from the database. */
export function rebuild(): LiveIndex {
  // The review summaries keep the instant they were computed for (the next request moves it on).
  live = build(getDb(), live ? new Date(live.marksAt) : systemClock.now());
  return live;
}

/** Brings the given services in step with the database: added, changed, or removed when no longer public. */
export function upsertServices(ids: readonly string[]): void {
  if (!live || ids.length === 0) return;
  const db = getDb();
  const documents = listSearchDocuments(db, { serviceIds: ids, scope: { city: live.city } });
  const found = new Set(documents.map((d) => d.id));
  for (const id of ids) if (!found.has(id)) live.engine.remove(id);
  for (const document of documents) live.engine.upsert(document);
  const organizations = [...new Set(documents.map((d) => d.organizationId))].filter((id) => !live!.marks.has(id));
  if (organizations.length > 0) loadMarks(db, live, organizations);
  live.fingerprint = fingerprint(db);
  freshness.appliedOwnWrite(db.$client);
}

export function upsertService(id: string): void {
  upsertServices([id]);
}

export function removeService(id: string): void {
  if (!live) return;
  live.engine.remove(id);
  live.fingerprint = fingerprint(getDb());
  freshness.appliedOwnWrite(getDb().$client);
}

export function reindexOrganization(organizationId: string): void {
  if (!live) return;
  const db = getDb();
  const ids = new Set(listServiceIdsOfOrganization(db, organizationId));
  // Services that moved away from the organisation or were deleted with it.
  for (const id of live.engine.ids()) if (live.engine.get(id)!.organizationId === organizationId) ids.add(id);
  upsertServices([...ids]);
}

export function reindexLocation(locationId: string): void {
  if (!live) return;
  const ids = new Set(listServiceIdsAtLocation(getDb(), locationId));
  // Services that were at the location before the change (or before it was deleted).
  for (const id of live.engine.ids()) if (live.engine.get(id)!.locationIds.includes(locationId)) ids.add(id);
  upsertServices([...ids]);
}

/** Reloads review summaries (all, or for the given organisations) after reviews changed. */
export function refreshReviewSummaries(organizationIds?: readonly string[]): void {
  if (!live) return;
  loadMarks(getDb(), live, organizationIds ?? null);
  freshness.appliedOwnWrite(getDb().$client);
}

let subscribed = false;

/** Applies the models' change announcements to the live index (once per process). */
function subscribeToCatalogue(): void {
  if (subscribed) return;
  subscribed = true;
  listenToCatalogue({
    catalogueChanged: applyCatalogueChange,
    reviewNumbersChanged: (organizationId) => refreshReviewSummaries([organizationId]),
  });
}

function applyCatalogueChange(change: CatalogueChange): void {
  if (change.bulk) {
    // Not built yet in this process: it is built from the database on first use anyway.
    if (isSearchIndexBuilt()) rebuild();
    return;
  }
  if (change.serviceIds?.length) upsertServices([...new Set(change.serviceIds)]);
  for (const id of new Set(change.organizationIds ?? [])) reindexOrganization(id);
  for (const id of new Set(change.locationIds ?? [])) reindexLocation(id);
}

/**
 * Builds the index now, in the background (production start): before the first search needs it
 * (tests build it on first use instead). There is no request yet, so the review summaries are
 * computed for the machine's clock; the first request with another instant (a frozen CLOCK_NOW)
 * recomputes them.
 */
export function warmSearchIndexInBackground(): void {
  setTimeout(() => {
    try {
      getSearchIndex(systemClock.now());
    } catch (error) {
      console.error('search: building the index at start failed; it is built on the first search instead', error);
    }
  }, 0).unref();
}
