/** Form controls of the user-management pages: role and organisation pickers. */
import { useMessageText } from './form-message';
import { roles, type Role } from '../domain/enums';
import type { MessageKey } from '../i18n';
import { formatDateTime } from '../utils/time-format';

import { FormField, Select, Textbox } from './form';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';

interface Field {
  id: string;
  name: string;
  key?: string | undefined;
  errors?: string[] | undefined;
  initialValue?: unknown;
}

const initial = (field: Field, fallback: string) => (typeof field.initialValue === 'string' ? field.initialValue : fallback);

export function RoleSelect({ field, choices = roles.filter((r) => r !== 'citizen'), defaultValue = '' }: { field: Field; choices?: readonly Role[]; defaultValue?: string }) {
  const { t } = useTranslation();
  const errorText = useMessageText();
  return (
    <FormField id={field.id} label={t('invite.role')} error={errorText(field.errors)}>
      {(describedBy, invalid) => (
        <Select key={field.key} id={field.id} name={field.name} defaultValue={initial(field, defaultValue)} aria-describedby={describedBy} invalid={invalid} required>
          {defaultValue ? null : <option value="">{t('form.error.roleRequired')}</option>}
          {choices.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

export function OrganizationSelect({ field, organizations, defaultValue = '' }: { field: Field; organizations: readonly { id: string; name: string }[]; defaultValue?: string }) {
  const { t } = useTranslation();
  const errorText = useMessageText();
  return (
    <FormField id={field.id} label={t('invite.organization')} description={t('invite.organizationHint')} error={errorText(field.errors)}>
      {(describedBy, invalid) => (
        <Select key={field.key} id={field.id} name={field.name} defaultValue={initial(field, defaultValue)} aria-describedby={describedBy} invalid={invalid}>
          <option value="">{t('invite.organizationNone')}</option>
          {organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

/** The one-time link, shown once to the administrator who created it. */
export function OneTimeLink({ name, email, link, expiresAt }: { name: string; email: string; link: string; expiresAt: string }) {
  const { t, locale } = useTranslation();
  return (
    <section className="sk-notice sk-notice--ok" aria-labelledby="eenmalige-link" role="status">
      <Heading level={2} id="eenmalige-link">
        {t('user.link.shown', { name })}
      </Heading>
      <Paragraph>{t('user.link.shownText', { name, email, date: formatDateTime(locale, expiresAt) })}</Paragraph>
      <FormField id="eenmalige-link-url" label={t('user.link.shown', { name })}>
        {(describedBy) => <Textbox id="eenmalige-link-url" readOnly value={link} aria-describedby={describedBy} className="sk-link-box" data-testid="one-time-link" />}
      </FormField>
    </section>
  );
}

interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  actorName: string | null;
  ip: string | null;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  result: 'success' | 'failure';
}

/** What happened to an account, newest first (from the audit log). */
export function AuditHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t, locale, has } = useTranslation();
  const actionLabel = (action: string) => {
    const key = `audit.action.${action}`;
    return has(key) ? t(key as MessageKey) : action;
  };
  return (
    <section className="sk-section" aria-labelledby="geschiedenis">
      <Heading level={2} id="geschiedenis">
        {t('user.history.title')}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{t('user.history.none')}</Paragraph>
      ) : (
        <ol className="sk-plain-list sk-history">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time> · <strong>{actionLabel(entry.action)}</strong>
              {entry.result === 'failure' ? <span className="sk-warning-text"> ({t('audit.failed')})</span> : null} ·{' '}
              {t('audit.by', { actor: entry.actorName ?? entry.actor })}
              {entry.ip ? ` (${entry.ip})` : ''}
              {entry.field ? (
                <>
                  <br />
                  <span className="sk-muted">{t('audit.change', { field: entry.field, old: entry.oldValue ?? '–', new: entry.newValue ?? '–' })}</span>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
