/**
 * /beheer/actualiteit — what in the catalogue is stale: not verified for 12 months, a waiting
 * time older than 3 months, contracts ending within 60 days, providers without a location; with
 * "mark verified" for several entries at once.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { SubmitButton } from '../components/admin-form';
import { AdminNotice, AdminPage, DataTable, Td, Th } from '../components/admin-layout';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { bulkVerifySchema } from '../domain/catalogue-forms';
import { formatDate } from '../domain/format';
import { hasPermission } from '../domain/permissions';
import { isoToday, stalenessCutoffs } from '../domain/staleness';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { markVerified } from '../models/organization-admin.server';
import { listStaleness } from '../models/staleness.server';
import { noticeOf, redirectWithNotice } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import { contextOf } from '../load-context';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form.busy', 'maint.freshness', 'maint.hours', 'maint.kind', 'maint.law', 'maint.locations.new', 'maint.nav', 'maint.notice', 'maint.status', 'maint.unit', 'maint.value', 'maint.verified', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  const report = listStaleness(getDb(), stalenessCutoffs(isoToday(contextOf(context).now)));
  const costs = hasPermission(user.role, 'update:contract:any');
  return {
    title: translate(getLocale(request), 'maint.freshness.title'),
    ...report,
    endingContracts: costs ? report.endingContracts : null,
    notice: noticeOf(request),
    count: Number(new URL(request.url).searchParams.get('aantal') ?? '0') || 0,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  const submission = parseForm(await readFormData(request), bulkVerifySchema);
  if (submission.status !== 'success') throw new Response('Bad request', { status: 400 });
  const count = markVerified(getDb(), actorFor(user, context), submission.value, isoToday(contextOf(context).now));
  return redirectWithNotice(`/beheer/actualiteit?aantal=${count}`, 'gecontroleerd');
}

export default function Freshness() {
  const data = useLoaderData<typeof loader>();
  const { t, plural, locale } = useTranslation();
  const date = (iso: string | null) => (iso ? formatDate(locale, iso) : t('maint.verified.never'));
  return (
    <AdminPage title={data.title} area="/beheer/actualiteit" lead={t('maint.freshness.lead')}>
      {data.notice ? <AdminNotice>{data.count ? plural('maint.freshness.verifiedCount', data.count) : t(data.notice)}</AdminNotice> : null}
      <ul className="sk-stats" aria-label={t('maint.freshness.summary')}>
        <li>
          <strong>{data.unverifiedOrganizations.total}</strong> {t('maint.freshness.statOrganizations')}
        </li>
        <li>
          <strong>{data.unverifiedServices.total}</strong> {t('maint.freshness.statServices')}
        </li>
        <li>
          <strong>{data.staleWaitingTimes.total}</strong> {t('maint.freshness.statWaiting')}
        </li>
        {data.endingContracts ? (
          <li>
            <strong>{data.endingContracts.total}</strong> {t('maint.freshness.statContracts')}
          </li>
        ) : null}
        <li>
          <strong>{data.withoutLocation.total}</strong> {t('maint.freshness.statNoLocation')}
        </li>
      </ul>

      <Form method="post">
        <section className="sk-section" aria-labelledby="niet-gecontroleerd">
          <Heading level={2} id="niet-gecontroleerd">
            {t('maint.freshness.unverified')}
          </Heading>
          <Paragraph>{t('maint.freshness.unverifiedText', { date: formatDate(locale, data.cutoffs.verifiedBefore) })}</Paragraph>
          <Heading level={3}>{plural('maint.freshness.organizations', data.unverifiedOrganizations.total)}</Heading>
          {data.unverifiedOrganizations.total > data.unverifiedOrganizations.rows.length ? (
            <Paragraph className="sk-muted">{t('maint.freshness.firstShown', { shown: data.unverifiedOrganizations.rows.length })}</Paragraph>
          ) : null}
          {data.unverifiedOrganizations.rows.length ? (
            <DataTable label={t('maint.freshness.organizationsTable')} head={<><Th>{t('maint.freshness.select')}</Th><Th>{t('maint.field.name')}</Th><Th>{t('maint.field.assuredDate')}</Th></>}>
              {data.unverifiedOrganizations.rows.map((o) => (
                <tr key={o.id} className="utrecht-table__row">
                  <Td>
                    <input type="checkbox" name="organizationIds" value={o.id} id={`org-${o.id}`} className="utrecht-checkbox utrecht-checkbox--html-input" aria-label={t('maint.freshness.selectOne', { name: o.name })} />
                  </Td>
                  <Td>
                    <Link to={`/beheer/aanbieders/${o.id}`}>{o.name}</Link>
                  </Td>
                  <Td>{date(o.assuredDate)}</Td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <Paragraph>{t('maint.freshness.nothing')}</Paragraph>
          )}
          <Heading level={3}>{plural('maint.freshness.services', data.unverifiedServices.total)}</Heading>
          {data.unverifiedServices.total > data.unverifiedServices.rows.length ? (
            <Paragraph className="sk-muted">{t('maint.freshness.firstShown', { shown: data.unverifiedServices.rows.length })}</Paragraph>
          ) : null}
          {data.unverifiedServices.rows.length ? (
            <DataTable label={t('maint.freshness.servicesTable')} head={<><Th>{t('maint.freshness.select')}</Th><Th>{t('maint.field.name')}</Th><Th>{t('maint.field.organizationId')}</Th><Th>{t('maint.field.assuredDate')}</Th></>}>
              {data.unverifiedServices.rows.map((s) => (
                <tr key={s.id} className="utrecht-table__row">
                  <Td>
                    <input type="checkbox" name="serviceIds" value={s.id} id={`svc-${s.id}`} className="utrecht-checkbox utrecht-checkbox--html-input" aria-label={t('maint.freshness.selectOne', { name: `${s.name} (${s.organizationName})` })} />
                  </Td>
                  <Td>
                    <Link to={`/beheer/diensten/${s.id}`}>{s.name}</Link>
                  </Td>
                  <Td>{s.organizationName}</Td>
                  <Td>{date(s.assuredDate)}</Td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <Paragraph>{t('maint.freshness.nothing')}</Paragraph>
          )}
          <Paragraph>{t('maint.freshness.bulkText')}</Paragraph>
          <SubmitButton>{t('maint.freshness.bulkSubmit')}</SubmitButton>
        </section>
      </Form>

      <section className="sk-section" aria-labelledby="wachttijden">
        <Heading level={2} id="wachttijden">
          {plural('maint.freshness.waiting', data.staleWaitingTimes.total)}
        </Heading>
        <Paragraph>{t('maint.freshness.waitingText', { date: formatDate(locale, data.cutoffs.waitingReportedBefore) })}</Paragraph>
        {data.staleWaitingTimes.rows.length ? (
          <DataTable label={t('maint.freshness.waitingTable')} head={<><Th>{t('maint.field.name')}</Th><Th>{t('maint.field.organizationId')}</Th><Th>{t('maint.field.waitingWeeks')}</Th><Th>{t('maint.field.waitingReportedOn')}</Th></>}>
            {data.staleWaitingTimes.rows.map((s) => (
              <tr key={s.id} className="utrecht-table__row">
                <Td>
                  <Link to={`/beheer/diensten/${s.id}`}>{s.name}</Link>
                </Td>
                <Td>{s.organizationName}</Td>
                <Td numeric>{s.waitingWeeks ?? '—'}</Td>
                <Td>{date(s.waitingReportedOn)}</Td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <Paragraph>{t('maint.freshness.nothing')}</Paragraph>
        )}
      </section>

      {data.endingContracts ? (
        <section className="sk-section" aria-labelledby="aflopend">
          <Heading level={2} id="aflopend">
            {plural('maint.freshness.contracts', data.endingContracts.total)}
          </Heading>
          <Paragraph>{t('maint.freshness.contractsText', { date: formatDate(locale, data.cutoffs.contractsEndingBy) })}</Paragraph>
          {data.endingContracts.rows.length ? (
            <DataTable label={t('maint.freshness.contractsTable')} head={<><Th>{t('maint.field.organizationId')}</Th><Th>{t('maint.field.productCode')}</Th><Th>{t('maint.field.validTo')}</Th></>}>
              {data.endingContracts.rows.map((c) => (
                <tr key={c.id} className="utrecht-table__row">
                  <Td>{c.organizationName}</Td>
                  <Td>
                    <Link to={`/beheer/contracten/${c.id}`}>
                      {c.productCode} {locale === 'nl' ? c.productNameNl : c.productNameEn}
                    </Link>
                  </Td>
                  <Td>{date(c.validTo)}</Td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <Paragraph>{t('maint.freshness.nothing')}</Paragraph>
          )}
        </section>
      ) : null}

      <section className="sk-section" aria-labelledby="zonder-locatie">
        <Heading level={2} id="zonder-locatie">
          {plural('maint.freshness.noLocation', data.withoutLocation.total)}
        </Heading>
        {data.withoutLocation.rows.length ? (
          <ul className="utrecht-unordered-list">
            {data.withoutLocation.rows.map((o) => (
              <li key={o.id} className="utrecht-unordered-list__item">
                <Link to={`/beheer/aanbieders/${o.id}`}>{o.name}</Link> — <Link to={`/beheer/locaties/nieuw?aanbieder=${o.id}`}>{t('maint.locations.new')}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('maint.freshness.nothing')}</Paragraph>
        )}
      </section>
    </AdminPage>
  );
}
