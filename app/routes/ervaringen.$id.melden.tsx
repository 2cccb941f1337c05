/**
 * /ervaringen/:id/melden — anyone may report a published review, with a reason. The review stays
 * visible and returns to the moderation queue until a moderator decides.
 */
import { useServerForm } from '../components/form-server';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Button } from '../components/form';
import { ErrorSummary, RadioField, ReviewHoneypot, TextAreaField } from '../components/review-form-parts';
import { ReviewQuote } from '../components/review-quote';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { honeypotFilled } from '../domain/honeypot';
import { reportSchema } from '../utils/citizen-schemas.server';
import type { ReportSchema } from '../utils/citizen-schemas.server';
import { reportCategories } from '../domain/reviews';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { hashIp } from '../models/review-common.server';
import { reportReview } from '../models/review-moderation.server';
import { getPublishedReview } from '../models/review-read.server';
import reviewsCss from '../styles/reviews.css';
import { getUser } from '../utils/auth.server';
import { noStore, requireIdParam } from '../utils/review-guards.server';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'cr.unknownField', 'form', 'kind', 'language', 'law', 'location', 'mfa.error', 'password.error', 'password.problem', 'reviews.backTo', 'reviews.error', 'reviews.form', 'reviews.overall', 'reviews.report', 'reviews.verified', 'search.age', 'search.facet', 'search.filter', 'search.markAtLeast', 'search.openNow', 'search.sort', 'search.waitingAtMost', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await getUser(request, context);
  const id = requireIdParam(params.id);
  const review = getPublishedReview(getDb(), id);
  if (!review) throw new Response('Not found', { status: 404 });
  const { organizationId, replyBody, ...shown } = review;
  void organizationId;
  void replyBody;
  return { title: translate(getLocale(request), 'reviews.report.title'), review: shown };
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.title ?? ''} | Sociale Kaart` },
  { name: 'robots', content: 'noindex' },
];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await getUser(request, context);
  const id = requireIdParam(params.id);
  const formData = await readFormData(request);
  const submission = parseForm(formData, reportSchema);
  if (honeypotFilled(formData, { mustBePresent: true })) {
    return data(submission.reply({ formErrors: ['reviews.error.rejectedSubmission'] }), { status: 400, headers: noStore });
  }
  if (submission.status !== 'success') return data(submission.reply(), { status: 400, headers: noStore });
  const outcome = reportReview(getDb(), {
    reviewId: id,
    reporter: user,
    category: submission.value.category,
    explanation: submission.value.explanation,
    ipHash: hashIp(contextOf(context).clientIp),
    now: contextOf(context).now,
  });
  if (!outcome.ok) {
    if (outcome.status === 404) throw new Response('Not found', { status: 404 });
    return data(submission.reply({ formErrors: outcome.formError ? [outcome.formError] : undefined }), {
      status: outcome.status,
      headers: noStore,
    });
  }
  return redirect(`/aanbieders/${outcome.organizationSlug}/ervaringen?melding=gemeld`, { headers: noStore });
}

export default function ReportReview() {
  const { review } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useServerForm<ReportSchema>({ id: 'melden', lastResult });
  return (
    <article aria-labelledby="melden-titel">
      <Paragraph>
        <Link to={`/aanbieders/${review.organizationSlug}/ervaringen`}>{t('reviews.backTo', { name: review.organizationName })}</Link>
      </Paragraph>
      <Heading level={1} id="melden-titel">
        {t('reviews.report.title')}
      </Heading>
      <Paragraph lead>{t('reviews.report.intro')}</Paragraph>
      <ReviewQuote review={review} heading={t('reviews.report.review')} />
      <Form method="post" {...form.props} noValidate className="sk-rv-form">
        <ErrorSummary
          formErrors={form.errors}
          fields={[
            { field: fields.category, label: t('reviews.report.category') },
            { field: fields.explanation, label: t('reviews.report.explanation') },
          ]}
        />
        <ReviewHoneypot />
        <RadioField
          field={fields.category}
          legend={t('reviews.report.category')}
          options={reportCategories.map((c) => ({ value: c, label: t(`reviews.report.category.${c}` as MessageKey) }))}
        />
        <TextAreaField
          field={fields.explanation}
          label={t('reviews.report.explanation')}
          description={t('reviews.report.explanation.hint')}
          rows={5}
        />
        <div>
          <Button type="submit">{t('reviews.report.submit')}</Button>
        </div>
      </Form>
    </article>
  );
}
