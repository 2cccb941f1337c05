/** Spreadsheet rows → records (import): the header, then one row at a time. Pure. */
import { externalId as externalIdSchema, message } from '../validation';
import { csvColumns, recordTypes, type CsvColumn, type CsvIssue, type CsvOrganization, type CsvService, type CsvTariff, type RecordType } from './columns';
import { columnsForType, specsByType, type FieldSpec } from './cell-specs';
import { unescapeFormula } from './parse';

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
