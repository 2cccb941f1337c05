/**
 * The Wmo personal contribution (eigen bijdrage) in plain words, on Wmo maatwerk services: the
 * monthly subscription rate (from configuration, passed in as public information) and the
 * common exemptions.
 */
import type { PersonalContribution as Kind } from '../domain/personal-contribution';
import { formatCents } from '../domain/format';
import { useTranslation } from './use-translation';

/** `title`: show the heading line; off where a label (a `dt`) already says "Eigen bijdrage". */
export function PersonalContribution({ kind, amountCents, title = false }: { kind: Kind; amountCents: number; title?: boolean }) {
  const { t, locale } = useTranslation();
  const amount = formatCents(locale, amountCents);
  return (
    <div className="sk-contribution" data-testid="personal-contribution">
      {title ? (
        <p className="utrecht-paragraph">
          <strong>{t('contribution.title')}</strong>
        </p>
      ) : null}
      {kind === 'none-wheelchair' ? (
        <p className="utrecht-paragraph">{t('contribution.wheelchair')}</p>
      ) : kind === 'income-dependent' ? (
        <p className="utrecht-paragraph">{t('contribution.sheltered')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('contribution.amount', { amount })}</p>
          <p className="utrecht-paragraph">{t('contribution.perHousehold', { amount })}</p>
          <p className="utrecht-paragraph">{t('contribution.cak')}</p>
          <p className="utrecht-paragraph">{t('contribution.exemptTitle')}</p>
          <ul className="utrecht-unordered-list">
            <li>{t('contribution.exempt.child')}</li>
            <li>{t('contribution.exempt.wheelchair')}</li>
            <li>{t('contribution.exempt.wlz')}</li>
          </ul>
          <p className="utrecht-paragraph">{t('contribution.lowIncome')}</p>
        </>
      )}
    </div>
  );
}
