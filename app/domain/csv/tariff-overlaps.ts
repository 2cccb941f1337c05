/** The rule that a provider has one price per product per day, checked on an import plan. Pure. */
import { message } from '../validation';
import type { CatalogueSnapshot, CsvIssue, PlannedRow } from './columns';

/** After the file is applied, no product may have two prices for one provider on the same day. */
export function tariffOverlaps(planned: readonly PlannedRow[], snapshot: CatalogueSnapshot): CsvIssue[] {
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
