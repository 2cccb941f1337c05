/**
 * The resident's version of a shortlist, for the kitchen-table talk and to take home: plain
 * language (B1), how to get in touch, waiting times and residents' marks. It never shows an
 * amount or a staff finding, and it says clearly that the resident chooses (keuzevrijheid).
 */
import { useEffect, useState } from 'react';
import type { ReviewSummary } from '../domain/reviews';
import { formatCents, formatDate } from '../domain/format';
import type { ResidentCost } from '../domain/personal-contribution';
import { MarkSummary } from './mark';
import { ExternalLink, Heading, Link, Paragraph } from './typography';
import { useTranslation } from './use-translation';
import { WaitingTime } from './waiting-time';

export interface ResidentItem {
  id: number;
  organizationName: string;
  organizationSlug: string;
  serviceName: string | null;
  note: string | null;
  kind: 'general' | 'contracted' | 'national' | null;
  /** What the resident pays, by the service's law (app/domain/personal-contribution.ts). */
  cost: ResidentCost;
  status: 'active' | 'temporarily_closed' | 'inactive' | null;
  waitingWeeks: number | null;
  waitingReportedOn: string | null;
  acceptingNewClients: boolean | null;
  noNewClientsViaMunicipality: boolean;
  applicationProcess: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  locations: { name: string; address1: string; postalCode: string; city: string; district: string | null; wheelchairAccessible: boolean }[];
  reviews: ReviewSummary;
}

export interface ResidentList {
  title: string;
  note: string | null;
  updatedAt: string;
  items: ResidentItem[];
}

/** A print button once JavaScript runs; before that (or without it) a hint how to print. */
export function PrintButton({ label }: { label: string }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <div className="sk-shortlist-print-action">
      {ready ? (
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => window.print()} data-testid="print-button">
          {label}
        </button>
      ) : (
        <p className="utrecht-paragraph">{t('shortlist.print.hint')}</p>
      )}
    </div>
  );
}

export function ShortlistResidentView({
  list,
  sharedUntil,
  externalLinks = true,
  contributionCents,
}: {
  list: ResidentList;
  /** The Wmo subscription rate per month (WMO_PERSONAL_CONTRIBUTION_CENTS). */
  contributionCents: number;
  /** When opened through the share link: until when it works. */
  sharedUntil?: string | null;
  /** Links to provider websites; the shared version opens them without sending its address along. */
  externalLinks?: boolean;
}) {
  const { t, locale, municipality } = useTranslation();
  return (
    <article className="sk-shortlist-doc" aria-labelledby="keuzelijst-titel" data-version="inwoner">
      <header className="sk-shortlist-doc__header">
        <p className="utrecht-paragraph sk-shortlist-doc__kicker">{t('shortlist.resident.kicker', { municipality })}</p>
        <Heading level={1} id="keuzelijst-titel">
          {t('shortlist.resident.title')}
        </Heading>
        <p className="utrecht-paragraph sk-shortlist-doc__label">{list.title}</p>
        <Paragraph>{t('shortlist.resident.intro')}</Paragraph>
      </header>

      <section className="sk-shortlist-choice" aria-labelledby="u-kiest">
        <Heading level={2} id="u-kiest">
          {t('shortlist.resident.choiceTitle')}
        </Heading>
        <Paragraph>{t('shortlist.resident.choiceText')}</Paragraph>
        <Paragraph>{t('shortlist.resident.choiceMore')}</Paragraph>
      </section>

      {list.note ? (
        <section className="sk-section" aria-labelledby="afspraken">
          <Heading level={2} id="afspraken">
            {t('shortlist.resident.agreements')}
          </Heading>
          <Paragraph className="sk-shortlist-note">{list.note}</Paragraph>
        </section>
      ) : null}

      <section aria-labelledby="aanbieders-op-lijst">
        <Heading level={2} id="aanbieders-op-lijst">
          {t('shortlist.resident.providers')}
        </Heading>
        {list.items.length === 0 ? <Paragraph>{t('shortlist.empty')}</Paragraph> : null}
        <ol className="sk-shortlist-items">
          {list.items.map((item) => (
            <li key={item.id} className="sk-shortlist-item" data-testid="resident-item">
              <Heading level={3}>{item.organizationName}</Heading>
              {item.serviceName ? <p className="utrecht-paragraph sk-shortlist-item__service">{item.serviceName}</p> : null}
              {item.note ? (
                <div className="sk-shortlist-item__note">
                  <strong>{t('shortlist.resident.note')}</strong>
                  <p className="utrecht-paragraph">{item.note}</p>
                </div>
              ) : null}
              <dl className="sk-dl">
                {item.kind !== 'general' ? (
                  <>
                    <dt>{t('service.waiting')}</dt>
                    <dd>
                      <WaitingTime weeks={item.waitingWeeks} reportedOn={item.waitingReportedOn} />
                      {item.noNewClientsViaMunicipality ? (
                        <>
                          <br />
                          <span className="sk-warning-text">{t('shortlist.resident.full')}</span>
                        </>
                      ) : item.acceptingNewClients === false ? (
                        <>
                          <br />
                          <span className="sk-warning-text">{t('accepting.no')}</span>
                        </>
                      ) : null}
                    </dd>
                  </>
                ) : null}
                <dt>{t('shortlist.resident.cost')}</dt>
                <dd data-testid="resident-cost" data-cost={item.cost}>
                  {t(`shortlist.resident.cost.${item.cost}`, { amount: formatCents(locale, contributionCents) })}
                </dd>
                <dt>{t('shortlist.resident.marks')}</dt>
                <dd>
                  <MarkSummary summary={item.reviews} />
                </dd>
                {item.phone ? (
                  <>
                    <dt>{t('provider.phone')}</dt>
                    <dd>
                      <ExternalLink href={`tel:${item.phone.replace(/[^\d+]/g, '')}`}>{item.phone}</ExternalLink>
                    </dd>
                  </>
                ) : null}
                {item.email ? (
                  <>
                    <dt>{t('provider.email')}</dt>
                    <dd>
                      <ExternalLink href={`mailto:${item.email}`}>{item.email}</ExternalLink>
                    </dd>
                  </>
                ) : null}
                {item.website ? (
                  <>
                    <dt>{t('provider.website')}</dt>
                    <dd>
                      {externalLinks ? (
                        <a className="utrecht-link utrecht-link--html-a" href={item.website} rel="noopener noreferrer">
                          {item.website.replace(/^https?:\/\//, '')}
                        </a>
                      ) : (
                        item.website.replace(/^https?:\/\//, '')
                      )}
                    </dd>
                  </>
                ) : null}
                {item.locations.length > 0 ? (
                  <>
                    <dt>{t('location.address')}</dt>
                    <dd>
                      {item.locations.map((location) => (
                        <address key={`${location.address1}-${location.postalCode}`} className="sk-shortlist-address">
                          {location.name}
                          <br />
                          {location.address1}
                          <br />
                          {location.postalCode} {location.city}
                          {location.district ? ` (${location.district})` : ''}
                          <br />
                          <span className="sk-muted">{t(location.wheelchairAccessible ? 'location.wheelchair' : 'location.notWheelchair')}</span>
                        </address>
                      ))}
                    </dd>
                  </>
                ) : null}
                {item.applicationProcess ? (
                  <>
                    <dt>{t('service.apply')}</dt>
                    <dd>{item.applicationProcess}</dd>
                  </>
                ) : null}
              </dl>
              <p className="utrecht-paragraph sk-shortlist-item__page">
                <Link to={`/aanbieders/${item.organizationSlug}`}>{t('shortlist.resident.providerPage', { name: item.organizationName })}</Link>
              </p>
            </li>
          ))}
        </ol>
      </section>

      <footer className="sk-shortlist-doc__footer">
        <Paragraph small className="sk-muted">
          {t('shortlist.resident.made', { date: formatDate(locale, list.updatedAt.slice(0, 10)) })}
          {sharedUntil ? ` ${t('shortlist.resident.linkUntil', { date: formatDate(locale, sharedUntil.slice(0, 10)) })}` : ''}
        </Paragraph>
        <Paragraph small className="sk-muted">
          {t('shortlist.resident.questions')}
        </Paragraph>
      </footer>
    </article>
  );
}
