/**
 * The comparison's parts that became markup trees with character references (ADR 027): the cost
 * chart and the best-choice line must be, after the browser decodes the references, byte for byte
 * what their React components wrote (kept below as the reference), and hold no character above
 * U+00FF; in the browser they are the same React elements.
 */
import { describe, expect, it } from 'vitest';
import { KindBadge } from '../../app/components/badges';
import { CompareForm } from '../../app/components/compare-form';
import { CompareFreeFacilities, type FreeFacility } from '../../app/components/compare-free-facilities';
import type { CompareFormOptions } from '../../app/domain/compare-view';
import { tariffUnits } from '../../app/domain/enums';
import { bestChoiceContent } from '../../app/components/compare-table';
import { MarkSummary } from '../../app/components/mark';
import { Heading, Link } from '../../app/components/typography';
import { CostChart, type CostBar } from '../../app/components/cost-chart';
import { Markup } from '../../app/components/markup';
import { Money } from '../../app/components/money';
import { useTranslation } from '../../app/components/use-translation';
import type { CeilingStatus } from '../../app/domain/ceiling';
import { formatCents } from '../../app/domain/format';
import type { MessageKey } from '../../app/i18n';
import { renderInPage } from '../support/render-in-page';

const decodeCharRefs = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

// --- The React components as they were (app/components/cost-chart.tsx, app/routes/vergelijken.tsx) ---

const statusKey: Record<CeilingStatus, MessageKey> = { none: 'flags.ceiling.none', room: 'flags.ceiling.room', nearly_reached: 'flags.ceiling.nearly', reached: 'flags.ceiling.reached' };

function ReactChartDrawing({ bars }: { bars: readonly CostBar[] }) {
  const { t, locale } = useTranslation();
  const shown = [...bars].sort((a, b) => a.costCents - b.costCents || a.name.localeCompare(b.name, 'nl')).slice(0, 15);
  const most = Math.max(...shown.map((b) => b.costCents), 1);
  const shorten = (name: string) => (name.length > 38 ? `${name.slice(0, 37).trimEnd()}…` : name);
  const describe = (bar: CostBar) =>
    `${bar.name}: ${formatCents(locale, bar.costCents)}, ${t(statusKey[bar.status])}${bar.fits ? '' : `, ${t('compare.fits.no')}`}${bar.bestChoice ? `, ${t('compare.badge.best')}` : ''}`;
  return (
    <svg className="sk-chart__svg" width="100%" height={shown.length * 54} role="img" aria-labelledby="kosten-grafiek-svg-titel kosten-grafiek-svg-beschrijving" data-testid="cost-chart">
      <title id="kosten-grafiek-svg-titel">{t('compare.chart.title')}</title>
      <desc id="kosten-grafiek-svg-beschrijving">{shown.map(describe).join('; ')}</desc>
      {shown.map((bar, index) => {
        const top = index * 54;
        const width = Math.max(0.5, (bar.costCents / most) * 96);
        return (
          <g key={bar.key} data-status={bar.status}>
            <text x="0" y={top + 14} className="sk-chart__name">
              {bar.bestChoice ? '★ ' : ''}
              {shorten(bar.name)}
            </text>
            <rect x="0" y={top + 20} width={`${width}%`} height={14} rx="2" className={`sk-chart__bar sk-chart__bar--${bar.status}`} />
            <text x="0" y={top + 48} className="sk-chart__value">
              {formatCents(locale, bar.costCents)} · {t(statusKey[bar.status])}
              {bar.fits ? '' : ` · ${t('compare.fits.no')}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function ReactBestChoice({ best }: { best: { key: string; organizationName: string; productName: string; costCents: number } }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph">
      <strong>
        <a className="utrecht-link utrecht-link--html-a" href={`#rij-${best.key}`}>
          {best.organizationName}
        </a>
      </strong>{' '}
      {t('compare.best.text', { product: best.productName })} <Money cents={best.costCents} />
    </p>
  );
}

function BestChoice({ best }: { best: { key: string; organizationName: string; productName: string; costCents: number } }) {
  const { t, locale } = useTranslation();
  return <Markup as="p" className="utrecht-paragraph" charRefs content={bestChoiceContent(best, best.costCents, t, locale)} />;
}

function ReactFreeCards({ facilities }: { facilities: readonly FreeFacility[] }) {
  const { t, locale } = useTranslation();
  return (
    <ul className="sk-grid">
      {facilities.map((facility) => (
        <li key={facility.id}>
          <article className="sk-card" aria-labelledby={`gratis-${facility.id}`}>
            <Heading level={3} className="sk-card__title" id={`gratis-${facility.id}`}>
              <Link to={`/aanbieders/${facility.organizationSlug}#aanbod-${facility.id}`}>{facility.name}</Link>
            </Heading>
            <p className="utrecht-paragraph sk-card__org">{facility.organizationName}</p>
            <p className="sk-card__meta">
              <KindBadge kind="general" />
              {facility.distanceKm !== null ? <span>{t('compare.distance.km', { km: facility.distanceKm.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') })}</span> : null}
              {facility.district ? (
                <span>
                  {t('location.district')}: {facility.district}
                </span>
              ) : null}
            </p>
            <p className="sk-card__meta">
              <MarkSummary summary={facility.reviews} />
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}

const facilities: FreeFacility[] = [
  { id: 'f-1', name: 'Samen eten – “buurt”', organizationName: 'Wijk & Co', organizationSlug: 'wijk-co', district: 'Centrum', distanceKm: 1.5, reviews: { average: 7.94, count: 31, provisional: false } as FreeFacility['reviews'] },
  { id: 'f-2', name: '<Inloop>', organizationName: "'t Huis", organizationSlug: 'huis', district: null, distanceKm: null, reviews: { average: 6, count: 2, provisional: true } as FreeFacility['reviews'] },
  { id: 'f-3', name: 'Café €1', organizationName: 'Een', organizationSlug: 'een', district: 'Zuid', distanceKm: 12, reviews: { average: null, count: 0, provisional: false } as FreeFacility['reviews'] },
];

const bars: CostBar[] = [
  { key: 'a', name: 'Zorg & "Zo" – een naam die veel te lang is voor de grafiek', costCents: 728_520, status: 'room', fits: true, bestChoice: true },
  { key: 'b', name: "Thuiszorg 't Hof", costCents: 732_420, status: 'nearly_reached', fits: true, bestChoice: false },
  { key: 'c', name: 'Hulp <Centrum>', costCents: 12_345_678, status: 'reached', fits: false, bestChoice: false },
  { key: 'd', name: 'Émile € Co', costCents: 0, status: 'none', fits: false, bestChoice: false },
];

describe('the comparison in one-byte markup', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`draws the cost chart as its React component did (${locale})`, async () => {
      const written = await renderInPage(<CostChart bars={bars} total={10} />, ['compare', 'flags'], locale);
      const drawing = written.slice(written.indexOf('<svg'), written.indexOf('</svg>') + 6);
      expect(drawing).toMatch(/^[\x00-\xff]*$/);
      expect(drawing).toContain('&#8364;');
      expect(decodeCharRefs(drawing)).toBe(await renderInPage(<ReactChartDrawing bars={bars} />, ['compare', 'flags'], locale));
    });

    it(`writes the free facilities' cards as their React components did (${locale})`, async () => {
      const written = await renderInPage(<CompareFreeFacilities facilities={facilities} categoryName="Huishouden" />, ['compare', 'kind', 'mark', 'location'], locale);
      const cards = written.slice(written.indexOf('<ul class="sk-grid">'), written.indexOf('</ul>') + 5);
      expect(cards).toMatch(/^[\x00-\xff]*$/);
      expect(cards).toContain('sk-mark__provisional');
      expect(decodeCharRefs(cards)).toBe(await renderInPage(<ReactFreeCards facilities={facilities} />, ['compare', 'kind', 'mark', 'location'], locale));
    });

    it(`writes the best choice as its React component did (${locale})`, async () => {
      for (const best of [{ key: 'r-1', organizationName: 'Zorg & "Zo" – Noord', productName: 'Huishouden <basis>', costCents: 728_520 }, { key: 'r-2', organizationName: 'Een', productName: 'Twee', costCents: 5 }]) {
        const written = await renderInPage(<BestChoice best={best} />, ['compare'], locale);
        expect(written).toMatch(/^[\x00-\xff]*$/);
        expect(decodeCharRefs(written)).toBe(await renderInPage(<ReactBestChoice best={best} />, ['compare'], locale));
      }
    });
  }

  it("writes the form's options as its React elements with the select's value did", async () => {
    const options = {
      categories: [
        { code: '01', name: 'Hulp bij het huishouden', products: [{ code: '01A01', name: 'Basis – licht' }, { code: '01A02', name: 'Zwaar & "extra"' }] },
        { code: '02', name: 'Begeleiding', products: [{ code: '02A05', name: 'Individueel' }] },
      ],
      districts: [{ slug: 'centrum', name: 'Centrum' }, { slug: 'zuid', name: "'t Zuiden – €" }],
    } as CompareFormOptions;
    const lists = [{ id: 3, title: 'Gesprek <De Vries> – “x”' }, { id: 4, title: 'Twee' }];
    /** The options as the form's JSX wrote them, per select, in the given language's messages. */
    function ReactOptions({ name }: { name: string }) {
      const { t } = useTranslation();
      if (name === 'product')
        return (
          <>
            <option value="">{t('compare.form.productChoose')}</option>
            {options.categories.map((category) => (
              <optgroup key={category.code} label={`${category.code} ${category.name}`}>
                <option value={category.code}>{t('compare.form.productAll', { code: category.code, name: category.name })}</option>
                {category.products.map((product) => (
                  <option key={product.code} value={product.code}>
                    {product.code} {product.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </>
        );
      if (name === 'eenheid') return <>{tariffUnits.map((unit) => <option key={unit} value={unit}>{t(`compare.unit.${unit}.name` as MessageKey)}</option>)}</>;
      if (name === 'per')
        return (
          <>
            <option value="week">{t('compare.form.perWeek')}</option>
            <option value="maand">{t('compare.form.perMonth')}</option>
            <option value="totaal">{t('compare.form.perTotal')}</option>
          </>
        );
      if (name === 'duureenheid')
        return (
          <>
            <option value="weken">{t('compare.form.weeks')}</option>
            <option value="maanden">{t('compare.form.months')}</option>
          </>
        );
      if (name === 'wijk')
        return (
          <>
            <option value="">{t('compare.form.districtAny')}</option>
            {options.districts.map((d) => <option key={d.slug} value={d.slug}>{d.name}</option>)}
          </>
        );
      return (
        <>
          <option value="">{t('compare.form.listNew')}</option>
          {lists.map((list) => <option key={list.id} value={String(list.id)}>{list.title}</option>)}
        </>
      );
    }
    const sent = { status: 'success' as const, initialValue: { product: '01A02', aantal: '10', eenheid: '14', per: 'maand', duur: '26', duureenheid: 'maanden', wijk: 'zuid', lijst: '4' } };
    for (const lastResult of [null, sent]) {
      const html = await renderInPage(<CompareForm options={options} today="2026-12-03" lastResult={lastResult} shortlists={lists} defaultList={null} sort={null} />, ['compare', 'v']);
      expect(html).toMatch(/^[\x00-\xff]*$/);
      const selects = [...html.matchAll(/<select[^>]* name="([a-z]+)"[^>]*>(.*?)<\/select>/g)];
      expect(selects.map((m) => m[1])).toEqual(['product', 'eenheid', 'per', 'duureenheid', 'wijk', 'lijst']);
      for (const [, name, inner] of selects) {
        const selected = (lastResult?.initialValue as Record<string, string> | undefined)?.[name!] ?? { product: '', eenheid: '04', per: 'week', duureenheid: 'weken', wijk: '', lijst: '' }[name!]!;
        const react = await renderInPage(<select defaultValue={selected}><ReactOptions name={name!} /></select>, ['compare']);
        expect(`<select>${decodeCharRefs(inner!)}</select>`, name).toBe(react);
        expect(react).toContain('selected=""');
      }
    }
  });
});
