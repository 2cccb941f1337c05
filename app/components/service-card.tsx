import { findProductCategory } from '../domain/categories';
import type { ServiceKind } from '../domain/enums';
import type { ReviewSummary } from '../domain/reviews';
import { KindBadge } from './badges';
import { MarkSummary } from './mark';
import { TextLink } from './site-link';
import { Heading } from './typography';
import { useTranslation } from './use-translation';
import { WaitingTime } from './waiting-time';

/** What a card shows (the home page's highlighted offers come from app/models/catalogue.server.ts). */
interface ServiceCardData {
  id: string;
  name: string;
  kind: ServiceKind;
  categoryCode: string | null;
  waitingWeeks: number | null;
  acceptingNewClients: boolean;
  organizationName: string;
  organizationSlug: string;
  district: string | null;
  reviews: ReviewSummary;
}

type Props = { service: ServiceCardData; headingLevel?: 2 | 3 };

/** One search result or highlighted offer: who, what, where, how rated, how long to wait. */
export function ServiceCard({ service, headingLevel = 3 }: Props) {
  const { t, locale } = useTranslation();
  const category = service.categoryCode ? findProductCategory(service.categoryCode) : undefined;
  return (
    <article className="sk-card" aria-labelledby={`card-${service.id}`}>
      <Heading level={headingLevel} className="sk-card__title" id={`card-${service.id}`}>
        <TextLink to={`/aanbieders/${service.organizationSlug}#aanbod-${service.id}`}>{service.name}</TextLink>
      </Heading>
      <p className="utrecht-paragraph sk-card__org">{service.organizationName}</p>
      <p className="sk-card__meta">
        <KindBadge kind={service.kind} />
        {category ? <span>{locale === 'nl' ? category.nameNl : category.nameEn}</span> : null}
        {service.district ? (
          <span>{`${t('location.district')}: ${service.district}`}</span>
        ) : null}
      </p>
      <p className="sk-card__meta">
        <MarkSummary summary={service.reviews} />
      </p>
      {service.kind !== 'general' ? (
        <p className="sk-card__meta">
          <WaitingTime weeks={service.waitingWeeks} />
          {!service.acceptingNewClients ? <span className="sk-warning-text">{t('accepting.no')}</span> : null}
        </p>
      ) : null}
    </article>
  );
}
