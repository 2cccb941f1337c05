/** /beheer/diensten/:id — edit a service (with optimistic locking) and mark it verified. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { HistorySection } from '../components/admin-audit';
import { AdminPage, VerifySection } from '../components/admin-layout';
import { ServiceForm } from '../components/admin-service-form';
import { Heading, Link } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { serviceUpdateSchema } from '../domain/catalogue-forms';
import { formatDate } from '../domain/format';
import { slotsFromPeriods } from '../domain/hours';
import { isoToday } from '../domain/staleness';
import { actorFor } from '../models/catalogue-admin.server';
import { markVerified } from '../models/organization-admin.server';
import { getServiceForAdmin, listProductOptions, serviceFormFields, updateService } from '../models/service-admin.server';
import { found, noticeOf, notFound, recentHistory, redirectWithNotice, submitForm, uuidParam } from '../utils/admin-form.server';
import { forIntent } from '../utils/admin-form.types';
import { requirePermission } from '../utils/auth.server';
import { contextOf } from '../load-context';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'language', 'maint.action', 'maint.conflict', 'maint.entity', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.categoryCode', 'maint.hint.description', 'maint.hint.externalId', 'maint.hint.phone', 'maint.hint.productCode', 'maint.hint.serviceStatus', 'maint.hint.waitingReportedOn', 'maint.hint.waitingWeeks', 'maint.history', 'maint.hours', 'maint.kind', 'maint.law', 'maint.log.action', 'maint.log.failure', 'maint.log.field', 'maint.log.from', 'maint.log.new', 'maint.log.old', 'maint.log.record', 'maint.log.result', 'maint.log.success', 'maint.log.when', 'maint.log.who', 'maint.nav', 'maint.notice', 'maint.services', 'maint.status', 'maint.unit', 'maint.value', 'maint.verified', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:catalogue:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const data = found(getServiceForAdmin(db, id));
  return {
    section: translate(getLocale(request), 'maint.nav.home'),
    ...data,
    products: listProductOptions(db),
    history: recentHistory(db, 'service', id),
    notice: noticeOf(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.service.name ?? ''} | ${data?.section ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const actor = actorFor(user, context);
  const formData = await readFormData(request);
  const path = `/beheer/diensten/${id}`;
  if (formData.get('intent') === 'verify') {
    if (markVerified(db, actor, { serviceIds: [id] }, isoToday(contextOf(context).now)) === 0) notFound();
    return redirectWithNotice(path, 'gecontroleerd');
  }
  return submitForm(formData, serviceUpdateSchema, ({ version, original: _original, ...input }) => updateService(db, actor, id, input, version, isoToday(contextOf(context).now)), {
    success: () => redirectWithNotice(path, 'opgeslagen'),
    fields: serviceFormFields,
    checkboxes: ['acceptingNewClients'],
    lists: ['languages', 'locationIds'],
    intent: 'save',
  });
}

export default function ServiceAdmin() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const save = forIntent(actionData, 'save');
  const { service, organization } = data;
  return (
    <AdminPage title={service.name} area="/beheer/aanbieders" back={{ to: `/beheer/aanbieders/${organization.id}`, label: organization.name }} notice={data.notice}>
      <dl className="sk-dl">
        <dt>{t('maint.field.organizationId')}</dt>
        <dd>
          <Link to={`/beheer/aanbieders/${organization.id}`}>{organization.name}</Link>
        </dd>
        <dt>{t('maint.field.assuredDate')}</dt>
        <dd data-testid="assured-date">{service.assuredDate ? formatDate(locale, service.assuredDate) : t('maint.verified.never')}</dd>
      </dl>
      <VerifySection />
      <section className="sk-section" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t('maint.services.details')}
        </Heading>
        <ServiceForm
          key={`${service.version}-${save?.conflict?.version ?? ''}`}
          defaultValue={data.values}
          hours={slotsFromPeriods(service.hours)}
          lastResult={save?.result}
          products={data.products}
          locations={data.locations}
          lock={{ version: service.version }}
          conflict={save?.conflict}
        />
      </section>
      <HistorySection rows={data.history} />
    </AdminPage>
  );
}
