import type { ReviewSummary } from '../domain/reviews';
import { formatMark } from '../domain/format';
import { useTranslation } from './use-translation';

/** The average mark with the number of experiences; "provisional" below 5 counted reviews. */
export function MarkSummary({ summary }: { summary: Pick<ReviewSummary, 'average' | 'count' | 'provisional'> }) {
  const { t, plural, locale } = useTranslation();
  if (summary.average === null) return <span className="sk-mark sk-mark--none">{t('mark.none')}</span>;
  const mark = formatMark(locale, summary.average);
  return (
    <span className="sk-mark">
      <span className="sk-mark__value">
        <data value={summary.average.toFixed(1)}>{mark}</data>
        <span className="sk-visually-hidden">{` ${t('mark.outOf')}`}</span>
      </span>{' '}
      {/* Whole strings: React marks every boundary between two text nodes with a comment. */}
      <span className="sk-mark__count">{`(${plural('mark.reviews', summary.count)})`}</span>
      {summary.provisional ? <span className="sk-mark__provisional">{` · ${t('mark.provisional')}`}</span> : null}
    </span>
  );
}
