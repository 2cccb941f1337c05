/** /mijn-organisatie/gegevens — a provider proposes changes to its organisation's contact details. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { TextArea, TextInput } from '../components/admin-form';
import { ProposalPage } from '../components/proposal-page';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { organizationProposalSchema } from '../domain/change-request';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { getOwnEntry, proposeChanges } from '../models/change-request.server';
import { redirectWithNotice } from '../utils/admin-form.server';
import type { FormActionData } from '../utils/admin-form.types';
import { withInit } from '../utils/respond.server';
import { requireOwnOrganization } from '../utils/own-organization.server';
import { parseForm, readFormData } from '../utils/form.server';
import { useZodForm } from '../components/form-conform';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr', 'form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form.busy', 'maint.hint.description', 'maint.hint.phone', 'maint.hours', 'maint.kind', 'maint.law', 'maint.notice', 'maint.status', 'maint.unit', 'maint.value', 'own.message', 'own.messageHint', 'own.noChanges', 'own.organizationTitle', 'own.proposeIntro', 'own.submit', 'own.title', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { organizationId } = await requireOwnOrganization(request, context);
  const entry = getOwnEntry(getDb(), organizationId);
  if (!entry) throw new Response('Not found', { status: 404 });
  const v = entry.organization.values;
  const text = (x: unknown) => (x === null || x === undefined ? '' : String(x));
  return {
    title: translate(getLocale(request), 'own.organizationTitle'),
    name: entry.organization.name,
    defaults: { description: text(v.description), website: text(v.website), email: text(v.email), phone: text(v.phone) },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireOwnOrganization(request, context);
  const submission = parseForm(await readFormData(request), organizationProposalSchema);
  if (submission.status !== 'success') return withInit<FormActionData>({ result: submission.reply() }, { status: 400 });
  const { message, ...proposed } = submission.value;
  const result = proposeChanges(getDb(), actorFor(user, context), user, { serviceId: null }, proposed, message);
  if (result.ok) return redirectWithNotice('/mijn-organisatie', 'voorgesteld');
  if (result.reason === 'notOwn') throw new Response('Forbidden', { status: 403 });
  return withInit<FormActionData>({ result: submission.reply({ formErrors: ['own.noChanges'] }) }, { status: 400 });
}

export default function ProposeOrganization() {
  const { title, name, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useZodForm(organizationProposalSchema, { id: 'voorstel-organisatie', lastResult: actionData?.result, defaultValue: defaults as never });
  return (
    <ProposalPage title={title} name={name} form={form} messageField={fields.message}>
      <TextArea field={fields.description} label={t('maint.field.description')} description={t('maint.hint.description')} optional rows={6} />
      <TextInput field={fields.website} label={t('maint.field.website')} optional type="url" inputMode="url" />
      <TextInput field={fields.email} label={t('maint.field.email')} optional type="email" inputMode="email" />
      <TextInput field={fields.phone} label={t('maint.field.phone')} description={t('maint.hint.phone')} optional type="tel" inputMode="tel" />
    </ProposalPage>
  );
}
