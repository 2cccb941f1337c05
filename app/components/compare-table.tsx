/**
 * The comparison table: one row per contracted provider with a valid tariff. Every column
 * heading is a plain link that sorts (works without JavaScript); the sorted column says so with
 * aria-sort. The table scrolls sideways inside its own focusable region on a small screen.
 */
import { Form } from '@remix-run/react';
import { defaultDirection, type ComparisonSortKey, type SortDirection } from '../domain/compare';
import type { CompareTableRow } from '../domain/compare-view';
import { formatDate, formatMark, formatPercent } from '../domain/format';
import type { MessageKey } from '../i18n';
import { CeilingStatusText, FitText, Tariff } from './compare-flags';
import { Money } from './money';
import { Link } from './typography';
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
  const { t } = useTranslation();
  const shownKeys = new Set(rows.map((r) => r.key));
  const byKey = new Map(Object.entries(alternatives).map(([key, facts]) => [key, { ...facts, href: shownKeys.has(key) || !allHref ? `#rij-${key}` : `${allHref}#rij-${key}` }]));
  return (
    <div className="sk-cmp-scroll" role="region" aria-labelledby="vergelijking-titel" tabIndex={0}>
      <table className="utrecht-table sk-cmp-table" aria-labelledby="vergelijking-titel" aria-describedby="vergelijking-uitleg">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => {
              const active = sort.key === column.key;
              const next: SortDirection = active ? (sort.direction === 'op' ? 'af' : 'op') : defaultDirection(column.key);
              const label = column.key === 'afstand' && !showDistance ? 'compare.col.district' : column.label;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={`utrecht-table__header-cell${column.numeric ? ' sk-cmp-num' : ''}`}
                  aria-sort={active ? (sort.direction === 'op' ? 'ascending' : 'descending') : undefined}
                >
                  <Link to={hrefForSort(column.key, next)} preventScrollReset className="sk-cmp-sort">
                    {t(label)}
                    <span aria-hidden="true" className="sk-cmp-sort__icon">
                      {active ? (sort.direction === 'op' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                    <span className="sk-visually-hidden">
                      {' '}
                      ({t(next === 'op' ? 'compare.sort.ascending' : 'compare.sort.descending')})
                    </span>
                  </Link>
                </th>
              );
            })}
            <th scope="col" className="utrecht-table__header-cell">
              {t('compare.col.shortlist')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <CompareRow key={row.key} row={row} byKey={byKey} onList={onList} add={add} showDistance={showDistance} multiYear={multiYear} recordHref={recordHref} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CompareRow({
  row,
  byKey,
  onList,
  add,
  showDistance,
  multiYear,
  recordHref,
}: {
  row: CompareTableRow;
  byKey: Map<string, { organizationName: string; costCents: number | null; href: string }>;
  onList: readonly string[];
  add: CompareTableProps['add'];
  showDistance: boolean;
  multiYear: boolean;
  recordHref?: CompareTableProps['recordHref'];
}) {
  const { t, plural, locale } = useTranslation();
  const listed = onList.includes(`${row.organizationId}|${row.serviceId ?? ''}`);
  const rowClass = ['utrecht-table__row', row.bestChoice && 'sk-cmp-row--best', !row.available && row.costCents !== null && 'sk-cmp-row--blocked']
    .filter(Boolean)
    .join(' ');
  return (
    <tr className={rowClass} id={`rij-${row.key}`} data-testid="compare-row" data-best={row.bestChoice || undefined} data-ceiling={row.ceiling.status}>
      <th scope="row" className="utrecht-table__header-cell sk-cmp-provider">
        <Link to={`/aanbieders/${row.organizationSlug}${row.serviceId ? `#aanbod-${row.serviceId}` : ''}`}>{row.organizationName}</Link>
        <span className="sk-cmp-product">
          {row.productCode} {row.productName}
        </span>
        {row.bestChoice ? <span className="sk-cmp-badge sk-cmp-badge--best">{t('compare.badge.best')}</span> : null}
        {row.cheapest && !row.bestChoice ? <span className="sk-cmp-badge">{t('compare.badge.cheapest')}</span> : null}
        {row.contractEndsEarly && row.contractValidTo ? (
          <span className="sk-cmp-note">{t('compare.contractEnds', { date: formatDate(locale, row.contractValidTo) })}</span>
        ) : null}
        {row.serviceStatus === 'temporarily_closed' ? <span className="sk-cmp-note">{t('status.temporarily_closed')}</span> : null}
        {recordHref ? (
          <Link to={recordHref(row.key)} className="sk-cmp-record" data-testid="record-choice">
            {t('insight.choice.record')}
            <span className="sk-visually-hidden">: {row.organizationName}</span>
          </Link>
        ) : null}
        {row.alternatives.length > 0 ? (
          <span className="sk-cmp-alternatives">
            {t(row.ceiling.status === 'reached' ? 'compare.alternatives.reached' : 'compare.alternatives.other')}{' '}
            {row.alternatives.map((key, i) => {
              const alternative = byKey.get(key);
              if (!alternative) return null;
              return (
                <span key={key}>
                  {i > 0 ? ', ' : ''}
                  <a className="utrecht-link utrecht-link--html-a" href={alternative.href}>
                    {alternative.organizationName}
                  </a>
                  {alternative.costCents !== null ? (
                    <>
                      {' '}
                      (<Money cents={alternative.costCents} />)
                    </>
                  ) : null}
                </span>
              );
            })}
          </span>
        ) : null}
      </th>
      <td className="utrecht-table__cell sk-cmp-num">
        <Tariff cents={row.tariffCents} unit={row.unit} />
      </td>
      <td className="utrecht-table__cell sk-cmp-num">
        {row.costCents !== null ? <Money cents={row.costCents} /> : <span className="sk-muted">{t('compare.cost.otherUnit')}</span>}
      </td>
      <td className="utrecht-table__cell sk-cmp-num">
        {row.differenceCents === null ? (
          <span className="sk-muted">–</span>
        ) : row.differenceCents === 0 ? (
          t('compare.difference.none')
        ) : (
          <>
            + <Money cents={row.differenceCents} />
            {row.differenceFraction !== null ? <> (+{formatPercent(locale, row.differenceFraction)}%)</> : null}
          </>
        )}
      </td>
      <td className="utrecht-table__cell">
        <CeilingStatusText status={row.ceiling.status} />
        {row.ceiling.utilisation !== null ? (
          <span className="sk-cmp-sub">{t('flags.ceiling.used', { percent: formatPercent(locale, row.ceiling.utilisation) })}</span>
        ) : null}
      </td>
      <td className="utrecht-table__cell sk-cmp-num">
        {row.ceiling.remainingCents !== null ? <Money cents={row.ceiling.remainingCents} /> : <span className="sk-muted">{t('compare.room.noCeiling')}</span>}
      </td>
      <td className="utrecht-table__cell">
        <FitText fits={row.fits} known={row.costCents !== null} />
        {multiYear && row.costCents !== null
          ? row.years.map((year) => (
              <span key={year.year} className="sk-cmp-sub">
                {year.year}: <Money cents={year.costCents} /> – {t(year.fits ? 'compare.fits.yes' : 'compare.fits.no')}
                {year.assessment.status === 'none' ? ` (${t('compare.room.noCeiling')})` : ''}
              </span>
            ))
          : null}
      </td>
      <td className="utrecht-table__cell sk-cmp-num">
        {row.citizenMark !== null ? (
          <>
            <data value={row.citizenMark.toFixed(1)}>{formatMark(locale, row.citizenMark)}</data>
            <span className="sk-cmp-sub">
              ({row.citizenCount}
              {row.citizenProvisional ? `, ${t('compare.mark.provisional')}` : ''})
            </span>
          </>
        ) : (
          <span className="sk-muted">{t('compare.mark.none')}</span>
        )}
      </td>
      <td className="utrecht-table__cell sk-cmp-num">
        {row.staffMark !== null ? (
          <>
            <data value={row.staffMark.toFixed(1)}>{formatMark(locale, row.staffMark)}</data>
            <span className="sk-cmp-sub">({row.staffCount})</span>
          </>
        ) : (
          <span className="sk-muted">{t('compare.mark.none')}</span>
        )}
      </td>
      <td className="utrecht-table__cell sk-cmp-num">
        {row.waitingWeeks === null ? <span className="sk-muted">{t('compare.waiting.unknown')}</span> : plural('compare.waiting.weeks', row.waitingWeeks)}
      </td>
      <td className="utrecht-table__cell">{t(row.acceptingNewClients ? 'compare.accepting.yes' : 'compare.accepting.no')}</td>
      <td className="utrecht-table__cell">
        {showDistance && row.distanceKm !== null ? (
          <span className="sk-nowrap-amount">{t('compare.distance.km', { km: row.distanceKm.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') })}</span>
        ) : null}
        {row.districts.length > 0 ? <span className={showDistance ? 'sk-cmp-sub' : undefined}>{row.districts.join(', ')}</span> : null}
      </td>
      <td className="utrecht-table__cell sk-cmp-add">
        {listed ? (
          <span className="sk-fit sk-fit--yes">{t('compare.add.listed')}</span>
        ) : (
          <Form method="post" action="/keuzelijst/toevoegen" className="sk-cmp-add-form" preventScrollReset>
            <input type="hidden" name="organisatie" value={row.organizationId} />
            {row.serviceId ? <input type="hidden" name="dienst" value={row.serviceId} /> : null}
            {add.listId ? <input type="hidden" name="lijst" value={add.listId} /> : null}
            <input type="hidden" name="terug" value={add.back} />
            <label className="sk-visually-hidden" htmlFor={`notitie-${row.key}`}>
              {t('compare.add.noteFor', { name: row.organizationName })}
            </label>
            <input
              id={`notitie-${row.key}`}
              name="notitie"
              className="utrecht-textbox utrecht-textbox--html-input sk-cmp-add-note"
              placeholder={t('compare.add.notePlaceholder')}
              maxLength={1000}
              autoComplete="off"
            />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t('compare.add.button')}
              <span className="sk-visually-hidden">: {row.organizationName}</span>
            </button>
          </Form>
        )}
      </td>
    </tr>
  );
}
