/** /beheer/plafonds — budget ceilings and committed amounts per organisation per contract year. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import maintenanceCss from '../styles/maintenance.css';
import { Td, Th } from '../components/admin-layout';
import { AdminListPage } from '../components/admin-list';
import { FormField, Select, Textbox } from '../components/form';
import { Link } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatCents, formatPercent } from '../domain/format';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listCeilingYears, listCeilings } from '../models/contract-admin.server';
import { noticeOf } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['maint.ceilings', 'maint.conflict.title', 'maint.contracts.search', 'maint.field.ceilingCents', 'maint.field.committedCents', 'maint.field.organizationId', 'maint.field.year', 'maint.filter', 'maint.form.busy', 'maint.nav', 'maint.notice', 'maint.verify', 'pagination', 'search.page', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

const PER_PAGE = 50;
const querySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  jaar: z.coerce.number().int().min(2015).max(2100).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:contract:any');
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const { total, rows } = listCeilings(db, { year: query.jaar, q: query.q, page: query.pagina, perPage: PER_PAGE });
  return { title: translate(getLocale(request), 'maint.ceilings.title'), query, total, pages: Math.max(1, Math.ceil(total / PER_PAGE)), rows, years: listCeilingYears(db), notice: noticeOf(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function CeilingsAdmin() {
  const { title, query, total, pages, rows, years, notice } = useLoaderData<typeof loader>();
  const { t, plural, locale } = useTranslation();
  return (
    <AdminListPage
      title={title}
      area="/beheer/plafonds"
      lead={t('maint.ceilings.lead')}
      notice={notice}
      newLink={{ to: '/beheer/plafonds/nieuw', label: t('maint.ceilings.new') }}
      filterLabel={t('maint.ceilings.filter')}
      filters={
        <>
          <FormField id="zoek-plafond" label={t('maint.contracts.search')}>
            {(describedBy) => <Textbox id="zoek-plafond" name="q" type="search" defaultValue={query.q} aria-describedby={describedBy} />}
          </FormField>
          <FormField id="jaar-plafond" label={t('maint.field.year')}>
            {(describedBy) => (
              <Select id="jaar-plafond" name="jaar" defaultValue={query.jaar ? String(query.jaar) : ''} aria-describedby={describedBy}>
                <option value="">{t('maint.filter.all')}</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </>
      }
      count={plural('maint.ceilings.count', total)}
      tableLabel={t('maint.ceilings.table')}
      head={
        <>
          <Th>{t('maint.field.organizationId')}</Th>
          <Th>{t('maint.field.year')}</Th>
          <Th>{t('maint.field.ceilingCents')}</Th>
          <Th>{t('maint.field.committedCents')}</Th>
          <Th>{t('maint.ceilings.utilisation')}</Th>
        </>
      }
      page={query.pagina}
      pages={pages}
    >
      {rows.map((c) => (
        <tr key={c.id} className="utrecht-table__row">
          <Td>
            <Link to={`/beheer/plafonds/${c.id}`}>{c.organizationName}</Link>
          </Td>
          <Td>{c.year}</Td>
          <Td numeric>{formatCents(locale, c.ceilingCents)}</Td>
          <Td numeric>{formatCents(locale, c.committedCents)}</Td>
          <Td numeric>{c.ceilingCents > 0 ? `${formatPercent(locale, c.committedCents / c.ceilingCents)}%` : '—'}</Td>
        </tr>
      ))}
    </AdminListPage>
  );
}
