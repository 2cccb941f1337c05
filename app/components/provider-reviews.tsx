import type { ReviewSummary } from '../domain/reviews';
import { formatDate, formatMonth, formatPercent } from '../domain/format';
import { MarkSummary } from './mark';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export interface PublishedReview {
  id: number;
  authorName: string;
  overall: number;
  wouldRecommend: boolean;
  body: string;
  experienceMonth: string;
  verified: boolean;
  createdAt: string;
  replyBody: string | null;
  replyCreatedAt: string | null;
}

/** The residents' experiences on a provider page: the summary and the latest reviews. */
export function ProviderReviews({ summary, reviews }: { summary: ReviewSummary; reviews: PublishedReview[] }) {
  const { t, locale } = useTranslation();
  return (
    <section className="sk-section" aria-labelledby="ervaringen">
      <Heading level={2} id="ervaringen">
        {t('provider.reviews')}
      </Heading>
      {reviews.length === 0 ? (
        <Paragraph>{t('provider.reviews.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <MarkSummary summary={summary} />
          </Paragraph>
          {summary.recommendShare !== null ? (
            <Paragraph>{t('provider.reviews.recommend', { percent: formatPercent(locale, summary.recommendShare) })}</Paragraph>
          ) : null}
          <Paragraph small className="sk-muted">
            {t('provider.reviews.old')}
          </Paragraph>
          <Heading level={3}>{t('provider.reviews.latest')}</Heading>
          {reviews.map((review) => (
            <article key={review.id} className="sk-review" aria-label={review.authorName}>
              <p className="sk-card__meta">
                <strong>{review.authorName}</strong>
                <span>
                  {t('mark.label')}: <data value={review.overall}>{review.overall}</data>
                </span>
                <span>{t(review.wouldRecommend ? 'provider.reviews.recommends' : 'provider.reviews.notRecommends')}</span>
                {review.verified ? <span className="sk-badge sk-badge--general">{t('provider.reviews.verified')}</span> : null}
              </p>
              <Paragraph>{review.body}</Paragraph>
              <Paragraph small className="sk-muted">
                {t('provider.reviews.experienceIn', { month: formatMonth(locale, review.experienceMonth) })} ·{' '}
                <time dateTime={review.createdAt}>{formatDate(locale, new Date(review.createdAt))}</time>
              </Paragraph>
              {review.replyBody ? (
                <div className="sk-review__reply">
                  <strong>{t('provider.reviews.reply')}</strong>
                  <Paragraph>{review.replyBody}</Paragraph>
                </div>
              ) : null}
            </article>
          ))}
        </>
      )}
    </section>
  );
}
