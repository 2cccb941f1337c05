import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Suspense } from 'react';
import { getDb } from '../db.server';
import type { ProviderPage } from '../models/catalogue.server';
import { getProviderPageForViewer } from '../models/provider-page.server';
import { KindBadge } from '../components/badges';
import { OpeningHours } from '../components/opening-hours';
import { ExternalLink, Heading, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { WaitingTime } from '../components/waiting-time';
import { ProviderFeedbackLink } from '../components/admin-feedback-link';
import { formatDate } from '../domain/format';
import { ProviderReviews } from '../components/provider-reviews';
import reviewsCss from '../styles/reviews.css';
import type { MessageKey } from '../i18n';
import { GeneralDeployedForm, ProfessionalSection } from '../components/professional-only';
import { getViewer } from '../utils/auth.server';
import { PersonalContribution } from '../components/personal-contribution';
import { personalContributionFor } from '../domain/personal-contribution';
import flagsCss from '../styles/flags.css';
import { contextOf } from '../load-context';
import insightCss from '../styles/insight.css';
import type { PageMessages } from '../i18n/messages';

/**
 * The messages this page shows everyone (app/i18n/route-messages.server.ts; server-only: not a
 * browser route export), and those of the parts only professionals are rendered.
 */
export const messages: PageMessages = ['accepting', 'contribution', 'kind', 'language', 'law', 'location', 'mark', 'provider.agb', 'provider.assured', 'provider.assuredNever', 'provider.contact', 'provider.email', 'provider.kvk', 'provider.locations', 'provider.noNewClientsViaMunicipality', 'provider.phone', 'provider.reviews', 'provider.services', 'provider.website', 'report.link', 'report.ownLink', 'reviews.dimension', 'reviews.list', 'reviews.overall', 'reviews.staffLinks', 'reviews.summary', 'reviews.verified', 'service.age', 'service.ageFrom', 'service.ageRange', 'service.ageTo', 'service.apply', 'service.category', 'service.languages', 'service.law', 'service.personalContribution', 'service.status', 'service.targetGroup', 'service.waiting', 'shortlist.add.title', 'status', 'waiting', 'weekday'];
export const professionalMessages: PageMessages = ['ceilingStatus', 'compare.fits', 'compare.unit', 'finding', 'flags.ceiling', 'flags.national', 'form', 'insight.error', 'insight.field', 'insight.general', 'insight.need', 'insight.personal', 'insight.suppressed', 'pro.ceiling', 'pro.contracts', 'pro.findings', 'pro.intro', 'pro.title', 'tariffUnit', 'v'];

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: reviewsCss },
  { rel: 'stylesheet', href: flagsCss },
  { rel: 'stylesheet', href: insightCss },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const viewer = await getViewer(request, context);
  // Shaped for the viewer by the model: cost facts and findings only where the policy allows.
  const provider = getProviderPageForViewer(getDb(), viewer, params.slug ?? '', contextOf(context).now);
  if (!provider) throw new Response('Not found', { status: 404 });
  return provider;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.organization.name} | Sociale Kaart` : 'Sociale Kaart' },
  ...(data ? [{ name: 'description', content: data.organization.description.slice(0, 160) }] : []),
];

export default function ProviderRoute() {
  const provider = useLoaderData<typeof loader>();
  const { organization } = provider;
  const { t, locale } = useTranslation();
  return (
    <article aria-labelledby="aanbieder">
      <Heading level={1} id="aanbieder">
        {organization.name}
      </Heading>
      <Paragraph lead>{organization.description}</Paragraph>
      <Paragraph small className="sk-muted">
        {organization.assuredDate
          ? t('provider.assured', { date: formatDate(locale, organization.assuredDate) })
          : t('provider.assuredNever')}
      </Paragraph>
      {provider.noNewClientsViaMunicipality ? (
        <div className="sk-notice sk-notice--warning" data-testid="no-new-clients">
          <p className="utrecht-paragraph">
            <strong>{t('provider.noNewClientsViaMunicipality')}</strong>
          </p>
          <p className="utrecht-paragraph">{t('provider.noNewClientsViaMunicipality.explain')}</p>
        </div>
      ) : null}
      <Suspense fallback={null}>
        {provider.professional ? <ProfessionalSection facts={provider.professional} national={provider.nationalByProduct ?? undefined} /> : null}
        {provider.deploymentForm ? <GeneralDeployedForm form={provider.deploymentForm} /> : null}
      </Suspense>
      <ProviderReviews
        summary={provider.reviewSummary}
        reviews={provider.latestReviews}
        stats={provider.reviewStatistics}
        slug={organization.slug}
        professional={provider.professional !== null}
      />
      <ContactSection provider={provider} />
      <ServicesSection provider={provider} personalContributionCents={provider.wmoPersonalContributionCents} shortlist={provider.professional !== null} />
      <LocationsSection provider={provider} />
      <ProviderFeedbackLink slug={organization.slug} />
    </article>
  );
}

type Provider = ProviderPage;

function ContactSection({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const { organization, identifiers } = provider;
  return (
    <section className="sk-section" aria-labelledby="contact">
      <Heading level={2} id="contact">
        {t('provider.contact')}
      </Heading>
      <dl className="sk-dl">
        {organization.phone ? (
          <>
            <dt>{t('provider.phone')}</dt>
            <dd>
              <ExternalLink href={`tel:${organization.phone.replace(/[^\d+]/g, '')}`}>{organization.phone}</ExternalLink>
            </dd>
          </>
        ) : null}
        {organization.email ? (
          <>
            <dt>{t('provider.email')}</dt>
            <dd>
              <ExternalLink href={`mailto:${organization.email}`}>{organization.email}</ExternalLink>
            </dd>
          </>
        ) : null}
        {organization.website ? (
          <>
            <dt>{t('provider.website')}</dt>
            <dd>
              <ExternalLink href={organization.website}>{organization.website.replace(/^https?:\/\//, '')}</ExternalLink>
            </dd>
          </>
        ) : null}
        {identifiers.map((id) => (
          <div key={id.scheme} style={{ display: 'contents' }}>
            <dt>{t(id.scheme === 'kvk' ? 'provider.kvk' : 'provider.agb')}</dt>
            <dd>{id.identifier}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ServicesSection({ provider, personalContributionCents, shortlist }: { provider: Provider; personalContributionCents: number; shortlist: boolean }) {
  const { t, locale } = useTranslation();
  return (
    <section className="sk-section" aria-labelledby="aanbod">
      <Heading level={2} id="aanbod">
        {t('provider.services')}
      </Heading>
      {provider.services.map((service) => (
        <section key={service.id} id={`aanbod-${service.id}`} className="sk-card sk-section" aria-labelledby={`dienst-${service.id}`}>
          <Heading level={3} id={`dienst-${service.id}`}>
            {service.name}
          </Heading>
          <p className="sk-card__meta">
            <KindBadge kind={service.kind} />
            <span>{t(`kind.${service.kind}.explain`)}</span>
          </p>
          <Paragraph>{service.description}</Paragraph>
          <dl className="sk-dl">
            {service.categoryCode ? (
              <>
                <dt>{t('service.category')}</dt>
                <dd>{`${service.categoryCode} ${(locale === 'nl' ? service.categoryNameNl : service.categoryNameEn) ?? ''}`}</dd>
              </>
            ) : null}
            <dt>{t('service.law')}</dt>
            <dd>{t(`law.${service.law}`)}</dd>
            {service.targetGroup ? (
              <>
                <dt>{t('service.targetGroup')}</dt>
                <dd>{service.targetGroup}</dd>
              </>
            ) : null}
            {service.minimumAge !== null || service.maximumAge !== null ? (
              <>
                <dt>{t('service.age')}</dt>
                <dd>{ageText(t, service.minimumAge, service.maximumAge)}</dd>
              </>
            ) : null}
            {service.languages.length > 0 ? (
              <>
                <dt>{t('service.languages')}</dt>
                <dd>{service.languages.map((code) => t(`language.${code}` as MessageKey)).join(', ')}</dd>
              </>
            ) : null}
            {service.kind !== 'general' ? (
              <>
                <dt>{t('service.waiting')}</dt>
                <dd>
                  <WaitingTime weeks={service.waitingWeeks} reportedOn={service.waitingReportedOn} />
                  <br />
                  {t(service.acceptingNewClients ? 'accepting.yes' : 'accepting.no')}
                </dd>
              </>
            ) : null}
            {personalContributionFor(service) ? (
              <>
                <dt>{t('service.personalContribution')}</dt>
                <dd>
                  <PersonalContribution kind={personalContributionFor(service)!} amountCents={personalContributionCents} />
                </dd>
              </>
            ) : null}
            {service.status !== 'active' ? (
              <>
                <dt>{t('service.status')}</dt>
                <dd className="sk-warning-text">{t(`status.${service.status}`)}</dd>
              </>
            ) : null}
            {service.applicationProcess ? (
              <>
                <dt>{t('service.apply')}</dt>
                <dd>{service.applicationProcess}</dd>
              </>
            ) : null}
          </dl>
          {shortlist ? (
            <p className="utrecht-paragraph">
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`/keuzelijst/toevoegen?organisatie=${encodeURIComponent(provider.organization.id)}&dienst=${encodeURIComponent(service.id)}&terug=${encodeURIComponent(`/aanbieders/${provider.organization.slug}`)}`}
              >
                {t('shortlist.add.title')}
                <span className="sk-visually-hidden">{`: ${service.name}`}</span>
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </section>
  );
}

function ageText(t: ReturnType<typeof useTranslation>['t'], min: number | null, max: number | null) {
  if (min !== null && max !== null) return t('service.ageRange', { min, max });
  if (min !== null) return t('service.ageFrom', { min });
  return t('service.ageTo', { max: max ?? '' });
}

function LocationsSection({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  if (provider.locations.length === 0) return null;
  return (
    <section className="sk-section" aria-labelledby="locaties">
      <Heading level={2} id="locaties">
        {t('provider.locations')}
      </Heading>
      {provider.locations.map((location) => (
        <section key={location.id} className="sk-section" aria-labelledby={`locatie-${location.id}`}>
          <Heading level={3} id={`locatie-${location.id}`}>
            {location.name}
          </Heading>
          <dl className="sk-dl">
            <dt>{t('location.address')}</dt>
            <dd>
              <address style={{ fontStyle: 'normal' }}>
                {location.address1}
                <br />
                {`${location.postalCode} ${location.city}`}
              </address>
            </dd>
            {location.district ? (
              <>
                <dt>{t('location.district')}</dt>
                <dd>{location.district}</dd>
              </>
            ) : null}
            <dt>{t('location.accessibility')}</dt>
            <dd>
              <ul className="utrecht-unordered-list">
                <li>{t(location.wheelchairAccessible ? 'location.wheelchair' : 'location.notWheelchair')}</li>
                {location.hearingLoop ? <li>{t('location.hearingLoop')}</li> : null}
                {location.accessibleToilet ? <li>{t('location.accessibleToilet')}</li> : null}
                {location.accessibilityNote ? <li>{location.accessibilityNote}</li> : null}
              </ul>
            </dd>
          </dl>
          <Heading level={4}>{t('location.hours')}</Heading>
          <OpeningHours periods={location.schedules} />
        </section>
      ))}
    </section>
  );
}
