/** /beheer/contracten/:id — edit a tariff (optimistic locking, no overlapping periods), archive or restore it. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { HistorySection } from '../components/admin-audit';
import { ContractForm } from '../components/admin-cost-forms';
import { SubmitButton, useMessageText } from '../components/admin-form';
import { AdminNotice, AdminPage } from '../components/admin-layout';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contractEditableFields, contractUpdateSchema } from '../domain/catalogue-forms';
import { actorFor } from '../models/catalogue-admin.server';
import { getContractForAdmin, listProducts, setContractArchived, updateContract } from '../models/contract-admin.server';
import { listOrganizationOptions } from '../models/organization-admin.server';
import { found, noticeOf, notFound, recentHistory, redirectWithNotice, submitForm, uuidParam } from '../utils/admin-form.server';
import { forIntent, type FormActionData } from '../utils/admin-form.types';
import { withInit } from '../utils/respond.server';
import { requirePermission } from '../utils/auth.server';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.action', 'maint.archive', 'maint.conflict', 'maint.contracts.archiveText', 'maint.contracts.isArchived', 'maint.contracts.restoreText', 'maint.contracts.title', 'maint.entity', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.amount', 'maint.hint.committed', 'maint.hint.date', 'maint.hint.nationalProduct', 'maint.hint.validTo', 'maint.history', 'maint.hours', 'maint.kind', 'maint.law', 'maint.log.action', 'maint.log.failure', 'maint.log.field', 'maint.log.from', 'maint.log.new', 'maint.log.old', 'maint.log.record', 'maint.log.result', 'maint.log.success', 'maint.log.when', 'maint.log.who', 'maint.nav', 'maint.notice', 'maint.restore', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:contract:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const data = found(getContractForAdmin(db, id));
  return {
    section: translate(getLocale(request), 'maint.nav.home'),
    ...data,
    organizations: listOrganizationOptions(db),
    products: listProducts(db),
    history: recentHistory(db, 'contract', id),
    notice: noticeOf(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.contract.productCode ?? ''} ${data?.organization.name ?? ''} | ${data?.section ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:contract:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const actor = actorFor(user, context);
  const formData = await readFormData(request);
  const intent = formData.get('intent');
  const path = `/beheer/contracten/${id}`;
  if (intent === 'archive' || intent === 'restore') {
    const result = setContractArchived(db, actor, id, intent === 'archive');
    if (result.ok) return redirectWithNotice(path, intent === 'archive' ? 'gearchiveerd' : 'hersteld');
    if (result.reason === 'notFound') notFound();
    const message = result.reason === 'invalid' ? Object.values(result.fieldErrors)[0]?.[0] : undefined;
    return withInit<FormActionData>({ intent: 'restore', result: { status: 'error', error: { '': [message ?? 'maint.errors.title'] } } }, { status: 400 });
  }
  return submitForm(formData, contractUpdateSchema, ({ version, original: _original, ...input }) => updateContract(db, actor, id, input, version), {
    success: () => redirectWithNotice(path, 'opgeslagen'),
    fields: contractEditableFields,
    intent: 'save',
  });
}

export default function ContractAdmin() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const text = useMessageText();
  const save = forIntent(actionData, 'save');
  const restore = forIntent(actionData, 'restore');
  const { contract, organization } = data;
  return (
    <AdminPage title={`${contract.productCode} — ${organization.name}`} area="/beheer/contracten" back={{ to: '/beheer/contracten', label: t('maint.contracts.title') }} notice={data.notice}>
      {contract.archived ? <AdminNotice tone="warning">{t('maint.contracts.isArchived')}</AdminNotice> : null}
      <Paragraph>
        <Link to={`/beheer/aanbieders/${organization.id}`}>{organization.name}</Link>
      </Paragraph>
      <ContractForm
        key={`${contract.version}-${save?.conflict?.version ?? ''}`}
        defaultValue={data.values}
        lastResult={save?.result}
        organizations={data.organizations}
        products={data.products}
        lock={{ version: contract.version }}
        conflict={save?.conflict}
      />
      <section className="sk-section" aria-labelledby="archiveren">
        <Heading level={2} id="archiveren">
          {t(contract.archived ? 'maint.restore.title' : 'maint.archive.title')}
        </Heading>
        <Paragraph>{t(contract.archived ? 'maint.contracts.restoreText' : 'maint.contracts.archiveText')}</Paragraph>
        {restore?.result.error?.['']?.[0] ? <AdminNotice tone="error">{text(restore.result.error[''][0])}</AdminNotice> : null}
        <Form method="post">
          <input type="hidden" name="intent" value={contract.archived ? 'restore' : 'archive'} />
          <SubmitButton intent={contract.archived ? 'restore' : 'archive'} appearance="secondary">
            {t(contract.archived ? 'maint.restore.submit' : 'maint.archive.submit')}
          </SubmitButton>
        </Form>
      </section>
      <HistorySection rows={data.history} />
    </AdminPage>
  );
}
