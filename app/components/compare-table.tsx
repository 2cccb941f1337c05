/**
 * The comparison table: one row per contracted provider with a valid tariff. Every column
 * heading is a plain link that sorts (works without JavaScript); the sorted column says so with
 * aria-sort. The table scrolls sideways inside its own focusable region on a small screen.
 * Its head and rows are a markup tree (./markup.tsx): one string on the server, React elements in
 * the browser; the markup is what the React components of the same cells wrote.
 */
import { defaultDirection, type ComparisonSortKey, type SortDirection } from '../domain/compare';
import type { CompareTableRow } from '../domain/compare-view';
import { formatDate, formatMark, formatPercent } from '../domain/format';
import type { MessageKey } from '../i18n';
import type { Locale } from '../domain/enums';
import { formatCents } from '../domain/format';
import { ceilingStatusKey } from './compare-flags';
import { h, Markup, markupForm, markupLink, type MarkupNode } from './markup';
import { useTranslation } from './use-translation';

export interface CompareTableProps {
  rows: CompareTableRow[];
  /** Name and cost of the rows that shown rows name as alternatives (their rows may be hidden). */
  alternatives: Record<string, { organizationName: string; costCents: number | null }>;
  /** The address with every row, when some are hidden: alternatives that are hidden link there. */
  allHref: string | null;
  sort: { key: ComparisonSortKey; direction: SortDirection };
  /** The URL of this comparison with another sort. */
  hrefForSort: (key: ComparisonSortKey, direction: SortDirection) => string;
  /** `organizationId|serviceId` of the providers already on the current list. */
  onList: readonly string[];
  /** Where "put on the shortlist" sends the provider. */
  add: { listId: number | null; back: string };
  showDistance: boolean;
  multiYear: boolean;
  /** Where "record this choice" goes for a row (app/routes/vergelijken_.vastleggen.tsx); none: no link. */
  recordHref?: ((key: string) => string) | undefined;
}

const columns: { key: ComparisonSortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'aanbieder', label: 'compare.col.provider' },
  { key: 'tarief', label: 'compare.col.tariff', numeric: true },
  { key: 'kosten', label: 'compare.col.cost', numeric: true },
  { key: 'verschil', label: 'compare.col.difference', numeric: true },
  { key: 'plafond', label: 'compare.col.ceiling' },
  { key: 'ruimte', label: 'compare.col.room', numeric: true },
  { key: 'past', label: 'compare.col.fits' },
  { key: 'cijfer', label: 'compare.col.citizenMark', numeric: true },
  { key: 'bevinding', label: 'compare.col.staffMark', numeric: true },
  { key: 'wachttijd', label: 'compare.col.waiting', numeric: true },
  { key: 'nieuwe-clienten', label: 'compare.col.accepting' },
  { key: 'afstand', label: 'compare.col.distance' },
];

export function CompareTable({ rows, alternatives, allHref, sort, hrefForSort, onList, add, showDistance, multiYear, recordHref }: CompareTableProps) {
  const translator = useTranslation();
  const { t } = translator;
  const shownKeys = new Set(rows.map((r) => r.key));
  const byKey = new Map(Object.entries(alternatives).map(([key, facts]) => [key, { ...facts, href: shownKeys.has(key) || !allHref ? `#rij-${key}` : `${allHref}#rij-${key}` }]));
  const head = h(
    'thead',
    { className: 'utrecht-table__header' },
    h(
      'tr',
      { className: 'utrecht-table__row' },
      columns.map((column) => {
        const active = sort.key === column.key;
        const next: SortDirection = active ? (sort.direction === 'op' ? 'af' : 'op') : defaultDirection(column.key);
        const label = column.key === 'afstand' && !showDistance ? 'compare.col.district' : column.label;
        return h(
          'th',
          {
            key: column.key,
            scope: 'col',
            className: `utrecht-table__header-cell${column.numeric ? ' sk-cmp-num' : ''}`,
            'aria-sort': active ? (sort.direction === 'op' ? 'ascending' : 'descending') : undefined,
          },
          markupLink(
            { to: hrefForSort(column.key, next), preventScrollReset: true, className: 'sk-cmp-sort' },
            t(label),
            h('span', { 'aria-hidden': 'true', className: 'sk-cmp-sort__icon' }, active ? (sort.direction === 'op' ? ' ▲' : ' ▼') : ' ↕'),
            h('span', { className: 'sk-visually-hidden' }, ' ', '(', t(next === 'op' ? 'compare.sort.ascending' : 'compare.sort.descending'), ')'),
          ),
        );
      }),
      h('th', { scope: 'col', className: 'utrecht-table__header-cell' }, t('compare.col.shortlist')),
    ),
  );
  const context: RowContext = { ...translator, byKey, onList, add, showDistance, multiYear, recordHref };
  const body = h('tbody', { className: 'utrecht-table__body' }, rows.map((row) => compareRow(row, context)));
  return (
    <div className="sk-cmp-scroll" role="region" aria-labelledby="vergelijking-titel" tabIndex={0}>
      <Markup as="table" className="utrecht-table sk-cmp-table" aria-labelledby="vergelijking-titel" aria-describedby="vergelijking-uitleg" charRefs content={[head, body]} />
    </div>
  );
}

interface RowContext {
  t: ReturnType<typeof useTranslation>['t'];
  plural: ReturnType<typeof useTranslation>['plural'];
  locale: Locale;
  byKey: Map<string, { organizationName: string; costCents: number | null; href: string }>;
  onList: readonly string[];
  add: CompareTableProps['add'];
  showDistance: boolean;
  multiYear: boolean;
  recordHref?: CompareTableProps['recordHref'];
}

/** money.tsx `Money`: the amount as text with the euros machine-readable. */
function money(locale: Locale, cents: number): MarkupNode {
  return h('data', { value: (cents / 100).toFixed(2) }, formatCents(locale, cents));
}

/**
 * The best choice in words (the comparison's "cheapest with room"), for `<Markup as="p" charRefs>`:
 * the provider's name linking to its row, the text and the amount.
 */
export function bestChoiceContent(best: Pick<CompareTableRow, 'key' | 'organizationName' | 'productName'>, costCents: number, t: RowContext['t'], locale: Locale): MarkupNode {
  return [
    h('strong', null, h('a', { className: 'utrecht-link utrecht-link--html-a', href: `#rij-${best.key}` }, best.organizationName)),
    ' ',
    t('compare.best.text', { product: best.productName }),
    ' ',
    money(locale, costCents),
  ];
}

const muted = (text: string) => h('span', { className: 'sk-muted' }, text);

function compareRow(row: CompareTableRow, { t, plural, locale, byKey, onList, add, showDistance, multiYear, recordHref }: RowContext): MarkupNode {
  const listed = onList.includes(`${row.organizationId}|${row.serviceId ?? ''}`);
  const rowClass = ['utrecht-table__row', row.bestChoice && 'sk-cmp-row--best', !row.available && row.costCents !== null && 'sk-cmp-row--blocked']
    .filter(Boolean)
    .join(' ');
  const cell = (className: string, ...children: MarkupNode[]) => h('td', { className }, ...children);
  const mark = (value: number | null, count: MarkupNode[]) =>
    value !== null
      ? [h('data', { value: value.toFixed(1) }, formatMark(locale, value)), h('span', { className: 'sk-cmp-sub' }, ...count)]
      : muted(t('compare.mark.none'));
  return h(
    'tr',
    { key: row.key, className: rowClass, id: `rij-${row.key}`, 'data-testid': 'compare-row', 'data-best': row.bestChoice || undefined, 'data-ceiling': row.ceiling.status },
    h(
      'th',
      { scope: 'row', className: 'utrecht-table__header-cell sk-cmp-provider' },
      markupLink({ to: `/aanbieders/${row.organizationSlug}${row.serviceId ? `#aanbod-${row.serviceId}` : ''}` }, row.organizationName),
      h('span', { className: 'sk-cmp-product' }, row.productCode, ' ', row.productName),
      row.bestChoice ? h('span', { className: 'sk-cmp-badge sk-cmp-badge--best' }, t('compare.badge.best')) : null,
      row.cheapest && !row.bestChoice ? h('span', { className: 'sk-cmp-badge' }, t('compare.badge.cheapest')) : null,
      row.contractEndsEarly && row.contractValidTo ? h('span', { className: 'sk-cmp-note' }, t('compare.contractEnds', { date: formatDate(locale, row.contractValidTo) })) : null,
      row.serviceStatus === 'temporarily_closed' ? h('span', { className: 'sk-cmp-note' }, t('status.temporarily_closed')) : null,
      recordHref
        ? markupLink(
            { to: recordHref(row.key), className: 'sk-cmp-record', 'data-testid': 'record-choice' },
            t('insight.choice.record'),
            h('span', { className: 'sk-visually-hidden' }, ': ', row.organizationName),
          )
        : null,
      row.alternatives.length > 0
        ? h(
            'span',
            { className: 'sk-cmp-alternatives' },
            t(row.ceiling.status === 'reached' ? 'compare.alternatives.reached' : 'compare.alternatives.other'),
            ' ',
            row.alternatives.map((key, i) => {
              const alternative = byKey.get(key);
              if (!alternative) return null;
              return h(
                'span',
                { key },
                i > 0 ? ', ' : '',
                h('a', { className: 'utrecht-link utrecht-link--html-a', href: alternative.href }, alternative.organizationName),
                alternative.costCents !== null ? [' ', '(', money(locale, alternative.costCents), ')'] : null,
              );
            }),
          )
        : null,
    ),
    // compare-flags.tsx `Tariff`: "€ 62,50 per uur".
    cell('utrecht-table__cell sk-cmp-num', h('span', { className: 'sk-nowrap-amount' }, money(locale, row.tariffCents), ` ${t(`compare.unit.${row.unit}.per` as MessageKey)}`)),
    cell('utrecht-table__cell sk-cmp-num', row.costCents !== null ? money(locale, row.costCents) : muted(t('compare.cost.otherUnit'))),
    cell(
      'utrecht-table__cell sk-cmp-num',
      row.differenceCents === null
        ? muted('–')
        : row.differenceCents === 0
          ? t('compare.difference.none')
          : ['+ ', money(locale, row.differenceCents), row.differenceFraction !== null ? [' (+', formatPercent(locale, row.differenceFraction), '%)'] : null],
    ),
    cell(
      'utrecht-table__cell',
      // compare-flags.tsx `CeilingStatusText`: a coloured marker plus words.
      h('span', { className: `sk-flag sk-flag--${row.ceiling.status}`, 'data-ceiling': row.ceiling.status }, h('span', { className: 'sk-flag__dot', 'aria-hidden': 'true' }), t(ceilingStatusKey[row.ceiling.status])),
      row.ceiling.utilisation !== null ? h('span', { className: 'sk-cmp-sub' }, t('flags.ceiling.used', { percent: formatPercent(locale, row.ceiling.utilisation) })) : null,
    ),
    cell('utrecht-table__cell sk-cmp-num', row.ceiling.remainingCents !== null ? money(locale, row.ceiling.remainingCents) : muted(t('compare.room.noCeiling'))),
    cell(
      'utrecht-table__cell',
      // compare-flags.tsx `FitText`.
      row.costCents === null ? muted(t('compare.fits.unknown')) : h('span', { className: row.fits ? 'sk-fit sk-fit--yes' : 'sk-fit sk-fit--no' }, t(row.fits ? 'compare.fits.yes' : 'compare.fits.no')),
      multiYear && row.costCents !== null
        ? row.years.map((year) =>
            h(
              'span',
              { key: year.year, className: 'sk-cmp-sub' },
              year.year,
              ': ',
              money(locale, year.costCents),
              ' – ',
              t(year.fits ? 'compare.fits.yes' : 'compare.fits.no'),
              year.assessment.status === 'none' ? ` (${t('compare.room.noCeiling')})` : '',
            ),
          )
        : null,
    ),
    cell('utrecht-table__cell sk-cmp-num', mark(row.citizenMark, ['(', row.citizenCount, row.citizenProvisional ? `, ${t('compare.mark.provisional')}` : '', ')'])),
    cell('utrecht-table__cell sk-cmp-num', mark(row.staffMark, ['(', row.staffCount, ')'])),
    cell('utrecht-table__cell sk-cmp-num', row.waitingWeeks === null ? muted(t('compare.waiting.unknown')) : plural('compare.waiting.weeks', row.waitingWeeks)),
    cell('utrecht-table__cell', t(row.acceptingNewClients ? 'compare.accepting.yes' : 'compare.accepting.no')),
    cell(
      'utrecht-table__cell',
      showDistance && row.distanceKm !== null
        ? h('span', { className: 'sk-nowrap-amount' }, t('compare.distance.km', { km: row.distanceKm.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') }))
        : null,
      row.districts.length > 0 ? h('span', { className: showDistance ? 'sk-cmp-sub' : undefined }, row.districts.join(', ')) : null,
    ),
    cell(
      'utrecht-table__cell sk-cmp-add',
      listed
        ? h('span', { className: 'sk-fit sk-fit--yes' }, t('compare.add.listed'))
        : markupForm(
            { method: 'post', action: '/keuzelijst/toevoegen', className: 'sk-cmp-add-form', preventScrollReset: true },
            h('input', { type: 'hidden', name: 'organisatie', value: row.organizationId }),
            row.serviceId ? h('input', { type: 'hidden', name: 'dienst', value: row.serviceId }) : null,
            add.listId ? h('input', { type: 'hidden', name: 'lijst', value: add.listId }) : null,
            h('input', { type: 'hidden', name: 'terug', value: add.back }),
            h('label', { className: 'sk-visually-hidden', htmlFor: `notitie-${row.key}` }, t('compare.add.noteFor', { name: row.organizationName })),
            h('input', {
              id: `notitie-${row.key}`,
              name: 'notitie',
              className: 'utrecht-textbox utrecht-textbox--html-input sk-cmp-add-note',
              placeholder: t('compare.add.notePlaceholder'),
              maxLength: 1000,
              autoComplete: 'off',
            }),
            h(
              'button',
              { type: 'submit', className: 'utrecht-button utrecht-button--secondary-action' },
              t('compare.add.button'),
              h('span', { className: 'sk-visually-hidden' }, ': ', row.organizationName),
            ),
          ),
    ),
  );
}
