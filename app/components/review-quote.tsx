/** A review shown above a form about it (report, reply): who, which mark, when, and the text. */
import { formatDate } from '../domain/format';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export function ReviewQuote({
  review,
  heading,
}: {
  review: { authorName: string; overall: number; body: string; createdAt: string; createdOn: string; verified: boolean };
  heading: string;
}) {
  const { t, locale } = useTranslation();
  return (
    <section className="sk-rv-item" aria-labelledby="de-ervaring">
      <Heading level={2} id="de-ervaring">
        {heading}
      </Heading>
      <p className="sk-card__meta">
        <strong>{review.authorName}</strong>
        <span>
          {t('reviews.overall')}: {review.overall}
        </span>
        {review.verified ? <span className="sk-badge sk-badge--general">{t('reviews.verified')}</span> : null}
        <time dateTime={review.createdAt}>{formatDate(locale, review.createdOn)}</time>
      </p>
      <blockquote className="sk-rv-body utrecht-blockquote">
        <Paragraph>{review.body}</Paragraph>
      </blockquote>
    </section>
  );
}
