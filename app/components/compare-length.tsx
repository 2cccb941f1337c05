/** Above a long comparison: how many rows are shown, with a plain link to all (or fewer). */
import { Link } from './typography';
import { useTranslation } from './use-translation';

export function CompareLengthNote({ shown, total, showAll, allHref, fewerHref }: { shown: number; total: number; showAll: boolean; allHref: string; fewerHref: string }) {
  const { t } = useTranslation();
  if (!showAll && shown >= total) return null;
  return (
    <p className="utrecht-paragraph sk-cmp-length" data-testid="compare-length">
      {showAll ? (
        <Link to={fewerHref} preventScrollReset>
          {t('compare.length.fewer')}
        </Link>
      ) : (
        <>
          {t('compare.length.some', { shown, total })}{' '}
          <Link to={allHref} preventScrollReset>
            {t('compare.length.all', { total })}
          </Link>
        </>
      )}
    </p>
  );
}
