/** /beheer/plafonds/:id — edit a ceiling and the amount committed so far (optimistic locking). */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { HistorySection } from '../components/admin-audit';
import { CeilingForm } from '../components/admin-cost-forms';
import { AdminPage } from '../components/admin-layout';
import { Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { ceilingEditableFields, ceilingUpdateSchema } from '../domain/catalogue-forms';
import { actorFor } from '../models/catalogue-admin.server';
import { getCeilingForAdmin, updateCeiling } from '../models/contract-admin.server';
import { listOrganizationOptions } from '../models/organization-admin.server';
import { found, noticeOf, recentHistory, redirectWithNotice, submitForm, uuidParam } from '../utils/admin-form.server';
import { forIntent } from '../utils/admin-form.types';
import { requirePermission } from '../utils/auth.server';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.action', 'maint.ceilings.one', 'maint.ceilings.title', 'maint.conflict', 'maint.entity', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.amount', 'maint.hint.committed', 'maint.hint.date', 'maint.hint.nationalProduct', 'maint.hint.validTo', 'maint.history', 'maint.hours', 'maint.kind', 'maint.law', 'maint.log.action', 'maint.log.failure', 'maint.log.field', 'maint.log.from', 'maint.log.new', 'maint.log.old', 'maint.log.record', 'maint.log.result', 'maint.log.success', 'maint.log.when', 'maint.log.who', 'maint.nav', 'maint.notice', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:contract:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const data = found(getCeilingForAdmin(db, id));
  return {
    section: translate(getLocale(request), 'maint.nav.home'),
    ...data,
    organizations: listOrganizationOptions(db),
    history: recentHistory(db, 'budget_ceiling', id),
    notice: noticeOf(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.ceiling.year ?? ''} ${data?.organization.name ?? ''} | ${data?.section ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:contract:any');
  const id = uuidParam(params.id);
  return submitForm(await readFormData(request), ceilingUpdateSchema, ({ version, original: _original, ...input }) => updateCeiling(getDb(), actorFor(user, context), id, input, version), {
    success: () => redirectWithNotice(`/beheer/plafonds/${id}`, 'opgeslagen'),
    fields: ceilingEditableFields,
    intent: 'save',
  });
}

export default function CeilingAdmin() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const save = forIntent(actionData, 'save');
  const { ceiling, organization } = data;
  return (
    <AdminPage title={`${t('maint.ceilings.one')} ${ceiling.year} — ${organization.name}`} area="/beheer/plafonds" back={{ to: '/beheer/plafonds', label: t('maint.ceilings.title') }} notice={data.notice}>
      <Paragraph>
        <Link to={`/beheer/aanbieders/${organization.id}`}>{organization.name}</Link>
      </Paragraph>
      <CeilingForm key={`${ceiling.version}-${save?.conflict?.version ?? ''}`} defaultValue={data.values} lastResult={save?.result} organizations={data.organizations} lock={{ version: ceiling.version }} conflict={save?.conflict} />
      <HistorySection rows={data.history} />
    </AdminPage>
  );
}
