/**
 * /inzicht/waardekaart?product=<code> — the value map for contract managers (and policy,
 * administrators): per product, every contracted provider's tariff against its mark (residents'
 * marks and staff findings each shown), the quadrant "good and affordable" named, the ceiling
 * status as shape and colour with the words in the table, and the good-and-affordable providers
 * at or near their ceiling: the candidates to let grow in the next contract round.
 */
import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { InsightTable, numeric } from '../components/insight-table';
import { Button, FormField, Select } from '../components/form';
import { ValueMapChart } from '../components/insight-charts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatCents, formatMark, formatPercent } from '../domain/format';
import { dutchDay } from '../domain/indication';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { listContractedProducts, valueMap } from '../models/insight-value-map.server';
import insightCss from '../styles/insight.css';
import { requirePermission, viewerFor } from '../utils/auth.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['flags.ceiling', 'insight.col.ceiling', 'insight.col.citizenMark', 'insight.col.provider', 'insight.col.quadrant', 'insight.col.staffMark', 'insight.col.tariff', 'insight.field.choose', 'insight.filter.title', 'insight.quadrant', 'insight.share.title', 'insight.show', 'insight.suppressed.label', 'insight.table', 'insight.value'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];
export const headers: HeadersFunction = () => noStore;

const ceilingKey = { none: 'flags.ceiling.none', room: 'flags.ceiling.room', nearly_reached: 'flags.ceiling.nearly', reached: 'flags.ceiling.reached' } as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:value-map:any');
  const { now } = contextOf(context);
  const db = getDb();
  const products = listContractedProducts(db);
  const asked = new URL(request.url).searchParams.get('product') ?? '';
  const product = products.find((p) => p.code === asked) ?? null;
  const map = product ? valueMap(db, viewerFor(user), product.code, dutchDay(now), now) : null;
  return data({ title: translate(getLocale(request), 'insight.value.title'), products, product, map }, { headers: noStore });
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

export default function ValueMapPage() {
  const { products, product, map } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const productName = product ? `${product.code} ${locale === 'nl' ? product.nameNl : product.nameEn}` : '';
  const mark = (value: number | null) => (value === null ? '—' : formatMark(locale, value));
  return (
    <article className="sk-in" aria-labelledby="waarde-titel">
      <Heading level={1} id="waarde-titel">
        {t('insight.value.title')}
        {product ? `: ${productName}` : ''}
      </Heading>
      <Paragraph lead>{t('insight.value.intro')}</Paragraph>
      <Form method="get" className="sk-in-filters" aria-label={t('insight.filter.title')}>
        <FormField id="product" label={t('insight.value.product')}>
          {() => (
            <Select id="product" name="product" defaultValue={product?.code ?? ''}>
              <option value="">{t('insight.field.choose')}</option>
              {products.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} {locale === 'nl' ? p.nameNl : p.nameEn}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" appearance="secondary">
          {t('insight.show')}
        </Button>
      </Form>
      {!product ? <Paragraph>{t('insight.value.choose')}</Paragraph> : null}
      {product && (!map || map.points.length === 0) ? <Paragraph>{t('insight.value.none')}</Paragraph> : null}
      {map && map.points.length > 0 && map.medianTariff !== null ? (
        <>
          <section aria-labelledby="kaart-titel" className="sk-section">
            <Heading level={2} id="kaart-titel">
              {t('insight.quadrant.good_affordable')}
            </Heading>
            <ValueMapChart
              id="waardekaart"
              points={map.points.map((p) => ({ key: p.organizationId, name: p.organizationName, tariffCents: p.tariffCents, mark: p.mark, ceilingStatus: p.ceilingStatus, quadrant: p.quadrant }))}
              medianTariff={map.medianTariff}
              medianMark={map.medianMark}
              description={t('insight.value.chart', { count: map.points.length, product: productName })}
            />
            <Paragraph className="sk-muted">
              {t('insight.value.medians', { tariff: formatCents(locale, map.medianTariff), mark: mark(map.medianMark) })} {t('insight.value.legend')}
            </Paragraph>
            <InsightTable
              labelledBy="kaart-titel"
              caption={t('insight.table')}
              testId="value-table"
              columns={[t('insight.col.provider'), numeric(t('insight.col.tariff')), numeric(t('insight.col.citizenMark')), numeric(t('insight.col.staffMark')), t('insight.col.quadrant'), t('insight.col.ceiling')]}
            >
              {map.points.map((p) => (
                <tr key={p.organizationId} className="utrecht-table__row" data-quadrant={p.quadrant ?? undefined}>
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link to={`/aanbieders/${p.organizationSlug}`}>{p.organizationName}</Link>
                  </th>
                  <td className="utrecht-table__cell sk-num">{formatCents(locale, p.tariffCents)}</td>
                  <td className="utrecht-table__cell sk-num">
                    {mark(p.citizenMark)} ({p.citizenCount})
                  </td>
                  <td className="utrecht-table__cell sk-num">
                    {mark(p.staffMark)} ({p.staffCount})
                  </td>
                  <td className="utrecht-table__cell">{p.quadrant ? t(`insight.quadrant.${p.quadrant}` as MessageKey) : t('insight.value.noMark')}</td>
                  <td className="utrecht-table__cell">
                    {t(ceilingKey[p.ceilingStatus])}
                    {p.utilisation !== null ? ` (${formatPercent(locale, p.utilisation)})` : ''}
                  </td>
                </tr>
              ))}
            </InsightTable>
          </section>
          <section aria-labelledby="groei-titel" className="sk-section">
            <Heading level={2} id="groei-titel">
              {t('insight.value.grow.title')}
            </Heading>
            <Paragraph>{t('insight.value.grow.text')}</Paragraph>
            {map.growCandidates.length === 0 ? (
              <Paragraph>{t('insight.value.grow.none')}</Paragraph>
            ) : (
              <ul data-testid="grow-candidates">
                {map.growCandidates.map((p) => (
                  <li key={p.organizationId}>
                    <Link to={`/aanbieders/${p.organizationSlug}`}>{p.organizationName}</Link>: {formatCents(locale, p.tariffCents)}, {mark(p.mark)}, {t(ceilingKey[p.ceilingStatus])}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </article>
  );
}
