/**
 * Charts of the insight pages as accessible SVG: a title and a description in words, the same
 * numbers in a table beside them (the pages render it), scales and paths from d3-scale and
 * d3-shape. Suppressed values are gaps, never zeros.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { CeilingStatus } from '../domain/ceiling';
import { formatCents, formatMark, formatMonth, formatPercent } from '../domain/format';
import type { Quadrant } from '../domain/insight';
import type { MessageKey } from '../i18n';
import { useTranslation } from './use-translation';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 48 };

export function ShareLineChart({ id, points, description }: { id: string; points: readonly { month: string; share: number | null }[]; description: string }) {
  const { t, locale } = useTranslation();
  const x = scalePoint<string>()
    .domain(points.map((p) => p.month))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<{ month: string; share: number | null }>()
    .defined((p) => p.share !== null)
    .x((p) => x(p.month) ?? 0)
    .y((p) => y(p.share ?? 0))(points);
  const ticks = y.ticks(4);
  const every = Math.max(1, Math.ceil(points.length / 6));
  return (
    <figure className="sk-in-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid={id}>
        <title id={`${id}-title`}>{t('insight.share.title')}</title>
        <desc id={`${id}-desc`}>
          {description}{' '}
          {points.map((p) => `${formatMonth(locale, p.month)}: ${p.share === null ? t('insight.suppressed.label') : formatPercent(locale, p.share)}`).join('; ')}
        </desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="sk-in-chart__grid" />
            <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="sk-in-chart__tick">
              {formatPercent(locale, tick)}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          i % every === 0 || i === points.length - 1 ? (
            <text key={p.month} x={x(p.month)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" className="sk-in-chart__tick">
              {formatMonth(locale, p.month).replace(/ \d{4}$/, '').slice(0, 3)} {p.month.slice(2, 4)}
            </text>
          ) : null,
        )}
        {path ? <path d={path} className="sk-in-chart__line" /> : null}
        {points.map((p) => (p.share === null ? null : <circle key={p.month} cx={x(p.month)} cy={y(p.share)} r={4} className="sk-in-chart__dot" />))}
      </svg>
    </figure>
  );
}

export interface ValueMapPoint {
  key: string;
  name: string;
  tariffCents: number;
  mark: number | null;
  ceilingStatus: CeilingStatus;
  quadrant: Quadrant | null;
}

const ceilingKey: Record<CeilingStatus, MessageKey> = {
  none: 'flags.ceiling.none',
  room: 'flags.ceiling.room',
  nearly_reached: 'flags.ceiling.nearly',
  reached: 'flags.ceiling.reached',
};

function Marker({ x, y, status }: { x: number; y: number; status: CeilingStatus }) {
  const className = `sk-in-marker sk-in-marker--${status}`;
  if (status === 'reached') return <rect x={x - 6} y={y - 6} width={12} height={12} className={className} />;
  if (status === 'nearly_reached') return <path d={`M${x},${y - 7} L${x + 7},${y + 6} L${x - 7},${y + 6} Z`} className={className} />;
  return <circle cx={x} cy={y} r={6} className={className} />;
}

/**
 * Tariff against mark. The tariff axis runs from high (left) to low (right), so "good and
 * affordable" is the top-right quadrant, split at the medians.
 */
export function ValueMapChart({
  id,
  points,
  medianTariff,
  medianMark,
  description,
}: {
  id: string;
  points: readonly ValueMapPoint[];
  medianTariff: number;
  medianMark: number | null;
  description: string;
}) {
  const { t, locale } = useTranslation();
  const marked = points.filter((p) => p.mark !== null);
  const tariffs = points.map((p) => p.tariffCents);
  const low = Math.min(...tariffs);
  const high = Math.max(...tariffs);
  const pad = Math.max(1, (high - low) * 0.08);
  const x = scaleLinear().domain([high + pad, Math.max(0, low - pad)]).range([MARGIN.left + 8, WIDTH - MARGIN.right]);
  const marks = marked.map((p) => p.mark!);
  const y = scaleLinear()
    .domain([Math.max(1, Math.floor(Math.min(...marks, medianMark ?? 10) - 0.5)), Math.min(10, Math.ceil(Math.max(...marks, medianMark ?? 1) + 0.5))])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  const midX = x(medianTariff);
  const midY = medianMark === null ? null : y(medianMark);
  const describe = (p: ValueMapPoint) =>
    `${p.name}: ${formatCents(locale, p.tariffCents)}, ${p.mark === null ? t('insight.value.noMark') : formatMark(locale, p.mark)}, ${t(ceilingKey[p.ceilingStatus])}${p.quadrant ? `, ${t(`insight.quadrant.${p.quadrant}` as MessageKey)}` : ''}`;
  return (
    <figure className="sk-in-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid={id}>
        <title id={`${id}-title`}>{t('insight.value.title')}</title>
        <desc id={`${id}-desc`}>
          {description} {points.map(describe).join('; ')}
        </desc>
        {midY !== null ? <rect x={midX} y={MARGIN.top} width={Math.max(0, WIDTH - MARGIN.right - midX)} height={Math.max(0, midY - MARGIN.top)} className="sk-in-chart__quadrant" /> : null}
        {midY !== null ? (
          <text x={WIDTH - MARGIN.right - 4} y={MARGIN.top + 14} textAnchor="end" className="sk-in-chart__quadrant-label">
            {t('insight.quadrant.good_affordable')}
          </text>
        ) : null}
        <line x1={midX} x2={midX} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} className="sk-in-chart__median" />
        {midY !== null ? <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={midY} y2={midY} className="sk-in-chart__median" /> : null}
        {y.ticks(5).map((tick) => (
          <text key={tick} x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="sk-in-chart__tick">
            {formatMark(locale, tick)}
          </text>
        ))}
        {x.ticks(4).map((tick) => (
          <text key={tick} x={x(tick)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" className="sk-in-chart__tick">
            {formatCents(locale, Math.round(tick))}
          </text>
        ))}
        {marked.map((p) => (
          <g key={p.key}>
            <Marker x={x(p.tariffCents)} y={y(p.mark!)} status={p.ceilingStatus} />
          </g>
        ))}
      </svg>
    </figure>
  );
}
