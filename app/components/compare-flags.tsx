/**
 * The flags professionals see wherever they look at a provider: the budget-ceiling status (in
 * colour and in words), the room left, whether an indication fits, and the national-procurement
 * warning. The words come from the rules in app/domain/ceiling.ts, so every page agrees. Each
 * run of text is one template string: one text node, not pieces React separates with `<!-- -->`.
 */
import type { CeilingAssessment, CeilingStatus, NationalProcurement } from '../domain/ceiling';
import type { TariffUnit } from '../domain/enums';
import { formatCents, formatDate, formatPercent } from '../domain/format';
import type { MessageKey } from '../i18n';
import { Link } from './typography';
import { cx } from './typography';
import { useTranslation } from './use-translation';

/** The words of each ceiling status. */
export const ceilingStatusKey: Record<CeilingStatus, MessageKey> = {
  none: 'flags.ceiling.none',
  room: 'flags.ceiling.room',
  nearly_reached: 'flags.ceiling.nearly',
  reached: 'flags.ceiling.reached',
};

/** The ceiling status as a coloured marker plus words (colour is never the only signal). */
export function CeilingStatusText({ status }: { status: CeilingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={cx('sk-flag', `sk-flag--${status}`)} data-ceiling={status}>
      <span className="sk-flag__dot" aria-hidden="true" />
      {t(ceilingStatusKey[status])}
    </span>
  );
}

/** Status, share used and room left in euros. */
export function CeilingFlag({ assessment, year }: { assessment: CeilingAssessment; year?: number }) {
  const { t, locale } = useTranslation();
  return (
    <span className="sk-flag-group">
      <CeilingStatusText status={assessment.status} />
      {year !== undefined && assessment.status !== 'none' ? <span className="sk-muted">{` (${t('flags.ceiling.year', { year })})`}</span> : null}
      {assessment.utilisation !== null ? (
        <span className="sk-flag__detail">{t('flags.ceiling.used', { percent: formatPercent(locale, assessment.utilisation) })}</span>
      ) : null}
      {assessment.remainingCents !== null ? (
        <span className="sk-flag__detail">
          {t('flags.ceiling.remaining', { amount: formatCents(locale, assessment.remainingCents) })}
        </span>
      ) : null}
    </span>
  );
}

import { Money } from './money';

/** "€ 62,50 per uur". */
export function Tariff({ cents, unit }: { cents: number; unit: TariffUnit }) {
  const { t } = useTranslation();
  return (
    <span className="sk-nowrap-amount">
      <Money cents={cents} />
      {` ${t(`compare.unit.${unit}.per` as MessageKey)}`}
    </span>
  );
}

const MAX_NATIONAL_SHOWN = 5;

/**
 * The warning that the municipality already pays for this product nationally, naming the
 * national provider(s). Shown to professionals on local offers of the same product.
 */
export function NationalWarning({ procurements, productName }: { procurements: readonly NationalProcurement[]; productName?: string }) {
  const { t, locale } = useTranslation();
  if (procurements.length === 0) return null;
  const unique = procurements.filter((p, i, all) => all.findIndex((q) => q.organizationId === p.organizationId) === i);
  return (
    <div className="sk-cmp-alert sk-cmp-alert--national" role="note" data-testid="national-warning">
      <p className="utrecht-paragraph">
        <strong>{t('flags.national.title')}</strong>
        {` ${productName ? t('flags.national.textProduct', { product: productName }) : t('flags.national.text')}`}
      </p>
      <ul className="utrecht-unordered-list">
        {unique.slice(0, MAX_NATIONAL_SHOWN).map((p) => (
            <li key={p.organizationId}>
              {p.organizationSlug ? <Link to={`/aanbieders/${p.organizationSlug}`}>{p.organizationName}</Link> : p.organizationName}
              {p.validTo ? <span className="sk-muted">{` (${t('flags.national.until', { date: formatDate(locale, p.validTo) })})`}</span> : null}
            </li>
          ))}
        {unique.length > MAX_NATIONAL_SHOWN ? <li>{t('flags.national.more', { count: unique.length - MAX_NATIONAL_SHOWN })}</li> : null}
      </ul>
      <p className="utrecht-paragraph">{t(unique.length === 1 ? 'flags.national.adviceOne' : 'flags.national.adviceMany')}</p>
    </div>
  );
}

/** Whether an indication fits in the room, in words. */
export function FitText({ fits, known = true }: { fits: boolean; known?: boolean }) {
  const { t } = useTranslation();
  if (!known) return <span className="sk-muted">{t('compare.fits.unknown')}</span>;
  return <span className={fits ? 'sk-fit sk-fit--yes' : 'sk-fit sk-fit--no'}>{t(fits ? 'compare.fits.yes' : 'compare.fits.no')}</span>;
}

/**
 * The flags next to one contract on a provider page: the organisation's ceiling status this
 * contract year, and the national-procurement warning when the product is bought nationally.
 */
export function ContractFlags({ status, national }: { status: CeilingStatus | null; national: readonly NationalProcurement[] }) {
  const { t } = useTranslation();
  return (
    <div className="sk-contract-flags" data-testid="contract-flags">
      <p className="utrecht-paragraph">
        <span className="sk-muted">{`${t('flags.ceiling.title')}: `}</span>
        <CeilingStatusText status={status ?? 'none'} />
      </p>
      <NationalWarning procurements={national} />
    </div>
  );
}
