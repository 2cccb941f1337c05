/** /beheer/diensten/nieuw?aanbieder=:id — add a service to an organisation. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { AdminPage } from '../components/admin-layout';
import { ServiceForm } from '../components/admin-service-form';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { serviceCreateSchema } from '../domain/catalogue-forms';
import { slotsFromPeriods } from '../domain/hours';
import { isoToday } from '../domain/staleness';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { createService, listProductOptions, organizationLocations } from '../models/service-admin.server';
import { organizationFromQuery, redirectWithNotice, submitForm } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import { contextOf } from '../load-context';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'language', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.categoryCode', 'maint.hint.description', 'maint.hint.externalId', 'maint.hint.phone', 'maint.hint.productCode', 'maint.hint.serviceStatus', 'maint.hint.waitingReportedOn', 'maint.hint.waitingWeeks', 'maint.hours', 'maint.kind', 'maint.law', 'maint.nav', 'maint.notice', 'maint.services', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:catalogue:any');
  const db = getDb();
  const organization = organizationFromQuery(db, request);
  return {
    title: translate(getLocale(request), 'maint.services.new'),
    organization,
    products: listProductOptions(db),
    locations: organizationLocations(db, organization.id),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  return submitForm(await readFormData(request), serviceCreateSchema, ({ organizationId, ...input }) => createService(getDb(), actorFor(user, context), organizationId, input, isoToday(contextOf(context).now)), {
    success: (id) => redirectWithNotice(`/beheer/diensten/${id}`, 'aangemaakt'),
    fields: [],
  });
}

export default function NewService() {
  const { organization, products, locations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AdminPage title={t('maint.services.new')} area="/beheer/aanbieders" back={{ to: `/beheer/aanbieders/${organization.id}`, label: organization.name }}>
      <ServiceForm
        defaultValue={{ kind: 'contracted', law: 'wmo', status: 'active', acceptingNewClients: true }}
        hours={slotsFromPeriods([])}
        lastResult={actionData?.result}
        products={products}
        locations={locations}
        organizationId={organization.id}
      />
    </AdminPage>
  );
}
