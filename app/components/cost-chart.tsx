/**
 * A bar chart (SVG) of the estimated cost of an indication per provider, cheapest first. The
 * ceiling status is shown in colour AND in words next to every bar; the bars scale with the
 * width (percentages), the text stays readable at 360 px. The table below holds the same facts.
 * The drawing is a markup tree (./markup.tsx, ADR 026): one string on the server, with characters
 * above U+00FF (€, ★) as character references (ADR 027); React elements in the browser.
 */
import type { CeilingStatus } from '../domain/ceiling';
import { formatCents } from '../domain/format';
import type { MessageKey } from '../i18n';
import { h, Markup } from './markup';
import { useTranslation } from './use-translation';

export interface CostBar {
  key: string;
  name: string;
  costCents: number;
  status: CeilingStatus;
  fits: boolean;
  bestChoice: boolean;
}

const statusKey: Record<CeilingStatus, MessageKey> = {
  none: 'flags.ceiling.none',
  room: 'flags.ceiling.room',
  nearly_reached: 'flags.ceiling.nearly',
  reached: 'flags.ceiling.reached',
};

const ROW = 54;
const NAME_Y = 14;
const BAR_Y = 20;
const BAR_HEIGHT = 14;
const VALUE_Y = 48;
/** The longest bar uses this share of the width, leaving room on wide screens. */
const MAX_BAR_PERCENT = 96;
const NAME_MAX = 38;

function shorten(name: string): string {
  return name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1).trimEnd()}…` : name;
}

export function CostChart({ bars, total, limit = 15 }: { bars: readonly CostBar[]; total: number; limit?: number }) {
  const { t, locale } = useTranslation();
  const shown = [...bars].sort((a, b) => a.costCents - b.costCents || a.name.localeCompare(b.name, 'nl')).slice(0, limit);
  if (shown.length === 0) return null;
  const most = Math.max(...shown.map((b) => b.costCents), 1);
  const height = shown.length * ROW;
  const describe = (bar: CostBar) =>
    `${bar.name}: ${formatCents(locale, bar.costCents)}, ${t(statusKey[bar.status])}${bar.fits ? '' : `, ${t('compare.fits.no')}`}${bar.bestChoice ? `, ${t('compare.badge.best')}` : ''}`;
  return (
    <figure className="sk-chart" aria-labelledby="kosten-grafiek-titel">
      <figcaption id="kosten-grafiek-titel" className="utrecht-paragraph">
        {shown.length < total ? t('compare.chart.captionSome', { shown: shown.length, total }) : t('compare.chart.caption')}
      </figcaption>
      <Markup
        as="svg"
        className="sk-chart__svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby="kosten-grafiek-svg-titel kosten-grafiek-svg-beschrijving"
        data-testid="cost-chart"
        charRefs
        content={[
          h('title', { id: 'kosten-grafiek-svg-titel' }, t('compare.chart.title')),
          h('desc', { id: 'kosten-grafiek-svg-beschrijving' }, shown.map(describe).join('; ')),
          shown.map((bar, index) => {
            const top = index * ROW;
            const width = Math.max(0.5, (bar.costCents / most) * MAX_BAR_PERCENT);
            return h(
              'g',
              { key: bar.key, 'data-status': bar.status },
              h('text', { x: '0', y: top + NAME_Y, className: 'sk-chart__name' }, bar.bestChoice ? '★ ' : '', shorten(bar.name)),
              h('rect', { x: '0', y: top + BAR_Y, width: `${width}%`, height: BAR_HEIGHT, rx: '2', className: `sk-chart__bar sk-chart__bar--${bar.status}` }),
              h('text', { x: '0', y: top + VALUE_Y, className: 'sk-chart__value' }, formatCents(locale, bar.costCents), ' · ', t(statusKey[bar.status]), bar.fits ? '' : ` · ${t('compare.fits.no')}`),
            );
          }),
        ]}
      />
      <ul className="sk-chart__legend" aria-label={t('compare.chart.legend')}>
        {(['room', 'nearly_reached', 'reached', 'none'] as const).map((status) => (
          <li key={status}>
            <span className={`sk-chart__swatch sk-chart__bar--${status}`} aria-hidden="true" /> {t(statusKey[status])}
          </li>
        ))}
      </ul>
    </figure>
  );
}
