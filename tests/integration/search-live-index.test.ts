/**
 * The live index stays in step with catalogue writes without a full rebuild: random writes to
 * services, organisations, locations and opening hours, each followed by the hook a feature calls
 * after its transaction, and then the live index must equal a fresh build from the database.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { listSearchDocuments } from '../../app/models/search.server';
import { SearchEngine } from '../../app/search/engine';
import type { EngineQuery } from '../../app/search/engine-types';
import {
  checkSearchIndexFreshness,
  getSearchIndex,
  reindexLocation,
  reindexOrganization,
  removeService,
  upsertService,
} from '../../app/search/index.server';
import { TEST_NOW } from '../support/paths';
import { unixSeconds } from '../../app/domain/clock';

let seed = 20261123;
const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const queries = ['', 'dagbesteding', 'begeleiding thuis', 'huishoudelijke hulp', 'schulden', 'maatje', 'jeugdhulp', '02A05', 'zorggroep', 'nieuwe naam', 'oosterpark'];
const query = (q: string): EngineQuery => ({ q, filters: new Map(), sort: 'relevantie', origin: null, page: 1, perPage: 1000, professional: false });

function freshEngine(): SearchEngine {
  const { city } = getSearchIndex(TEST_NOW);
  const engine = new SearchEngine();
  engine.addAll(listSearchDocuments(getDb(), { scope: { city } }));
  return engine;
}

function expectSameAsFresh() {
  const live = getSearchIndex(TEST_NOW);
  const fresh = freshEngine();
  expect(live.engine.size).toBe(fresh.size);
  expect(live.engine.termCount).toBe(fresh.termCount);
  expect(live.engine.ids().sort()).toEqual(fresh.ids().sort());
  for (const id of fresh.ids()) expect(live.engine.snapshot(id), id).toEqual(fresh.snapshot(id));
  const context = { now: new Date('2026-11-23T10:00:00Z'), locale: 'nl' as const, marks: live.marks, priorMean: live.priorMean };
  for (const q of queries) {
    const a = live.engine.search(query(q), context);
    const b = fresh.search(query(q), context);
    expect(a.results.map((r) => [r.doc.id, r.score]), q).toEqual(b.results.map((r) => [r.doc.id, r.score]));
    expect(a.facets, q).toEqual(b.facets);
  }
}

describe('the live search index', () => {
  let builtAt: number;
  beforeAll(() => {
    builtAt = getSearchIndex(TEST_NOW).builtAt;
  });

  it('equals a fresh build after 160 random catalogue writes, without rebuilding', () => {
    const db = getDb();
    const sql = db.$client;
    const serviceIds = () => (sql.prepare('SELECT id FROM services ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const orgIds = (sql.prepare(`SELECT id FROM organizations ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
    const locationIds = (sql.prepare('SELECT id FROM locations ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const districtIds = (sql.prepare('SELECT id FROM districts ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const counts: Record<string, number> = {};
    const did = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);

    for (let step = 0; step < 160; step++) {
      const r = random();
      if (r < 0.25) {
        const id = pick(serviceIds());
        sql.prepare(`UPDATE services SET name = ?, description = description || ' Extra uitleg.', waiting_weeks = ?, accepting_new_clients = ?, updated_at = ${unixSeconds(TEST_NOW)} WHERE id = ?`)
          .run(pick(['Nieuwe naam dagbesteding', 'Begeleiding thuis en in de wijk', 'Maatje voor jong en oud', 'Schuldhulp dichtbij']), pick([null, 0, 2, 7, 12]), pick([0, 1]), id);
        upsertService(id);
        did('service changed');
      } else if (r < 0.35) {
        const id = pick(serviceIds());
        sql.prepare(`UPDATE services SET status = ?, updated_at = ${unixSeconds(TEST_NOW)} WHERE id = ?`).run(pick(['active', 'temporarily_closed', 'inactive']), id);
        upsertService(id);
        did('service status');
      } else if (r < 0.47) {
        const org = pick(orgIds);
        const id = randomUUID();
        const [category, productCode] = pick([['07', '07A01'], ['02', '02A05'], ['01', '01A01'], [null, null]] as const);
        sql.prepare(
          `INSERT INTO services (id, organization_id, name, description, kind, law, category_code, product_code, waiting_weeks, accepting_new_clients, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'active', ${unixSeconds(TEST_NOW)}, ${unixSeconds(TEST_NOW)})`,
        ).run(id, org, pick(['Nieuwe dagbesteding', 'Nieuw maatjesproject', 'Thuisbegeleiding plus']), 'Nieuw aanbod in de wijk.', category ? 'contracted' : 'general', category ? 'wmo' : 'none', category, productCode, category ? 3 : null);
        const location = sql.prepare('SELECT id FROM locations WHERE organization_id = ? LIMIT 1').get(org) as { id: string } | undefined;
        if (location) sql.prepare('INSERT INTO service_at_locations (id, service_id, location_id) VALUES (?, ?, ?)').run(randomUUID(), id, location.id);
        sql.prepare('INSERT INTO service_languages (service_id, code) VALUES (?, ?)').run(id, pick(['nl', 'tr', 'ar', 'en']));
        upsertService(id);
        did('service added');
      } else if (r < 0.55) {
        const id = pick(serviceIds());
        sql.prepare('DELETE FROM services WHERE id = ?').run(id);
        removeService(id);
        did('service deleted');
      } else if (r < 0.65) {
        const org = pick(orgIds);
        sql.prepare(`UPDATE organizations SET name = name || ' Plus', updated_at = ${unixSeconds(TEST_NOW)} WHERE id = ?`).run(org);
        reindexOrganization(org);
        did('organisation renamed');
      } else if (r < 0.7) {
        const org = pick(orgIds);
        sql.prepare(`UPDATE organizations SET status = CASE status WHEN 'active' THEN 'archived' ELSE 'active' END WHERE id = ?`).run(org);
        reindexOrganization(org);
        did('organisation archived or restored');
      } else if (r < 0.82) {
        const location = pick(locationIds);
        sql.prepare('UPDATE locations SET district_id = ?, wheelchair_accessible = ?, latitude = latitude + 0.001 WHERE id = ?').run(pick(districtIds), pick([0, 1]), location);
        reindexLocation(location);
        did('location moved');
      } else if (r < 0.92) {
        const location = pick(locationIds);
        sql.prepare('DELETE FROM schedules WHERE location_id = ?').run(location);
        sql.prepare(`INSERT INTO schedules (id, location_id, weekday, opens_at, closes_at) VALUES (?, ?, ?, '22:00', '02:00')`).run(randomUUID(), location, pick([1, 5, 7]));
        reindexLocation(location);
        did('opening hours changed');
      } else if (r < 0.95) {
        const id = pick(serviceIds());
        sql.prepare('INSERT OR IGNORE INTO service_languages (service_id, code) VALUES (?, ?)').run(id, pick(['pl', 'uk', 'so']));
        upsertService(id);
        did('language added');
      } else if (r < 0.975) {
        // A location closes: its links and hours go with it (ON DELETE CASCADE).
        const location = pick(locationIds);
        sql.prepare('DELETE FROM locations WHERE id = ?').run(location);
        locationIds.splice(locationIds.indexOf(location), 1);
        reindexLocation(location);
        did('location deleted');
      } else {
        // An organisation without contracts is removed with all its services.
        const org = sql
          .prepare(
            `SELECT o.id FROM organizations o WHERE NOT EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id)
               AND NOT EXISTS (SELECT 1 FROM budget_ceilings b WHERE b.organization_id = o.id)
               AND NOT EXISTS (SELECT 1 FROM national_procurements n WHERE n.organization_id = o.id)
               AND EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id) ORDER BY o.id LIMIT 1 OFFSET ?`,
          )
          .get(Math.floor(random() * 20)) as { id: string } | undefined;
        if (!org) continue;
        sql.prepare('DELETE FROM organizations WHERE id = ?').run(org.id);
        orgIds.splice(orgIds.indexOf(org.id), 1);
        reindexOrganization(org.id);
        did('organisation deleted');
      }
    }
    expect(Object.keys(counts).sort()).toEqual([
      'language added',
      'location deleted',
      'location moved',
      'opening hours changed',
      'organisation archived or restored',
      'organisation deleted',
      'organisation renamed',
      'service added',
      'service changed',
      'service deleted',
      'service status',
    ]);
    expectSameAsFresh();
    expect(getSearchIndex(TEST_NOW).builtAt, 'the index was kept in step, not rebuilt').toBe(builtAt);
    expect(checkSearchIndexFreshness(), 'every write was reported').toBe(false);
  });

  it('notices a write nobody reported and rebuilds', () => {
    const sql = getDb().$client;
    const id = (sql.prepare(`SELECT id FROM services WHERE status = 'active' ORDER BY id LIMIT 1`).get() as { id: string }).id;
    sql.prepare(`UPDATE services SET name = 'Onaangekondigde wijziging', updated_at = ${unixSeconds(TEST_NOW)} + 5 WHERE id = ?`).run(id);
    expect(checkSearchIndexFreshness()).toBe(true);
    expect(getSearchIndex(TEST_NOW).engine.get(id)?.name).toBe('Onaangekondigde wijziging');
    expectSameAsFresh();
  });
});
