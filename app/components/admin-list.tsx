/** The shape every maintenance list page shares: notice, "add" link, filter form, count, table, paging. */
import type { ReactNode } from 'react';
import { Form, useLocation } from '@remix-run/react';
import type { MessageKey } from '../i18n';
import { AdminPage, DataTable, Pager } from './admin-layout';
import { Button } from './form';
import type { MarkupNode } from './markup';
import { Link, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export function AdminListPage({
  title,
  area,
  lead,
  notice,
  newLink,
  filterLabel,
  filters,
  count,
  tableLabel,
  head,
  page,
  pages,
  children,
  rows,
}: {
  title: string;
  area: string;
  lead: string;
  notice?: MessageKey | null;
  /** The link to the page that adds a record. */
  newLink: { to: string; label: string };
  /** The accessible name of the filter form. */
  filterLabel: string;
  /** The filter fields; the submit button follows them. */
  filters: ReactNode;
  /** The status line with the number of matches. */
  count: string;
  tableLabel: string;
  head: ReactNode;
  page: number;
  pages: number;
  /** The table rows. */
  children?: ReactNode;
  /** The table rows as a markup tree (instead of `children`; ./markup.tsx). */
  rows?: MarkupNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <AdminPage title={title} area={area} lead={lead} notice={notice}>
      <Paragraph>
        <Link to={newLink.to}>{newLink.label}</Link>
      </Paragraph>
      <Form method="get" className="sk-filters-inline" role="search" aria-label={filterLabel}>
        {filters}
        <Button type="submit" appearance="secondary">
          {t('maint.filter.apply')}
        </Button>
      </Form>
      <Paragraph role="status">{count}</Paragraph>
      <DataTable label={tableLabel} head={head} rows={rows}>
        {children}
      </DataTable>
      <Pager page={page} pages={pages} search={location.search} />
    </AdminPage>
  );
}
