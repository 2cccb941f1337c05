/** /beheer/locaties/nieuw?aanbieder=:id — add a location with its opening hours. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { AdminPage } from '../components/admin-layout';
import { LocationForm } from '../components/admin-location-form';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { locationCreateSchema } from '../domain/catalogue-forms';
import { slotsFromPeriods } from '../domain/hours';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { createLocation, listDistrictOptions } from '../models/location-admin.server';
import { organizationFromQuery, redirectWithNotice, submitForm } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.coordinates', 'maint.hint.postalCode', 'maint.hours', 'maint.kind', 'maint.law', 'maint.locations.new', 'maint.nav', 'maint.notice', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:catalogue:any');
  const db = getDb();
  const organization = organizationFromQuery(db, request);
  return {
    title: translate(getLocale(request), 'maint.locations.new'),
    organization,
    districts: listDistrictOptions(db),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  return submitForm(await readFormData(request), locationCreateSchema, ({ organizationId, ...input }) => createLocation(getDb(), actorFor(user, context), organizationId, input), {
    success: (id) => redirectWithNotice(`/beheer/locaties/${id}`, 'aangemaakt'),
    fields: [],
  });
}

export default function NewLocation() {
  const { organization, districts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AdminPage title={t('maint.locations.new')} area="/beheer/aanbieders" back={{ to: `/beheer/aanbieders/${organization.id}`, label: organization.name }}>
      <LocationForm defaultValue={{}} hours={slotsFromPeriods([])} lastResult={actionData?.result} districts={districts} organizationId={organization.id} />
    </AdminPage>
  );
}
