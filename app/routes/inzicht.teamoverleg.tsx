/**
 * /inzicht/teamoverleg?maand=YYYY-MM — the monthly overview for the team meeting, printable on
 * A4: estimated cost of what was deployed by category, the share of choices for the cheapest
 * offer with room and the reasons when not, budget ceilings nearly or fully reached, and the
 * free facilities used. Small cells suppressed below the administrator.
 */
import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { InsightTable, numeric } from '../components/insight-table';
import { Button } from '../components/form';
import { Amount, Count, MonthField, Share, SuppressionNote, needName } from '../components/insight-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatMonth, formatPercent } from '../domain/format';
import { dutchDay } from '../domain/indication';
import { isMonth, monthOfDay, seesSmallCells } from '../domain/insight';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { teamOverview } from '../models/insight-read.server';
import insightCss from '../styles/insight.css';
import { requirePermission, viewerFor } from '../utils/auth.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['flags.ceiling.nearly', 'flags.ceiling.reached', 'form.error.unknown', 'insight.choice.cost', 'insight.col.category', 'insight.col.ceiling', 'insight.col.count', 'insight.col.need', 'insight.col.provider', 'insight.col.reason', 'insight.col.share', 'insight.col.utilisation', 'insight.error.personal', 'insight.field', 'insight.filter.title', 'insight.need', 'insight.personal', 'insight.reason', 'insight.show', 'insight.suppressed', 'insight.team', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];
export const headers: HeadersFunction = () => noStore;

const ceilingKey = { nearly_reached: 'flags.ceiling.nearly', reached: 'flags.ceiling.reached' } as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:team-overview:any');
  const viewer = viewerFor(user);
  const current = monthOfDay(dutchDay(contextOf(context).now));
  const asked = new URL(request.url).searchParams.get('maand') ?? '';
  const month = isMonth(asked) ? asked : current;
  const locale = getLocale(request);
  return data(
    {
      title: translate(locale, 'insight.team.title', { month: formatMonth(locale, month) }),
      overview: teamOverview(getDb(), viewer, month),
      showSmall: seesSmallCells(viewer.role),
    },
    { headers: noStore },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

export default function TeamOverview() {
  const { overview, showSmall } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const { choices } = overview;
  return (
    <article className="sk-in" aria-labelledby="team-titel">
      <Heading level={1} id="team-titel">
        {t('insight.team.title', { month: formatMonth(locale, overview.month) })}
      </Heading>
      <Paragraph lead>{t('insight.team.intro')}</Paragraph>
      <Form method="get" className="sk-in-filters" aria-label={t('insight.filter.title')}>
        <MonthField value={overview.month} label={t('insight.team.month')} />
        <Button type="submit" appearance="secondary">
          {t('insight.show')}
        </Button>
      </Form>
      <SuppressionNote showSmall={showSmall} />

      <section aria-labelledby="kosten-titel" className="sk-section">
        <Heading level={2} id="kosten-titel">
          {t('insight.team.cost.title')}
        </Heading>
        {overview.costByCategory.length === 0 ? (
          <Paragraph>{t('insight.team.cost.none')}</Paragraph>
        ) : (
          <InsightTable
            labelledBy="kosten-titel"
            caption={t('insight.team.cost.title')}
            testId="team-cost"
            columns={[t('insight.col.category'), numeric(t('insight.col.count')), numeric(t('insight.choice.cost'))]}
          >
            {overview.costByCategory.map((row) => (
              <tr key={row.categoryCode} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{needName(row.categoryCode, locale, t)}</th>
                <td className="utrecht-table__cell sk-num"><Count value={row.count} /></td>
                <td className="utrecht-table__cell sk-num"><Amount cents={row.costCents} /></td>
              </tr>
            ))}
          </InsightTable>
        )}
        {overview.costByCategory.length > 0 ? (
          <Paragraph>
            <strong>
              {t('insight.team.cost.total', { cost: '' })}
              <Amount cents={overview.totalCostCents} />
            </strong>
          </Paragraph>
        ) : null}
      </section>

      <section aria-labelledby="keuzes-titel" className="sk-section">
        <Heading level={2} id="keuzes-titel">
          {t('insight.team.choices.title')}
        </Heading>
        <ul className="sk-in-totals" data-testid="team-choices">
          <li>
            {t('insight.team.choices.total')} <strong data-testid="team-choices-total"><Count value={choices.total} /></strong>
          </li>
          <li>
            {t('insight.team.choices.cheapest')} <strong><Count value={choices.cheapest} /></strong>
          </li>
          <li>
            {t('insight.col.share')} <strong><Share value={choices.cheapestShare} empty={choices.total === 0} /></strong>
          </li>
        </ul>
        <Heading level={3}>{t('insight.team.reasons.title')}</Heading>
        <InsightTable
          labelledBy="keuzes-titel"
          caption={t('insight.team.reasons.title')}
          testId="team-reasons"
          columns={[t('insight.col.reason'), numeric(t('insight.col.count'))]}
        >
          {overview.reasons.map((r) => (
            <tr key={r.reason} className="utrecht-table__row" data-reason={r.reason}>
              <th scope="row" className="utrecht-table__header-cell">{t(`insight.reason.${r.reason}` as MessageKey)}</th>
              <td className="utrecht-table__cell sk-num"><Count value={r.count} /></td>
            </tr>
          ))}
        </InsightTable>
        {overview.otherTexts.length > 0 ? (
          <>
            <Heading level={3}>{t('insight.team.reasons.other')}</Heading>
            <ul>
              {overview.otherTexts.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="plafonds-titel" className="sk-section">
        <Heading level={2} id="plafonds-titel">
          {t('insight.team.ceilings.title', { year: overview.month.slice(0, 4) })}
        </Heading>
        {overview.ceilings.length === 0 ? (
          <Paragraph>{t('insight.team.ceilings.none')}</Paragraph>
        ) : (
          <InsightTable
            labelledBy="plafonds-titel"
            caption={t('insight.team.ceilings.title', { year: overview.month.slice(0, 4) })}
            testId="team-ceilings"
            columns={[t('insight.col.provider'), t('insight.col.ceiling'), numeric(t('insight.col.utilisation'))]}
          >
            {overview.ceilings.map((c) => (
              <tr key={c.organizationId} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link to={`/aanbieders/${c.slug}`}>{c.name}</Link>
                </th>
                <td className="utrecht-table__cell">{t(ceilingKey[c.status])}</td>
                <td className="utrecht-table__cell sk-num">{formatPercent(locale, c.utilisation)}</td>
              </tr>
            ))}
          </InsightTable>
        )}
      </section>

      <section aria-labelledby="gratis-titel" className="sk-section">
        <Heading level={2} id="gratis-titel">
          {t('insight.team.general.title')}
        </Heading>
        {overview.generalUsed.length === 0 ? (
          <Paragraph>{t('insight.team.general.none')}</Paragraph>
        ) : (
          <InsightTable
            labelledBy="gratis-titel"
            caption={t('insight.team.general.title')}
            testId="team-general"
            columns={[t('insight.col.need'), numeric(t('insight.col.count'))]}
          >
            {overview.generalUsed.map((g) => (
              <tr key={g.needCode} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{needName(g.needCode, locale, t)}</th>
                <td className="utrecht-table__cell sk-num"><Count value={g.count} /></td>
              </tr>
            ))}
          </InsightTable>
        )}
      </section>
    </article>
  );
}
