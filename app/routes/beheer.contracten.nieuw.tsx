/** /beheer/contracten/nieuw — a new tariff (contract) for an organisation and product. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { ContractForm } from '../components/admin-cost-forms';
import { AdminPage } from '../components/admin-layout';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { contractCreateSchema } from '../domain/catalogue-forms';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { createContract, listProducts } from '../models/contract-admin.server';
import { listOrganizationOptions } from '../models/organization-admin.server';
import { invalidForm, redirectWithNotice, saveResponse } from '../utils/admin-form.server';
import { requirePermission } from '../utils/auth.server';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.conflict', 'maint.contracts.new', 'maint.contracts.title', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.amount', 'maint.hint.committed', 'maint.hint.date', 'maint.hint.nationalProduct', 'maint.hint.validTo', 'maint.hours', 'maint.kind', 'maint.law', 'maint.nav', 'maint.notice', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:contract:any');
  const db = getDb();
  return {
    title: translate(getLocale(request), 'maint.contracts.new'),
    organizations: listOrganizationOptions(db),
    products: listProducts(db),
    organizationId: new URL(request.url).searchParams.get('aanbieder') ?? '',
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:contract:any');
  const submission = parseForm(await readFormData(request), contractCreateSchema);
  if (submission.status !== 'success') return invalidForm(submission);
  const result = createContract(getDb(), actorFor(user, context), submission.value);
  return saveResponse(submission, result, { success: (id) => redirectWithNotice(`/beheer/contracten/${id}`, 'aangemaakt'), fields: [] });
}

export default function NewContract() {
  const { title, organizations, products, organizationId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AdminPage title={title} area="/beheer/contracten" back={{ to: '/beheer/contracten', label: t('maint.contracts.title') }}>
      <ContractForm defaultValue={{ organizationId, unit: '04' }} lastResult={actionData?.result} organizations={organizations} products={products} />
    </AdminPage>
  );
}
