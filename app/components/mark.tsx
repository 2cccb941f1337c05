import type { ReviewSummary } from '../domain/reviews';
import { formatMark } from '../domain/format';
import { h, type MarkupNode } from './markup';
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

/** MarkSummary as a markup tree (./markup.tsx, ADR 026), for parts of a page written as one string. */
export function markSummaryMarkup(
  summary: Pick<ReviewSummary, 'average' | 'count' | 'provisional'>,
  { t, plural, locale }: Pick<ReturnType<typeof useTranslation>, 't' | 'plural' | 'locale'>,
): MarkupNode {
  if (summary.average === null) return h('span', { className: 'sk-mark sk-mark--none' }, t('mark.none'));
  return h(
    'span',
    { className: 'sk-mark' },
    h('span', { className: 'sk-mark__value' }, h('data', { value: summary.average.toFixed(1) }, formatMark(locale, summary.average)), h('span', { className: 'sk-visually-hidden' }, ` ${t('mark.outOf')}`)),
    ' ',
    h('span', { className: 'sk-mark__count' }, `(${plural('mark.reviews', summary.count)})`),
    summary.provisional ? h('span', { className: 'sk-mark__provisional' }, ` · ${t('mark.provisional')}`) : null,
  );
}
