/**
 * The catalogue as one CSV file in the documented format (docs/csv-format.md): each organisation
 * followed by its services and its tariffs. Contains tariffs: professionals only (the route
 * guards with 'import:catalogue:any').
 */
import type { Db } from '../../../db/client';
import { csvColumns } from '../../domain/csv/columns';
import { organizationCells, serviceCells, tariffCells } from '../../domain/csv/write-row';
import { formatCsv } from '../../domain/csv/parse';
import { loadCatalogueSnapshot } from './catalogue-snapshot.server';

export function exportCatalogueCsv(db: Db): { text: string; rows: number } {
  const snapshot = loadCatalogueSnapshot(db);
  const servicesByOrg = groupBy(snapshot.serviceList, (s) => s.organizationId);
  const tariffsByOrg = groupBy(snapshot.tariffList, (t) => t.organizationId);
  const rows: string[][] = [];
  for (const org of snapshot.organizationList) {
    rows.push(organizationCells(org));
    for (const s of servicesByOrg.get(org.id) ?? []) rows.push(serviceCells(s));
    for (const t of tariffsByOrg.get(org.id) ?? []) rows.push(tariffCells(t));
  }
  return { text: formatCsv(csvColumns, rows), rows: rows.length };
}

/** A file name with the day: sociale-kaart-catalogus-2026-11-23.csv */
export function exportFileName(today: string): string {
  return `sociale-kaart-catalogus-${today}.csv`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
