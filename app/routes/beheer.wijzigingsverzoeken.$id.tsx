/**
 * /beheer/wijzigingsverzoeken/:id — one request field by field; approve (applied in one
 * transaction and logged) or reject with a reason the proposer sees.
 */
import { getFormProps } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import maintenanceCss from '../styles/maintenance.css';
import { DiffTable } from '../components/admin-diff';
import { ErrorSummary, SubmitButton, TextArea, useFieldLabel, useMessageText } from '../components/admin-form';
import { AdminNotice, AdminPage } from '../components/admin-layout';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { rejectSchema } from '../domain/catalogue-forms';
import { formatDate } from '../domain/format';
import { optional, requiredText } from '../domain/validation';
import { actorFor } from '../models/catalogue-admin.server';
import { approveChangeRequest, getChangeRequest, rejectChangeRequest } from '../models/change-request.server';
import { noticeOf, redirectWithNotice } from '../utils/admin-form.server';
import { forIntent, type FormActionData } from '../utils/admin-form.types';
import { withInit } from '../utils/respond.server';
import { requirePermission } from '../utils/auth.server';
import { parseForm, readFormData } from '../utils/form.server';
import { requireIdParam } from '../utils/params';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr', 'form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form.busy', 'maint.hours', 'maint.kind', 'maint.law', 'maint.nav', 'maint.notice', 'maint.requests', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

const approveSchema = z.object({ intent: z.literal('approve'), note: optional(requiredText(1000)) });

function idOf(params: { id?: string }): number {
  return requireIdParam(params.id);
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'decide:change-request:any');
  const data = getChangeRequest(getDb(), idOf(params));
  if (!data) throw new Response('Not found', { status: 404 });
  return {
    section: translate(getLocale(request), 'maint.requests.title'), ...data, notice: noticeOf(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organization.name ?? ''} | ${data?.section ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'decide:change-request:any');
  const id = idOf(params);
  const db = getDb();
  const actor = actorFor(user, context);
  const formData = await readFormData(request);
  const path = `/beheer/wijzigingsverzoeken/${id}`;
  if (formData.get('intent') === 'approve') {
    const submission = parseForm(formData, approveSchema);
    if (submission.status !== 'success') return withInit<FormActionData>({ intent: 'approve', result: submission.reply() }, { status: 400 });
    const result = approveChangeRequest(db, actor, id, user, submission.value.note);
    if (result.ok) return redirectWithNotice(path, 'goedgekeurd');
    if (result.reason === 'notFound') throw new Response('Not found', { status: 404 });
    const message = result.reason === 'invalid' ? result.message : 'maint.requests.alreadyDecided';
    const field = result.reason === 'invalid' ? result.field : undefined;
    return withInit<FormActionData>({ intent: 'approve', field, result: submission.reply({ formErrors: [message] }) }, { status: result.reason === 'notPending' ? 409 : 400 });
  }
  const submission = parseForm(formData, rejectSchema);
  if (submission.status !== 'success') return withInit<FormActionData>({ intent: 'reject', result: submission.reply() }, { status: 400 });
  const result = rejectChangeRequest(db, actor, id, user, submission.value.reason);
  if (result.ok) return redirectWithNotice(path, 'afgewezen');
  if (result.reason === 'notFound') throw new Response('Not found', { status: 404 });
  return withInit<FormActionData>({ intent: 'reject', result: submission.reply({ formErrors: ['maint.requests.alreadyDecided'] }) }, { status: 409 });
}

export default function ChangeRequestDecision() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const text = useMessageText();
  const label = useFieldLabel();
  const { request, organization, service } = data;
  const approve = forIntent(actionData, 'approve');
  const reject = forIntent(actionData, 'reject');
  const [rejectForm, rejectFields] = useZodForm(rejectSchema, {
    // Only after a submit attempt; then corrected as the moderator types.
    id: 'afwijzen',
    lastResult: reject?.result,
    shouldValidate: 'onSubmit',
  });
  const [approveForm, approveFields] = useZodForm(approveSchema, { id: 'goedkeuren', lastResult: approve?.result, shouldValidate: 'onSubmit', shouldRevalidate: 'onSubmit' });
  const approveError = approve?.result.error?.['']?.[0];
  return (
    <AdminPage
      title={t(request.kind === 'error_report' ? 'maint.requests.kind.error_report' : 'maint.requests.kind.provider_update')}
      area="/beheer/wijzigingsverzoeken"
      back={{ to: '/beheer/wijzigingsverzoeken', label: t('maint.requests.title') }}
    >
      {data.notice ? <AdminNotice>{t(data.notice)}</AdminNotice> : null}
      <dl className="sk-dl">
        <dt>{t('maint.field.organizationId')}</dt>
        <dd>
          <Link to={`/beheer/aanbieders/${organization.id}`}>{organization.name}</Link>
        </dd>
        {service ? (
          <>
            <dt>{t('maint.requests.service')}</dt>
            <dd>
              <Link to={`/beheer/diensten/${service.id}`}>{service.name}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t('maint.requests.from')}</dt>
        <dd>{[request.proposerName, request.proposerEmail].filter(Boolean).join(' — ') || t('maint.requests.anonymous')}</dd>
        <dt>{t('maint.requests.received')}</dt>
        <dd>{formatDate(locale, request.createdAt)}</dd>
        <dt>{t('maint.field.status')}</dt>
        <dd data-testid="request-status">{t(`maint.requests.status.${request.status}`)}</dd>
      </dl>
      {request.message ? (
        <section className="sk-section" aria-labelledby="toelichting">
          <Heading level={2} id="toelichting">
            {t('maint.requests.message')}
          </Heading>
          <blockquote className="utrecht-blockquote">
            <pre className="sk-pre">{request.message}</pre>
          </blockquote>
        </section>
      ) : null}
      <section className="sk-section" aria-labelledby="wijzigingen">
        <Heading level={2} id="wijzigingen">
          {t('maint.requests.changes')}
        </Heading>
        {data.diff.length ? <DiffTable rows={data.diff} label={t('maint.requests.changes')} /> : <Paragraph>{t('maint.requests.noChanges')}</Paragraph>}
      </section>
      {request.status === 'pending' ? (
        <>
          <section className="sk-section" aria-labelledby="goedkeuren">
            <Heading level={2} id="goedkeuren">
              {t('maint.requests.approve')}
            </Heading>
            <Paragraph>{t(data.diff.length ? 'maint.requests.approveText' : 'maint.requests.approveNoChanges')}</Paragraph>
            {approveError ? (
              <AdminNotice tone="error">
                {t('maint.requests.cannotApply')} {approve?.field ? `${label(approve.field)}: ` : ''}
                {text(approveError)}
              </AdminNotice>
            ) : null}
            <Form method="post" {...getFormProps(approveForm)} className="sk-form">
              <input type="hidden" name="intent" value="approve" />
              <TextArea field={approveFields.note} label={t('maint.requests.note')} optional rows={2} />
              <SubmitButton intent="approve">{t('maint.requests.approveSubmit')}</SubmitButton>
            </Form>
          </section>
          <section className="sk-section" aria-labelledby="afwijzen">
            <Heading level={2} id="afwijzen">
              {t('maint.requests.reject')}
            </Heading>
            <Form method="post" {...getFormProps(rejectForm)} className="sk-form">
              <ErrorSummary errors={{}} formErrors={rejectForm.errors} />
              <input type="hidden" name="intent" value="reject" />
              <TextArea field={rejectFields.reason} label={t('maint.requests.reason')} description={t('maint.requests.reasonHint')} rows={3} />
              <SubmitButton intent="reject" appearance="secondary">
                {t('maint.requests.rejectSubmit')}
              </SubmitButton>
            </Form>
          </section>
        </>
      ) : (
        <section className="sk-section" aria-labelledby="besluit">
          <Heading level={2} id="besluit">
            {t('maint.requests.decision')}
          </Heading>
          <Paragraph>
            {t(`maint.requests.status.${request.status}`)}
            {request.decidedAt ? ` — ${formatDate(locale, request.decidedAt)}` : ''}
            {request.decidedBy ? ` — ${request.decidedBy}` : ''}
          </Paragraph>
          {request.decisionReason ? <Paragraph>{request.decisionReason}</Paragraph> : null}
        </section>
      )}
    </AdminPage>
  );
}
