/** Records → spreadsheet rows (export), in the column order of `csvColumns`. Pure. */
import { csvColumns, type CsvColumn, type CsvOrganization, type CsvService, type CsvTariff, type RecordType } from './columns';
import { specsByType, type FieldSpec } from './cell-specs';

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
