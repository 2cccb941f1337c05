/**
 * /mijn-ervaringen — the signed-in person's own reviews: status, the moderator's statement of
 * reasons when a review was not published (as the EU Digital Services Act asks), and the way to
 * edit or withdraw each one.
 */
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ReviewNotice } from '../components/review-form-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import type { ReviewStatus } from '../domain/enums';
import { formatDate, formatMonth } from '../domain/format';
import { conductRules } from '../domain/reviews';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listOwnReviews } from '../models/review-write.server';
import reviewsCss from '../styles/reviews.css';
import { requireUser } from '../utils/auth.server';
import { noStore } from '../utils/review-guards.server';
import type { PageMessages } from '../i18n/messages';
import { ownReviewsNoticeSchema as noticeSchema } from '../utils/citizen-schemas.server';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'cr.unknownField', 'form', 'kind', 'language', 'law', 'location', 'mfa.error', 'password.error', 'password.problem', 'provider.reviews', 'reviews.error', 'reviews.form', 'reviews.list', 'reviews.mine', 'reviews.overall', 'reviews.rule', 'reviews.verified', 'search.age', 'search.facet', 'search.filter', 'search.markAtLeast', 'search.openNow', 'search.sort', 'search.waitingAtMost', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];
export const headers: HeadersFunction = () => noStore;

const notices = { verstuurd: 'reviews.mine.sent', aangepast: 'reviews.mine.updated', ingetrokken: 'reviews.mine.withdrawn' } as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const notice = noticeSchema.parse(new URL(request.url).searchParams.get('melding') ?? undefined);
  return {
    title: translate(getLocale(request), 'reviews.mine.title'),
    notice: notice ? notices[notice] : null,
    reviews: listOwnReviews(getDb(), user.id),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

const statusTone: Record<ReviewStatus, string> = {
  pending: 'sk-rv-badge',
  published: 'sk-rv-badge sk-rv-badge--ok',
  rejected: 'sk-rv-badge sk-rv-badge--warning',
  withdrawn: 'sk-rv-badge',
};

export default function MyReviews() {
  const { notice, reviews } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <article aria-labelledby="mijn">
      <Heading level={1} id="mijn">
        {t('reviews.mine.title')}
      </Heading>
      {notice ? <ReviewNotice>{t(notice)}</ReviewNotice> : null}
      <Paragraph lead>{t('reviews.mine.intro')}</Paragraph>
      {reviews.length === 0 ? (
        <Paragraph>{t('reviews.mine.none')}</Paragraph>
      ) : (
        <ul className="sk-rv-list">
          {reviews.map((review) => (
            <li key={review.id}>
              <article className="sk-rv-item" aria-labelledby={`mijn-${review.id}`} data-review-id={review.id}>
                <Heading level={2} id={`mijn-${review.id}`}>
                  {review.organizationName}
                </Heading>
                <p className="sk-card__meta">
                  <span>
                    {t('reviews.mine.status')}:{' '}
                    <strong className={statusTone[review.status]} data-testid="review-status">
                      {t(`reviews.mine.status.${review.status}` as MessageKey)}
                    </strong>
                  </span>
                  {review.status !== 'withdrawn' ? (
                    <span>
                      {t('reviews.overall')}: {review.overall}
                    </span>
                  ) : null}
                  {review.verified ? <span className="sk-badge sk-badge--general">{t('reviews.verified')}</span> : null}
                </p>
                <Paragraph small className="sk-muted">
                  <time dateTime={review.createdAt}>
                    {t('reviews.mine.writtenOn', { date: formatDate(locale, review.createdOn) })}
                  </time>{' '}
                  · {t('provider.reviews.experienceIn', { month: formatMonth(locale, review.experienceMonth) })}
                  {review.serviceName ? <> · {t('reviews.list.about', { service: review.serviceName })}</> : null}
                </Paragraph>
                {review.status === 'withdrawn' ? (
                  <Paragraph>{t('reviews.mine.withdrawnText')}</Paragraph>
                ) : (
                  <Paragraph className="sk-rv-body">{review.body}</Paragraph>
                )}
                {review.moderationReason ? (
                  <div className="utrecht-alert utrecht-alert--warning sk-rv-alert" data-testid="statement-of-reasons">
                    <div className="utrecht-alert__content">
                      <Heading level={3}>{t('reviews.mine.reason')}</Heading>
                      {review.moderationReason.rule && (conductRules as readonly string[]).includes(review.moderationReason.rule) ? (
                        <Paragraph>
                          {t('reviews.mine.reasonRule', { rule: t(`reviews.rule.${review.moderationReason.rule}` as MessageKey) })}
                        </Paragraph>
                      ) : null}
                      <Paragraph className="sk-rv-body">{review.moderationReason.text}</Paragraph>
                      {review.moderatedAt ? (
                        <Paragraph small>
                          {t('reviews.mine.reasonDecidedOn', { date: formatDate(locale, new Date(review.moderatedAt)) })}
                        </Paragraph>
                      ) : null}
                      <Paragraph>{t('reviews.mine.reasonNext')}</Paragraph>
                    </div>
                  </div>
                ) : null}
                {review.replyBody ? (
                  <div className="sk-review__reply">
                    <p className="utrecht-paragraph">
                      <strong>{t('provider.reviews.reply')}</strong>
                    </p>
                    <Paragraph className="sk-rv-body">{review.replyBody}</Paragraph>
                  </div>
                ) : null}
                <div className="sk-rv-actions">
                  {review.organizationActive ? (
                    <Link to={`/aanbieders/${review.organizationSlug}`}>{t('reviews.mine.view', { name: review.organizationName })}</Link>
                  ) : null}
                  {review.status !== 'withdrawn' ? (
                    <>
                      <Link to={`/ervaringen/${review.id}/bewerken`}>
                        {t('reviews.list.edit')}
                        <span className="sk-visually-hidden"> ({review.organizationName})</span>
                      </Link>
                      <Link to={`/ervaringen/${review.id}/intrekken`}>
                        {t('reviews.list.withdraw')}
                        <span className="sk-visually-hidden"> ({review.organizationName})</span>
                      </Link>
                    </>
                  ) : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
