/** /beheer/landelijk/:id — edit (the form's snapshot is the lock) or remove a national procurement. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { NationalForm } from '../components/admin-cost-forms';
import { SubmitButton } from '../components/admin-form';
import { AdminPage } from '../components/admin-layout';
import { Heading, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { nationalProcurementEditableFields, nationalProcurementSchema } from '../domain/catalogue-forms';
import { parseSnapshot } from '../domain/optimistic-lock';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { listProducts } from '../models/contract-admin.server';
import { deleteNational, getNationalForAdmin, updateNational } from '../models/national-admin.server';
import { listOrganizationOptions } from '../models/organization-admin.server';
import { found, noticeOf, notFound, redirectWithNotice, submitForm, uuidParam } from '../utils/admin-form.server';
import { forIntent } from '../utils/admin-form.types';
import { requirePermission } from '../utils/auth.server';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form', 'maint.hint.amount', 'maint.hint.committed', 'maint.hint.date', 'maint.hint.nationalProduct', 'maint.hint.validTo', 'maint.hours', 'maint.kind', 'maint.law', 'maint.national.delete', 'maint.national.deleteSubmit', 'maint.national.deleteText', 'maint.national.edit', 'maint.national.title', 'maint.nav', 'maint.notice', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'update:contract:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const data = found(getNationalForAdmin(db, id));
  return { ...data, title: translate(getLocale(request), 'maint.national.edit'), organizations: listOrganizationOptions(db), products: listProducts(db), notice: noticeOf(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:contract:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const actor = actorFor(user, context);
  const formData = await readFormData(request);
  if (formData.get('intent') === 'delete') {
    if (!deleteNational(db, actor, id)) notFound();
    return redirectWithNotice('/beheer/landelijk', 'verwijderd');
  }
  return submitForm(
    formData,
    nationalProcurementSchema,
    (value) => {
      const snapshot = parseSnapshot(typeof formData.get('original') === 'string' ? (formData.get('original') as string) : null);
      return updateNational(db, actor, id, value, snapshot);
    },
    { success: () => redirectWithNotice(`/beheer/landelijk/${id}`, 'opgeslagen'), fields: nationalProcurementEditableFields, intent: 'save' },
  );
}

export default function NationalEdit() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const save = forIntent(actionData, 'save');
  return (
    <AdminPage title={data.title} area="/beheer/landelijk" back={{ to: '/beheer/landelijk', label: t('maint.national.title') }} notice={data.notice}>
      <NationalForm
        key={JSON.stringify(save?.conflict?.current ?? data.values)}
        defaultValue={data.values}
        lastResult={save?.result}
        organizations={data.organizations}
        products={data.products}
        lock={{ version: 0 }}
        conflict={save?.conflict}
      />
      <section className="sk-section" aria-labelledby="verwijderen">
        <Heading level={2} id="verwijderen">
          {t('maint.national.delete')}
        </Heading>
        <Paragraph>{t('maint.national.deleteText')}</Paragraph>
        <Form method="post">
          <input type="hidden" name="intent" value="delete" />
          <SubmitButton intent="delete" appearance="secondary">
            {t('maint.national.deleteSubmit')}
          </SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
