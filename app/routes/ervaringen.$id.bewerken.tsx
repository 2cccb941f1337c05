/**
 * /ervaringen/:id/bewerken — the author edits their own review. The edit goes back to
 * moderation: until approved again, the review is not on the website (pre-moderation).
 */
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ReviewForm } from '../components/review-form';
import { ReviewNotice } from '../components/review-form-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { honeypotFilled } from '../domain/honeypot';
import { reviewFormSchema } from '../utils/citizen-schemas.server';
import { allowedExperienceMonths } from '../domain/reviews';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { hashIp } from '../models/review-common.server';
import { getOwnReview, getReviewTarget, updateOwnReview } from '../models/review-write.server';
import reviewsCss from '../styles/reviews.css';
import { requirePermission } from '../utils/auth.server';
import { noStore, requireIdParam } from '../utils/review-guards.server';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'cr.unknownField', 'form', 'kind', 'language', 'law', 'location', 'mfa.error', 'password.error', 'password.problem', 'reviews.dimension', 'reviews.edit', 'reviews.error', 'reviews.form', 'reviews.optional', 'reviews.withdraw', 'search.age', 'search.facet', 'search.filter', 'search.markAtLeast', 'search.openNow', 'search.sort', 'search.waitingAtMost', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];
export const headers: HeadersFunction = () => noStore;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'create:review:any');
  const id = requireIdParam(params.id);
  const db = getDb();
  const review = getOwnReview(db, user.id, id);
  const target = review ? getReviewTarget(db, review.organizationSlug) : undefined;
  if (!review || !target) throw new Response('Not found', { status: 404 });
  return {
    title: translate(getLocale(request), 'reviews.edit.title', { name: review.organizationName }),
    review: { id: review.id, status: review.status, organizationName: review.organizationName, organizationSlug: review.organizationSlug },
    services: target.services,
    months: allowedExperienceMonths(contextOf(context).now),
    now: contextOf(context).now.toISOString(),
    defaults: {
      overall: review.overall,
      treatment: review.treatment,
      expertise: review.expertise,
      appointments: review.appointments,
      reachability: review.reachability,
      say: review.say,
      result: review.result,
      recommend: review.wouldRecommend ? ('yes' as const) : ('no' as const),
      body: review.body,
      experienceMonth: review.experienceMonth,
      serviceId: review.serviceId,
      authorName: review.authorName,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.title ?? ''} | Sociale Kaart` },
  { name: 'robots', content: 'noindex' },
];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'create:review:any');
  const id = requireIdParam(params.id);
  const formData = await readFormData(request);
  const now = contextOf(context).now;
  const submission = parseForm(formData, reviewFormSchema(now));
  if (honeypotFilled(formData, { mustBePresent: true })) {
    return data(submission.reply({ formErrors: ['reviews.error.rejectedSubmission'] }), { status: 400, headers: noStore });
  }
  if (submission.status !== 'success') return data(submission.reply(), { status: 400, headers: noStore });
  const outcome = updateOwnReview(getDb(), user, id, submission.value, hashIp(contextOf(context).clientIp), now);
  if (!outcome.ok) {
    if (outcome.status === 404) throw new Response('Not found', { status: 404 });
    return data(submission.reply({ formErrors: outcome.formError ? [outcome.formError] : undefined, fieldErrors: outcome.fieldErrors }), {
      status: outcome.status,
      headers: noStore,
    });
  }
  return redirect('/mijn-ervaringen?melding=aangepast', { headers: noStore });
}

export default function EditReview() {
  const { review, services, months, now, defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <article aria-labelledby="bewerken">
      <Paragraph>
        <Link to="/mijn-ervaringen">{t('reviews.withdraw.cancel')}</Link>
      </Paragraph>
      <Heading level={1} id="bewerken">
        {t('reviews.edit.title', { name: review.organizationName })}
      </Heading>
      <ReviewNotice tone="info">
        <p className="utrecht-paragraph">{t('reviews.edit.intro')}</p>
      </ReviewNotice>
      <ReviewForm mode="edit" code="none" services={services} months={months} now={now} defaults={defaults} lastResult={lastResult} />
    </article>
  );
}
