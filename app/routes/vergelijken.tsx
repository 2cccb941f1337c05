/**
 * /vergelijken — the access team compares contracted providers for one indication: tariffs,
 * estimated cost, budget-ceiling room, marks, waiting times and distance, with free general
 * facilities first and a warning when the product is procured nationally. All state is in the
 * URL (a GET form and sort links), so it works without JavaScript and can be shared.
 */
import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData, useLocation } from '@remix-run/react';
import { CompareForm } from '../components/compare-form';
import { CompareFreeFacilities } from '../components/compare-free-facilities';
import { compareSchemaFor, compareSearch, toIndication } from '../domain/compare-schema';
import { compareFormOptions, compareTableRows } from '../domain/compare-view';
import { CompareLengthNote } from '../components/compare-length';
import { bestChoiceContent, CompareTable } from '../components/compare-table';
import { NationalWarning } from '../components/compare-flags';
import { Markup } from '../components/markup';
import { CostChart } from '../components/cost-chart';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { wantsAllRows } from '../domain/compare-length';
import type { ComparisonSortKey, SortDirection } from '../domain/compare';
import type { Locale } from '../domain/enums';
import { dutchDay } from '../domain/indication';
import { formatDate } from '../domain/format';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listCompareOptions } from '../models/compare-options.server';
import { getComparisonForViewer } from '../models/compare-page.server';
import { listShortlistTitles } from '../models/shortlist.server';
import { requirePermission, viewerFor } from '../utils/auth.server';
import { RecordingLinks } from '../components/insight-compare';
import compareCss from '../styles/compare.css';
import flagsCss from '../styles/flags.css';
import { contextOf } from '../load-context';
import { parseForm } from '../utils/form.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';
import { pack, unpack, type Packed } from '../domain/packed';
import type { SubmissionResult } from '@conform-to/react';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['compare', 'flags.ceiling', 'flags.national', 'form.error.unknown', 'insight.choice.record', 'insight.choice.saved', 'insight.choice.toTeam', 'insight.error.personal', 'insight.field', 'insight.need', 'insight.personal', 'insight.suppressed', 'insight.unmet.link', 'kind', 'location.district', 'mark.none', 'mark.outOf', 'mark.provisional', 'mark.reviews', 'status.temporarily_closed', 'v'];

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: flagsCss },
  { rel: 'stylesheet', href: compareCss },
];


export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

/** Parameters that describe the indication; any of them means the form was sent. */
const formParams = ['product', 'aantal', 'duur', 'einde', 'postcode', 'wijk'];

/**
 * The page's data as one JSON text (app/domain/packed.ts, docs/decisions/023-packed-page-data.md):
 * the table's rows, the form's options and the chart are several hundred values that turbo-stream
 * would otherwise encode one by one on every request (and decode in the browser).
 */
function packed(page: ComparePageData): { page: Packed<ComparePageData> } {
  return { page: pack(page) };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'use:compare:any');
  const viewer = viewerFor(user);
  const db = getDb();
  const now = contextOf(context).now;
  const today = dutchDay(now);
  const url = new URL(request.url);
  const options = listCompareOptions(db, viewer);
  const shortlists = listShortlistTitles(db, user.id);
  // A list chosen in the address (from a shortlist page), when it is one of the viewer's.
  const listParam = Number(url.searchParams.get('lijst'));
  const defaultList = shortlists.some((list) => list.id === listParam) ? listParam : null;
  const locale = getLocale(request);
  // The form gets its options in the reader's language (compare-view.ts); the model the full ones.
  const formOptions = compareFormOptions(options, locale);
  const base = { title: translate(locale, 'compare.title'), today, options: formOptions, shortlists, defaultList };

  if (!formParams.some((name) => url.searchParams.has(name))) {
    return data(packed({ ...base, lastResult: null, result: null }), { headers: noStore });
  }
  const schema = compareSchemaFor(formOptions, today);
  const submission = parseCompareForm(url.searchParams, schema);
  if (submission.status !== 'success') {
    return data(packed({ ...base, lastResult: submission.reply(), result: null }), { status: 400, headers: noStore });
  }
  const values = submission.value;
  const page = getComparisonForViewer(
    db,
    viewer,
    options,
    { choice: values, indication: toIndication(values, today), showAll: wantsAllRows(url.searchParams), addedId: url.searchParams.get('toegevoegd'), recorded: url.searchParams.get('vastgelegd') === '1' },
    now,
  );
  if (!page.ok) {
    return data(packed({ ...base, lastResult: submission.reply({ fieldErrors: { postcode: ['compare.error.postcodeUnknown'] } }), result: null }), { status: 400, headers: noStore });
  }
  // The comparison's own query string (without the one-off "added" notice), for links back here.
  const query = compareSearch({
    product: values.product,
    aantal: url.searchParams.get('aantal') ?? undefined,
    eenheid: values.eenheid,
    per: values.per,
    duur: url.searchParams.get('duur') ?? undefined,
    duureenheid: values.duureenheid,
    start: values.start,
    einde: values.einde,
    wijk: values.wijk,
    postcode: values.postcode,
    lijst: page.result.list?.id,
  });
  return data(packed({ ...base, lastResult: submission.reply(), result: resultView(query, page.result, locale) }), { headers: noStore });
}

/** The comparison as the page shows it: the table's rows in the reader's language. */
function resultView(query: string, result: Extract<ReturnType<typeof getComparisonForViewer>, { ok: true }>['result'], locale: Locale) {
  const multiYear = result.period.start.slice(0, 4) !== result.period.end.slice(0, 4);
  // The free facilities' cards show these fields only: the rest is not sent.
  const freeFacilities = result.freeFacilities.map(({ id, name, organizationName, organizationSlug, district, distanceKm, reviews }) => ({
    id,
    name,
    organizationName,
    organizationSlug,
    district,
    distanceKm,
    reviews: { average: reviews.average, count: reviews.count, provisional: reviews.provisional },
  }));
  return { query, ...result, multiYear, rows: compareTableRows(result.rows, locale, multiYear), freeFacilities };
}

/** What the page receives (packed). */
export interface ComparePageData {
  title: string;
  today: string;
  options: ReturnType<typeof compareFormOptions>;
  shortlists: { id: number; title: string }[];
  defaultList: number | null;
  lastResult: SubmissionResult<string[]> | null;
  result: ReturnType<typeof resultView> | null;
}

const parsedForms = new WeakMap<object, Map<string, unknown>>();

/**
 * parseForm for the compare form, remembered per schema (one per options object and day) and
 * address: a pure function of the two, and a comparison is opened, sorted and shared by its
 * address again and again. Bounded; nothing in it is changed by the loader.
 */
function parseCompareForm<Schema extends ReturnType<typeof compareSchemaFor>>(params: URLSearchParams, schema: Schema): ReturnType<typeof parseForm<Schema>> {
  let bySearch = parsedForms.get(schema);
  if (!bySearch) parsedForms.set(schema, (bySearch = new Map()));
  const search = params.toString();
  let submission = bySearch.get(search) as ReturnType<typeof parseForm<Schema>> | undefined;
  if (!submission) {
    submission = parseForm(params, schema);
    if (bySearch.size >= 64) bySearch.clear();
    bySearch.set(search, submission);
  }
  return submission;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? unpack(data.page as Packed<ComparePageData>).title : ''} | Sociale Kaart` }];

export default function Compare() {
  const { today, options, shortlists, defaultList, lastResult, result } = unpack(useLoaderData<typeof loader>().page as Packed<ComparePageData>);
  const { t } = useTranslation();
  return (
    <div className="sk-cmp">
      <Heading level={1}>{t('compare.title')}</Heading>
      <Paragraph lead>{t('compare.intro')}</Paragraph>
      <CompareForm
        options={options}
        today={today}
        lastResult={lastResult}
        shortlists={shortlists}
        defaultList={defaultList}
        sort={result ? { key: result.sort.key, direction: result.sort.direction } : null}
      />
      {result ? <CompareResult result={result} /> : null}
    </div>
  );
}

type Result = NonNullable<ComparePageData['result']>;

function CompareResult({ result }: { result: Result }) {
  const { t, plural, locale } = useTranslation();
  const location = useLocation();
  const name = (item: { nameNl: string; nameEn: string }) => (locale === 'nl' ? item.nameNl : item.nameEn);
  const needName = result.product ? name(result.product) : name(result.category);
  const best = result.rows.find((row) => row.bestChoice);
  const all = result.showAll ? '&alle=1' : '';
  const hrefForSort = (key: ComparisonSortKey, direction: SortDirection) => `/vergelijken?${result.query}&sorteer=${key}&richting=${direction}${all}#vergelijking`;
  const sortQuery = `${result.query}&sorteer=${result.sort.key}&richting=${result.sort.direction}`;
  const back = `/vergelijken?${result.query}&sorteer=${result.sort.key}&richting=${result.sort.direction}`;
  const { indication } = result;
  const unitWord = t(`compare.unit.${indication.unit}.${indication.volume === 1 ? 'one' : 'other'}` as MessageKey);
  const volume = indication.volume.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <div>
      <section className="sk-section" aria-labelledby="resultaat">
        <Heading level={2} id="resultaat">
          {t('compare.result.title', { need: needName })}
        </Heading>
        <Paragraph data-testid="indication-summary">
          {t(`compare.summary.${indication.frequency}` as MessageKey, { volume, unit: unitWord })}
          {', '}
          {t('compare.summary.period', { start: formatDate(locale, result.period.start), end: formatDate(locale, result.period.end) })}
        </Paragraph>
        {result.added && result.list ? (
          <div className="sk-cmp-alert sk-cmp-alert--ok" role="status">
            <p className="utrecht-paragraph">
              {t('compare.added', { name: result.added, list: result.list.title })}{' '}
              <Link to={`/keuzelijst/${result.list.id}`}>{t('compare.list.open')}</Link>
            </p>
          </div>
        ) : null}
        {result.list ? (
          <Paragraph>
            {plural('compare.list.current', result.list.itemCount, { list: result.list.title })}{' '}
            <Link to={`/keuzelijst/${result.list.id}`}>{t('compare.list.open')}</Link>
            {' · '}
            <Link to={`/keuzelijst/${result.list.id}/professioneel?${result.query}`}>{t('compare.list.professional')}</Link>
          </Paragraph>
        ) : null}
      </section>

      <RecordingLinks recorded={result.recorded} canRecord={result.canRecord} categoryCode={result.category.code} district={result.indicationDistrict} />

      <CompareFreeFacilities facilities={result.freeFacilities} categoryName={name(result.category)} />

      <NationalWarning procurements={result.national} productName={needName} />

      <section className="sk-section" aria-labelledby="beste-keuze">
        <Heading level={2} id="beste-keuze">
          {t('compare.best.title')}
        </Heading>
        {best && best.costCents !== null ? (
          <div className="sk-cmp-alert sk-cmp-alert--best" data-testid="best-choice">
            <Markup as="p" className="utrecht-paragraph" charRefs content={bestChoiceContent(best, best.costCents, t, locale)} />
          </div>
        ) : (
          <Paragraph>{t(result.rows.length === 0 ? 'compare.best.noRows' : 'compare.best.none')}</Paragraph>
        )}
        {result.rows.length > 0 && result.comparableCount === 0 ? (
          <Paragraph>
            {t('compare.units.mismatch')}{' '}
            {result.tariffUnits.map((unit, i) => (
              <span key={unit}>
                {i > 0 ? ', ' : ''}
                <Link to={`${location.pathname}?${result.query.replace(/eenheid=\d+/, `eenheid=${unit}`)}`}>
                  {t(`compare.unit.${unit}.name` as MessageKey)}
                </Link>
              </span>
            ))}
          </Paragraph>
        ) : null}
      </section>

      {result.comparableCount > 0 ? (
        <section className="sk-section" aria-labelledby="kosten">
          <Heading level={2} id="kosten">
            {t('compare.chart.heading')}
          </Heading>
          <CostChart total={result.comparableCount} bars={result.chartBars} />
        </section>
      ) : null}

      {result.rows.length > 0 ? (
        <section className="sk-section" aria-labelledby="vergelijking-titel" id="vergelijking">
          <Heading level={2} id="vergelijking-titel">
            {plural('compare.table.title', result.totalRows)}
          </Heading>
          <Paragraph id="vergelijking-uitleg" className="sk-muted">
            {t('compare.table.explain')}
          </Paragraph>
          <CompareLengthNote
            shown={result.rows.length}
            total={result.totalRows}
            showAll={result.showAll}
            allHref={`/vergelijken?${sortQuery}&alle=1#vergelijking`}
            fewerHref={`/vergelijken?${sortQuery}#vergelijking`}
          />
          <CompareTable
            rows={result.rows}
            alternatives={result.alternatives}
            allHref={result.showAll ? null : `/vergelijken?${sortQuery}&alle=1`}
            sort={result.sort}
            hrefForSort={hrefForSort}
            onList={result.onList}
            add={{ listId: result.list?.id ?? null, back }}
            showDistance={result.showDistance}
            multiYear={result.multiYear}
            recordHref={result.canRecord ? (key) => `/vergelijken/vastleggen?${result.query}&keuze=${encodeURIComponent(key)}` : undefined}
          />
        </section>
      ) : null}
    </div>
  );
}
