/**
 * "Voorliggend: eerst gratis en dichtbij" — free general facilities that meet the same need,
 * shown above the comparison so staff offer them first.
 */
import type { ReviewSummary } from '../domain/reviews';
import { KindBadge } from './badges';
import { MarkSummary } from './mark';
import { Heading, Link, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export interface FreeFacility {
  id: string;
  name: string;
  organizationName: string;
  organizationSlug: string;
  district: string | null;
  distanceKm: number | null;
  reviews: ReviewSummary;
}

export function CompareFreeFacilities({ facilities, categoryName }: { facilities: readonly FreeFacility[]; categoryName: string }) {
  const { t, locale } = useTranslation();
  return (
    <section className="sk-free sk-cmp-free" aria-labelledby="voorliggend" data-testid="free-facilities">
      <Heading level={2} id="voorliggend">
        {t('compare.free.title')}
      </Heading>
      <Paragraph>{t('compare.free.intro', { need: categoryName })}</Paragraph>
      {facilities.length === 0 ? (
        <Paragraph>{t('compare.free.none')}</Paragraph>
      ) : (
        <ul className="sk-grid">
          {facilities.map((facility) => (
            <li key={facility.id}>
              <article className="sk-card" aria-labelledby={`gratis-${facility.id}`}>
                <Heading level={3} className="sk-card__title" id={`gratis-${facility.id}`}>
                  <Link to={`/aanbieders/${facility.organizationSlug}#aanbod-${facility.id}`}>{facility.name}</Link>
                </Heading>
                <p className="utrecht-paragraph sk-card__org">{facility.organizationName}</p>
                <p className="sk-card__meta">
                  <KindBadge kind="general" />
                  {facility.distanceKm !== null ? (
                    <span>{t('compare.distance.km', { km: facility.distanceKm.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') })}</span>
                  ) : null}
                  {facility.district ? (
                    <span>
                      {t('location.district')}: {facility.district}
                    </span>
                  ) : null}
                </p>
                <p className="sk-card__meta">
                  <MarkSummary summary={facility.reviews} />
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <Link to="/zoeken?soort=general">{t('compare.free.all')}</Link>
      </Paragraph>
    </section>
  );
}
