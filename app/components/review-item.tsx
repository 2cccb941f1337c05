/**
 * One published review: author, overall mark, "would recommend", the verified label, marks per
 * aspect, the text, the month of the experience, the provider's reply with its date, and what
 * the reader may do with it (report; edit or withdraw one's own; reply as the provider).
 */
import { reviewDimensions, type ReviewDimension } from '../domain/enums';
import { formatDate, formatMonth } from '../domain/format';
import type { MessageKey } from '../i18n';
import { TextLink } from './site-link';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export interface ReviewItemData {
  id: number;
  authorName: string;
  overall: number;
  wouldRecommend: boolean;
  body: string;
  experienceMonth: string;
  verified: boolean;
  createdAt: string;
  /** The day it was written, in the Netherlands (YYYY-MM-DD; dutchDay on the server). */
  createdOn: string;
  replyBody: string | null;
  replyCreatedAt: string | null;
  replyCreatedOn: string | null;
  replyUpdatedAt?: string | null;
  marks?: Record<ReviewDimension, number | null>;
  serviceName?: string | null;
  counted?: boolean;
  mine?: boolean;
  canReply?: boolean;
}

export function ReviewItem({ review, headingLevel = 3 }: { review: ReviewItemData; headingLevel?: 3 | 4 }) {
  const { t, locale } = useTranslation();
  const headingId = `ervaring-${review.id}`;
  const marks = review.marks;
  return (
    <article className="sk-review" aria-labelledby={headingId} data-review-id={review.id}>
      <Heading level={headingLevel} id={headingId} className="sk-rv-item__title">
        {review.authorName}
      </Heading>
      <p className="sk-card__meta">
        <span>
          {t('reviews.overall')}:{' '}
          <strong>
            <data value={review.overall}>{review.overall}</data>
          </strong>
        </span>
        <span>{t(review.wouldRecommend ? 'provider.reviews.recommends' : 'provider.reviews.notRecommends')}</span>
        {review.verified ? (
          <span className="sk-badge sk-badge--general" title={t('reviews.verified.explain')}>
            {t('reviews.verified')}
          </span>
        ) : null}
      </p>
      {marks ? (
        <dl className="sk-rv-dims" aria-label={t('reviews.list.marks', { name: review.authorName })}>
          {reviewDimensions
            .filter((d) => marks[d] !== null)
            .map((d) => (
              <div key={d}>
                <dt>{t(`reviews.dimension.${d}` as MessageKey)}</dt>
                <dd>{marks[d]}</dd>
              </div>
            ))}
        </dl>
      ) : null}
      <Paragraph className="sk-rv-body">{review.body}</Paragraph>
      <Paragraph small className="sk-muted">
        {review.serviceName ? <>{t('reviews.list.about', { service: review.serviceName })} · </> : null}
        {t('provider.reviews.experienceIn', { month: formatMonth(locale, review.experienceMonth) })} ·{' '}
        <time dateTime={review.createdAt}>{t('reviews.list.writtenOn', { date: formatDate(locale, review.createdOn) })}</time>
      </Paragraph>
      {review.counted === false ? (
        <Paragraph small className="sk-muted" data-testid="not-counted">
          {t('reviews.list.notCounted')}
        </Paragraph>
      ) : null}
      {review.replyBody ? (
        <div className="sk-review__reply" data-testid="review-reply">
          <p className="utrecht-paragraph">
            <strong>
              {review.replyCreatedAt && review.replyCreatedOn ? (
                <time dateTime={review.replyCreatedAt}>
                  {t('reviews.list.replyOn', { date: formatDate(locale, review.replyCreatedOn) })}
                </time>
              ) : (
                t('provider.reviews.reply')
              )}
            </strong>
          </p>
          <Paragraph className="sk-rv-body">{review.replyBody}</Paragraph>
        </div>
      ) : null}
      <div className="sk-rv-actions">
        {review.mine ? (
          <>
            <span className="sk-muted">{t('reviews.list.yours')}</span>
            <TextLink to={`/ervaringen/${review.id}/bewerken`}>{t('reviews.list.edit')}</TextLink>
            <TextLink to={`/ervaringen/${review.id}/intrekken`}>{t('reviews.list.withdraw')}</TextLink>
          </>
        ) : null}
        {review.canReply ? (
          <TextLink to={`/ervaringen/${review.id}/reactie`}>{t(review.replyBody ? 'reviews.list.replyEdit' : 'reviews.list.reply')}</TextLink>
        ) : null}
        <TextLink to={`/ervaringen/${review.id}/melden`} rel="nofollow">
          {t('reviews.list.report')}
          <span className="sk-visually-hidden"> ({review.authorName})</span>
        </TextLink>
      </div>
    </article>
  );
}
