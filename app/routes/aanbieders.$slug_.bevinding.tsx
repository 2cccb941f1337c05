/**
 * /aanbieders/:slug/bevinding — a professional records a finding (bevinding) about a provider:
 * marks for cooperation, result for the client, reporting and value for money, with an
 * explanation. Professionals only; they appear, with their averages, in the professional
 * section of the provider page.
 */
import { getFormProps } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Button } from '../components/form';
import { ErrorSummary, MarkField, ReviewNotice, TextAreaField } from '../components/review-form-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { findingDimensions } from '../domain/enums';
import { findingSchema } from '../domain/review-schema';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getFindingTarget, recordFinding } from '../models/finding-write.server';
import reviewsCss from '../styles/reviews.css';
import { requirePermission } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { noStore } from '../utils/review-guards.server';
import { contextOf } from '../load-context';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.honeypot', 'form.optional', 'reviews.backTo', 'reviews.error', 'reviews.finding', 'reviews.form.errors', 'reviews.form.mark', 'reviews.form.marks', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];
export const headers: HeadersFunction = () => noStore;

function targetOr404(slug: string | undefined) {
  const target = getFindingTarget(getDb(), slug ?? '');
  if (!target) throw new Response('Not found', { status: 404 });
  return target;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'create:finding:any');
  const organization = targetOr404(params.slug);
  return {
    title: translate(getLocale(request), 'reviews.finding.title', { name: organization.name }),
    organization: { name: organization.name, slug: organization.slug },
    saved: new URL(request.url).searchParams.get('melding') === 'opgeslagen',
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'create:finding:any');
  const organization = targetOr404(params.slug);
  const submission = parseForm(await readFormData(request), findingSchema);
  if (submission.status !== 'success') return data(submission.reply(), { status: 400, headers: noStore });
  recordFinding(getDb(), user, organization.id, submission.value, requestMeta(request, context).ip, contextOf(context).now);
  return redirect(`/aanbieders/${organization.slug}/bevinding?melding=opgeslagen`, { headers: noStore });
}

export default function RecordFinding() {
  const { organization, saved } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useZodForm(findingSchema, { id: 'bevinding', lastResult });
  const label = (d: (typeof findingDimensions)[number]) => t(`reviews.finding.${d}` as MessageKey);
  return (
    <article aria-labelledby="bevinding-titel">
      <Paragraph>
        <Link to={`/aanbieders/${organization.slug}`}>{t('reviews.backTo', { name: organization.name })}</Link>
      </Paragraph>
      <Heading level={1} id="bevinding-titel">
        {t('reviews.finding.title', { name: organization.name })}
      </Heading>
      {saved ? <ReviewNotice>{t('reviews.finding.saved')}</ReviewNotice> : null}
      <Paragraph lead>{t('reviews.finding.intro')}</Paragraph>
      <Form method="post" {...getFormProps(form)} noValidate className="sk-rv-form">
        <ErrorSummary
          formErrors={form.errors}
          fields={[
            ...findingDimensions.map((d) => ({ field: fields[d], label: label(d) })),
            { field: fields.body, label: t('reviews.finding.body') },
          ]}
        />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sk-rv-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <Heading level={2} className="sk-rv-legend-heading">
              {t('reviews.finding.marks')}
            </Heading>
          </legend>
          <Paragraph>{t('reviews.form.marks.hint')}</Paragraph>
          <div className="sk-rv-marks">
            {findingDimensions.map((d) => (
              <MarkField key={d} field={fields[d]} label={label(d)} description={t(`reviews.finding.${d}.hint` as MessageKey)} />
            ))}
          </div>
        </fieldset>
        <TextAreaField field={fields.body} label={t('reviews.finding.body')} description={t('reviews.finding.body.hint')} rows={7} />
        <div>
          <Button type="submit">{t('reviews.finding.submit')}</Button>
        </div>
      </Form>
    </article>
  );
}
