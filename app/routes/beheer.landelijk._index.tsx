/** /beheer/landelijk — products the municipality already buys nationally, and from whom. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { AdminNotice, AdminPage, DataTable, Td, Th } from '../components/admin-layout';
import { Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listNationalProcurements } from '../models/national-admin.server';
import { noticeOf } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['maint.conflict.title', 'maint.contracts.openEnded', 'maint.contracts.period', 'maint.field.categoryCode', 'maint.field.nationalProvider', 'maint.field.note', 'maint.field.productCode', 'maint.form.busy', 'maint.national.lead', 'maint.national.new', 'maint.national.table', 'maint.national.title', 'maint.national.wholeCategory', 'maint.nav', 'maint.notice', 'maint.verify', 'pagination', 'search.page', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:contract:any');
  return { title: translate(getLocale(request), 'maint.national.title'), rows: listNationalProcurements(getDb()), notice: noticeOf(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function NationalAdmin() {
  const { title, rows, notice } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <AdminPage title={title} area="/beheer/landelijk" lead={t('maint.national.lead')}>
      {notice ? <AdminNotice>{t(notice)}</AdminNotice> : null}
      <Paragraph>
        <Link to="/beheer/landelijk/nieuw">{t('maint.national.new')}</Link>
      </Paragraph>
      <DataTable
        label={t('maint.national.table')}
        head={
          <>
            <Th>{t('maint.field.categoryCode')}</Th>
            <Th>{t('maint.field.productCode')}</Th>
            <Th>{t('maint.field.nationalProvider')}</Th>
            <Th>{t('maint.contracts.period')}</Th>
            <Th>{t('maint.field.note')}</Th>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.id} className="utrecht-table__row">
            <Td>
              <Link to={`/beheer/landelijk/${r.id}`}>
                {r.categoryCode} {locale === 'nl' ? r.categoryNameNl : r.categoryNameEn}
              </Link>
            </Td>
            <Td>{r.productCode ?? t('maint.national.wholeCategory')}</Td>
            <Td>{r.organizationName}</Td>
            <Td>
              {formatDate(locale, r.validFrom)} – {r.validTo ? formatDate(locale, r.validTo) : t('maint.contracts.openEnded')}
            </Td>
            <Td>{r.note ?? '—'}</Td>
          </tr>
        ))}
      </DataTable>
    </AdminPage>
  );
}
