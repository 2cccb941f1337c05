/** A change request field by field: what is stored now and what is proposed. */
import type { DiffRow } from '../domain/change-request';
import { DataTable, Td, Th } from './admin-layout';
import { useFieldLabel, useValueText } from './admin-form';
import { useTranslation } from './use-translation';

export function DiffTable({ rows, label }: { rows: readonly DiffRow[]; label: string }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const value = useValueText();
  return (
    <DataTable label={label} testId="diff-table" head={<><Th>{t('maint.conflict.field')}</Th><Th>{t('maint.requests.current')}</Th><Th>{t('maint.requests.proposed')}</Th></>}>
      {rows.map((row) => (
        <tr key={row.field} className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">
            {fieldLabel(row.field)}
            {row.changed ? null : <div className="sk-muted">{t('maint.requests.same')}</div>}
          </th>
          <Td>
            <span className={row.changed ? 'sk-diff-old' : undefined}>{value(row.field, row.current)}</span>
          </Td>
          <Td>
            <span className={row.changed ? 'sk-diff-new' : undefined}>{value(row.field, row.proposed)}</span>
          </Td>
        </tr>
      ))}
    </DataTable>
  );
}
