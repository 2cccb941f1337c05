/**
 * The live index and writes by other processes (app/search/freshness.server.ts, ADR 019): the
 * triggers of migration 0006 count every change of the tables the index reads, and the index
 * checks the counters before each search. Another connection stands in for another process (a
 * worker, a CSV import, a script): what it commits is searched at once, not after the
 * once-a-minute check; a review change reloads the marks without a rebuild; this process's own
 * reported write is applied without a rebuild.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { catalogueTables, readSearchGeneration, reviewTables, searchTriggerSql } from '../../app/search/freshness.server';
import { migrationsFolder } from '../../db/client';
import { getSearchIndex, upsertService } from '../../app/search/index.server';
import { TEST_NOW } from '../support/paths';

const other = new Database(process.env.DATABASE_PATH!);
other.pragma('busy_timeout = 5000');
afterAll(() => other.close());

const firstActiveService = () => (other.prepare(`SELECT id, organization_id AS organizationId FROM services WHERE status = 'active' ORDER BY id LIMIT 1`).get() as { id: string; organizationId: string });

describe('the search generation', () => {
  it('has an insert, update and delete trigger on every table the index reads, and on no other', () => {
    const triggers = other.prepare("SELECT name, tbl_name AS tableName FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_generation_%'").all() as { name: string; tableName: string }[];
    const tables = [...catalogueTables, ...reviewTables];
    expect([...new Set(triggers.map((t) => t.tableName))].sort()).toEqual([...tables].sort());
    for (const table of tables) {
      expect(triggers.filter((t) => t.tableName === table).map((t) => t.name).sort(), table).toEqual(
        ['delete', 'insert', 'update'].map((event) => `search_generation_${table}_${event}`),
      );
    }
  });

  it('is created by the migration exactly as searchTriggerSql() writes it', () => {
    expect(readFileSync(join(migrationsFolder, '0006_search_generation.sql'), 'utf8')).toContain(searchTriggerSql());
  });

  it('counts catalogue and review changes apart', () => {
    const before = readSearchGeneration(other)!;
    const service = firstActiveService();
    other.exec('BEGIN');
    try {
      other.prepare('UPDATE services SET name = name WHERE id = ?').run(service.id);
      expect(readSearchGeneration(other)).toEqual({ catalogue: before.catalogue + 1, reviews: before.reviews });
      other.prepare('UPDATE reviews SET body = body WHERE id = (SELECT min(id) FROM reviews)').run();
      expect(readSearchGeneration(other)).toEqual({ catalogue: before.catalogue + 1, reviews: before.reviews + 1 });
    } finally {
      other.exec('ROLLBACK');
    }
  });
});

describe('the live index and other processes', () => {
  it('finds a service another connection renamed at once (a rebuild)', () => {
    const index = getSearchIndex(TEST_NOW);
    const service = firstActiveService();
    other.prepare("UPDATE services SET name = 'Fluitketelspreekuur' WHERE id = ?").run(service.id);
    const after = getSearchIndex(TEST_NOW);
    expect(after.builtAt).not.toBe(index.builtAt);
    expect(after.engine.get(service.id)?.name).toBe('Fluitketelspreekuur');
    const found = after.engine.search({ q: 'fluitketelspreekuur', filters: new Map(), sort: 'relevantie', origin: null, page: 1, perPage: 10, professional: false }, { now: TEST_NOW, locale: 'nl', marks: after.marks, priorMean: after.priorMean });
    expect(found.results.map((r) => r.doc.id)).toEqual([service.id]);
  });

  it('reloads the marks, without a rebuild, when another connection changed reviews', () => {
    const index = getSearchIndex(TEST_NOW);
    const { organizationId, count } = other
      .prepare(`SELECT organization_id AS organizationId, count(*) AS count FROM reviews WHERE status = 'published' GROUP BY organization_id ORDER BY count DESC LIMIT 1`)
      .get() as { organizationId: string; count: number };
    expect(index.marks.get(organizationId)?.count).toBeGreaterThan(0);
    const marksVersion = index.marksVersion;
    other.prepare(`UPDATE reviews SET status = 'withdrawn' WHERE organization_id = ? AND status = 'published'`).run(organizationId);
    const after = getSearchIndex(TEST_NOW);
    expect(after.builtAt).toBe(index.builtAt);
    expect(after.marksVersion).toBeGreaterThan(marksVersion);
    expect(after.marks.get(organizationId)?.count, `was ${count}`).toBe(0);
  });

  it('applies its own reported write without a rebuild', () => {
    const index = getSearchIndex(TEST_NOW);
    const service = firstActiveService();
    getDb().$client.prepare("UPDATE services SET name = 'Eigen wijziging' WHERE id = ?").run(service.id);
    upsertService(service.id);
    const after = getSearchIndex(TEST_NOW);
    expect(after.builtAt).toBe(index.builtAt);
    expect(after.engine.get(service.id)?.name).toBe('Eigen wijziging');
  });

  it('rebuilds when another connection wrote between its own write and the update of the index', () => {
    const index = getSearchIndex(TEST_NOW);
    const [a, b] = other.prepare(`SELECT id FROM services WHERE status = 'active' ORDER BY id LIMIT 2`).pluck().all() as string[];
    getDb().$client.prepare("UPDATE services SET name = 'Eigen tweede wijziging' WHERE id = ?").run(a);
    other.prepare("UPDATE services SET name = 'Andermans wijziging' WHERE id = ?").run(b);
    upsertService(a!);
    const after = getSearchIndex(TEST_NOW);
    expect(after.builtAt).not.toBe(index.builtAt);
    expect(after.engine.get(b!)?.name).toBe('Andermans wijziging');
  });
});
