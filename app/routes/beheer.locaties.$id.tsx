/** /beheer/locaties/:id — edit a location and its opening hours (optimistic locking), or delete it. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { SubmitButton } from '../components/admin-form';
import { AdminNotice, AdminPage } from '../components/admin-layout';
import { LocationForm } from '../components/admin-location-form';
import { CheckboxField } from '../components/form-field';
import { Heading, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { locationUpdateSchema } from '../domain/catalogue-forms';
import { slotsFromPeriods } from '../domain/hours';
import { actorFor } from '../models/catalogue-admin.server';
import { deleteLocation, getLocationForAdmin, listDistrictOptions, updateLocation } from '../models/location-admin.server';
import { locationEditableFields } from '../domain/catalogue-forms';
import { found, noticeOf, notFound, redirectWithNotice, submitForm, uuidParam } from '../utils/admin-form.server';
import { forIntent, type FormActionData } from '../utils/admin-form.types';
import { withInit } from '../utils/respond.server';
import { requirePermission } from '../utils/auth.server';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:catalogue:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const data = found(getLocationForAdmin(db, id));
  return {
    section: translate(getLocale(request), 'maint.nav.home'), ...data, districts: listDistrictOptions(db), notice: noticeOf(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.location.name ?? ''} | ${data?.section ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const actor = actorFor(user, context);
  const formData = await readFormData(request);
  if (formData.get('intent') === 'delete') {
    if (formData.get('confirm') !== 'on') {
      return withInit<FormActionData>({ intent: 'delete', result: { status: 'error', error: { confirm: ['maint.locations.confirmRequired'] } } }, { status: 400 });
    }
    const result = deleteLocation(db, actor, id, Number(formData.get('version')));
    if (result.ok) return redirectWithNotice(`/beheer/aanbieders/${result.id}`, 'verwijderd');
    if (result.reason === 'notFound') notFound();
    return withInit<FormActionData>({ intent: 'delete', result: { status: 'error', error: { '': ['maint.conflict.title'] } } }, { status: 409 });
  }
  return submitForm(formData, locationUpdateSchema, ({ version, original: _original, ...input }) => updateLocation(db, actor, id, input, version), {
    success: () => redirectWithNotice(`/beheer/locaties/${id}`, 'opgeslagen'),
    fields: locationEditableFields,
    checkboxes: ['wheelchairAccessible', 'hearingLoop', 'accessibleToilet'],
    intent: 'save',
  });
}

export default function LocationAdmin() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, plural } = useTranslation();
  const save = forIntent(actionData, 'save');
  const remove = forIntent(actionData, 'delete');
  const { location, organization } = data;
  const conflict = remove?.result.error?.['']?.[0];
  return (
    <AdminPage title={location.name} area="/beheer/aanbieders" back={{ to: `/beheer/aanbieders/${organization.id}`, label: organization.name }} notice={data.notice}>
      <LocationForm
        key={`${location.version}-${save?.conflict?.version ?? ''}`}
        defaultValue={data.values}
        hours={slotsFromPeriods(location.hours)}
        lastResult={save?.result}
        districts={data.districts}
        lock={{ version: location.version }}
        conflict={save?.conflict}
      />
      <section className="sk-section" aria-labelledby="verwijderen">
        <Heading level={2} id="verwijderen">
          {t('maint.locations.delete')}
        </Heading>
        <Paragraph>{plural('maint.locations.deleteText', data.serviceCount)}</Paragraph>
        <Form method="post" className="sk-form">
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="version" value={location.version} />
          {conflict ? <AdminNotice tone="error">{t('maint.conflict.title')}</AdminNotice> : null}
          {/* The kit's checkbox: a missing tick is answered at the box (maint.locations.confirmRequired). */}
          <CheckboxField field={{ id: 'bevestig-verwijderen', name: 'confirm', errors: remove?.result.error?.confirm ?? undefined }} label={t('maint.locations.confirm')} />
          <SubmitButton intent="delete" appearance="secondary">
            {t('maint.locations.deleteSubmit')}
          </SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
