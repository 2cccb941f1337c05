/**
 * The CSV round trip against a real seeded database: export, import the export (nothing
 * changes), export again (byte for byte the same); 10,000 rows in one go; errors and garbage
 * leave the database exactly as it was.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { csvColumns, type CsvColumn } from '../../app/domain/csv/columns';
import { formatCsv } from '../../app/domain/csv/parse';
import { parseMessage } from '../../app/domain/validation';
import { applyImport, checkImport } from '../../app/models/csv/catalogue-import.server';
import { exportCatalogueCsv } from '../../app/models/csv/catalogue-export.server';
import { updateOrganization } from '../../app/models/organization-admin.server';
import { nl } from '../../app/i18n/catalogue';
import { TEST_NOW } from '../support/paths';

const actor = { userId: 3, label: 'contractmanager@example.nl', ip: '192.0.2.10', at: TEST_NOW };
const encode = (text: string) => new TextEncoder().encode(text);
const sqlite = () => getDb().$client;

/** A hash of every catalogue table the import may touch (and of the audit log's length). */
function catalogueHash(): string {
  const hash = createHash('sha256');
  for (const table of ['organizations', 'organization_identifiers', 'services', 'service_languages', 'contracts']) {
    hash.update(JSON.stringify(sqlite().prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
  }
  hash.update(String((sqlite().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n));
  return hash.digest('hex');
}

function check(bytes: Uint8Array) {
  const result = checkImport(getDb(), bytes);
  if (!result.ok) throw new Error(`file refused: ${JSON.stringify(result.issues)}`);
  return result;
}

function importFile(bytes: Uint8Array) {
  const result = check(bytes);
  return { check: result, apply: applyImport(getDb(), actor, bytes, result.fingerprint, 'test.csv') };
}

function rows(list: Partial<Record<CsvColumn, string>>[]): Uint8Array {
  return encode(formatCsv(csvColumns, list.map((r) => csvColumns.map((c) => r[c] ?? ''))));
}

describe('export and import round trip', () => {
  it('exports the whole catalogue, imports it as unchanged, and exports it again byte for byte', () => {
    const first = exportCatalogueCsv(getDb());
    const counts = sqlite().prepare('SELECT (SELECT count(*) FROM organizations) AS o, (SELECT count(*) FROM services) AS s, (SELECT count(*) FROM contracts) AS c').get() as { o: number; s: number; c: number };
    expect(first.rows).toBe(counts.o + counts.s + counts.c);
    expect(first.text.startsWith('\ufeffsoort;extern_id;aanbieder_extern_id;naam;')).toBe(true);

    const before = catalogueHash();
    const { check: result, apply } = importFile(encode(first.text));
    expect(result.plan.errors).toEqual([]);
    expect(result.plan.counts).toMatchObject({ create: 0, update: 0, unchanged: first.rows, errorRows: 0 });
    expect(apply).toMatchObject({ ok: true });
    const second = exportCatalogueCsv(getDb());
    expect(Buffer.from(second.text).equals(Buffer.from(first.text))).toBe(true);
    // Only the one "import" summary entry was added to the log; nothing in the catalogue moved.
    const after = catalogueHash();
    expect(after).not.toBe(before);
    const summary = sqlite().prepare(`SELECT action, entity_type, new_value FROM audit_log ORDER BY id DESC LIMIT 1`).get() as { action: string; entity_type: string; new_value: string };
    expect(summary).toMatchObject({ action: 'import', entity_type: 'catalogue' });
    expect(JSON.parse(summary.new_value)).toMatchObject({ created: 0, changed: 0 });
  });

  it('reads its own export after a round through Windows-1252 and comma separators', () => {
    const text = exportCatalogueCsv(getDb()).text;
    // What a Dutch spreadsheet may do on saving: no BOM, Windows-1252 bytes.
    const latin = Uint8Array.from([...text.slice(1)].flatMap((ch) => (ch.charCodeAt(0) < 256 ? [ch.charCodeAt(0)] : ch === '€' ? [0x80] : [0x3f])));
    const result = check(latin);
    expect(result.encoding).toBe('windows-1252');
    const unchanged = result.plan.rows.filter((r) => r.action === 'unchanged').length;
    expect(unchanged).toBeGreaterThan(result.plan.rows.length * 0.9);
  });
});

describe('a large import', () => {
  it('imports 10,000 rows in one transaction, and the same file again changes nothing', () => {
    const products = sqlite().prepare(`SELECT code, category_code FROM products WHERE category_code < '40' ORDER BY code`).all() as { code: string; category_code: string }[];
    const list: Partial<Record<CsvColumn, string>>[] = [];
    for (let o = 1; o <= 1000; o++) {
      const org = `BULK-ORG-${String(o).padStart(5, '0')}`;
      list.push({ soort: 'aanbieder', extern_id: org, naam: `Zorgaanbieder Bulk ${o}`, omschrijving: `Omschrijving ${o}; met "aanhalingstekens"\nen een tweede regel`, kvk: String(40_000_000 + o), telefoon: '030-1234567', email: `info${o}@bulk.example.nl`, status: 'actief' });
      for (let s = 1; s <= 4; s++) {
        const product = products[(o * 4 + s) % products.length]!;
        list.push({ soort: 'aanbod', extern_id: `${org}-S${s}`, aanbieder_extern_id: org, naam: `Begeleiding ${s}`, soort_aanbod: 'gecontracteerd', wet: 'wmo', categorie: product.category_code, productcode: product.code, talen: 'nl, en', wachttijd_weken: String(s), wachttijd_gemeld_op: '2026-10-01', nieuwe_clienten: 'ja', status: 'actief' });
      }
      for (let t = 1; t <= 5; t++) {
        const product = products[(o + t) % products.length]!;
        list.push({ soort: 'tarief', aanbieder_extern_id: org, productcode: product.code, perceel: `Perceel ${t}`, tarief: `${50 + t},${String(o % 100).padStart(2, '0')}`, eenheid: '04', geldig_van: '2027-01-01', geldig_tot: '2027-12-31', status: 'actief' });
      }
    }
    expect(list).toHaveLength(10_000);
    const bytes = rows(list);
    const started = performance.now();
    const { check: result, apply } = importFile(bytes);
    const seconds = (performance.now() - started) / 1000;
    expect(result.plan.errors).toEqual([]);
    expect(result.plan.counts).toMatchObject({ create: 10_000, update: 0, unchanged: 0, total: 10_000 });
    expect(apply).toMatchObject({ ok: true });
    console.info(`10,000-row import (check + apply): ${seconds.toFixed(2)} s, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
    expect((sqlite().prepare(`SELECT count(*) AS n FROM organizations WHERE external_id LIKE 'BULK-ORG-%'`).get() as { n: number }).n).toBe(1000);
    expect((sqlite().prepare(`SELECT count(*) AS n FROM services WHERE external_id LIKE 'BULK-ORG-%'`).get() as { n: number }).n).toBe(4000);
    expect((sqlite().prepare(`SELECT count(*) AS n FROM contracts c JOIN organizations o ON o.id = c.organization_id WHERE o.external_id LIKE 'BULK-ORG-%'`).get() as { n: number }).n).toBe(5000);
    const org = sqlite().prepare(`SELECT description FROM organizations WHERE external_id = 'BULK-ORG-00007'`).get() as { description: string };
    expect(org.description).toBe('Omschrijving 7; met "aanhalingstekens"\nen een tweede regel');

    const before = catalogueHash();
    const again = check(bytes);
    expect(again.plan.counts).toMatchObject({ create: 0, update: 0, unchanged: 10_000 });
    expect(catalogueHash()).toBe(before);

    // The whole catalogue, now with the bulk rows, still round-trips byte for byte.
    const exported = exportCatalogueCsv(getDb()).text;
    const reimport = importFile(encode(exported));
    expect(reimport.check.plan.counts.create + reimport.check.plan.counts.update).toBe(0);
    expect(exportCatalogueCsv(getDb()).text).toBe(exported);
  });
});

describe('errors change nothing', () => {
  it('shows three bad rows with row, column and reason, and refuses to apply', () => {
    const org = sqlite().prepare(`SELECT external_id FROM organizations WHERE status = 'active' ORDER BY external_id LIMIT 1`).get() as { external_id: string };
    const bytes = rows([
      { soort: 'aanbieder', extern_id: 'GOED-1', naam: 'Goede Stichting', status: 'actief' },
      { soort: 'aanbieder', extern_id: 'FOUT-1', naam: 'Foute KvK', kvk: '123' },
      { soort: 'tarief', aanbieder_extern_id: org.external_id, productcode: '02A05', tarief: '-5', eenheid: '04', geldig_van: '2030-01-01' },
      { soort: 'aanbod', extern_id: 'FOUT-3', aanbieder_extern_id: 'BESTAAT-NIET', naam: 'Weesdienst', soort_aanbod: 'algemeen', wet: 'geen' },
    ]);
    const before = catalogueHash();
    const result = check(bytes);
    expect(result.plan.errors.map((e) => `${e.row}:${e.column}:${parseMessage(e.message).key}`)).toEqual([
      '3:kvk:v.kvk',
      '4:tarief:v.amount.negative',
      '5:aanbieder_extern_id:csv.unknownOrganization',
    ]);
    expect(result.plan.counts).toMatchObject({ create: 1, errorRows: 3 });
    const apply = applyImport(getDb(), actor, bytes, result.fingerprint, 'fout.csv');
    expect(apply).toMatchObject({ ok: false, reason: 'invalid' });
    expect(catalogueHash()).toBe(before);
  });

  it('refuses to apply when the catalogue changed after the check', () => {
    const org = sqlite().prepare(`SELECT id, external_id, name, version FROM organizations WHERE status = 'active' AND external_id NOT LIKE 'BULK-%' ORDER BY external_id LIMIT 1 OFFSET 3`).get() as { id: string; external_id: string; name: string; version: number };
    const bytes = encode(formatCsv(['soort', 'extern_id', 'naam'], [['aanbieder', org.external_id, `${org.name} (nieuw)`]]));
    const result = check(bytes);
    expect(result.plan.rows[0]).toMatchObject({ action: 'update', changes: [{ column: 'naam', from: org.name, to: `${org.name} (nieuw)` }] });
    const updated = updateOrganization(getDb(), actor, org.id, { name: `${org.name} (door collega)`, alternateName: null, description: null, externalId: org.external_id, kvk: null, agb: null, website: null, email: null, phone: null }, org.version);
    expect(updated.ok).toBe(true);
    const before = catalogueHash();
    const apply = applyImport(getDb(), actor, bytes, result.fingerprint, 'laat.csv');
    expect(apply).toMatchObject({ ok: false, reason: 'changed' });
    expect(catalogueHash()).toBe(before);
  });

  it('answers garbage and hostile files with a clear message and leaves the database alone', () => {
    const before = catalogueHash();
    const hostileCell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('aanbieder', 'aanbod', 'tarief', '=1+2', "x'); DROP TABLE organizations;--", '-0,01', '1.234.5', '00000000', 'BULK-ORG-00001', '2026-02-30', 'ja', 'gestopt'),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ bytes })),
          fc.array(fc.array(hostileCell, { minLength: csvColumns.length, maxLength: csvColumns.length }), { minLength: 1, maxLength: 6 }).map((cells) => ({ bytes: encode(formatCsv(csvColumns, cells)) })),
        ),
        ({ bytes }) => {
          const result = checkImport(getDb(), bytes);
          const issues = result.ok ? result.plan.errors : result.issues;
          for (const issue of issues) expect(parseMessage(issue.message).key in nl, issue.message).toBe(true);
          if (!result.ok || result.plan.errors.length > 0) {
            expect(issues.length).toBeGreaterThan(0);
            const apply = applyImport(getDb(), actor, bytes, result.ok ? result.fingerprint : 'x', 'garbage.csv');
            expect(apply.ok).toBe(false);
          }
        },
      ),
      { numRuns: 40 },
    );
    // Hostile files that happened to be valid were never applied here, so nothing changed.
    expect(catalogueHash()).toBe(before);
  });
});
