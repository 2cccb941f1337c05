/** /mijn-organisatie/aanbod/:id — a provider proposes changes to one of its own services. */
import { useZodForm } from '../components/form-conform';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { CheckboxInput, SelectInput, TextArea, TextInput } from '../components/admin-form';
import { ProposalPage } from '../components/proposal-page';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { serviceProposalSchema } from '../domain/change-request';
import { serviceStatuses } from '../domain/enums';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { getOwnEntry, proposeChanges } from '../models/change-request.server';
import { redirectWithNotice, uuidParam } from '../utils/admin-form.server';
import type { FormActionData } from '../utils/admin-form.types';
import { withInit } from '../utils/respond.server';
import { requireOwnOrganization } from '../utils/own-organization.server';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr', 'form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form.busy', 'maint.hint.description', 'maint.hint.phone', 'maint.hint.waitingWeeks', 'maint.hours', 'maint.kind', 'maint.law', 'maint.notice', 'maint.status', 'maint.unit', 'maint.value', 'own.message', 'own.messageHint', 'own.noChanges', 'own.proposeIntro', 'own.serviceTitle', 'own.submit', 'own.title', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

function ownService(organizationId: string, id: string | undefined) {
  const serviceId = uuidParam(id);
  const entry = getOwnEntry(getDb(), organizationId);
  const service = entry?.services.find((s) => s.id === serviceId);
  if (!service) throw new Response('Not found', { status: 404 });
  return service;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { organizationId } = await requireOwnOrganization(request, context);
  const service = ownService(organizationId, params.id);
  const text = (x: unknown) => (x === null || x === undefined ? '' : String(x));
  const v = service.values;
  return {
    title: translate(getLocale(request), 'own.serviceTitle'),
    name: service.name,
    defaults: {
      description: text(v.description),
      targetGroup: text(v.targetGroup),
      applicationProcess: text(v.applicationProcess),
      minimumAge: text(v.minimumAge),
      maximumAge: text(v.maximumAge),
      waitingWeeks: text(v.waitingWeeks),
      acceptingNewClients: v.acceptingNewClients === true,
      url: text(v.url),
      email: text(v.email),
      phone: text(v.phone),
      status: text(v.status),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, organizationId } = await requireOwnOrganization(request, context);
  const service = ownService(organizationId, params.id);
  const submission = parseForm(await readFormData(request), serviceProposalSchema);
  if (submission.status !== 'success') return withInit<FormActionData>({ result: submission.reply() }, { status: 400 });
  const { message, ...proposed } = submission.value;
  const result = proposeChanges(getDb(), actorFor(user, context), user, { serviceId: service.id }, proposed, message);
  if (result.ok) return redirectWithNotice('/mijn-organisatie', 'voorgesteld');
  if (result.reason === 'notOwn') throw new Response('Forbidden', { status: 403 });
  return withInit<FormActionData>({ result: submission.reply({ formErrors: ['own.noChanges'] }) }, { status: 400 });
}

export default function ProposeService() {
  const { title, name, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useZodForm(serviceProposalSchema, { id: 'voorstel-aanbod', lastResult: actionData?.result, defaultValue: defaults })
  return (
    <ProposalPage title={title} name={name} form={form} messageField={fields.message}>
      <TextArea field={fields.description} label={t('maint.field.description')} description={t('maint.hint.description')} optional rows={6} />
      <TextInput field={fields.waitingWeeks} label={t('maint.field.waitingWeeks')} description={t('maint.hint.waitingWeeks')} optional inputMode="numeric" size="small" />
      <CheckboxInput field={fields.acceptingNewClients} label={t('maint.field.acceptingNewClients')} />
      <SelectInput field={fields.status} label={t('maint.field.status')} options={serviceStatuses.map((s) => ({ value: s, label: t(`maint.status.${s}`) }))} />
      <TextInput field={fields.targetGroup} label={t('maint.field.targetGroup')} optional />
      <TextInput field={fields.minimumAge} label={t('maint.field.minimumAge')} optional inputMode="numeric" size="small" />
      <TextInput field={fields.maximumAge} label={t('maint.field.maximumAge')} optional inputMode="numeric" size="small" />
      <TextArea field={fields.applicationProcess} label={t('maint.field.applicationProcess')} optional rows={3} />
      <TextInput field={fields.url} label={t('maint.field.url')} optional type="url" inputMode="url" />
      <TextInput field={fields.email} label={t('maint.field.email')} optional type="email" inputMode="email" />
      <TextInput field={fields.phone} label={t('maint.field.phone')} description={t('maint.hint.phone')} optional type="tel" inputMode="tel" />
    </ProposalPage>
  );
}
