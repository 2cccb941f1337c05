/** Audit-log entries as a table: when, who (and from where), what, which record and field, old → new, result. */
import type { ReactNode } from 'react';
import { Link } from '@remix-run/react';
import type { MessageKey } from '../i18n';
import { DataTable, Th } from './admin-layout';
import { useFieldLabel } from './admin-form';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  result: 'success' | 'failure';
  /** The record's name in words (app/models/audit-names.server.ts), when it still exists. */
  recordName?: string | null;
}

/** Where a logged record is maintained, when it has a page. */
export function recordHref(entityType: string, entityId: string | null): string | null {
  if (!entityId) return null;
  const base: Record<string, string> = {
    organization: '/beheer/aanbieders/',
    service: '/beheer/diensten/',
    location: '/beheer/locaties/',
    contract: '/beheer/contracten/',
    budget_ceiling: '/beheer/plafonds/',
    national_procurement: '/beheer/landelijk/',
    change_request: '/beheer/wijzigingsverzoeken/',
  };
  return base[entityType] ? `${base[entityType]}${entityId}` : null;
}

/** One formatter per language: building an Intl.DateTimeFormat costs far more than formatting with it. */
const momentFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

function formatMoment(locale: 'nl' | 'en', iso: string) {
  return momentFormats[locale].format(new Date(iso));
}

export function AuditTable({ rows, label, showRecord = true }: { rows: readonly AuditRow[]; label: string; showRecord?: boolean }) {
  const { t, locale, has } = useTranslation();
  const fieldLabel = useFieldLabel();
  const text = (key: string, fallback: string) => (has(key) ? t(key as MessageKey) : fallback);
  return (
    <DataTable
      label={label}
      className="sk-audit-table"
      testId="audit-table"
      head={
        <>
          <Th>{t('maint.log.when')}</Th>
          <Th>{t('maint.log.who')}</Th>
          <Th>{t('maint.log.action')}</Th>
          {showRecord ? <Th>{t('maint.log.record')}</Th> : null}
          <Th>{t('maint.log.field')}</Th>
          <Th>{t('maint.log.old')}</Th>
          <Th>{t('maint.log.new')}</Th>
          <Th>{t('maint.log.result')}</Th>
        </>
      }
    >
      {rows.map((row) => {
        const href = recordHref(row.entityType, row.entityId);
        return (
          <tr key={row.id} className="utrecht-table__row" data-result={row.result}>
            <Cell label={t('maint.log.when')}>
              <time dateTime={row.at}>{formatMoment(locale, row.at)}</time>
            </Cell>
            <Cell label={t('maint.log.who')}>
              {row.actorName ?? row.actor}
              {row.actorName ? <div className="sk-muted">{row.actor}</div> : null}
              {row.ip ? <div className="sk-muted">{t('maint.log.from', { ip: row.ip })}</div> : null}
            </Cell>
            <Cell label={t('maint.log.action')}>{text(`maint.action.${row.action}`, row.action)}</Cell>
            {showRecord ? (
              <Cell label={t('maint.log.record')}>
                {text(`maint.entity.${row.entityType}`, row.entityType)}
                {row.entityId ? (
                  <div data-testid="audit-record">
                    {href ? (
                      <Link className="utrecht-link utrecht-link--html-a" to={href}>
                        {row.recordName ?? row.entityId}
                      </Link>
                    ) : (
                      (row.recordName ?? row.entityId)
                    )}
                  </div>
                ) : null}
              </Cell>
            ) : null}
            <Cell label={t('maint.log.field')}>{row.field ? fieldLabel(row.field) : '—'}</Cell>
            <Cell label={t('maint.log.old')}>
              <pre className="sk-pre">{row.oldValue ?? '—'}</pre>
            </Cell>
            <Cell label={t('maint.log.new')}>
              <pre className="sk-pre">{row.newValue ?? '—'}</pre>
            </Cell>
            <Cell label={t('maint.log.result')}>{t(row.result === 'success' ? 'maint.log.success' : 'maint.log.failure')}</Cell>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** A cell that names its column, so a narrow screen can show each row as a stacked block. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td className="utrecht-table__cell" data-label={label}>
      {children}
    </td>
  );
}

/** The "history" section of a record's maintenance page: its recent audit entries (or a line saying there are none), then `children`. */
export function HistorySection({ rows, children }: { rows: readonly AuditRow[]; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="sk-section" aria-labelledby="geschiedenis">
      <Heading level={2} id="geschiedenis">
        {t('maint.history.title')}
      </Heading>
      {rows.length ? <AuditTable rows={rows} label={t('maint.history.title')} showRecord={false} /> : <Paragraph>{t('maint.history.none')}</Paragraph>}
      {children}
    </section>
  );
}
