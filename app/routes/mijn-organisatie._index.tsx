/**
 * /mijn-organisatie — a provider's own entry: what the catalogue says, links to propose changes,
 * and the proposals made so far with the decision and its reason.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { useFieldLabel, useValueText } from '../components/admin-form';
import { AdminNotice, DataTable, Td, Th } from '../components/admin-layout';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getOwnEntry, listOwnChangeRequests } from '../models/change-request.server';
import { noticeOf } from '../utils/admin-form.server';
import { requireOwnOrganization } from '../utils/own-organization.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr', 'form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form.busy', 'maint.hours', 'maint.kind', 'maint.law', 'maint.nav', 'maint.notice', 'maint.requests.changes', 'maint.requests.received', 'maint.requests.status', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'own.about', 'own.decision', 'own.intro', 'own.noRequests', 'own.noServices', 'own.proposeOrganization', 'own.proposeService', 'own.publicPage', 'own.requests', 'own.services', 'own.title', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, organizationId } = await requireOwnOrganization(request, context);
  const db = getDb();
  const entry = getOwnEntry(db, organizationId);
  if (!entry) throw new Response('Not found', { status: 404 });
  return {
    title: translate(getLocale(request), 'own.title'),
    ...entry,
    requests: listOwnChangeRequests(db, organizationId, user.id),
    notice: noticeOf(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function OwnOrganization() {
  const { organization, services, requests, notice } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const label = useFieldLabel();
  const value = useValueText();
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('own.title')}</Heading>
      {notice ? <AdminNotice>{t(notice)}</AdminNotice> : null}
      <Paragraph lead>{t('own.intro', { name: organization.name })}</Paragraph>
      <Paragraph>
        <Link to={`/aanbieders/${organization.slug}`}>{t('own.publicPage')}</Link>
      </Paragraph>
      <section className="sk-section" aria-labelledby="organisatie">
        <Heading level={2} id="organisatie">
          {organization.name}
        </Heading>
        <dl className="sk-dl">
          {Object.entries(organization.values).map(([field, v]) => (
            <div key={field} className="sk-dl__row">
              <dt>{label(field)}</dt>
              <dd>{value(field, v)}</dd>
            </div>
          ))}
        </dl>
        <Paragraph>
          <Link to="/mijn-organisatie/gegevens">{t('own.proposeOrganization')}</Link>
        </Paragraph>
      </section>
      <section className="sk-section" aria-labelledby="aanbod">
        <Heading level={2} id="aanbod">
          {t('own.services')}
        </Heading>
        {services.length ? (
          <ul className="utrecht-unordered-list">
            {services.map((s) => (
              <li key={s.id} className="utrecht-unordered-list__item">
                {s.name} ({t(`maint.status.${s.status}`)}) — <Link to={`/mijn-organisatie/aanbod/${s.id}`}>{t('own.proposeService')}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('own.noServices')}</Paragraph>
        )}
      </section>
      <section className="sk-section" aria-labelledby="voorstellen">
        <Heading level={2} id="voorstellen">
          {t('own.requests')}
        </Heading>
        {requests.length ? (
          <DataTable label={t('own.requests')} testId="own-requests" head={<><Th>{t('maint.requests.received')}</Th><Th>{t('own.about')}</Th><Th>{t('maint.requests.changes')}</Th><Th>{t('maint.field.status')}</Th><Th>{t('own.decision')}</Th></>}>
            {requests.map((r) => (
              <tr key={r.id} className="utrecht-table__row">
                <Td>{formatDate(locale, r.createdAt)}</Td>
                <Td>{r.serviceName ?? organization.name}</Td>
                <Td>
                  <ul className="sk-plain-list">
                    {Object.entries(r.changes).map(([field, v]) => (
                      <li key={field}>
                        {label(field)}: {value(field, v)}
                      </li>
                    ))}
                  </ul>
                  {r.message ? <div className="sk-muted">{r.message}</div> : null}
                </Td>
                <Td>{t(`maint.requests.status.${r.status}`)}</Td>
                <Td>{r.decisionReason ?? (r.decidedAt ? formatDate(locale, r.decidedAt) : '—')}</Td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <Paragraph>{t('own.noRequests')}</Paragraph>
        )}
      </section>
    </div>
  );
}
