/**
 * One spec per column and record type: how a cell is read (import) and written (export). The same
 * spec does both, so an exported file imports as "unchanged" and exports again byte for byte. Pure.
 */
import { serviceLanguages, tariffUnits, type Law, type ServiceKind, type ServiceStatus, type TariffUnit } from '../enums';
import { productCategoryCodes } from '../categories';
import {
  agbCode,
  calendarDate,
  email,
  formatCentsForInput,
  kvkNumber,
  message,
  parseEuroAmount,
  phone,
  website,
  wholeNumber,
} from '../validation';
import type { CsvColumn, CsvOrganization, CsvService, CsvTariff, RecordType } from './columns';

export type CellResult<V> = { ok: true; value: V } | { ok: false; message: string };

export interface FieldSpec<T, K extends keyof T = keyof T> {
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

export const specsByType = { aanbieder: organizationSpecs, aanbod: serviceSpecs, tarief: tariffSpecs } as const;

/** Columns that carry a value for each record type (besides soort and extern_id). */
export const columnsForType: Record<RecordType, ReadonlySet<CsvColumn>> = {
  aanbieder: new Set(organizationSpecs.map((s) => s.column)),
  aanbod: new Set(serviceSpecs.map((s) => s.column)),
  tarief: new Set(tariffSpecs.map((s) => s.column)),
};

/** The Dutch codes of the enumerations, for tests and the documentation. */
export const dutchCodes = {
  organizationStatus: organizationStatusCodes,
  serviceStatus: serviceStatusCodes,
  kind: kindCodes,
  law: lawCodes,
};
