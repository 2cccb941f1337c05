/**
 * "Voor professionals" on a provider page: contracts and tariffs, this year's budget ceiling
 * with its use, and colleagues' findings. Rendered only when the loader sent these facts, which
 * it does only for a viewer the visibility policy lets see them.
 */
import type { CeilingStatus } from '../domain/ceiling';
import type { FindingDimension, TariffUnit } from '../domain/enums';
import { findingDimensions } from '../domain/enums';
import { formatCents, formatDate, formatMark, formatPercent } from '../domain/format';
import type { Locale } from '../domain/enums';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';
import type { NationalProcurement } from '../domain/ceiling';
import { ContractFlags } from './compare-flags';

export interface ProfessionalFactsView {
  year: number;
  contracts: {
    id: string;
    productCode: string;
    productNameNl: string;
    productNameEn: string;
    lot: string | null;
    tariffCents: number;
    unit: TariffUnit;
    validFrom: string;
    validTo: string | null;
    current: boolean;
  }[];
  ceiling: {
    year: number;
    ceilingCents: number;
    committedCents: number;
    remainingCents: number;
    utilisation: number | null;
    status: CeilingStatus;
  } | null;
  thresholds: { nearlyReachedPercent: number; reachedPercent: number };
  findings: {
    counted: number;
    total: number;
    averages: Record<FindingDimension, number | null>;
    latest: { id: number; authorName: string; marks: Record<FindingDimension, number>; body: string; createdAt: string }[];
  } | null;
}

import { Money } from './money';

/** `national`: per product code, the national procurements that already cover it (issue 6 flags). */
export function ProfessionalSection({ facts, national = {} }: { facts: ProfessionalFactsView; national?: Record<string, NationalProcurement[]> }) {
  const { t } = useTranslation();
  return (
    <section className="sk-section sk-pro" aria-labelledby="voor-professionals" data-testid="professional-section">
      <Heading level={2} id="voor-professionals">
        {t('pro.title')}
      </Heading>
      <Paragraph small className="sk-muted">
        {t('pro.intro')}
      </Paragraph>
      <Contracts contracts={facts.contracts} ceilingStatus={facts.ceiling?.status ?? null} national={national} />
      <CeilingBlock year={facts.year} ceiling={facts.ceiling} thresholds={facts.thresholds} />
      {facts.findings ? <Findings findings={facts.findings} /> : null}
    </section>
  );
}

function validity(t: ReturnType<typeof useTranslation>['t'], locale: Locale, from: string, to: string | null): string {
  return to
    ? t('pro.contracts.range', { from: formatDate(locale, from), to: formatDate(locale, to) })
    : t('pro.contracts.from', { from: formatDate(locale, from) });
}

function Contracts({
  contracts,
  ceilingStatus,
  national,
}: {
  contracts: ProfessionalFactsView['contracts'];
  ceilingStatus: CeilingStatus | null;
  national: Record<string, NationalProcurement[]>;
}) {
  const { t, locale } = useTranslation();
  return (
    <>
      <Heading level={3}>{t('pro.contracts.title')}</Heading>
      {contracts.length === 0 ? (
        <Paragraph>{t('pro.contracts.none')}</Paragraph>
      ) : (
        <ul className="sk-plain-list sk-pro__contracts">
          {contracts.map((contract) => (
            <li key={contract.id} className="sk-pro__contract">
              <Heading level={4} className="sk-pro__product">
                <span className="sk-pro__code">{contract.productCode}</span>
                {` ${locale === 'nl' ? contract.productNameNl : contract.productNameEn}`}
              </Heading>
              <dl className="sk-dl">
                <dt>{t('pro.contracts.tariff')}</dt>
                <dd>
                  <strong>
                    <Money cents={contract.tariffCents} />
                  </strong>
                  {` ${t(`tariffUnit.${contract.unit}`)}`}
                </dd>
                <dt>{t('pro.contracts.validity')}</dt>
                <dd>
                  {validity(t, locale, contract.validFrom, contract.validTo)}
                  {contract.current ? null : <span className="sk-badge sk-pro__upcoming"> {t('pro.contracts.upcoming')}</span>}
                </dd>
                {contract.lot ? (
                  <>
                    <dt>{t('pro.contracts.lot')}</dt>
                    <dd>{contract.lot}</dd>
                  </>
                ) : null}
              </dl>
              <ContractFlags status={ceilingStatus} national={national[contract.productCode] ?? []} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const statusColours: Record<CeilingStatus, string> = {
  none: '#5c6770',
  room: '#2e7d32',
  nearly_reached: '#a65d00',
  reached: '#b3261e',
};

/** Utilisation as a bar: filled to the committed share, with marks at the two thresholds. */
export function UtilisationBar({ utilisation, status, thresholds }: { utilisation: number; status: CeilingStatus; thresholds: ProfessionalFactsView['thresholds'] }) {
  // The scale runs to 120 % so an overrun stays visible; the marks show the thresholds.
  const scale = 120;
  const x = (percent: number) => Math.max(0, Math.min(100, (percent / scale) * 100));
  return (
    <svg className="sk-pro__bar" viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="24" aria-hidden="true" focusable="false" data-testid="utilisation-bar">
      <rect x="0" y="0" width="100" height="10" fill="#e6e9ec" />
      <rect x="0" y="0" width={x(utilisation * 100)} height="10" fill={statusColours[status]} />
      <rect x={x(thresholds.nearlyReachedPercent) - 0.25} y="0" width="0.5" height="10" fill="#1a1a1a" />
      <rect x={x(thresholds.reachedPercent) - 0.25} y="0" width="0.5" height="10" fill="#1a1a1a" />
    </svg>
  );
}

function CeilingBlock({ year, ceiling, thresholds }: Pick<ProfessionalFactsView, 'year' | 'ceiling' | 'thresholds'>) {
  const { t, locale } = useTranslation();
  return (
    <>
      <Heading level={3}>{t('pro.ceiling.title', { year })}</Heading>
      {ceiling ? (
        <div className="sk-pro__ceiling" data-status={ceiling.status}>
          <p className="utrecht-paragraph">
            <span className={`sk-badge sk-pro__status sk-pro__status--${ceiling.status}`}>{t(`ceilingStatus.${ceiling.status}`)}</span>
          </p>
          {ceiling.status === 'room' || ceiling.status === 'nearly_reached' || ceiling.status === 'reached' ? (
            <Paragraph>{t(`pro.ceiling.explain.${ceiling.status}`, { nearly: thresholds.nearlyReachedPercent })}</Paragraph>
          ) : null}
          {ceiling.utilisation !== null ? (
            <>
              <UtilisationBar utilisation={ceiling.utilisation} status={ceiling.status} thresholds={thresholds} />
              <Paragraph>
                {t('pro.ceiling.summary', {
                  committed: formatCents(locale, ceiling.committedCents),
                  ceiling: formatCents(locale, ceiling.ceilingCents),
                  percent: formatPercent(locale, ceiling.utilisation),
                })}
              </Paragraph>
            </>
          ) : null}
          <dl className="sk-dl">
            <dt>{t('pro.ceiling.ceiling')}</dt>
            <dd>
              <Money cents={ceiling.ceilingCents} />
            </dd>
            <dt>{t('pro.ceiling.committed')}</dt>
            <dd>
              <Money cents={ceiling.committedCents} />
            </dd>
            <dt>{t('pro.ceiling.remaining')}</dt>
            <dd>
              <Money cents={ceiling.remainingCents} />
            </dd>
            {ceiling.utilisation !== null ? (
              <>
                <dt>{t('pro.ceiling.utilisation')}</dt>
                <dd>
                  <data value={ceiling.utilisation.toFixed(4)}>{`${formatPercent(locale, ceiling.utilisation)}%`}</data>
                </dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : (
        <Paragraph>{t('pro.ceiling.none', { year })}</Paragraph>
      )}
    </>
  );
}

function Findings({ findings }: { findings: NonNullable<ProfessionalFactsView['findings']> }) {
  const { t, plural, locale } = useTranslation();
  const mark = (value: number | null) => (value === null ? t('pro.findings.noMark') : formatMark(locale, value));
  return (
    <>
      <Heading level={3}>{t('pro.findings.title')}</Heading>
      {findings.total === 0 ? (
        <Paragraph>{t('pro.findings.none')}</Paragraph>
      ) : (
        <>
          {findings.counted > 0 ? (
            <>
              <Paragraph>{plural('pro.findings.averages', findings.counted)}</Paragraph>
              <dl className="sk-dl">
                {findingDimensions.map((dimension) => (
                  <div key={dimension} className="sk-dl__row">
                    <dt>{t(`finding.${dimension}`)}</dt>
                    <dd>{mark(findings.averages[dimension])}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <Heading level={4}>{t('pro.findings.latest')}</Heading>
          <ul className="sk-plain-list">
            {findings.latest.map((finding) => (
              <li key={finding.id} className="sk-review">
                <p className="sk-card__meta">
                  <strong>{finding.authorName}</strong>
                  <time dateTime={finding.createdAt}>{formatDate(locale, new Date(finding.createdAt))}</time>
                </p>
                <Paragraph>{finding.body}</Paragraph>
                <p className="sk-card__meta sk-muted">
                  {findingDimensions.map((dimension) => (
                    <span key={dimension}>{`${t(`finding.${dimension}`)}: ${finding.marks[dimension]}`}</span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
