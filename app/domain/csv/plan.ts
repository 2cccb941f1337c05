/**
 * The plan of an import: what a file would create, change (field by field) or leave alone, and
 * every problem as an issue with a row and a column. Pure.
 */
import { message } from '../validation';
import type { CatalogueSnapshot, CsvIssue, CsvOrganization, CsvService, CsvTariff, ExistingOrganization, ExistingTariff, FieldChange, ImportPlan, PlannedRow } from './columns';
import { organizationSpecs, serviceSpecs, tariffSpecs, type FieldSpec } from './cell-specs';
import type { ParsedRow } from './read-row';
import { tariffOverlaps } from './tariff-overlaps';

const organizationDefaults: Omit<CsvOrganization, 'externalId' | 'name'> = {
  description: '',
  kvk: null,
  agb: null,
  website: null,
  email: null,
  phone: null,
  status: 'active',
};
const serviceDefaults: Omit<CsvService, 'externalId' | 'organizationExternalId' | 'name' | 'kind' | 'law'> = {
  description: '',
  url: null,
  email: null,
  phone: null,
  status: 'active',
  categoryCode: null,
  productCode: null,
  targetGroup: null,
  minimumAge: null,
  maximumAge: null,
  languages: [],
  waitingWeeks: null,
  waitingReportedOn: null,
  acceptingNewClients: true,
  applicationProcess: null,
};
const tariffDefaults: Pick<CsvTariff, 'lot' | 'validTo' | 'archived'> = { lot: null, validTo: null, archived: false };

function diff<T>(specs: readonly FieldSpec<T, keyof T>[], before: T | undefined | null, after: T): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const spec of specs) {
    const to = spec.format(after[spec.key]);
    const from = before === undefined || before === null ? '' : spec.format(before[spec.key]);
    if (from !== to) changes.push({ column: spec.column, from, to });
  }
  return changes;
}

function missingRequired<T>(specs: readonly FieldSpec<T, keyof T>[], record: Partial<T>, row: number): CsvIssue[] {
  return specs
    .filter((s) => s.required && (record[s.key] === undefined || record[s.key] === null))
    .map((s) => ({ row, column: s.column, message: message('v.required') }));
}

type Step = Pick<PlannedRow, 'action' | 'changes'>;

/**
 * The step every row ends with: its required fields, then the checks of its type; a row with
 * problems adds them to `errors` and is not planned (null), else it gets its action and its
 * changes field by field.
 */
function planRecord<T>(errors: CsvIssue[], specs: readonly FieldSpec<T, keyof T>[], row: number, existing: T | undefined, record: T, check: () => CsvIssue[]): Step | null {
  const missing = missingRequired(specs, record, row);
  const problems = missing.length ? missing : check();
  if (problems.length) {
    errors.push(...problems);
    return null;
  }
  const changes = diff(specs, existing, record);
  return { action: !existing ? 'create' : changes.length ? 'update' : 'unchanged', changes };
}

/**
 * Compares parsed rows with the catalogue. Never throws; every problem is an issue with a row and
 * a column. `plan.errors` empty means the file can be applied as a whole.
 */
export function planImport(rows: readonly ParsedRow[], snapshot: CatalogueSnapshot, rowIssues: readonly CsvIssue[] = []): ImportPlan {
  const errors: CsvIssue[] = [...rowIssues];
  const warnings: CsvIssue[] = [];
  const planned: PlannedRow[] = [];
  const seen = new Map<string, number>();
  const fileOrganizations = new Map<string, CsvOrganization>();
  const identifierOwners = new Map<string, ExistingOrganization>();
  for (const org of snapshot.organizations.values()) {
    if (org.kvk) identifierOwners.set(`kvk:${org.kvk}`, org);
    if (org.agb) identifierOwners.set(`agb:${org.agb}`, org);
  }
  const unknownOrganization = (organizationExternalId: string, row: number): CsvIssue[] =>
    snapshot.organizations.has(organizationExternalId) || fileOrganizations.has(organizationExternalId)
      ? []
      : [{ row, column: 'aanbieder_extern_id', message: message('csv.unknownOrganization') }];
  const tariffsById = new Map(snapshot.tariffs.map((t) => [t.id, t]));
  const tariffsByNaturalKey = new Map<string, ExistingTariff>();
  for (const t of snapshot.tariffs) {
    const k = `${t.organizationExternalId}\u0000${t.productCode}\u0000${t.validFrom}`;
    if (!t.archived && !tariffsByNaturalKey.has(k)) tariffsByNaturalKey.set(k, t);
  }

  for (const parsed of rows) {
    const seenKey = parsed.key === null ? null : `${parsed.type}:${parsed.key.toLowerCase()}`;
    if (seenKey) {
      const first = seen.get(seenKey);
      if (first !== undefined) {
        errors.push({ row: parsed.row, column: 'extern_id', message: message('csv.duplicateKey', { row: first }) });
        continue;
      }
      seen.set(seenKey, parsed.row);
    }

    if (parsed.type === 'aanbieder') {
      const existing = snapshot.organizations.get(parsed.key);
      const record: CsvOrganization = { ...(existing ?? organizationDefaults), ...stripUndefined(parsed.provided), externalId: parsed.key } as CsvOrganization;
      const step = planRecord(errors, organizationSpecs, parsed.row, existing, record, () => []);
      if (!step) continue;
      // KvK and AGB help recognise an organisation, but never decide on their own.
      for (const scheme of ['kvk', 'agb'] as const) {
        const value = record[scheme];
        if (!value) continue;
        const owner = identifierOwners.get(`${scheme}:${value}`);
        if (owner && owner.externalId !== record.externalId) {
          warnings.push({
            row: parsed.row,
            column: scheme,
            message: message(existing ? 'csv.identifierAlsoAt' : 'csv.identifierSuggestsExisting', { name: owner.name, externalId: owner.externalId }),
          });
        }
      }
      fileOrganizations.set(record.externalId, record);
      planned.push({ type: 'aanbieder', row: parsed.row, key: parsed.key, ...step, record, existing });
      continue;
    }

    if (parsed.type === 'aanbod') {
      const existing = snapshot.services.get(parsed.key);
      const record: CsvService = { ...(existing ?? serviceDefaults), ...stripUndefined(parsed.provided), externalId: parsed.key } as CsvService;
      const step = planRecord(errors, serviceSpecs, parsed.row, existing, record, () => {
        const rowErrors = unknownOrganization(record.organizationExternalId, parsed.row);
        if (record.kind !== 'general' && !record.categoryCode) rowErrors.push({ row: parsed.row, column: 'categorie', message: message('v.categoryRequired') });
        if (record.productCode) {
          const category = snapshot.products.get(record.productCode);
          if (!category) rowErrors.push({ row: parsed.row, column: 'productcode', message: message('v.unknownProduct') });
          else if (record.categoryCode && category !== record.categoryCode) rowErrors.push({ row: parsed.row, column: 'productcode', message: message('v.productCategory') });
        }
        if (record.minimumAge !== null && record.maximumAge !== null && record.minimumAge > record.maximumAge) {
          rowErrors.push({ row: parsed.row, column: 'leeftijd_tot', message: message('v.ageOrder') });
        }
        return rowErrors;
      });
      if (step) planned.push({ type: 'aanbod', row: parsed.row, key: parsed.key, ...step, record, existing });
      continue;
    }

    // Tariff: by its id when the file carries one, else by organisation + product + start date.
    let existing: ExistingTariff | undefined;
    if (parsed.key) {
      existing = tariffsById.get(parsed.key);
      if (!existing) {
        errors.push({ row: parsed.row, column: 'extern_id', message: message('csv.unknownTariff') });
        continue;
      }
    } else {
      const p = parsed.provided;
      existing = tariffsByNaturalKey.get(`${p.organizationExternalId}\u0000${p.productCode}\u0000${p.validFrom}`);
    }
    const record: CsvTariff = { ...(existing ?? tariffDefaults), ...stripUndefined(parsed.provided), id: existing?.id ?? null } as CsvTariff;
    const step = planRecord(errors, tariffSpecs, parsed.row, existing, record, () => {
      const rowErrors = unknownOrganization(record.organizationExternalId, parsed.row);
      if (!snapshot.products.has(record.productCode)) rowErrors.push({ row: parsed.row, column: 'productcode', message: message('v.unknownProduct') });
      if (record.validTo && record.validTo < record.validFrom) rowErrors.push({ row: parsed.row, column: 'geldig_tot', message: message('v.dateOrder') });
      return rowErrors;
    });
    if (!step) continue;
    const key = existing?.id ?? `${record.organizationExternalId} ${record.productCode} ${record.validFrom}`;
    planned.push({ type: 'tarief', row: parsed.row, key, ...step, record, existing });
  }

  errors.push(...tariffOverlaps(planned, snapshot));
  errors.sort((a, b) => a.row - b.row);
  warnings.sort((a, b) => a.row - b.row);
  const errorRows = new Set(errors.map((e) => e.row)).size;
  const counts = {
    create: planned.filter((r) => r.action === 'create').length,
    update: planned.filter((r) => r.action === 'update').length,
    unchanged: planned.filter((r) => r.action === 'unchanged').length,
    errorRows,
    total: rows.length + new Set(rowIssues.map((e) => e.row)).size,
  };
  return { rows: planned, errors, warnings, counts };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
