/** Page furniture for catalogue maintenance: the way back, notices, tables that scroll on a phone, paging. */
import type { ReactNode } from 'react';
import { Form, Link } from '@remix-run/react';
import type { MessageKey } from '../i18n';
import { SubmitButton } from './admin-submit-button';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';
import { FormNotice } from './form-notice';
import { Markup, type MarkupNode } from './markup';

/** The maintenance areas, in the order of the sub-navigation. */
export const maintenanceAreas = [
  { to: '/beheer/aanbieders', label: 'maint.nav.organizations' },
  { to: '/beheer/contracten', label: 'maint.nav.contracts' },
  { to: '/beheer/plafonds', label: 'maint.nav.ceilings' },
  { to: '/beheer/landelijk', label: 'maint.nav.national' },
  { to: '/beheer/actualiteit', label: 'maint.nav.freshness' },
  { to: '/beheer/wijzigingsverzoeken', label: 'maint.nav.changeRequests' },
  { to: '/beheer/import', label: 'maint.nav.import' },
  { to: '/beheer/logboek', label: 'maint.nav.log' },
] as const satisfies readonly { to: string; label: MessageKey }[];

export function MaintenanceNav({ current }: { current?: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('maint.nav.label')} className="sk-subnav">
      <ul className="sk-subnav__list">
        <li>
          <Link className="utrecht-link utrecht-link--html-a" to="/beheer">
            {t('maint.nav.home')}
          </Link>
        </li>
        {maintenanceAreas.map((area) => (
          <li key={area.to}>
            <Link className="utrecht-link utrecht-link--html-a" to={area.to} aria-current={current === area.to ? 'page' : undefined}>
              {t(area.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A maintenance page; `notice` is the message after a redirect (`noticeOf`), shown above the content. */
export function AdminPage({
  title,
  area,
  back,
  children,
  lead,
  notice,
}: {
  title: string;
  area?: string;
  back?: { to: string; label: string };
  lead?: ReactNode;
  notice?: MessageKey | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="sk-admin">
      <MaintenanceNav current={area} />
      {back ? (
        <Paragraph className="sk-back">
          <Link className="utrecht-link utrecht-link--html-a" to={back.to}>
            ← {back.label}
          </Link>
        </Paragraph>
      ) : null}
      <Heading level={1}>{title}</Heading>
      {lead ? <Paragraph lead>{lead}</Paragraph> : null}
      {notice ? <AdminNotice>{t(notice)}</AdminNotice> : null}
      {children}
    </div>
  );
}

/** A status message after a completed action (post/redirect/get), announced politely. */
export function AdminNotice({ children, tone = 'ok' }: { children: ReactNode; tone?: 'ok' | 'warning' | 'error' }) {
  return <FormNotice tone={tone}>{children}</FormNotice>;
}

/** "Mark as verified": posts `intent=verify` to the page's own action. */
export function VerifySection() {
  const { t } = useTranslation();
  return (
    <section className="sk-section" aria-labelledby="controleren">
      <Heading level={2} id="controleren">
        {t('maint.verify.title')}
      </Heading>
      <Paragraph>{t('maint.verify.text')}</Paragraph>
      <Form method="post">
        <input type="hidden" name="intent" value="verify" />
        <SubmitButton intent="verify" appearance="secondary">
          {t('maint.verify.submit')}
        </SubmitButton>
      </Form>
    </section>
  );
}

/** A table in a region that scrolls sideways on a small screen and can be reached with the keyboard. */
/** `rows`, when given, are the body rows as a markup tree (./markup.tsx: one string on the server) instead of `children`. */
export function DataTable({ label, head, children, rows, testId, className }: { label: string; head: ReactNode; children?: ReactNode; rows?: MarkupNode; testId?: string; className?: string }) {
  return (
    <div className="sk-table-scroll" role="region" aria-label={label} tabIndex={0} data-testid={testId}>
      <table className={`utrecht-table sk-table${className ? ` ${className}` : ''}`}>
        <caption className="sk-visually-hidden">{label}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">{head}</tr>
        </thead>
        {rows !== undefined ? <Markup as="tbody" className="utrecht-table__body" content={rows} /> : <tbody className="utrecht-table__body">{children}</tbody>}
      </table>
    </div>
  );
}

export function Th({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="utrecht-table__header-cell">
      {children}
    </th>
  );
}

export function Td({ children, numeric }: { children: ReactNode; numeric?: boolean }) {
  return <td className={`utrecht-table__cell${numeric ? ' utrecht-table__cell--numeric' : ''}`}>{children}</td>;
}

/** Previous / next page links with "page x of y", keeping the other query parameters. */
export function Pager({ page, pages, search }: { page: number; pages: number; search: string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams(search);
    if (n > 1) params.set('pagina', String(n));
    else params.delete('pagina');
    const query = params.toString();
    return query ? `?${query}` : '?';
  };
  return (
    <nav aria-label={t('pagination.label')} className="sk-pager">
      {page > 1 ? (
        <Link className="utrecht-link utrecht-link--html-a" to={href(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : null}
      <span>{t('search.page', { page, pages })}</span>
      {page < pages ? (
        <Link className="utrecht-link utrecht-link--html-a" to={href(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  );
}
