/**
 * /inzicht — the needs dashboard for policy officers (and administrators): per month, district
 * and need how often a general facility was used against paid support, the share "general
 * before paid" over time, needs without a fitting offer ranked with their trend, examples and
 * the estimated cost of the alternatives used. Filters in the URL; charts as SVG with the
 * numbers as tables beside them; a print stylesheet; CSV export. Small cells are suppressed in
 * the model (app/models/insight-read.server.ts) for everyone below the administrator.
 */
import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { Button, FormField, Select } from '../components/form';
import { ShareLineChart } from '../components/insight-charts';
import { InsightTable, numeric } from '../components/insight-table';
import { Count, DistrictField, NeedField, Notice, Share, SuppressionNote, needName, useMarkupFigures, type MarkupFigures } from '../components/insight-parts';
import { h, type MarkupNode } from '../components/markup';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatMonth } from '../domain/format';
import { dutchDay } from '../domain/indication';
import { monthOfDay, seesSmallCells } from '../domain/insight';
import { cellsByDistrict } from '../domain/insight-view';
import { dashboardQuery, parseDashboardFilter, periodOptions } from '../domain/insight-forms';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { insightDashboard } from '../models/insight-read.server';
import { listDistricts } from '../models/insight-write.server';
import insightCss from '../styles/insight.css';
import { requirePermission, viewerFor } from '../utils/auth.server';
import { noStore } from '../utils/no-store';
import { pack, unpack, type Packed } from '../domain/packed';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['flags.ceiling', 'form.error.unknown', 'insight.answer', 'insight.cells', 'insight.choice.error', 'insight.col', 'insight.csv', 'insight.dashboard', 'insight.error', 'insight.field', 'insight.filter', 'insight.need', 'insight.needs.error', 'insight.personal', 'insight.quadrant', 'insight.share', 'insight.show', 'insight.suppressed', 'insight.totals', 'insight.trend', 'insight.unmet.error', 'insight.unmetRank', 'insight.value.noMark', 'insight.value.title', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];
export const headers: HeadersFunction = () => noStore;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:insight:any');
  // Packed as one JSON text (app/domain/packed.ts, ADR 023): the tables' hundreds of figures are
  // one string to turbo-stream instead of hundreds of values to encode on every request.
  return data({ page: pack(dashboardPage(request, context, viewerFor(user))) }, { headers: noStore });
}

/** What the page receives (packed). */
export type InsightPageData = ReturnType<typeof dashboardPage>;

function dashboardPage(request: Request, context: LoaderFunctionArgs['context'], viewer: ReturnType<typeof viewerFor>) {
  const db = getDb();
  const districts = listDistricts(db);
  const filter = parseDashboardFilter(new URL(request.url).searchParams, monthOfDay(dutchDay(contextOf(context).now)), new Set(districts.map((d) => d.slug)));
  const districtId = districts.find((d) => d.slug === filter.districtSlug)?.id ?? null;
  const { cells, ...dashboard } = insightDashboard(db, viewer, { to: filter.to, months: filter.months, districtId, needCode: filter.needCode });
  return {
    title: translate(getLocale(request), 'insight.dashboard.title'),
    filter,
    query: dashboardQuery(filter),
    districts: districts.map(({ slug, name }) => ({ slug, name })),
    dashboard,
    // The district × need table, column by column per district (insight-view.ts): far less to encode.
    cellGroups: cellsByDistrict(cells),
    showSmall: seesSmallCells(viewer.role),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d ? unpack(d.page as Packed<InsightPageData>).title : ''} | Sociale Kaart` }];

/** General facility used, paid support, and the general share (empty when neither was used). */
function usageCells(figures: MarkupFigures, general: number | null, paid: number | null, generalShare: number | null): MarkupNode[] {
  return [
    h('td', { className: 'utrecht-table__cell sk-num' }, figures.count(general)),
    h('td', { className: 'utrecht-table__cell sk-num' }, figures.count(paid)),
    h('td', { className: 'utrecht-table__cell sk-num' }, figures.share(generalShare, general === 0 && paid === 0)),
  ];
}

export default function InsightDashboard() {
  const { filter, query, districts, dashboard, cellGroups, showSmall } = unpack(useLoaderData<typeof loader>().page as Packed<InsightPageData>);
  const { t, locale } = useTranslation();
  const figures = useMarkupFigures();
  const { months, monthly, unmet, totals } = dashboard;
  // One name per need for the whole page (the table names a need once per district).
  const needNames = new Map<string, string>();
  const nameOfNeed = (code: string) => {
    let name = needNames.get(code);
    if (name === undefined) needNames.set(code, (name = needName(code, locale, t)));
    return name;
  };
  return (
    <article className="sk-in" aria-labelledby="inzicht-titel">
      <Heading level={1} id="inzicht-titel">
        {t('insight.dashboard.title')}
      </Heading>
      <Paragraph lead>{t('insight.dashboard.intro')}</Paragraph>
      <Form method="get" className="sk-in-filters" aria-label={t('insight.filter.title')}>
        <FormField id="tot" label={t('insight.filter.to')}>
          {() => <input id="tot" name="tot" type="month" className="utrecht-textbox utrecht-textbox--html-input" defaultValue={filter.to} />}
        </FormField>
        <FormField id="maanden" label={t('insight.filter.months')}>
          {() => (
            <Select id="maanden" name="maanden" defaultValue={String(filter.months)}>
              {periodOptions.map((n) => (
                <option key={n} value={n}>
                  {t('insight.filter.months.option', { count: n })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <DistrictField districts={districts} value={filter.districtSlug ?? ''} allLabel={t('insight.filter.allDistricts')} />
        <NeedField value={filter.needCode ?? ''} allLabel={t('insight.filter.allNeeds')} />
        <Button type="submit" appearance="secondary">
          {t('insight.show')}
        </Button>
      </Form>
      {filter.invalid ? <Notice>{t('insight.filter.error')}</Notice> : null}
      <SuppressionNote showSmall={showSmall} />

      <ul className="sk-in-totals" data-testid="insight-totals">
        <li>
          {t('insight.totals.general')} <strong><Count value={totals.general} /></strong>
        </li>
        <li>
          {t('insight.totals.paid')} <strong><Count value={totals.paid} /></strong>
        </li>
        <li>
          {t('insight.totals.share')} <strong><Share value={totals.generalShare} empty={totals.general === 0 && totals.paid === 0} /></strong>
        </li>
        <li>
          {t('insight.totals.unmet')} <strong><Count value={totals.unmet} /></strong>
        </li>
      </ul>

      <section aria-labelledby="aandeel-titel" className="sk-section">
        <Heading level={2} id="aandeel-titel">
          {t('insight.share.title')}
        </Heading>
        <Paragraph>{t('insight.share.explain')}</Paragraph>
        <ShareLineChart
          id="aandeel-grafiek"
          points={monthly.map((m) => ({ month: m.month, share: m.generalShare }))}
          description={t('insight.share.chart', { from: formatMonth(locale, months[0]!), to: formatMonth(locale, months[months.length - 1]!) })}
        />
        <InsightTable
          labelledBy="aandeel-titel"
          caption={t('insight.share.title')}
          testId="monthly-table"
          columns={[t('insight.col.month'), numeric(t('insight.col.general')), numeric(t('insight.col.paid')), numeric(t('insight.col.share'))]}
          rows={monthly.map((m) =>
            h('tr', { key: m.month, className: 'utrecht-table__row' }, h('th', { scope: 'row', className: 'utrecht-table__header-cell' }, formatMonth(locale, m.month)), usageCells(figures, m.general, m.paid, m.generalShare)),
          )}
        />
        <Paragraph className="sk-in-noprint">
          <a className="utrecht-link utrecht-link--html-a" href={`/inzicht/export?tabel=maanden&${query}`} download>
            {t('insight.csv')}: {t('insight.share.title')}
          </a>
        </Paragraph>
      </section>

      <section aria-labelledby="gemist-titel" className="sk-section">
        <Heading level={2} id="gemist-titel">
          {t('insight.unmetRank.title')}
        </Heading>
        <Paragraph>{t('insight.unmetRank.explain')}</Paragraph>
        {unmet.length === 0 ? (
          <Paragraph>{t('insight.unmetRank.none')}</Paragraph>
        ) : (
          <InsightTable
            labelledBy="gemist-titel"
            caption={t('insight.unmetRank.title')}
            testId="unmet-table"
            columns={[t('insight.col.need'), numeric(t('insight.col.count')), t('insight.col.trend'), numeric(t('insight.col.cost')), numeric(t('insight.col.average')), t('insight.col.answers'), t('insight.col.descriptions')]}
            rows={unmet.map((need) =>
              h(
                'tr',
                { key: need.needCode, className: 'utrecht-table__row', 'data-need': need.needCode },
                h('th', { scope: 'row', className: 'utrecht-table__header-cell' }, nameOfNeed(need.needCode)),
                h('td', { className: 'utrecht-table__cell sk-num' }, figures.count(need.count)),
                h('td', { className: 'utrecht-table__cell' }, need.trend ? t(`insight.trend.${need.trend}` as MessageKey) : '—'),
                h('td', { className: 'utrecht-table__cell sk-num' }, figures.amount(need.alternativeCostCents)),
                h('td', { className: 'utrecht-table__cell sk-num' }, figures.amount(need.averageAlternativeCents)),
                h(
                  'td',
                  { className: 'utrecht-table__cell' },
                  (['open', 'planned', 'started', 'rejected'] as const).map((a, i) => h('span', { key: a }, i > 0 ? ', ' : '', t(`insight.answer.${a}` as MessageKey), ': ', figures.count(need.answers[a]))),
                ),
                h(
                  'td',
                  { className: 'utrecht-table__cell' },
                  need.descriptions.length > 0 ? h('ul', { className: 'sk-in-descriptions' }, need.descriptions.map((d, i) => h('li', { key: i }, d))) : '—',
                ),
              ),
            )}
          />
        )}
        <Paragraph className="sk-in-noprint">
          <a className="utrecht-link utrecht-link--html-a" href={`/inzicht/export?tabel=behoeften&${query}`} download>
            {t('insight.csv')}: {t('insight.unmetRank.title')}
          </a>
          {' · '}
          <Link to="/inzicht/behoeften">{t('insight.unmetRank.all')}</Link>
        </Paragraph>
      </section>

      <section aria-labelledby="cellen-titel" className="sk-section">
        <Heading level={2} id="cellen-titel">
          {t('insight.cells.title')}
        </Heading>
        {cellGroups.length === 0 ? (
          <Paragraph>{t('insight.cells.none')}</Paragraph>
        ) : (
          <InsightTable
            labelledBy="cellen-titel"
            caption={t('insight.cells.title')}
            testId="cells-table"
            columns={[t('insight.col.district'), t('insight.col.need'), numeric(t('insight.col.general')), numeric(t('insight.col.paid')), numeric(t('insight.col.share'))]}
            rowGroups={cellGroups.map((group) =>
              group.needCodes.map((needCode, i) =>
                h(
                  'tr',
                  { key: `${group.districtId}|${needCode}`, className: 'utrecht-table__row' },
                  h('th', { scope: 'row', className: 'utrecht-table__header-cell' }, group.districtName),
                  h('td', { className: 'utrecht-table__cell' }, nameOfNeed(needCode)),
                  usageCells(figures, group.general[i]!, group.paid[i]!, group.generalShare[i]!),
                ),
              ),
            )}
          />
        )}
        <Paragraph className="sk-in-noprint">
          <a className="utrecht-link utrecht-link--html-a" href={`/inzicht/export?tabel=wijken&${query}`} download>
            {t('insight.csv')}: {t('insight.cells.title')}
          </a>
        </Paragraph>
      </section>
    </article>
  );
}
