/** /beheer/aanbieders — find an organisation to maintain, or add one. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import maintenanceCss from '../styles/maintenance.css';
import { Th } from '../components/admin-layout';
import { h, markupLink, type MarkupNode } from '../components/markup';
import { AdminListPage } from '../components/admin-list';
import { FormField, Select, Textbox } from '../components/form';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listOrganizationsForAdmin } from '../models/organization-admin.server';
import { noticeOf } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';
import { pack, unpack, type Packed } from '../domain/packed';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['maint.conflict.title', 'maint.field.assuredDate', 'maint.field.externalId', 'maint.field.name', 'maint.field.status', 'maint.filter', 'maint.form.busy', 'maint.nav', 'maint.notice', 'maint.organizations.count', 'maint.organizations.filter', 'maint.organizations.lead', 'maint.organizations.locations', 'maint.organizations.new', 'maint.organizations.search', 'maint.organizations.searchHint', 'maint.organizations.services', 'maint.organizations.table', 'maint.organizations.title', 'maint.status', 'maint.verified', 'maint.verify', 'pagination', 'search.page', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

const PER_PAGE = 50;
const querySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum(['active', 'archived']).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:catalogue:any');
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { total, rows } = listOrganizationsForAdmin(getDb(), { q: query.q, status: query.status, page: query.pagina, perPage: PER_PAGE });
  // Packed as one JSON text (app/domain/packed.ts, ADR 023): fifty rows are one string to turbo-stream.
  return {
    page: pack({
      title: translate(getLocale(request), 'maint.organizations.title'),
      query,
      total,
      pages: Math.max(1, Math.ceil(total / PER_PAGE)),
      rows,
      notice: noticeOf(request),
    }),
  };
}

/** What the page receives (packed). */
export type OrganizationsPageData = Awaited<ReturnType<typeof loader>>['page'] extends Packed<infer D> ? D : never;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? unpack(data.page as Packed<OrganizationsPageData>).title : ''} | Sociale Kaart` }];

/** admin-layout.tsx `Td`, as markup (./markup.tsx): the rows are one string on the server. */
const td = (content: MarkupNode) => h('td', { className: 'utrecht-table__cell' }, content);

export default function OrganizationsAdmin() {
  const { title, query, total, pages, rows, notice } = unpack(useLoaderData<typeof loader>().page as Packed<OrganizationsPageData>);
  const { t, plural, locale } = useTranslation();
  return (
    <AdminListPage
      title={title}
      area="/beheer/aanbieders"
      lead={t('maint.organizations.lead')}
      notice={notice}
      newLink={{ to: '/beheer/aanbieders/nieuw', label: t('maint.organizations.new') }}
      filterLabel={t('maint.organizations.filter')}
      filters={
        <>
          <FormField id="zoek-aanbieder" label={t('maint.organizations.search')} description={t('maint.organizations.searchHint')}>
            {(describedBy) => <Textbox id="zoek-aanbieder" name="q" type="search" defaultValue={query.q} aria-describedby={describedBy} />}
          </FormField>
          <FormField id="status-aanbieder" label={t('maint.field.status')}>
            {(describedBy) => (
              <Select id="status-aanbieder" name="status" defaultValue={query.status ?? ''} aria-describedby={describedBy}>
                <option value="">{t('maint.filter.all')}</option>
                <option value="active">{t('maint.status.active')}</option>
                <option value="archived">{t('maint.status.archived')}</option>
              </Select>
            )}
          </FormField>
        </>
      }
      count={plural('maint.organizations.count', total)}
      tableLabel={t('maint.organizations.table')}
      head={
        <>
          <Th>{t('maint.field.name')}</Th>
          <Th>{t('maint.field.externalId')}</Th>
          <Th>{t('maint.field.status')}</Th>
          <Th>{t('maint.field.assuredDate')}</Th>
          <Th>{t('maint.organizations.services')}</Th>
          <Th>{t('maint.organizations.locations')}</Th>
        </>
      }
      page={query.pagina}
      pages={pages}
      rows={rows.map((row) =>
        h(
          'tr',
          { key: row.id, className: 'utrecht-table__row' },
          td(markupLink({ to: `/beheer/aanbieders/${row.id}` }, row.name)),
          td(row.externalId ?? '—'),
          td(t(`maint.status.${row.status}`)),
          td(row.assuredDate ? formatDate(locale, row.assuredDate) : t('maint.verified.never')),
          h('td', { className: 'utrecht-table__cell utrecht-table__cell--numeric' }, row.serviceCount),
          h('td', { className: 'utrecht-table__cell utrecht-table__cell--numeric' }, row.locationCount),
        ),
      )}
    />
  );
}
