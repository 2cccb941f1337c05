/**
 * "Voorliggend: eerst gratis en dichtbij" — free general facilities that meet the same need,
 * shown above the comparison so staff offer them first. The cards are a markup tree (./markup.tsx,
 * ADR 026/027): one string on the server, React elements in the browser; the markup is what the
 * kit's Heading, Link, KindBadge and MarkSummary write.
 */
import type { ReviewSummary } from '../domain/reviews';
import { kindBadgeClassName } from './badges';
import { markSummaryMarkup } from './mark';
import { h, Markup, markupLink, type MarkupNode } from './markup';
import { Heading, Link, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export interface FreeFacility {
  id: string;
  name: string;
  organizationName: string;
  organizationSlug: string;
  district: string | null;
  distanceKm: number | null;
  reviews: Pick<ReviewSummary, 'average' | 'count' | 'provisional'>;
}

export function CompareFreeFacilities({ facilities, categoryName }: { facilities: readonly FreeFacility[]; categoryName: string }) {
  const translator = useTranslation();
  const { t } = translator;
  return (
    <section className="sk-free sk-cmp-free" aria-labelledby="voorliggend" data-testid="free-facilities">
      <Heading level={2} id="voorliggend">
        {t('compare.free.title')}
      </Heading>
      <Paragraph>{t('compare.free.intro', { need: categoryName })}</Paragraph>
      {facilities.length === 0 ? (
        <Paragraph>{t('compare.free.none')}</Paragraph>
      ) : (
        <Markup as="ul" className="sk-grid" charRefs content={facilities.map((facility) => card(facility, translator))} />
      )}
      <Paragraph>
        <Link to="/zoeken?soort=general">{t('compare.free.all')}</Link>
      </Paragraph>
    </section>
  );
}

function card(facility: FreeFacility, translator: ReturnType<typeof useTranslation>): MarkupNode {
  const { t, locale } = translator;
  return h(
    'li',
    { key: facility.id },
    h(
      'article',
      { className: 'sk-card', 'aria-labelledby': `gratis-${facility.id}` },
      h('h3', { className: 'utrecht-heading-3 sk-card__title', id: `gratis-${facility.id}` }, markupLink({ to: `/aanbieders/${facility.organizationSlug}#aanbod-${facility.id}` }, facility.name)),
      h('p', { className: 'utrecht-paragraph sk-card__org' }, facility.organizationName),
      h(
        'p',
        { className: 'sk-card__meta' },
        // badges.tsx `KindBadge` for a general facility.
        h('span', { className: kindBadgeClassName('general') }, t('kind.general')),
        facility.distanceKm !== null ? h('span', null, t('compare.distance.km', { km: facility.distanceKm.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') })) : null,
        facility.district ? h('span', null, t('location.district'), ': ', facility.district) : null,
      ),
      h('p', { className: 'sk-card__meta' }, markSummaryMarkup(facility.reviews, translator, h)),
    ),
  );
}
