/** /beheer/wijzigingsverzoeken — the queue of proposed changes and error reports. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData, useLocation } from '@remix-run/react';
import { z } from 'zod';
import maintenanceCss from '../styles/maintenance.css';
import { AdminNotice, AdminPage, DataTable, Pager, Td, Th } from '../components/admin-layout';
import { Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listChangeRequests } from '../models/change-request.server';
import { noticeOf } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr', 'maint.conflict.title', 'maint.field.organizationId', 'maint.form.busy', 'maint.nav', 'maint.notice', 'maint.requests.anonymous', 'maint.requests.count', 'maint.requests.empty', 'maint.requests.fields', 'maint.requests.from', 'maint.requests.kind', 'maint.requests.lead', 'maint.requests.received', 'maint.requests.status', 'maint.requests.statusNav', 'maint.requests.table', 'maint.requests.title', 'maint.verify', 'pagination', 'search.page', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

const PER_PAGE = 50;
const querySchema = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).catch('pending'),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'decide:change-request:any');
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { total, rows } = listChangeRequests(getDb(), { status: query.status, page: query.pagina, perPage: PER_PAGE });
  return { title: translate(getLocale(request), 'maint.requests.title'), query, total, pages: Math.max(1, Math.ceil(total / PER_PAGE)), rows, notice: noticeOf(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function ChangeRequestQueue() {
  const { title, query, total, pages, rows, notice } = useLoaderData<typeof loader>();
  const { t, plural, locale } = useTranslation();
  const location = useLocation();
  return (
    <AdminPage title={title} area="/beheer/wijzigingsverzoeken" lead={t('maint.requests.lead')}>
      {notice ? <AdminNotice>{t(notice)}</AdminNotice> : null}
      <nav aria-label={t('maint.requests.statusNav')}>
        <ul className="sk-subnav__list">
          {(['pending', 'approved', 'rejected'] as const).map((status) => (
            <li key={status}>
              <Link to={`?status=${status}`} aria-current={query.status === status ? 'page' : undefined}>
                {t(`maint.requests.status.${status}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Paragraph role="status">{plural('maint.requests.count', total)}</Paragraph>
      {rows.length ? (
        <DataTable
          label={t('maint.requests.table')}
          head={
            <>
              <Th>{t('maint.requests.received')}</Th>
              <Th>{t('maint.requests.kind')}</Th>
              <Th>{t('maint.field.organizationId')}</Th>
              <Th>{t('maint.requests.from')}</Th>
              <Th>{t('maint.requests.fields')}</Th>
            </>
          }
        >
          {rows.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <Td>
                <Link to={`/beheer/wijzigingsverzoeken/${r.id}`}>{formatDate(locale, r.createdAt)}</Link>
              </Td>
              <Td>{t(r.kind === 'error_report' ? 'maint.requests.kind.error_report' : 'maint.requests.kind.provider_update')}</Td>
              <Td>
                {r.organizationName}
                {r.serviceName ? <div className="sk-muted">{r.serviceName}</div> : null}
              </Td>
              <Td>{r.proposerEmail ?? t('maint.requests.anonymous')}</Td>
              <Td numeric>{r.fieldCount}</Td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <Paragraph>{t('maint.requests.empty')}</Paragraph>
      )}
      <Pager page={query.pagina} pages={pages} search={location.search} />
    </AdminPage>
  );
}
