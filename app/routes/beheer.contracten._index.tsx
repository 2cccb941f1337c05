/** /beheer/contracten — tariffs per organisation and product, current or archived. Contract managers only. */
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
import { formatCents, formatDate } from '../domain/format';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listContracts, listProducts } from '../models/contract-admin.server';
import { noticeOf } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['maint.conflict.title', 'maint.contracts', 'maint.field.lot', 'maint.field.organizationId', 'maint.field.productCode', 'maint.field.status', 'maint.field.tariffCents', 'maint.field.unit', 'maint.filter', 'maint.form.busy', 'maint.nav', 'maint.notice', 'maint.status', 'maint.unit', 'maint.verify', 'pagination', 'search.page', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

const PER_PAGE = 50;
const querySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  product: z.string().regex(/^[0-9A-Z]{2,20}$/).optional().catch(undefined),
  stand: z.enum(['current', 'archived', 'all']).catch('current'),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:contract:any');
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const { total, rows } = listContracts(db, { q: query.q, productCode: query.product, state: query.stand, page: query.pagina, perPage: PER_PAGE });
  return {
    title: translate(getLocale(request), 'maint.contracts.title'),
    query,
    total,
    pages: Math.max(1, Math.ceil(total / PER_PAGE)),
    rows,
    products: listProducts(db),
    notice: noticeOf(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function ContractsAdmin() {
  const { title, query, total, pages, rows, products, notice } = useLoaderData<typeof loader>();
  const { t, plural, locale } = useTranslation();
  return (
    <AdminListPage
      title={title}
      area="/beheer/contracten"
      lead={t('maint.contracts.lead')}
      notice={notice}
      newLink={{ to: '/beheer/contracten/nieuw', label: t('maint.contracts.new') }}
      filterLabel={t('maint.contracts.filter')}
      filters={
        <>
          <FormField id="zoek-contract" label={t('maint.contracts.search')}>
            {(describedBy) => <Textbox id="zoek-contract" name="q" type="search" defaultValue={query.q} aria-describedby={describedBy} />}
          </FormField>
          <FormField id="product-contract" label={t('maint.field.productCode')}>
            {(describedBy) => (
              <Select id="product-contract" name="product" defaultValue={query.product ?? ''} aria-describedby={describedBy}>
                <option value="">{t('maint.filter.all')}</option>
                {products.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} {locale === 'nl' ? p.nameNl : p.nameEn}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="stand-contract" label={t('maint.field.status')}>
            {(describedBy) => (
              <Select id="stand-contract" name="stand" defaultValue={query.stand} aria-describedby={describedBy}>
                <option value="current">{t('maint.status.active')}</option>
                <option value="archived">{t('maint.status.archived')}</option>
                <option value="all">{t('maint.filter.all')}</option>
              </Select>
            )}
          </FormField>
        </>
      }
      count={plural('maint.contracts.count', total)}
      tableLabel={t('maint.contracts.table')}
      head={
        <>
          <Th>{t('maint.field.organizationId')}</Th>
          <Th>{t('maint.field.productCode')}</Th>
          <Th>{t('maint.field.lot')}</Th>
          <Th>{t('maint.field.tariffCents')}</Th>
          <Th>{t('maint.field.unit')}</Th>
          <Th>{t('maint.contracts.period')}</Th>
        </>
      }
      page={query.pagina}
      pages={pages}
    >
      {rows.map((c) => (
        <tr key={c.id} className="utrecht-table__row">
          <Td>{c.organizationName}</Td>
          <Td>
            <Link to={`/beheer/contracten/${c.id}`}>
              {c.productCode} {locale === 'nl' ? c.productNameNl : c.productNameEn}
            </Link>
            {c.archived ? <span className="sk-tag"> {t('maint.status.archived')}</span> : null}
          </Td>
          <Td>{c.lot ?? '—'}</Td>
          <Td numeric>
            <data value={(c.tariffCents / 100).toFixed(2)}>{formatCents(locale, c.tariffCents)}</data>
          </Td>
          <Td>{t(`maint.unit.${c.unit}`)}</Td>
          <Td>
            {formatDate(locale, c.validFrom)} – {c.validTo ? formatDate(locale, c.validTo) : t('maint.contracts.openEnded')}
          </Td>
        </tr>
      ))}
    </AdminListPage>
  );
}
