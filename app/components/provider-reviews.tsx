import { hasPermission } from '../domain/permissions';
import type { ReviewSummary } from '../domain/reviews';
import { ReviewItem } from './review-item';
import { ReviewSummaryView, type ReviewStatisticsData } from './review-summary';
import { SiteLink, TextLink } from './site-link';
import { Heading, Paragraph } from './typography';
import { useRootUser, useTranslation } from './use-translation';

export interface PublishedReview {
  id: number;
  authorName: string;
  overall: number;
  wouldRecommend: boolean;
  body: string;
  experienceMonth: string;
  verified: boolean;
  createdAt: string;
  createdOn: string;
  replyBody: string | null;
  replyCreatedAt: string | null;
  replyCreatedOn: string | null;
}

interface Props {
  summary: ReviewSummary;
  reviews: PublishedReview[];
  /** Per-aspect averages and the histogram (app/models/review.server.ts getReviewStatistics). */
  stats?: ReviewStatisticsData;
  slug?: string;
  /** Staff links (record a finding, make an invitation code) for professionals. */
  professional?: boolean;
}

/**
 * The residents' experiences on a provider page: the overall and per-aspect averages, the share
 * that would recommend, the distribution of marks, the latest reviews, a link to all of them and
 * "Schrijf een ervaring".
 */
export function ProviderReviews({ summary, reviews, stats, slug, professional = false }: Props) {
  const { t, plural } = useTranslation();
  const user = useRootUser();
  // Residents (signed in or with an invitation code) write reviews; professional and provider accounts do not.
  const canWrite = !user || hasPermission(user.role, 'create:review:any');
  const total = stats?.publishedTotal ?? reviews.length;
  return (
    <section className="sk-section" aria-labelledby="ervaringen">
      <Heading level={2} id="ervaringen">
        {t('provider.reviews')}
      </Heading>
      {slug ? (
        <p className="sk-rv-actions">
          {canWrite ? (
            <SiteLink
              to={`/aanbieders/${slug}/ervaring-schrijven`}
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            >
              {t('reviews.summary.write')}
            </SiteLink>
          ) : null}
          {total > 0 ? <TextLink to={`/aanbieders/${slug}/ervaringen`}>{plural('reviews.summary.all', total)}</TextLink> : null}
        </p>
      ) : null}
      {reviews.length === 0 && total === 0 ? (
        <Paragraph>{t('provider.reviews.none')}</Paragraph>
      ) : (
        <>
          {stats ? <ReviewSummaryView stats={stats} /> : <SummaryOnly summary={summary} />}
          {reviews.length > 0 ? (
            <>
              <Heading level={3}>{t('provider.reviews.latest')}</Heading>
              {reviews.map((review) => (
                <ReviewItem key={review.id} review={review} headingLevel={4} />
              ))}
            </>
          ) : null}
        </>
      )}
      {professional && slug ? (
        <nav aria-label={t('reviews.staffLinks')} className="sk-rv-actions">
          <TextLink to={`/aanbieders/${slug}/bevinding`}>{t('reviews.staffLinks.finding')}</TextLink>
          <TextLink to={`/beheer/uitnodigingen?aanbieder=${encodeURIComponent(slug)}`}>{t('reviews.staffLinks.invitation')}</TextLink>
        </nav>
      ) : null}
    </section>
  );
}

function SummaryOnly({ summary }: { summary: ReviewSummary }) {
  return (
    <ReviewSummaryView stats={{ summary, dimensions: [], histogram: Array.from({ length: 10 }, () => 0), publishedTotal: summary.count }} />
  );
}
