/**
 * /aanbieders/:slug/fout-melden — "Klopt er iets niet?": anyone (signed in or not) reports an
 * error on a provider page. A contract manager checks the report in the queue.
 */
import { useServerForm } from '../components/form-server';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { Button } from '../components/form';
import { FormErrorSummary } from '../components/form-error-summary';
import { SelectField, TextAreaField, TextField } from '../components/form-field';
import { FormNotice } from '../components/form-notice';
import { Honeypot } from '../components/honeypot';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { errorReportTopics } from '../domain/error-report-topics';
import { errorReportSchema } from '../utils/citizen-schemas.server';
import type { ErrorReportSchema } from '../utils/citizen-schemas.server';
import { mayActForOrganization } from '../domain/visibility';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { getReportTarget, reportError } from '../models/change-request.server';
import { invalidForm, noticeOf, redirectWithNotice } from '../utils/admin-form.server';
import { getUser, viewerFor } from '../utils/auth.server';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'cr.unknownField', 'form', 'kind', 'language', 'law', 'location', 'maint', 'mfa.error', 'pagination', 'password.error', 'password.problem', 'report.back', 'report.email', 'report.emailHint', 'report.intro', 'report.message', 'report.messageHint', 'report.ownOrganization', 'report.ownOrganizationLink', 'report.privacy', 'report.service', 'report.serviceAll', 'report.submit', 'report.suggestion', 'report.suggestionHint', 'report.thanks', 'report.title', 'report.topic', 'reviews.error', 'search.age', 'search.facet', 'search.filter', 'search.markAtLeast', 'search.openNow', 'search.page', 'search.sort', 'search.waitingAtMost', 'v.agb', 'v.ageOrder', 'v.amount', 'v.categoryRequired', 'v.choice', 'v.date', 'v.dateOrder', 'v.duplicateCeiling', 'v.duplicateExternalId', 'v.duplicateIdentifier', 'v.email', 'v.externalId', 'v.kvk', 'v.latitude', 'v.longitude', 'v.phone', 'v.postcode', 'v.productCategory', 'v.range', 'v.required', 'v.tariffOverlap', 'v.time', 'v.timeEqual', 'v.tooLong', 'v.tooShort', 'v.unknownDistrict', 'v.unknownLocation', 'v.unknownOrganization', 'v.unknownProduct', 'v.url', 'v.wholeNumber', 'v.year', 'v.yesNo', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

function targetOf(slug: string | undefined) {
  const target = getReportTarget(getDb(), slug ?? '');
  if (!target) throw new Response('Not found', { status: 404 });
  return target;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  const target = targetOf(params.slug);
  return {
    title: translate(getLocale(request), 'report.title'),
    ...target,
    ownOrganization: mayActForOrganization(viewerFor(user), 'propose:change:own', target.organization.id),
    notice: noticeOf(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} ${data?.organization.name ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await getUser(request, context);
  const target = targetOf(params.slug);
  const submission = parseForm(await readFormData(request), errorReportSchema);
  if (submission.status !== 'success') return invalidForm(submission);
  const path = `/aanbieders/${target.organization.slug}/fout-melden`;
  // A robot filled in the hidden field: thank it, keep nothing.
  if (submission.value.homepage) return redirectWithNotice(path, 'gemeld');
  reportError(getDb(), actorFor(user, context), target.organization.id, submission.value, user);
  return redirectWithNotice(path, 'gemeld');
}

export default function ReportError() {
  const { organization, services, ownOrganization, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, plural } = useTranslation();
  const [form, fields] = useServerForm<ErrorReportSchema>({ id: 'fout-melden', lastResult: actionData?.result, defaultValue: { topic: 'other' } });
  // The citizen kit's parts, not the admin form's: the page stays within its JavaScript budget.
  const summaryFields = [
    { field: fields.topic, label: t('report.topic') },
    { field: fields.serviceId, label: t('report.service') },
    { field: fields.message, label: t('report.message') },
    { field: fields.suggestion, label: t('report.suggestion') },
    { field: fields.email, label: t('report.email') },
  ].map(({ field, label }) => ({ id: field.id, label, errors: field.errors }));
  const errorCount = summaryFields.filter((f) => f.errors?.length).length;
  return (
    <div className="sk-narrow">
      <Paragraph>
        <Link to={`/aanbieders/${organization.slug}`}>← {organization.name}</Link>
      </Paragraph>
      <Heading level={1}>{t('report.title')}</Heading>
      {notice ? (
        <FormNotice>
          <p className="utrecht-paragraph">{t('report.thanks')}</p>
          <p className="utrecht-paragraph">
            <Link to={`/aanbieders/${organization.slug}`}>{t('report.back', { name: organization.name })}</Link>
          </p>
        </FormNotice>
      ) : (
        <>
          <Paragraph lead>{t('report.intro', { name: organization.name })}</Paragraph>
          {ownOrganization ? (
            <FormNotice tone="warning">
              {t('report.ownOrganization')} <Link to="/mijn-organisatie">{t('report.ownOrganizationLink')}</Link>
            </FormNotice>
          ) : null}
          <Form method="post" {...form.props} className="sk-form">
            <FormErrorSummary title={errorCount ? plural('maint.errors.count', errorCount) : t('maint.errors.title')} formErrors={form.errors} fields={summaryFields} />
            <SelectField field={fields.topic} label={t('report.topic')} options={errorReportTopics.map((topic) => ({ value: topic, label: t(`report.topic.${topic}`) }))} />
            {services.length ? (
              <SelectField
                field={fields.serviceId}
                label={t('report.service')}
                optional
                emptyLabel={t('report.serviceAll')}
                options={services.map((s) => ({ value: s.id, label: s.name }))}
              />
            ) : null}
            <TextAreaField field={fields.message} label={t('report.message')} description={t('report.messageHint')} rows={5} />
            <TextField field={fields.suggestion} label={t('report.suggestion')} description={t('report.suggestionHint')} optional />
            <TextField field={fields.email} label={t('report.email')} description={t('report.emailHint')} optional type="email" inputMode="email" autoComplete="email" />
            <Honeypot name="homepage" />
            <Paragraph className="sk-muted">{t('report.privacy')}</Paragraph>
            <Button type="submit">{t('report.submit')}</Button>
          </Form>
        </>
      )}
    </div>
  );
}
