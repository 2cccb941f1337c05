/**
 * /beheer/aanbieders/:id — one organisation: edit (with optimistic locking), mark verified,
 * archive or restore, and everything it has: services, locations, tariffs, ceilings, history.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { HistorySection } from '../components/admin-audit';
import { SubmitButton } from '../components/admin-form';
import { AdminNotice, AdminPage, DataTable, Td, Th, VerifySection } from '../components/admin-layout';
import { OrganizationForm } from '../components/admin-organization-form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { organizationEditableFields, organizationUpdateSchema } from '../domain/catalogue-forms';
import { formatCents, formatDate } from '../domain/format';
import { hasPermission } from '../domain/permissions';
import { isoToday } from '../domain/staleness';
import { actorFor } from '../models/catalogue-admin.server';
import { getOrganizationForAdmin, markVerified, setOrganizationStatus, updateOrganization } from '../models/organization-admin.server';
import { found, noticeOf, notFound, recentHistory, redirectWithNotice, submitForm, uuidParam } from '../utils/admin-form.server';
import { forIntent } from '../utils/admin-form.types';
import { requirePermission } from '../utils/auth.server';
import { contextOf } from '../load-context';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.action', 'maint.archive', 'maint.ceilings.new', 'maint.ceilings.none', 'maint.ceilings.title', 'maint.conflict', 'maint.contracts.new', 'maint.contracts.none', 'maint.contracts.openEnded', 'maint.contracts.period', 'maint.contracts.title', 'maint.entity', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.agb', 'maint.hint.description', 'maint.hint.externalId', 'maint.hint.kvk', 'maint.hint.phone', 'maint.hint.website', 'maint.history', 'maint.hours', 'maint.kind', 'maint.law', 'maint.locations.new', 'maint.log.action', 'maint.log.failure', 'maint.log.field', 'maint.log.from', 'maint.log.new', 'maint.log.old', 'maint.log.record', 'maint.log.result', 'maint.log.success', 'maint.log.when', 'maint.log.who', 'maint.nav', 'maint.notice', 'maint.organizations.details', 'maint.organizations.isArchived', 'maint.organizations.locations', 'maint.organizations.noLocations', 'maint.organizations.noServices', 'maint.organizations.notPublic', 'maint.organizations.publicPage', 'maint.organizations.services', 'maint.organizations.title', 'maint.restore', 'maint.services', 'maint.status', 'maint.unit', 'maint.value', 'maint.verified', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const data = found(getOrganizationForAdmin(db, id));
  const costs = hasPermission(user.role, 'update:contract:any');
  return {
    section: translate(getLocale(request), 'maint.nav.home'),
    ...data,
    contracts: costs ? data.contracts : [],
    ceilings: costs ? data.ceilings : [],
    costs,
    history: recentHistory(db, 'organization', id),
    notice: noticeOf(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organization.name ?? ''} | ${data?.section ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const actor = actorFor(user, context);
  const formData = await readFormData(request);
  const intent = formData.get('intent');
  const path = `/beheer/aanbieders/${id}`;
  if (intent === 'verify') {
    if (markVerified(db, actor, { organizationIds: [id] }, isoToday(contextOf(context).now)) === 0) notFound();
    return redirectWithNotice(path, 'gecontroleerd');
  }
  if (intent === 'archive' || intent === 'restore') {
    if (!setOrganizationStatus(db, actor, id, intent === 'archive' ? 'archived' : 'active')) notFound();
    return redirectWithNotice(path, intent === 'archive' ? 'gearchiveerd' : 'hersteld');
  }
  return submitForm(formData, organizationUpdateSchema, ({ version, original: _original, ...input }) => updateOrganization(db, actor, id, input, version), {
    success: () => redirectWithNotice(path, 'opgeslagen'),
    fields: organizationEditableFields,
    intent: 'save',
  });
}

export default function OrganizationAdmin() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const { organization } = data;
  const save = forIntent(actionData, 'save');
  const archived = organization.status === 'archived';
  return (
    <AdminPage title={organization.name} area="/beheer/aanbieders" back={{ to: '/beheer/aanbieders', label: t('maint.organizations.title') }} notice={data.notice}>
      {archived ? <AdminNotice tone="warning">{t('maint.organizations.isArchived')}</AdminNotice> : null}
      <dl className="sk-dl">
        <dt>{t('maint.field.status')}</dt>
        <dd>{t(`maint.status.${organization.status}`)}</dd>
        <dt>{t('maint.field.assuredDate')}</dt>
        <dd data-testid="assured-date">{organization.assuredDate ? formatDate(locale, organization.assuredDate) : t('maint.verified.never')}</dd>
        <dt>{t('maint.organizations.publicPage')}</dt>
        <dd>{archived ? t('maint.organizations.notPublic') : <Link to={`/aanbieders/${organization.slug}`}>/aanbieders/{organization.slug}</Link>}</dd>
      </dl>

      <VerifySection />

      <section className="sk-section" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t('maint.organizations.details')}
        </Heading>
        <OrganizationForm key={`${organization.version}-${save?.conflict?.version ?? ''}`} defaultValue={data.values} lastResult={save?.result} lock={{ version: organization.version }} conflict={save?.conflict} />
      </section>

      <section className="sk-section" aria-labelledby="aanbod">
        <Heading level={2} id="aanbod">
          {t('maint.organizations.services')}
        </Heading>
        <Paragraph>
          <Link to={`/beheer/diensten/nieuw?aanbieder=${organization.id}`}>{t('maint.services.new')}</Link>
        </Paragraph>
        {data.services.length ? (
          <DataTable label={t('maint.organizations.services')} head={<><Th>{t('maint.field.name')}</Th><Th>{t('maint.field.kind')}</Th><Th>{t('maint.field.status')}</Th><Th>{t('maint.field.assuredDate')}</Th></>}>
            {data.services.map((s) => (
              <tr key={s.id} className="utrecht-table__row">
                <Td>
                  <Link to={`/beheer/diensten/${s.id}`}>{s.name}</Link>
                </Td>
                <Td>{t(`maint.kind.${s.kind}`)}</Td>
                <Td>{t(`maint.status.${s.status}`)}</Td>
                <Td>{s.assuredDate ? formatDate(locale, s.assuredDate) : t('maint.verified.never')}</Td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <Paragraph>{t('maint.organizations.noServices')}</Paragraph>
        )}
      </section>

      <section className="sk-section" aria-labelledby="locaties">
        <Heading level={2} id="locaties">
          {t('maint.organizations.locations')}
        </Heading>
        <Paragraph>
          <Link to={`/beheer/locaties/nieuw?aanbieder=${organization.id}`}>{t('maint.locations.new')}</Link>
        </Paragraph>
        {data.locations.length ? (
          <ul className="utrecht-unordered-list">
            {data.locations.map((l) => (
              <li key={l.id} className="utrecht-unordered-list__item">
                <Link to={`/beheer/locaties/${l.id}`}>{l.name}</Link> — {l.address1}, {l.postalCode} {l.city}
              </li>
            ))}
          </ul>
        ) : (
          <AdminNotice tone="warning">{t('maint.organizations.noLocations')}</AdminNotice>
        )}
      </section>

      {data.costs ? (
        <>
          <section className="sk-section" aria-labelledby="tarieven">
            <Heading level={2} id="tarieven">
              {t('maint.contracts.title')}
            </Heading>
            <Paragraph>
              <Link to={`/beheer/contracten/nieuw?aanbieder=${organization.id}`}>{t('maint.contracts.new')}</Link>
            </Paragraph>
            {data.contracts.length ? (
              <DataTable label={t('maint.contracts.title')} head={<><Th>{t('maint.field.productCode')}</Th><Th>{t('maint.field.tariffCents')}</Th><Th>{t('maint.field.unit')}</Th><Th>{t('maint.contracts.period')}</Th><Th>{t('maint.field.status')}</Th></>}>
                {data.contracts.map((c) => (
                  <tr key={c.id} className="utrecht-table__row">
                    <Td>
                      <Link to={`/beheer/contracten/${c.id}`}>{c.productCode}</Link>
                    </Td>
                    <Td numeric>
                      <data value={(c.tariffCents / 100).toFixed(2)}>{formatCents(locale, c.tariffCents)}</data>
                    </Td>
                    <Td>{t(`maint.unit.${c.unit}`)}</Td>
                    <Td>
                      {formatDate(locale, c.validFrom)} – {c.validTo ? formatDate(locale, c.validTo) : t('maint.contracts.openEnded')}
                    </Td>
                    <Td>{t(c.archivedAt ? 'maint.status.archived' : 'maint.status.active')}</Td>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <Paragraph>{t('maint.contracts.none')}</Paragraph>
            )}
          </section>
          <section className="sk-section" aria-labelledby="plafonds">
            <Heading level={2} id="plafonds">
              {t('maint.ceilings.title')}
            </Heading>
            <Paragraph>
              <Link to={`/beheer/plafonds/nieuw?aanbieder=${organization.id}`}>{t('maint.ceilings.new')}</Link>
            </Paragraph>
            {data.ceilings.length ? (
              <DataTable label={t('maint.ceilings.title')} head={<><Th>{t('maint.field.year')}</Th><Th>{t('maint.field.ceilingCents')}</Th><Th>{t('maint.field.committedCents')}</Th></>}>
                {data.ceilings.map((c) => (
                  <tr key={c.id} className="utrecht-table__row">
                    <Td>
                      <Link to={`/beheer/plafonds/${c.id}`}>{c.year}</Link>
                    </Td>
                    <Td numeric>{formatCents(locale, c.ceilingCents)}</Td>
                    <Td numeric>{formatCents(locale, c.committedCents)}</Td>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <Paragraph>{t('maint.ceilings.none')}</Paragraph>
            )}
          </section>
        </>
      ) : null}

      <section className="sk-section" aria-labelledby="archiveren">
        <Heading level={2} id="archiveren">
          {t(archived ? 'maint.restore.title' : 'maint.archive.title')}
        </Heading>
        <Paragraph>{t(archived ? 'maint.restore.text' : 'maint.archive.text')}</Paragraph>
        <Form method="post">
          <input type="hidden" name="intent" value={archived ? 'restore' : 'archive'} />
          <SubmitButton intent={archived ? 'restore' : 'archive'} appearance="secondary">
            {t(archived ? 'maint.restore.submit' : 'maint.archive.submit')}
          </SubmitButton>
        </Form>
      </section>

      <HistorySection rows={data.history}>
        <Paragraph>
          <Link to={`/beheer/logboek?type=organization&record=${organization.id}`}>{t('maint.history.all')}</Link>
        </Paragraph>
      </HistorySection>
    </AdminPage>
  );
}
