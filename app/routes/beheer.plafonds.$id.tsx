/** /beheer/plafonds/:id — edit a ceiling and the amount committed so far (optimistic locking). */
import { parseWithZod } from '@conform-to/zod';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { AuditTable } from '../components/admin-audit';
import { CeilingForm } from '../components/admin-cost-forms';
import { AdminNotice, AdminPage } from '../components/admin-layout';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { ceilingEditableFields, ceilingUpdateSchema } from '../domain/catalogue-forms';
import { listAuditEntries } from '../models/audit.server';
import { actorFor } from '../models/catalogue-admin.server';
import { getCeilingForAdmin, updateCeiling } from '../models/contract-admin.server';
import { listOrganizationOptions } from '../models/organization-admin.server';
import { invalidForm, noticeOf, redirectWithNotice, saveResponse, uuidParam } from '../utils/admin-form.server';
import { forIntent, type FormActionData } from '../utils/admin-form.types';
import { requirePermission } from '../utils/auth.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'update:contract:any');
  const id = uuidParam(params.id);
  const db = getDb();
  const data = getCeilingForAdmin(db, id);
  if (!data) throw new Response('Not found', { status: 404 });
  return {
    section: translate(getLocale(request), 'maint.nav.home'),
    ...data,
    organizations: listOrganizationOptions(db),
    history: listAuditEntries(db, { entityType: 'budget_ceiling', entityId: id, limit: 20 }).map((e) => ({ ...e, at: e.at.toISOString() })),
    notice: noticeOf(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.ceiling.year ?? ''} ${data?.organization.name ?? ''} | ${data?.section ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'update:contract:any');
  const id = uuidParam(params.id);
  const submission = parseWithZod(await request.formData(), { schema: ceilingUpdateSchema });
  if (submission.status !== 'success') return invalidForm(submission, 'save');
  const { version, original: _original, ...input } = submission.value;
  const result = updateCeiling(getDb(), actorFor(user, context), id, input, version);
  return saveResponse(submission, result, { success: () => redirectWithNotice(`/beheer/plafonds/${id}`, 'opgeslagen'), fields: ceilingEditableFields, intent: 'save' });
}

export default function CeilingAdmin() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const { t } = useTranslation();
  const save = forIntent(actionData, 'save');
  const { ceiling, organization } = data;
  return (
    <AdminPage title={`${t('maint.ceilings.one')} ${ceiling.year} — ${organization.name}`} area="/beheer/plafonds" back={{ to: '/beheer/plafonds', label: t('maint.ceilings.title') }}>
      {data.notice ? <AdminNotice>{t(data.notice)}</AdminNotice> : null}
      <Paragraph>
        <Link to={`/beheer/aanbieders/${organization.id}`}>{organization.name}</Link>
      </Paragraph>
      <CeilingForm key={`${ceiling.version}-${save?.conflict?.version ?? ''}`} defaultValue={data.values} lastResult={save?.result} organizations={data.organizations} lock={{ version: ceiling.version }} conflict={save?.conflict} />
      <section className="sk-section" aria-labelledby="geschiedenis">
        <Heading level={2} id="geschiedenis">
          {t('maint.history.title')}
        </Heading>
        {data.history.length ? <AuditTable rows={data.history} label={t('maint.history.title')} showRecord={false} /> : <Paragraph>{t('maint.history.none')}</Paragraph>}
      </section>
    </AdminPage>
  );
}
