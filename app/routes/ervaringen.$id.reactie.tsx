/**
 * /ervaringen/:id/reactie — a provider account publishes its one reply to a review about its own
 * organisation, or edits it. The reply shows under the review at once, with its date.
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
import { ErrorSummary, TextAreaField } from '../components/review-form-parts';
import { ReviewQuote } from '../components/review-quote';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { replySchema } from '../domain/review-schema';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getReplyTargetForViewer, saveReply } from '../models/review-reply.server';
import reviewsCss from '../styles/reviews.css';
import { requirePermission, viewerFor } from '../utils/auth.server';
import { withAccess } from '../utils/access.server';
import { requestMeta } from '../utils/request-meta.server';
import { noStore, requireIdParam } from '../utils/review-guards.server';
import { contextOf } from '../load-context';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.honeypot', 'form.optional', 'reviews.backTo', 'reviews.error', 'reviews.form.errors', 'reviews.form.mark', 'reviews.overall', 'reviews.reply', 'reviews.verified', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];
export const headers: HeadersFunction = () => noStore;

/** The review to reply to; 404 when unknown, and the policy's refusal (withAccess) for another organisation's. */
function targetOrThrow(user: Parameters<typeof viewerFor>[0], id: number) {
  const target = getReplyTargetForViewer(getDb(), viewerFor(user), id);
  if (!target) throw new Response('Not found', { status: 404 });
  return target;
}

/** Another organisation's review is the policy's refusal (AccessDenied), answered by withAccess as 403. */
export async function loader(args: LoaderFunctionArgs) {
  return withAccess(replyPage)(args);
}

async function replyPage({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'reply:review:own');
  const target = targetOrThrow(user, requireIdParam(params.id));
  const { organizationId, replyBody, ...review } = target.review;
  void organizationId;
  void replyBody;
  return {
    title: translate(getLocale(request), target.reply ? 'reviews.reply.editTitle' : 'reviews.reply.title'),
    review,
    reply: target.reply,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

export async function action(args: ActionFunctionArgs) {
  return withAccess(saveReplyAction)(args);
}

async function saveReplyAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'reply:review:own');
  const id = requireIdParam(params.id);
  targetOrThrow(user, id);
  const submission = parseForm(await readFormData(request), replySchema);
  if (submission.status !== 'success') return data(submission.reply(), { status: 400, headers: noStore });
  const outcome = saveReply(getDb(), user, id, submission.value.body, requestMeta(request, context).ip, contextOf(context).now);
  if (!outcome.ok) {
    if (outcome.status === 404) throw new Response('Not found', { status: 404 });
    return data(submission.reply({ formErrors: outcome.formError ? [outcome.formError] : undefined }), {
      status: outcome.status,
      headers: noStore,
    });
  }
  return redirect(`/aanbieders/${outcome.organizationSlug}/ervaringen?melding=gereageerd#ervaring-${id}`, { headers: noStore });
}

export default function ReplyToReview() {
  const { review, reply } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useZodForm(replySchema, { id: 'reactie', lastResult, defaultValue: { body: reply?.body ?? '' } });
  return (
    <article aria-labelledby="reactie-titel">
      <Paragraph>
        <Link to={`/aanbieders/${review.organizationSlug}/ervaringen`}>{t('reviews.backTo', { name: review.organizationName })}</Link>
      </Paragraph>
      <Heading level={1} id="reactie-titel">
        {t(reply ? 'reviews.reply.editTitle' : 'reviews.reply.title')}
      </Heading>
      <Paragraph lead>{t('reviews.reply.intro')}</Paragraph>
      <ReviewQuote review={review} heading={t('reviews.reply.review')} />
      <Form method="post" {...getFormProps(form)} noValidate className="sk-rv-form">
        <ErrorSummary formErrors={form.errors} fields={[{ field: fields.body, label: t('reviews.reply.body') }]} />
        <TextAreaField field={fields.body} label={t('reviews.reply.body')} description={t('reviews.reply.body.hint')} rows={7} />
        <div>
          <Button type="submit">{t(reply ? 'reviews.reply.save' : 'reviews.reply.submit')}</Button>
        </div>
      </Form>
    </article>
  );
}
