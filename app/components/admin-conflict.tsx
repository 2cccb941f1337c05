/**
 * Optimistic locking in the maintenance forms: the hidden lock fields, how a stored value reads,
 * and the "someone else saved first" message with their value and yours.
 */
import { parseHoursSummary } from '../domain/hours';
import type { ConflictRow, FormValue } from '../domain/optimistic-lock';
import type { MessageKey } from '../i18n';
import { useFieldLabel } from './admin-field-label';
import { useTranslation } from './use-translation';

/** The version the form is based on and the values it showed (optimistic locking). */
export function LockFields({ version, original }: { version: number; original: Record<string, FormValue> }) {
  return (
    <>
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="original" value={JSON.stringify(original)} />
    </>
  );
}

/** The message prefix of the fields whose stored value is a code. */
const codePrefixes: Partial<Record<string, string>> = { status: 'maint.status.', kind: 'maint.kind.', law: 'maint.law.', unit: 'maint.unit.' };

/** How a stored or form value reads: yes/no, codes in words, lists joined, opening hours per day. */
export function useValueText() {
  const { t, has } = useTranslation();
  return (field: string, value: FormValue | number | null | undefined): string => {
    if (value === null || value === undefined || value === '') return t('maint.value.empty');
    if (typeof value === 'boolean') return t(value ? 'maint.value.yes' : 'maint.value.no');
    if (Array.isArray(value)) return value.length ? value.join(', ') : t('maint.value.empty');
    const text = String(value);
    if (field === 'hours') {
      return parseHoursSummary(text)
        .map((p) => `${t(`weekday.${p.weekday}` as MessageKey)} ${p.opensAt}–${p.closesAt}`)
        .join(', ');
    }
    // Whole prefixes as literals (not `maint.${field}.`): a page is sent the messages its code can
    // name (tests/support/message-usage.ts), and a bare `maint.` would name every maintenance message.
    const prefix = codePrefixes[field];
    if (prefix && has(`${prefix}${text}`)) return t(`${prefix}${text}` as MessageKey);
    if (text === 'true' || text === 'false') return t(text === 'true' ? 'maint.value.yes' : 'maint.value.no');
    return text;
  };
}

/** "Someone else saved first": what they changed, their value and yours. Nothing was saved. */
export function ConflictNotice({ rows }: { rows: readonly ConflictRow[] }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const value = useValueText();
  return (
    <div className="sk-notice sk-notice--warning" role="alert" data-testid="conflict">
      <p className="utrecht-paragraph">
        <strong>{t('maint.conflict.title')}</strong>
      </p>
      <p className="utrecht-paragraph">{t('maint.conflict.text')}</p>
      {rows.length > 0 ? (
        <div className="sk-table-scroll" role="region" aria-label={t('maint.conflict.tableLabel')} tabIndex={0}>
          <table className="utrecht-table sk-table">
            <caption className="sk-visually-hidden">{t('maint.conflict.tableLabel')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('maint.conflict.field')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('maint.conflict.theirs')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('maint.conflict.yours')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => (
                <tr key={row.field} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {label(row.field)}
                  </th>
                  <td className="utrecht-table__cell">{value(row.field, row.theirs)}</td>
                  <td className="utrecht-table__cell">{value(row.field, row.yours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t('maint.conflict.next')}</p>
    </div>
  );
}
