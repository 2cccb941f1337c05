/**
 * The numbers behind a provider's experiences: the overall average (Dutch notation "8,1"), the
 * share that would recommend, the average per aspect and a histogram of overall marks. The
 * histogram is an SVG with its numbers as text alternative (title + description), and the
 * per-aspect averages are a real table, so a screen reader gets every number.
 */
import type { ReviewDimension } from '../domain/enums';
import { formatMark, formatPercent } from '../domain/format';
import type { DimensionAverage, ReviewSummary } from '../domain/reviews';
import type { MessageKey } from '../i18n';
import { MarkSummary } from './mark';
import { Paragraph } from './typography';
import { useTranslation } from './use-translation';

export interface ReviewStatisticsData {
  summary: ReviewSummary;
  dimensions: DimensionAverage<ReviewDimension>[];
  histogram: number[];
  publishedTotal: number;
}

export function ReviewSummaryView({ stats, idPrefix = 'ervaringen' }: { stats: ReviewStatisticsData; idPrefix?: string }) {
  const { t, plural, locale } = useTranslation();
  const { summary } = stats;
  return (
    <div className="sk-rv-summary" data-testid="review-summary">
      <div>
        <Paragraph lead>
          <MarkSummary summary={summary} />
        </Paragraph>
        {summary.recommendShare !== null ? (
          <Paragraph data-testid="recommend-share">
            {t('provider.reviews.recommend', { percent: formatPercent(locale, summary.recommendShare) })}
          </Paragraph>
        ) : null}
        {summary.count > 0 ? <Paragraph small>{plural('reviews.summary.based', summary.count)}</Paragraph> : null}
        <Paragraph small className="sk-muted">
          {t('provider.reviews.old')}
        </Paragraph>
        {summary.count > 0 && stats.dimensions.length > 0 ? <DimensionTable dimensions={stats.dimensions} /> : null}
      </div>
      {stats.histogram.some((n) => n > 0) ? <Histogram counts={stats.histogram} idPrefix={idPrefix} /> : null}
    </div>
  );
}

function DimensionTable({ dimensions }: { dimensions: DimensionAverage<ReviewDimension>[] }) {
  const { t, locale } = useTranslation();
  return (
    <table className="sk-rv-table" data-testid="dimension-averages">
      <caption>{t('reviews.summary.dimensions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reviews.summary.dimension')}</th>
          <th scope="col" className="sk-rv-num">
            {t('reviews.summary.average')}
          </th>
          <th scope="col" className="sk-rv-num">
            {t('reviews.summary.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {dimensions.map((d) => (
          <tr key={d.dimension}>
            <th scope="row">{t(`reviews.dimension.${d.dimension}` as MessageKey)}</th>
            <td className="sk-rv-num">
              {d.average === null ? t('reviews.summary.noMark') : <data value={d.average.toFixed(1)}>{formatMark(locale, d.average)}</data>}
            </td>
            <td className="sk-rv-num">{d.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ROW = 22;
const LABEL = 28;
const BAR_MAX = 220;

/** Horizontal bars for marks 10 down to 1; each bar's count is written next to it. */
export function Histogram({ counts, idPrefix }: { counts: readonly number[]; idPrefix: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...counts);
  const titleId = `${idPrefix}-histogram-title`;
  const descId = `${idPrefix}-histogram-desc`;
  const marks = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  const description = marks.map((mark) => t('reviews.summary.histogram.bar', { mark, count: counts[mark - 1] ?? 0 })).join(', ');
  return (
    <figure className="sk-rv-histogram" data-testid="histogram">
      <figcaption id={titleId}>{t('reviews.summary.histogram')}</figcaption>
      <svg viewBox={`0 0 ${LABEL + BAR_MAX + 48} ${ROW * 10}`} role="img" aria-labelledby={`${titleId} ${descId}`} focusable="false">
        <title>{t('reviews.summary.histogram')}</title>
        <desc id={descId}>{description}</desc>
        {marks.map((mark, row) => {
          const count = counts[mark - 1] ?? 0;
          const width = Math.round((count / max) * BAR_MAX);
          const y = row * ROW;
          return (
            <g key={mark} data-mark={mark} data-count={count}>
              <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize="13" fill="#1a1a1a">
                {mark}
              </text>
              <rect x={LABEL} y={y + 3} width={Math.max(width, count > 0 ? 2 : 0)} height={ROW - 6} fill="currentColor" rx="2" />
              <text x={LABEL + width + 6} y={y + 15} fontSize="13" fill="#1a1a1a">
                {count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
