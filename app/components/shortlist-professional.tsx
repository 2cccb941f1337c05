/**
 * The professional version of a shortlist: per provider the tariffs, the budget-ceiling flag
 * and room, national procurement of the product, residents' and staff marks — and, when the
 * comparison's indication is known, its estimated cost and whether it fits. Confidential.
 */
import type { CeilingAssessment, NationalProcurement, YearRoom } from '../domain/ceiling';
import type { TariffUnit } from '../domain/enums';
import { formatDate, formatMark } from '../domain/format';
import type { ReviewSummary } from '../domain/reviews';
import { CeilingFlag, FitText, NationalWarning, Tariff } from './compare-flags';
import { Money } from './money';
import { MarkSummary } from './mark';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';
import { WaitingTime } from './waiting-time';

export interface ProfessionalItem {
  id: number;
  organizationName: string;
  serviceName: string | null;
  note: string | null;
  kind: 'general' | 'contracted' | 'national' | null;
  waitingWeeks: number | null;
  waitingReportedOn: string | null;
  acceptingNewClients: boolean | null;
  phone: string | null;
  email: string | null;
  reviews: ReviewSummary;
  contracts: { productCode: string; productNameNl: string; productNameEn: string; tariffCents: number; unit: TariffUnit; validFrom: string; validTo: string | null }[];
  ceiling: CeilingAssessment;
  national: NationalProcurement[];
  staffMark: { average: number; count: number } | null;
  estimate: { costCents: number | null; fits: boolean; years: YearRoom[]; contractEndsOn: string | null } | null;
}

export function ShortlistProfessionalView({
  list,
  indicationText,
  year,
}: {
  list: { title: string; note: string | null; updatedAt: string; items: ProfessionalItem[] };
  /** The indication the estimates are for, in words; null without one. */
  indicationText: string | null;
  year: number;
}) {
  const { t, locale } = useTranslation();
  return (
    <article className="sk-shortlist-doc" aria-labelledby="keuzelijst-titel" data-version="professioneel">
      <header className="sk-shortlist-doc__header">
        <Heading level={1} id="keuzelijst-titel">
          {t('shortlist.professional.title')}
        </Heading>
        <p className="utrecht-paragraph sk-shortlist-doc__label">{list.title}</p>
        <div className="sk-cmp-alert sk-cmp-alert--warning" role="note">
          <p className="utrecht-paragraph">{t('shortlist.professional.confidential')}</p>
        </div>
        {indicationText ? (
          <Paragraph>
            {t('shortlist.professional.indication')} <strong>{indicationText}</strong>
          </Paragraph>
        ) : (
          <Paragraph className="sk-muted">{t('shortlist.professional.noIndication')}</Paragraph>
        )}
        {list.note ? <Paragraph className="sk-shortlist-note">{list.note}</Paragraph> : null}
      </header>
      {list.items.length === 0 ? <Paragraph>{t('shortlist.empty')}</Paragraph> : null}
      <ol className="sk-shortlist-items">
        {list.items.map((item) => (
          <li key={item.id} className="sk-shortlist-item" data-testid="professional-item">
            <Heading level={2}>{item.organizationName}</Heading>
            {item.serviceName ? <p className="utrecht-paragraph sk-shortlist-item__service">{item.serviceName}</p> : null}
            {item.note ? (
              <div className="sk-shortlist-item__note">
                <strong>{t('shortlist.resident.note')}</strong>
                <p className="utrecht-paragraph">{item.note}</p>
              </div>
            ) : null}
            <NationalWarning procurements={item.national} />
            <dl className="sk-dl">
              <dt>{t('shortlist.professional.tariffs')}</dt>
              <dd>
                {item.contracts.length === 0 ? (
                  t('shortlist.professional.noContract')
                ) : (
                  <ul className="utrecht-unordered-list sk-shortlist-contracts">
                    {item.contracts.map((contract) => (
                      <li key={`${contract.productCode}-${contract.validFrom}`}>
                        {contract.productCode} {locale === 'nl' ? contract.productNameNl : contract.productNameEn}: <Tariff cents={contract.tariffCents} unit={contract.unit} />
                        <span className="sk-muted">
                          {' '}
                          (
                          {contract.validTo
                            ? t('shortlist.professional.validUntil', { date: formatDate(locale, contract.validTo) })
                            : t('shortlist.professional.validOpen')}
                          )
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>{t('flags.ceiling.title')}</dt>
              <dd>
                <CeilingFlag assessment={item.ceiling} year={year} />
              </dd>
              {item.estimate ? (
                <>
                  <dt>{t('shortlist.professional.estimate')}</dt>
                  <dd>
                    {item.estimate.costCents !== null ? (
                      <>
                        <Money cents={item.estimate.costCents} /> · <FitText fits={item.estimate.fits} />
                      </>
                    ) : (
                      t('compare.cost.otherUnit')
                    )}
                    {item.estimate.contractEndsOn ? (
                      <span className="sk-cmp-note">{t('compare.contractEnds', { date: formatDate(locale, item.estimate.contractEndsOn) })}</span>
                    ) : null}
                  </dd>
                </>
              ) : null}
              <dt>{t('compare.col.citizenMark')}</dt>
              <dd>
                <MarkSummary summary={item.reviews} />
              </dd>
              <dt>{t('compare.col.staffMark')}</dt>
              <dd>
                {item.staffMark ? (
                  <>
                    <data value={item.staffMark.average.toFixed(1)}>{formatMark(locale, item.staffMark.average)}</data> ({t('shortlist.professional.findings', { count: item.staffMark.count })})
                  </>
                ) : (
                  t('compare.mark.none')
                )}
              </dd>
              {item.kind !== 'general' ? (
                <>
                  <dt>{t('service.waiting')}</dt>
                  <dd>
                    <WaitingTime weeks={item.waitingWeeks} reportedOn={item.waitingReportedOn} />
                    {item.acceptingNewClients === false ? (
                      <>
                        <br />
                        <span className="sk-warning-text">{t('accepting.no')}</span>
                      </>
                    ) : null}
                  </dd>
                </>
              ) : null}
              {item.phone ? (
                <>
                  <dt>{t('provider.phone')}</dt>
                  <dd>{item.phone}</dd>
                </>
              ) : null}
              {item.email ? (
                <>
                  <dt>{t('provider.email')}</dt>
                  <dd>{item.email}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
      <footer className="sk-shortlist-doc__footer">
        <Paragraph small className="sk-muted">
          {t('shortlist.resident.made', { date: formatDate(locale, list.updatedAt.slice(0, 10)) })}
        </Paragraph>
      </footer>
    </article>
  );
}
