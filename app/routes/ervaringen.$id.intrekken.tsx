/**
 * /ervaringen/:id/intrekken — the author withdraws their own review (right to erasure): a
 * confirmation page, then a POST that erases the text and takes the review off the page, the
 * averages and the search numbers at once.
 */
import {
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { Button } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatMonth } from '../domain/format';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { hashIp } from '../models/review-common.server';
import { getOwnReview, withdrawOwnReview } from '../models/review-write.server';
import reviewsCss from '../styles/reviews.css';
import { requireUser } from '../utils/auth.server';
import { noStore, requireIdParam } from '../utils/review-guards.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'kind', 'language', 'law', 'location', 'provider.reviews', 'reviews.error', 'reviews.overall', 'reviews.withdraw', 'search.age', 'search.facet', 'search.filter', 'search.markAtLeast', 'search.openNow', 'search.sort', 'search.waitingAtMost'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];
export const headers: HeadersFunction = () => noStore;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const id = requireIdParam(params.id);
  const review = getOwnReview(getDb(), user.id, id);
  if (!review) throw new Response('Not found', { status: 404 });
  return {
    title: translate(getLocale(request), 'reviews.withdraw.title'),
    review: {
      id: review.id,
      organizationName: review.organizationName,
      overall: review.overall,
      body: review.body,
      experienceMonth: review.experienceMonth,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ''} | Sociale Kaart` },
  { name: 'robots', content: 'noindex' },
];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const id = requireIdParam(params.id);
  const outcome = withdrawOwnReview(getDb(), user, id, hashIp(contextOf(context).clientIp), contextOf(context).now);
  if (!outcome.ok) throw new Response('Not found', { status: 404 });
  return redirect('/mijn-ervaringen?melding=ingetrokken', { headers: noStore });
}

export default function WithdrawReview() {
  const { review } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <article aria-labelledby="intrekken">
      <Heading level={1} id="intrekken">
        {t('reviews.withdraw.title')}
      </Heading>
      <Paragraph lead>{t('reviews.withdraw.text')}</Paragraph>
      <section className="sk-rv-item" aria-labelledby="uw-ervaring">
        <Heading level={2} id="uw-ervaring">
          {t('reviews.withdraw.about', { name: review.organizationName })}
        </Heading>
        <Paragraph>
          {t('reviews.overall')}: <strong>{review.overall}</strong> ·{' '}
          {t('provider.reviews.experienceIn', { month: formatMonth(locale, review.experienceMonth) })}
        </Paragraph>
        <Paragraph className="sk-rv-body">{review.body}</Paragraph>
      </section>
      <Form method="post" className="sk-rv-actions">
        <Button type="submit">{t('reviews.withdraw.confirm')}</Button>
        <Link to="/mijn-ervaringen">{t('reviews.withdraw.cancel')}</Link>
      </Form>
    </article>
  );
}
