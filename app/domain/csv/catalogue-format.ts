/**
 * The catalogue spreadsheet (docs/csv-format.md): one file with a row per organisation
 * (`aanbieder`), service (`aanbod`) and tariff (`tarief`), as a procurement department keeps
 * them. The same column specs read a cell (import) and write it (export), so an exported file
 * imports as "unchanged" and exports again byte for byte. Pure.
 */
import { serviceLanguages, tariffUnits, type Law, type ServiceKind, type ServiceStatus, type TariffUnit } from '../enums';
import { productCategoryCodes } from '../categories';
import {
  agbCode,
  calendarDate,
  email,
  externalId as externalIdSchema,
  formatCentsForInput,
  kvkNumber,
  message,
  parseEuroAmount,
  phone,
  website,
  wholeNumber,
} from '../validation';
import { unescapeFormula } from './parse';

export const csvColumns = [
  'soort',
  'extern_id',
  'aanbieder_extern_id',
  'naam',
  'omschrijving',
  'kvk',
  'agb',
  'website',
  'email',
  'telefoon',
  'status',
  'soort_aanbod',
  'wet',
  'categorie',
  'productcode',
  'doelgroep',
  'leeftijd_van',
  'leeftijd_tot',
  'talen',
  'wachttijd_weken',
  'wachttijd_gemeld_op',
  'nieuwe_clienten',
  'aanmelden',
  'perceel',
  'tarief',
  'eenheid',
  'geldig_van',
  'geldig_tot',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export const recordTypes = ['aanbieder', 'aanbod', 'tarief'] as const;
export type RecordType = (typeof recordTypes)[number];

// ---------------------------------------------------------------------------------------------
// The three record shapes (what a row means, independent of the database)
// ---------------------------------------------------------------------------------------------

export interface CsvOrganization {
  externalId: string;
  name: string;
  description: string;
  kvk: string | null;
  agb: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  status: 'active' | 'archived';
}

export interface CsvService {
  externalId: string;
  organizationExternalId: string;
  name: string;
  description: string;
  url: string | null;
  email: string | null;
  phone: string | null;
  status: ServiceStatus;
  kind: ServiceKind;
  law: Law;
  categoryCode: string | null;
  productCode: string | null;
  targetGroup: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  languages: string[];
  waitingWeeks: number | null;
  waitingReportedOn: string | null;
  acceptingNewClients: boolean;
  applicationProcess: string | null;
}

export interface CsvTariff {
  /** The contract id as exported; empty for a new tariff in a hand-made file. */
  id: string | null;
  organizationExternalId: string;
  productCode: string;
  lot: string | null;
  tariffCents: number;
  unit: TariffUnit;
  validFrom: string;
  validTo: string | null;
  archived: boolean;
}

// ---------------------------------------------------------------------------------------------
// Cell specs
// ---------------------------------------------------------------------------------------------

type CellResult<V> = { ok: true; value: V } | { ok: false; message: string };

interface FieldSpec<T, K extends keyof T = keyof T> {
  column: CsvColumn;
  key: K;
  parse: (cell: string) => CellResult<T[K]>;
  format: (value: T[K]) => string;
  /** Must have a value when the record is new (and cannot be emptied). */
  required?: boolean;
  /** An empty cell means "no value given" (keep what is stored, or the default) instead of "empty". */
  emptyKeeps?: boolean;
}

const ok = <V>(value: V): CellResult<V> => ({ ok: true, value });
const fail = (text: string): CellResult<never> => ({ ok: false, message: text });

function fromSchema<V>(schema: { safeParse: (v: unknown) => { success: true; data: unknown } | { success: false; error: { issues: { message: string }[] } } }) {
  return (cell: string): CellResult<V | null> => {
    if (cell === '') return ok(null);
    const result = schema.safeParse(cell);
    return result.success ? ok(result.data as V) : fail(result.error.issues[0]?.message ?? message('v.choice'));
  };
}

const text = (max: number, required = false) => (cell: string): CellResult<string | null> => {
  if (cell === '') return required ? fail(message('v.required')) : ok(null);
  if (cell.length > max) return fail(message('v.tooLong', { max }));
  return ok(cell);
};
const textOrEmpty = (max: number) => (cell: string): CellResult<string> =>
  cell.length > max ? fail(message('v.tooLong', { max })) : ok(cell);
const nullable = (v: string | null) => v ?? '';

function codeMap<V extends string>(pairs: readonly (readonly [V, string])[]) {
  const toCell = new Map(pairs.map(([v, c]) => [v, c]));
  const fromCell = new Map(pairs.map(([v, c]) => [c.toLowerCase(), v]));
  return {
    parse: (cell: string): CellResult<V> => {
      const found = fromCell.get(cell.toLowerCase().replace(/[\s_]+/g, ' ').trim());
      return found ? ok(found) : fail(message('csv.choice', { allowed: pairs.map(([, c]) => c).join(', ') }));
    },
    format: (value: V) => toCell.get(value) ?? value,
  };
}

const organizationStatusCodes = codeMap<'active' | 'archived'>([
  ['active', 'actief'],
  ['archived', 'gearchiveerd'],
]);
const serviceStatusCodes = codeMap<ServiceStatus>([
  ['active', 'actief'],
  ['temporarily_closed', 'tijdelijk gesloten'],
  ['inactive', 'gestopt'],
]);
const kindCodes = codeMap<ServiceKind>([
  ['general', 'algemeen'],
  ['contracted', 'gecontracteerd'],
  ['national', 'landelijk'],
]);
const lawCodes = codeMap<Law>([
  ['wmo', 'wmo'],
  ['jeugdwet', 'jeugdwet'],
  ['participatiewet', 'participatiewet'],
  ['none', 'geen'],
]);
const archivedCodes = codeMap<'active' | 'archived'>([
  ['active', 'actief'],
  ['archived', 'gearchiveerd'],
]);

const yesNo = (cell: string): CellResult<boolean> => {
  const v = cell.trim().toLowerCase();
  if (['ja', 'j', 'yes', 'y', 'true', 'waar', '1'].includes(v)) return ok(true);
  if (['nee', 'n', 'no', 'false', 'onwaar', '0'].includes(v)) return ok(false);
  return fail(message('v.yesNo'));
};

/** "4" → "04": spreadsheets drop the leading zero of codes that look like numbers. */
const padCode = (cell: string) => (/^\d$/.test(cell) ? `0${cell}` : cell);

const categoryCode = (cell: string): CellResult<string | null> => {
  if (cell === '') return ok(null);
  const code = padCode(cell);
  return productCategoryCodes.includes(code) ? ok(code) : fail(message('csv.unknownCategory'));
};
const productCodeCell = (required: boolean) => (cell: string): CellResult<string | null> => {
  if (cell === '') return required ? fail(message('v.required')) : ok(null);
  const code = cell.toUpperCase();
  return /^[0-9A-Z]{2,20}$/.test(code) ? ok(code) : fail(message('v.unknownProduct'));
};
const unitCell = (cell: string): CellResult<TariffUnit> => {
  const code = padCode(cell);
  return (tariffUnits as readonly string[]).includes(code) ? ok(code as TariffUnit) : fail(message('csv.unit', { allowed: tariffUnits.join(', ') }));
};
const amountCell = (cell: string): CellResult<number> => {
  const result = parseEuroAmount(cell);
  return result.ok ? ok(result.cents) : fail(message(result.error));
};
const languagesCell = (cell: string): CellResult<string[]> => {
  if (cell === '') return ok([]);
  const codes = cell.split(/[,;|/\s]+/).map((c) => c.trim().toLowerCase()).filter(Boolean);
  const unknown = codes.find((c) => !(serviceLanguages as readonly string[]).includes(c));
  if (unknown) return fail(message('csv.language', { code: unknown }));
  return ok([...new Set(codes)].sort());
};
const formatLanguages = (codes: string[]) => [...codes].sort().join(', ');
const intCell = (min: number, max: number) => fromSchema<number>(wholeNumber(min, max));
const formatInt = (v: number | null) => (v === null ? '' : String(v));

export const organizationSpecs: FieldSpec<CsvOrganization, keyof CsvOrganization>[] = [
  { column: 'naam', key: 'name', parse: text(200, true) as never, format: nullable as never, required: true },
  { column: 'omschrijving', key: 'description', parse: textOrEmpty(4000) as never, format: String as never },
  { column: 'kvk', key: 'kvk', parse: fromSchema(kvkNumber) as never, format: nullable as never },
  { column: 'agb', key: 'agb', parse: fromSchema(agbCode) as never, format: nullable as never },
  { column: 'website', key: 'website', parse: fromSchema(website) as never, format: nullable as never },
  { column: 'email', key: 'email', parse: fromSchema(email) as never, format: nullable as never },
  { column: 'telefoon', key: 'phone', parse: fromSchema(phone) as never, format: nullable as never },
  { column: 'status', key: 'status', parse: organizationStatusCodes.parse as never, format: organizationStatusCodes.format as never, emptyKeeps: true },
];

export const serviceSpecs: FieldSpec<CsvService, keyof CsvService>[] = [
  { column: 'aanbieder_extern_id', key: 'organizationExternalId', parse: text(64, true) as never, format: nullable as never, required: true },
  { column: 'naam', key: 'name', parse: text(200, true) as never, format: nullable as never, required: true },
  { column: 'omschrijving', key: 'description', parse: textOrEmpty(4000) as never, format: String as never },
  { column: 'website', key: 'url', parse: fromSchema(website) as never, format: nullable as never },
  { column: 'email', key: 'email', parse: fromSchema(email) as never, format: nullable as never },
  { column: 'telefoon', key: 'phone', parse: fromSchema(phone) as never, format: nullable as never },
  { column: 'status', key: 'status', parse: serviceStatusCodes.parse as never, format: serviceStatusCodes.format as never, emptyKeeps: true },
  { column: 'soort_aanbod', key: 'kind', parse: kindCodes.parse as never, format: kindCodes.format as never, required: true, emptyKeeps: true },
  { column: 'wet', key: 'law', parse: lawCodes.parse as never, format: lawCodes.format as never, required: true, emptyKeeps: true },
  { column: 'categorie', key: 'categoryCode', parse: categoryCode as never, format: nullable as never },
  { column: 'productcode', key: 'productCode', parse: productCodeCell(false) as never, format: nullable as never },
  { column: 'doelgroep', key: 'targetGroup', parse: text(300) as never, format: nullable as never },
  { column: 'leeftijd_van', key: 'minimumAge', parse: intCell(0, 120) as never, format: formatInt as never },
  { column: 'leeftijd_tot', key: 'maximumAge', parse: intCell(0, 120) as never, format: formatInt as never },
  { column: 'talen', key: 'languages', parse: languagesCell as never, format: formatLanguages as never },
  { column: 'wachttijd_weken', key: 'waitingWeeks', parse: intCell(0, 520) as never, format: formatInt as never },
  { column: 'wachttijd_gemeld_op', key: 'waitingReportedOn', parse: fromSchema(calendarDate) as never, format: nullable as never },
  { column: 'nieuwe_clienten', key: 'acceptingNewClients', parse: yesNo as never, format: ((v: boolean) => (v ? 'ja' : 'nee')) as never, emptyKeeps: true },
  { column: 'aanmelden', key: 'applicationProcess', parse: text(2000) as never, format: nullable as never },
];

export const tariffSpecs: FieldSpec<CsvTariff, keyof CsvTariff>[] = [
  { column: 'aanbieder_extern_id', key: 'organizationExternalId', parse: text(64, true) as never, format: nullable as never, required: true },
  { column: 'productcode', key: 'productCode', parse: productCodeCell(true) as never, format: nullable as never, required: true },
  { column: 'perceel', key: 'lot', parse: text(120) as never, format: nullable as never },
  { column: 'tarief', key: 'tariffCents', parse: amountCell as never, format: formatCentsForInput as never, required: true },
  { column: 'eenheid', key: 'unit', parse: unitCell as never, format: String as never, required: true },
  { column: 'geldig_van', key: 'validFrom', parse: fromSchema(calendarDate) as never, format: nullable as never, required: true },
  { column: 'geldig_tot', key: 'validTo', parse: fromSchema(calendarDate) as never, format: nullable as never },
  { column: 'status', key: 'archived', parse: ((cell: string) => {
    const r = archivedCodes.parse(cell);
    return r.ok ? ok(r.value === 'archived') : r;
  }) as never, format: ((v: boolean) => (v ? 'gearchiveerd' : 'actief')) as never, emptyKeeps: true },
];

const specsByType = { aanbieder: organizationSpecs, aanbod: serviceSpecs, tarief: tariffSpecs } as const;

/** Columns that carry a value for each record type (besides soort and extern_id). */
export const columnsForType: Record<RecordType, ReadonlySet<CsvColumn>> = {
  aanbieder: new Set(organizationSpecs.map((s) => s.column)),
  aanbod: new Set(serviceSpecs.map((s) => s.column)),
  tarief: new Set(tariffSpecs.map((s) => s.column)),
};

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

// ---------------------------------------------------------------------------------------------
// Writing (export)
// ---------------------------------------------------------------------------------------------

function cellsOf<T>(type: RecordType, key: string, organizationKey: string, record: T): string[] {
  const specs = specsByType[type] as unknown as FieldSpec<T, keyof T>[];
  const values = new Map<CsvColumn, string>([
    ['soort', type],
    ['extern_id', key],
    ['aanbieder_extern_id', organizationKey],
  ]);
  for (const spec of specs) values.set(spec.column, spec.format(record[spec.key]));
  return csvColumns.map((c) => values.get(c) ?? '');
}

export const organizationCells = (o: CsvOrganization) => cellsOf('aanbieder', o.externalId, '', o);
export const serviceCells = (s: CsvService) => cellsOf('aanbod', s.externalId, s.organizationExternalId, s);
export const tariffCells = (t: CsvTariff) => cellsOf('tarief', t.id ?? '', t.organizationExternalId, t);

// ---------------------------------------------------------------------------------------------
// Reading (import): header, rows, plan
// ---------------------------------------------------------------------------------------------

export interface CsvIssue {
  /** Spreadsheet row (header = 1); 0 for the file as a whole. */
  row: number;
  column: CsvColumn | string | null;
  /** A message key with parameters (see app/domain/validation.ts `message`). */
  message: string;
}

export type HeaderResult = { ok: true; index: Map<CsvColumn, number>; ignored: string[] } | { ok: false; issues: CsvIssue[] };

/** Finds the known columns in a header (case and spacing do not matter); soort and extern_id are required. */
export function readHeader(header: readonly string[]): HeaderResult {
  const index = new Map<CsvColumn, number>();
  const ignored: string[] = [];
  const issues: CsvIssue[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if ((csvColumns as readonly string[]).includes(name)) {
      const column = name as CsvColumn;
      if (index.has(column)) issues.push({ row: 1, column, message: message('csv.duplicateColumn', { column }) });
      else index.set(column, i);
    } else if (name !== '') ignored.push(raw.trim());
  });
  for (const required of ['soort', 'extern_id'] as const) {
    if (!index.has(required)) issues.push({ row: 1, column: required, message: message('csv.missingColumn', { column: required }) });
  }
  if (index.size <= 2 && issues.length === 0) issues.push({ row: 1, column: null, message: message('csv.noColumns') });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, index, ignored };
}

export type ParsedRow =
  | { type: 'aanbieder'; row: number; key: string; provided: Partial<CsvOrganization> }
  | { type: 'aanbod'; row: number; key: string; provided: Partial<CsvService> }
  | { type: 'tarief'; row: number; key: string | null; provided: Partial<CsvTariff> };

/** One record: its type and the values of the columns the file provides, or the cell errors. */
export function readRow(row: number, cells: readonly string[], index: ReadonlyMap<CsvColumn, number>): { parsed?: ParsedRow; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  const cell = (column: CsvColumn): string | undefined => {
    const i = index.get(column);
    if (i === undefined) return undefined;
    return unescapeFormula((cells[i] ?? '').trim());
  };
  const typeCell = (cell('soort') ?? '').toLowerCase();
  if (!(recordTypes as readonly string[]).includes(typeCell)) {
    issues.push({ row, column: 'soort', message: message(typeCell === '' ? 'v.required' : 'csv.recordType') });
    return { issues };
  }
  const type = typeCell as RecordType;
  const key = cell('extern_id') ?? '';
  if (type !== 'tarief') {
    if (key === '') issues.push({ row, column: 'extern_id', message: message('v.required') });
    else if (!externalIdSchema.safeParse(key).success) issues.push({ row, column: 'extern_id', message: message('v.externalId') });
  } else if (key !== '' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) {
    issues.push({ row, column: 'extern_id', message: message('csv.tariffId') });
  }
  // A value in a column that does not belong to this kind of row is a mistake we point out.
  for (const [column] of index) {
    if (column === 'soort' || column === 'extern_id') continue;
    if (!columnsForType[type].has(column) && (cell(column) ?? '') !== '') {
      issues.push({ row, column, message: message('csv.notForType', { type }) });
    }
  }
  const provided: Record<string, unknown> = {};
  for (const spec of specsByType[type] as unknown as FieldSpec<Record<string, unknown>, string>[]) {
    const value = cell(spec.column);
    if (value === undefined || (value === '' && spec.emptyKeeps)) continue;
    const result = spec.parse(value);
    if (result.ok) provided[spec.key] = result.value;
    else issues.push({ row, column: spec.column, message: result.message });
  }
  if (issues.length > 0) return { issues };
  return { parsed: { type, row, key: type === 'tarief' ? key.toLowerCase() || null : key, provided } as ParsedRow, issues };
}

// ---------------------------------------------------------------------------------------------
// The plan: what would be created, changed (field by field) or stays the same
// ---------------------------------------------------------------------------------------------

export interface ExistingOrganization extends CsvOrganization {
  id: string;
  version: number;
}
export interface ExistingService extends CsvService {
  id: string;
  version: number;
}
export interface ExistingTariff extends CsvTariff {
  id: string;
  version: number;
}

export interface CatalogueSnapshot {
  organizations: ReadonlyMap<string, ExistingOrganization>;
  services: ReadonlyMap<string, ExistingService>;
  tariffs: readonly ExistingTariff[];
  /** Product code → category code. */
  products: ReadonlyMap<string, string>;
}

export interface FieldChange {
  column: CsvColumn;
  from: string;
  to: string;
}

export type PlannedRow =
  | { type: 'aanbieder'; row: number; key: string; action: 'create' | 'update' | 'unchanged'; changes: FieldChange[]; record: CsvOrganization; existing?: ExistingOrganization }
  | { type: 'aanbod'; row: number; key: string; action: 'create' | 'update' | 'unchanged'; changes: FieldChange[]; record: CsvService; existing?: ExistingService }
  | { type: 'tarief'; row: number; key: string; action: 'create' | 'update' | 'unchanged'; changes: FieldChange[]; record: CsvTariff; existing?: ExistingTariff };

export interface ImportPlan {
  rows: PlannedRow[];
  errors: CsvIssue[];
  warnings: CsvIssue[];
  counts: { create: number; update: number; unchanged: number; errorRows: number; total: number };
}

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
      const missing = missingRequired(organizationSpecs, record, parsed.row);
      if (missing.length) {
        errors.push(...missing);
        continue;
      }
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
      const changes = diff(organizationSpecs, existing, record);
      planned.push({ type: 'aanbieder', row: parsed.row, key: parsed.key, action: !existing ? 'create' : changes.length ? 'update' : 'unchanged', changes, record, existing });
      continue;
    }

    if (parsed.type === 'aanbod') {
      const existing = snapshot.services.get(parsed.key);
      const record: CsvService = { ...(existing ?? serviceDefaults), ...stripUndefined(parsed.provided), externalId: parsed.key } as CsvService;
      const missing = missingRequired(serviceSpecs, record, parsed.row);
      if (missing.length) {
        errors.push(...missing);
        continue;
      }
      const rowErrors: CsvIssue[] = [];
      if (!snapshot.organizations.has(record.organizationExternalId) && !fileOrganizations.has(record.organizationExternalId)) {
        rowErrors.push({ row: parsed.row, column: 'aanbieder_extern_id', message: message('csv.unknownOrganization') });
      }
      if (record.kind !== 'general' && !record.categoryCode) rowErrors.push({ row: parsed.row, column: 'categorie', message: message('v.categoryRequired') });
      if (record.productCode) {
        const category = snapshot.products.get(record.productCode);
        if (!category) rowErrors.push({ row: parsed.row, column: 'productcode', message: message('v.unknownProduct') });
        else if (record.categoryCode && category !== record.categoryCode) rowErrors.push({ row: parsed.row, column: 'productcode', message: message('v.productCategory') });
      }
      if (record.minimumAge !== null && record.maximumAge !== null && record.minimumAge > record.maximumAge) {
        rowErrors.push({ row: parsed.row, column: 'leeftijd_tot', message: message('v.ageOrder') });
      }
      if (rowErrors.length) {
        errors.push(...rowErrors);
        continue;
      }
      const changes = diff(serviceSpecs, existing, record);
      planned.push({ type: 'aanbod', row: parsed.row, key: parsed.key, action: !existing ? 'create' : changes.length ? 'update' : 'unchanged', changes, record, existing });
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
    const missing = missingRequired(tariffSpecs, record, parsed.row);
    if (missing.length) {
      errors.push(...missing);
      continue;
    }
    const rowErrors: CsvIssue[] = [];
    if (!snapshot.organizations.has(record.organizationExternalId) && !fileOrganizations.has(record.organizationExternalId)) {
      rowErrors.push({ row: parsed.row, column: 'aanbieder_extern_id', message: message('csv.unknownOrganization') });
    }
    if (!snapshot.products.has(record.productCode)) rowErrors.push({ row: parsed.row, column: 'productcode', message: message('v.unknownProduct') });
    if (record.validTo && record.validTo < record.validFrom) rowErrors.push({ row: parsed.row, column: 'geldig_tot', message: message('v.dateOrder') });
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const changes = diff(tariffSpecs, existing, record);
    const key = existing?.id ?? `${record.organizationExternalId} ${record.productCode} ${record.validFrom}`;
    planned.push({ type: 'tarief', row: parsed.row, key, action: !existing ? 'create' : changes.length ? 'update' : 'unchanged', changes, record, existing });
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

/** After the file is applied, no product may have two prices for one provider on the same day. */
function tariffOverlaps(planned: readonly PlannedRow[], snapshot: CatalogueSnapshot): CsvIssue[] {
  type Entry = { row: number | null; id: string | null; org: string; product: string; from: string; to: string | null };
  const finalById = new Map<string, Entry>();
  for (const t of snapshot.tariffs) {
    if (!t.archived) finalById.set(t.id, { row: null, id: t.id, org: t.organizationExternalId, product: t.productCode, from: t.validFrom, to: t.validTo });
  }
  const added: Entry[] = [];
  for (const p of planned) {
    if (p.type !== 'tarief') continue;
    const entry: Entry = { row: p.row, id: p.existing?.id ?? null, org: p.record.organizationExternalId, product: p.record.productCode, from: p.record.validFrom, to: p.record.validTo };
    if (p.existing) {
      if (p.record.archived) finalById.delete(p.existing.id);
      else finalById.set(p.existing.id, entry);
    } else if (!p.record.archived) added.push(entry);
  }
  const groups = new Map<string, Entry[]>();
  for (const e of [...finalById.values(), ...added]) {
    const k = `${e.org}\u0000${e.product}`;
    const list = groups.get(k) ?? [];
    list.push(e);
    groups.set(k, list);
  }
  const issues: CsvIssue[] = [];
  for (const list of groups.values()) {
    if (list.length < 2 || list.every((e) => e.row === null)) continue;
    list.sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      if ((prev.to ?? '9999-12-31') >= cur.from) {
        const reported = cur.row !== null ? cur : prev;
        const other = reported === cur ? prev : cur;
        if (reported.row === null) continue;
        issues.push({ row: reported.row, column: 'geldig_van', message: message('v.tariffOverlap', { from: other.from, to: other.to ?? '…' }) });
      }
    }
  }
  return issues;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The Dutch codes of the enumerations, for tests and the documentation. */
export const dutchCodes = {
  organizationStatus: organizationStatusCodes,
  serviceStatus: serviceStatusCodes,
  kind: kindCodes,
  law: lawCodes,
};
