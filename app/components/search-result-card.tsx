import type { SearchCard } from '../search/types';
import { KindBadge } from './badges';
import { MarkSummary } from './mark';
import { Heading, Link } from './typography';
import { useTranslation } from './use-translation';
import { WaitingTime } from './waiting-time';
import { formatKilometres } from '../domain/format';

/**
 * One search result: who and what, kind, topic, district and distance, the residents' mark,
 * waiting time, and — when the provider's budget ceiling is reached — that it takes no new clients
 * via the municipality for now (never an amount).
 */
export function SearchResultCard({ item, headingLevel = 3 }: { item: SearchCard; headingLevel?: 2 | 3 | 4 }) {
  const { t, locale } = useTranslation();
  const distance = item.distanceKm === null ? null : formatKilometres(locale, item.distanceKm);
  return (
    <article className="sk-card" aria-labelledby={`resultaat-${item.id}`}>
      <Heading level={headingLevel} className="sk-card__title" id={`resultaat-${item.id}`}>
        <Link to={item.href}>{item.name}</Link>
      </Heading>
      <p className="utrecht-paragraph sk-card__org">{item.organization.name}</p>
      <p className="sk-card__meta">
        <KindBadge kind={item.kind} />
        {item.categoryName ? <span>{item.categoryName}</span> : null}
        {item.district ? (
          <span>{`${t('location.district')}: ${item.district}`}</span>
        ) : item.city ? (
          <span>{item.city}</span>
        ) : null}
        {distance !== null ? (
          <span className="sk-results__distance">
            <data value={item.distanceKm!.toFixed(1)}>{t('search.card.distance', { distance })}</data>
          </span>
        ) : null}
      </p>
      <p className="sk-card__meta">
        <MarkSummary summary={item.reviews} />
      </p>
      {item.status !== 'active' ? <p className="sk-card__meta sk-warning-text">{t(`status.${item.status}`)}</p> : null}
      {item.kind !== 'general' ? (
        <p className="sk-card__meta">
          <WaitingTime weeks={item.waitingWeeks} />
          {!item.acceptingNewClients ? <span className="sk-warning-text">{t('accepting.no')}</span> : null}
        </p>
      ) : null}
      {item.noNewClientsViaMunicipality ? <p className="sk-card__meta sk-card__warning sk-warning-text">{t('search.card.noNewClients')}</p> : null}
    </article>
  );
}
