/**
 * Importing the catalogue spreadsheet: keep the uploaded file for a day, check it (a dry run that
 * says per row what would be created, changed field by field, or stays the same, and every error
 * with row, column and reason), and apply it in one transaction — all of it, or nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../db/client';
import type { CsvIssue, ImportPlan, PlannedRow } from '../../domain/csv/columns';
import { planImport } from '../../domain/csv/plan';
import { readCatalogueCsv, type FileProblem } from '../../domain/csv/read';
import type { Encoding } from '../../domain/csv/decode';
import type { Delimiter } from '../../domain/csv/parse';
import { unixSeconds } from '../../domain/clock';
import { slugify, uniqueSlug } from '../../domain/slug';
import { catalogueChanged } from '../catalogue-events.server';
import { inTransaction, newId, record, type AuditActor } from '../catalogue-admin.server';
import { loadCatalogueSnapshot } from './catalogue-snapshot.server';

// ---------------------------------------------------------------------------------------------
// Uploads waiting for their check and apply
// ---------------------------------------------------------------------------------------------

export interface UploadMeta {
  id: string;
  userId: number;
  fileName: string;
  size: number;
  uploadedAt: string;
}

const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;
const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

const uploadDir = (dataDir: string) => join(dataDir, 'imports');

/** Keeps an uploaded file (outside the database) so the check and the apply read the same bytes. */
export function storeUpload(dataDir: string, userId: number, fileName: string, bytes: Uint8Array, now: Date): UploadMeta {
  const dir = uploadDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeOldUploads(dir, now);
  const id = randomBytes(16).toString('base64url');
  const meta: UploadMeta = { id, userId, fileName: fileName.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 120) || 'bestand.csv', size: bytes.length, uploadedAt: now.toISOString() };
  writeFileSync(join(dir, `${id}.csv`), bytes, { mode: 0o600 });
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(meta), { mode: 0o600 });
  return meta;
}

/** The upload with this id, only for the person who uploaded it. */
export function readUpload(dataDir: string, id: string, userId: number, now: Date): { meta: UploadMeta; bytes: Uint8Array } | null {
  if (!ID_PATTERN.test(id)) return null;
  const dir = uploadDir(dataDir);
  try {
    const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as UploadMeta;
    if (meta.userId !== userId || expired(meta, now)) return null;
    return { meta, bytes: new Uint8Array(readFileSync(join(dir, `${id}.csv`))) };
  } catch {
    return null;
  }
}

export function removeUpload(dataDir: string, id: string): void {
  if (!ID_PATTERN.test(id)) return;
  for (const ext of ['csv', 'json']) rmSync(join(uploadDir(dataDir), `${id}.${ext}`), { force: true });
}

/** Whether an upload is older than a day at `now` (the request's instant). */
function expired(meta: UploadMeta, now: Date): boolean {
  return now.getTime() - Date.parse(meta.uploadedAt) > UPLOAD_TTL_MS;
}

/** Removes uploads older than a day (by the time stored with them), and files without their description. */
function removeOldUploads(dir: string, now: Date) {
  const names = new Set(readdirSync(dir));
  for (const name of names) {
    const id = name.replace(/\.(csv|json)$/, '');
    try {
      const meta = names.has(`${id}.json`) ? (JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as UploadMeta) : null;
      if (!meta || expired(meta, now)) rmSync(join(dir, name), { force: true });
    } catch {
      rmSync(join(dir, name), { force: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Check (dry run)
// ---------------------------------------------------------------------------------------------

export type ImportCheck =
  | { ok: false; problem: FileProblem; issues: CsvIssue[] }
  | { ok: true; plan: ImportPlan; encoding: Encoding; delimiter: Delimiter; ignoredColumns: string[]; fingerprint: string };

/** What applying the file would do now, without writing anything. */
export function checkImport(db: Db, bytes: Uint8Array): ImportCheck {
  const read = readCatalogueCsv(bytes);
  if (!read.ok) return { ok: false, problem: read.problem, issues: read.issues };
  const plan = planImport(read.rows, loadCatalogueSnapshot(db), read.issues);
  return { ok: true, plan, encoding: read.encoding, delimiter: read.delimiter, ignoredColumns: read.ignoredColumns, fingerprint: fingerprintOf(plan) };
}

/** A short hash of what the plan would do, so apply can tell whether the check is still true. */
export function fingerprintOf(plan: ImportPlan): string {
  const hash = createHash('sha256');
  for (const row of plan.rows) hash.update(`${row.row}|${row.type}|${row.key}|${row.action}|${JSON.stringify(row.changes)}\n`);
  hash.update(`errors:${plan.errors.length}`);
  return hash.digest('base64url').slice(0, 22);
}

// ---------------------------------------------------------------------------------------------
// Apply
// ---------------------------------------------------------------------------------------------

export type ApplyResult =
  | { ok: true; counts: ImportPlan['counts'] }
  | { ok: false; reason: 'invalid' | 'changed'; check: ImportCheck };

/**
 * Applies the file in one transaction. Refused when the file has errors, or when the catalogue
 * changed since the check the person saw (`fingerprint`): they get the new check instead.
 */
export function applyImport(db: Db, actor: AuditActor, bytes: Uint8Array, fingerprint: string, fileName: string): ApplyResult {
  let touched = false;
  const result = inTransaction(db, (): ApplyResult => {
    const check = checkImport(db, bytes);
    if (!check.ok || check.plan.errors.length > 0) return { ok: false, reason: 'invalid', check };
    if (check.fingerprint !== fingerprint) return { ok: false, reason: 'changed', check };
    const writer = new ImportWriter(db, actor);
    for (const row of check.plan.rows) if (row.type === 'aanbieder') writer.organization(row);
    for (const row of check.plan.rows) if (row.type === 'aanbod') writer.service(row);
    for (const row of check.plan.rows) if (row.type === 'tarief') writer.tariff(row);
    record(db, actor, {
      action: 'import',
      entityType: 'catalogue',
      entityId: null,
      field: null,
      newValue: { file: fileName, created: check.plan.counts.create, changed: check.plan.counts.update, unchanged: check.plan.counts.unchanged },
    });
    touched = check.plan.counts.create + check.plan.counts.update > 0;
    return { ok: true, counts: check.plan.counts };
  });
  if (result.ok && touched) catalogueChanged({ bulk: true });
  return result;
}

/** The database column (for the audit log) behind each CSV column, per record type. */
const auditColumn: Record<string, string> = {
  naam: 'name',
  omschrijving: 'description',
  kvk: 'kvk',
  agb: 'agb',
  website: 'website',
  email: 'email',
  telefoon: 'phone',
  status: 'status',
  soort_aanbod: 'kind',
  wet: 'law',
  categorie: 'category_code',
  productcode: 'product_code',
  doelgroep: 'target_group',
  leeftijd_van: 'minimum_age',
  leeftijd_tot: 'maximum_age',
  talen: 'languages',
  wachttijd_weken: 'waiting_weeks',
  wachttijd_gemeld_op: 'waiting_reported_on',
  nieuwe_clienten: 'accepting_new_clients',
  aanmelden: 'application_process',
  perceel: 'lot',
  tarief: 'tariff_cents',
  eenheid: 'unit',
  geldig_van: 'valid_from',
  geldig_tot: 'valid_to',
  aanbieder_extern_id: 'organization_id',
};

/** Writes planned rows with prepared statements (10,000 rows in well under a second). */
class ImportWriter {
  private readonly sqlite;
  private readonly organizationIds = new Map<string, string>();
  private readonly slugs: Set<string>;
  private readonly stamp: number;
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly actor: AuditActor,
  ) {
    this.sqlite = db.$client;
    this.stamp = unixSeconds(actor.at);
    for (const row of this.sqlite.prepare('SELECT id, external_id FROM organizations WHERE external_id IS NOT NULL').all() as { id: string; external_id: string }[]) {
      this.organizationIds.set(row.external_id, row.id);
    }
    this.slugs = new Set((this.sqlite.prepare('SELECT slug FROM organizations').all() as { slug: string }[]).map((r) => r.slug));
    const s = this.sqlite;
    this.statements = {
      insertOrganization: s.prepare(
        `INSERT INTO organizations (id, external_id, slug, name, description, website, email, phone, status, created_at, updated_at)
         VALUES (@id, @externalId, @slug, @name, @description, @website, @email, @phone, @status, @stamp, @stamp)`,
      ),
      updateOrganization: s.prepare(
        `UPDATE organizations SET name = @name, description = @description, website = @website, email = @email, phone = @phone,
           status = @status, version = version + 1, updated_at = @stamp WHERE id = @id AND version = @version`,
      ),
      upsertIdentifier: s.prepare(
        `INSERT INTO organization_identifiers (id, organization_id, scheme, identifier) VALUES (?, ?, ?, ?)
         ON CONFLICT (organization_id, scheme) DO UPDATE SET identifier = excluded.identifier`,
      ),
      deleteIdentifier: s.prepare('DELETE FROM organization_identifiers WHERE organization_id = ? AND scheme = ?'),
      insertService: s.prepare(
        `INSERT INTO services (id, external_id, organization_id, name, description, kind, law, category_code, product_code, target_group,
           minimum_age, maximum_age, waiting_weeks, waiting_reported_on, accepting_new_clients, application_process, url, email, phone,
           status, created_at, updated_at)
         VALUES (@id, @externalId, @organizationId, @name, @description, @kind, @law, @categoryCode, @productCode, @targetGroup,
           @minimumAge, @maximumAge, @waitingWeeks, @waitingReportedOn, @acceptingNewClients, @applicationProcess, @url, @email, @phone,
           @status, @stamp, @stamp)`,
      ),
      updateService: s.prepare(
        `UPDATE services SET organization_id = @organizationId, name = @name, description = @description, kind = @kind, law = @law,
           category_code = @categoryCode, product_code = @productCode, target_group = @targetGroup, minimum_age = @minimumAge,
           maximum_age = @maximumAge, waiting_weeks = @waitingWeeks, waiting_reported_on = @waitingReportedOn,
           accepting_new_clients = @acceptingNewClients, application_process = @applicationProcess, url = @url, email = @email,
           phone = @phone, status = @status, version = version + 1, updated_at = @stamp
         WHERE id = @id AND version = @version`,
      ),
      deleteLanguages: s.prepare('DELETE FROM service_languages WHERE service_id = ?'),
      insertLanguage: s.prepare('INSERT INTO service_languages (service_id, code) VALUES (?, ?)'),
      insertTariff: s.prepare(
        `INSERT INTO contracts (id, organization_id, product_code, lot, tariff_cents, unit, valid_from, valid_to, archived_at, created_at, updated_at)
         VALUES (@id, @organizationId, @productCode, @lot, @tariffCents, @unit, @validFrom, @validTo, @archivedAt, @stamp, @stamp)`,
      ),
      updateTariff: s.prepare(
        `UPDATE contracts SET organization_id = @organizationId, product_code = @productCode, lot = @lot, tariff_cents = @tariffCents,
           unit = @unit, valid_from = @validFrom, valid_to = @validTo,
           archived_at = CASE WHEN @archived THEN coalesce(archived_at, @stamp) ELSE NULL END,
           version = version + 1, updated_at = @stamp
         WHERE id = @id AND version = @version`,
      ),
    };
  }

  private orgId(externalId: string): string {
    const id = this.organizationIds.get(externalId);
    if (!id) throw new Error(`organisation ${externalId} is neither in the catalogue nor in the file`);
    return id;
  }

  private logChanges(entityType: string, entityId: string, row: PlannedRow) {
    for (const change of row.changes) {
      record(this.db, this.actor, {
        action: 'import',
        entityType,
        entityId,
        field: auditColumn[change.column] ?? change.column,
        oldValue: change.from === '' ? null : change.from,
        newValue: change.to === '' ? null : change.to,
      });
    }
  }

  private checkOne(changes: number, what: string) {
    if (changes !== 1) throw new Error(`${what} changed while the import ran`);
  }

  organization(row: Extract<PlannedRow, { type: 'aanbieder' }>) {
    const r = row.record;
    if (row.action === 'unchanged') return;
    const values = { name: r.name, description: r.description, website: r.website, email: r.email, phone: r.phone, status: r.status, stamp: this.stamp };
    let id: string;
    if (row.action === 'create') {
      id = newId();
      const slug = uniqueSlug(slugify(r.name), (s) => this.slugs.has(s));
      this.slugs.add(slug);
      this.statements.insertOrganization.run({ ...values, id, externalId: r.externalId, slug });
      this.organizationIds.set(r.externalId, id);
      record(this.db, this.actor, { action: 'import', entityType: 'organization', entityId: id, field: null, newValue: { ...r } });
    } else {
      id = row.existing!.id;
      this.checkOne(this.statements.updateOrganization.run({ ...values, id, version: row.existing!.version }).changes, 'organisation');
      this.logChanges('organization', id, row);
    }
    for (const scheme of ['kvk', 'agb'] as const) {
      const value = r[scheme];
      if (value) this.statements.upsertIdentifier.run(newId(), id, scheme, value);
      else this.statements.deleteIdentifier.run(id, scheme);
    }
  }

  service(row: Extract<PlannedRow, { type: 'aanbod' }>) {
    if (row.action === 'unchanged') return;
    const r = row.record;
    const values = {
      organizationId: this.orgId(r.organizationExternalId),
      name: r.name,
      description: r.description,
      kind: r.kind,
      law: r.law,
      categoryCode: r.categoryCode,
      productCode: r.productCode,
      targetGroup: r.targetGroup,
      minimumAge: r.minimumAge,
      maximumAge: r.maximumAge,
      waitingWeeks: r.waitingWeeks,
      waitingReportedOn: r.waitingReportedOn,
      acceptingNewClients: r.acceptingNewClients ? 1 : 0,
      applicationProcess: r.applicationProcess,
      url: r.url,
      email: r.email,
      phone: r.phone,
      status: r.status,
      stamp: this.stamp,
    };
    let id: string;
    if (row.action === 'create') {
      id = newId();
      this.statements.insertService.run({ ...values, id, externalId: r.externalId });
      record(this.db, this.actor, { action: 'import', entityType: 'service', entityId: id, field: null, newValue: { ...r } });
    } else {
      id = row.existing!.id;
      this.checkOne(this.statements.updateService.run({ ...values, id, version: row.existing!.version }).changes, 'service');
      this.logChanges('service', id, row);
    }
    if (row.action === 'create' || row.changes.some((c) => c.column === 'talen')) {
      this.statements.deleteLanguages.run(id);
      for (const code of r.languages) this.statements.insertLanguage.run(id, code);
    }
  }

  tariff(row: Extract<PlannedRow, { type: 'tarief' }>) {
    if (row.action === 'unchanged') return;
    const r = row.record;
    const values = {
      organizationId: this.orgId(r.organizationExternalId),
      productCode: r.productCode,
      lot: r.lot,
      tariffCents: r.tariffCents,
      unit: r.unit,
      validFrom: r.validFrom,
      validTo: r.validTo,
      stamp: this.stamp,
    };
    if (row.action === 'create') {
      const id = newId();
      this.statements.insertTariff.run({ ...values, id, archivedAt: r.archived ? this.stamp : null });
      record(this.db, this.actor, { action: 'import', entityType: 'contract', entityId: id, field: null, newValue: { ...r, id } });
    } else {
      const id = row.existing!.id;
      this.checkOne(this.statements.updateTariff.run({ ...values, id, archived: r.archived ? 1 : 0, version: row.existing!.version }).changes, 'tariff');
      this.logChanges('contract', id, row);
    }
  }
}
