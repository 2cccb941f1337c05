/** /beheer/aanbieders/nieuw — add an organisation. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { AdminPage } from '../components/admin-layout';
import { OrganizationForm } from '../components/admin-organization-form';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { organizationCreateSchema } from '../domain/catalogue-forms';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { createOrganization } from '../models/organization-admin.server';
import { invalidForm, redirectWithNotice, saveResponse } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.agb', 'maint.hint.description', 'maint.hint.externalId', 'maint.hint.kvk', 'maint.hint.phone', 'maint.hint.website', 'maint.hours', 'maint.kind', 'maint.law', 'maint.nav', 'maint.notice', 'maint.organizations.new', 'maint.organizations.title', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:catalogue:any');
  return { title: translate(getLocale(request), 'maint.organizations.new') };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:catalogue:any');
  const submission = parseForm(await readFormData(request), organizationCreateSchema);
  if (submission.status !== 'success') return invalidForm(submission);
  const result = createOrganization(getDb(), actorFor(user, context), submission.value);
  return saveResponse(submission, result, { success: (id) => redirectWithNotice(`/beheer/aanbieders/${id}`, 'aangemaakt'), fields: [] });
}

export default function NewOrganization() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AdminPage title={t('maint.organizations.new')} area="/beheer/aanbieders" back={{ to: '/beheer/aanbieders', label: t('maint.organizations.title') }}>
      <OrganizationForm defaultValue={{}} lastResult={actionData?.result} />
    </AdminPage>
  );
}
