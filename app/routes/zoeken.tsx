import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData, useLocation, useSubmit } from '@remix-run/react';
import { useEffect, useRef, type FormEvent } from 'react';
import { getDb } from '../db.server';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { searchPageOutcome } from '../search/search.server';
import { toSearchCard } from '../search/card';
import { MAX_QUERY_LENGTH, searchQueryString } from '../search/query-string';
import { DEFAULT_SORT } from '../search/sorting';
import { getViewer } from '../utils/auth.server';
import searchCss from '../styles/search.css';
import { Button, FormField, Select, Textbox } from '../components/form';
import { Pagination } from '../components/pagination';
import { SearchBox } from '../components/search-autocomplete';
import { SearchFacets } from '../components/search-facets';
import { SearchNoResults } from '../components/search-no-results';
import { SearchResultList } from '../components/search-result-card';
import { Heading, Paragraph } from '../components/typography';
import { Interpolated } from '../components/interpolated';
import { useTranslation } from '../components/use-translation';
import { contextOf } from '../load-context';
import { pack, unpack, type Packed } from '../domain/packed';

import { SearchProviderMatch } from '../components/search-provider-match';
import { metaTranslator, type PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'flags.ceiling', 'flags.facet', 'flags.sort', 'kind', 'language', 'law', 'location', 'mark', 'pagination', 'search.age', 'search.card', 'search.description', 'search.error', 'search.facet', 'search.facets', 'search.filter', 'search.hint', 'search.label', 'search.markAtLeast', 'search.none', 'search.openNow', 'search.options', 'search.page', 'search.postcode', 'search.provider', 'search.relaxed', 'search.resultsLabel', 'search.sort', 'search.submit', 'search.suggest', 'search.title', 'search.titleWithQuery', 'search.total', 'search.waitingAtMost', 'status', 'waiting'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: searchCss }];

/** What the search page renders, no more: it is made and sent anew for every search. */
export async function searchPageData({ request, context }: LoaderFunctionArgs) {
  const viewer = await getViewer(request, context);
  const db = getDb();
  const locale = getLocale(request);
  const outcome = searchPageOutcome(db, viewer, new URL(request.url).searchParams, { now: contextOf(context).now, locale });
  const fieldErrors: Record<string, string> = {};
  for (const error of outcome.errors) {
    fieldErrors[error.param] ??= translate(locale, `search.error.${error.code}` as MessageKey, { param: error.param, value: error.value ?? '' });
  }
  const { input } = outcome;
  return {
    // The document title is plain text: the search word between straight quotes (the heading uses <q>).
    title: input.q ? translate(locale, 'search.titleWithQuery', { q: `"${input.q}"` }) : translate(locale, 'search.title'),
    query: { q: input.q, filters: Object.fromEntries(input.filters), sort: input.sort, postcode: input.postcode },
    fieldErrors,
    total: outcome.total,
    page: outcome.page,
    pages: outcome.pages,
    relaxed: outcome.relaxed,
    // What the page renders, no more: this data is encoded for every request (SearchCard).
    results: outcome.results.map(toSearchCard),
    facets: outcome.facets,
    sorts: outcome.sorts,
    help: outcome.help && { ...outcome.help, free: outcome.help.free.map(toSearchCard) },
    organizations: outcome.page === 1 ? outcome.organizations.slice(0, 4).map(({ name, slug }) => ({ name, slug })) : [],
  };
}

export type SearchPageData = Awaited<ReturnType<typeof searchPageData>>;

/** The page's data packed as one JSON text (app/domain/packed.ts, docs/decisions/023-packed-page-data.md). */
export async function loader(args: LoaderFunctionArgs): Promise<{ page: Packed<SearchPageData> }> {
  return { page: pack(await searchPageData(args)) };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const { t, municipality } = metaTranslator(matches);
  const title = data ? unpack(data.page as Packed<SearchPageData>).title : t('search.title');
  return [{ title: `${title} | Sociale Kaart` }, { name: 'description', content: t('search.description', { municipality }) }];
};

type Query = SearchPageData['query'];

function href(query: Query, changes: Partial<Query> = {}, page = 1): string {
  const next = { ...query, ...changes };
  const qs = searchQueryString({ q: next.q, filters: new Map(Object.entries(next.filters)), sort: next.sort, postcode: next.postcode }, page);
  return qs ? `/zoeken?${qs}` : '/zoeken';
}

/** Sets every control of the form to the state in the URL (after back/forward), except the field being typed in. */
function syncFormWithUrl(form: HTMLFormElement, search: string) {
  const params = new URLSearchParams(search);
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && element.name) {
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = element.value === '' ? (params.get(element.name) ?? '') === '' : params.getAll(element.name).includes(element.value);
      } else if (element.type !== 'submit' && element !== document.activeElement) {
        element.value = params.get(element.name) ?? '';
      }
    } else if (element instanceof HTMLSelectElement && element.name && element !== document.activeElement) {
      element.value = params.get(element.name) ?? element.options[0]?.value ?? '';
    }
  }
}

/** The form's values without the empty ones and the default sort, for a tidy URL. */
function tidyParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || value.trim() === '' || (name === 'sortering' && value === DEFAULT_SORT)) continue;
    params.append(name, value);
  }
  return params;
}

const TYPING_DELAY_MS = 350;

export default function SearchPage() {
  const data = unpack(useLoaderData<typeof loader>().page as Packed<SearchPageData>);
  const { query, fieldErrors, total, page, pages, results, facets, sorts, help } = data;
  const { t, plural } = useTranslation();
  const submit = useSubmit();
  const location = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    if (formRef.current) syncFormWithUrl(formRef.current, location.search);
  }, [location.search]);
  useEffect(() => () => clearTimeout(typing.current), []);

  // With JavaScript: filters apply at once, words after a short pause; focus and scroll stay.
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'q' || target.name === 'postcode') return;
    submit(tidyParams(event.currentTarget), { method: 'get', action: '/zoeken', preventScrollReset: true });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearTimeout(typing.current);
    submit(tidyParams(event.currentTarget), { method: 'get', action: '/zoeken' });
  };
  const onQueryChange = (value: string) => {
    clearTimeout(typing.current);
    if (value.length > MAX_QUERY_LENGTH) return;
    typing.current = setTimeout(() => {
      if (formRef.current) submit(tidyParams(formRef.current), { method: 'get', action: '/zoeken', replace: true, preventScrollReset: true });
    }, TYPING_DELAY_MS);
  };

  const hasFilters = Object.keys(query.filters).length > 0;
  const clearHref = href(query, { filters: {} });
  const qError = fieldErrors.q;
  const postcodeError = fieldErrors.postcode;

  return (
    <>
      <Heading level={1}>{query.q ? <Interpolated template={t('search.titleWithQuery')} values={{ q: <q>{query.q}</q> }} /> : t('search.title')}</Heading>
      <Form ref={formRef} method="get" action="/zoeken" className="sk-search-page" onChange={onChange} onSubmit={onSubmit}>
        <div role="search" className="sk-search-page__query">
          <div className={`utrecht-form-field utrecht-form-field--text${qError ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor="zoekterm">
              {t('search.label')}
            </label>
            <p className="utrecht-form-field-description" id="zoekterm-hint">
              {t('search.hint')}
            </p>
            {qError ? (
              <p className="utrecht-form-field-error-message" id="zoekterm-error">
                {qError}
              </p>
            ) : null}
            <div className="sk-search-page__row">
              <SearchBox
                id="zoekterm"
                defaultValue={query.q}
                describedBy={qError ? 'zoekterm-hint zoekterm-error' : 'zoekterm-hint'}
                invalid={Boolean(qError)}
                maxLength={MAX_QUERY_LENGTH + 50}
                onValueChange={onQueryChange}
              />
              <Button type="submit">{t('search.submit')}</Button>
            </div>
          </div>
        </div>
        <div className="sk-layout-search">
          <aside aria-labelledby="filters">
            <SearchFacets facets={facets} clearHref={clearHref} hasFilters={hasFilters} />
          </aside>
          <section aria-labelledby="resultaten">
            <fieldset className="sk-search-options">
              <legend className="sk-visually-hidden">{t('search.options.title')}</legend>
              <FormField id="sortering" label={t('search.sort.label')}>
                {(describedBy) => (
                  <Select id="sortering" name="sortering" defaultValue={query.sort} aria-describedby={describedBy}>
                    {sorts.map((sort) => (
                      <option key={sort.id} value={sort.id}>
                        {sort.label}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
              <FormField id="postcode" label={t('search.postcode.label')} description={t('search.postcode.hint')} error={postcodeError}>
                {(describedBy, invalid) => (
                  <Textbox
                    id="postcode"
                    name="postcode"
                    defaultValue={query.postcode}
                    aria-describedby={describedBy}
                    invalid={invalid}
                    autoComplete="postal-code"
                    inputMode="text"
                    maxLength={20}
                  />
                )}
              </FormField>
              <Button type="submit" appearance="secondary">
                {t('search.filter.apply')}
              </Button>
            </fieldset>
            <Heading level={2} id="resultaten">
              {plural('search.total', total)}
            </Heading>
            <SearchProviderMatch organizations={data.organizations} />
            <p role="status" className="sk-visually-hidden">
              {plural('search.total', total)}
            </p>
            {data.relaxed ? <p className="utrecht-paragraph sk-notice">{t('search.relaxed')}</p> : null}
            {results.length === 0 && help ? (
              <SearchNoResults
                help={help}
                hasFilters={hasFilters}
                clearHref={clearHref}
                hrefForQuery={(q) => href(query, { q })}
                hrefForCategory={(code) => href(query, { q: '', filters: { categorie: [code] } })}
              />
            ) : (
              <>
                {pages > 1 ? <Paragraph className="sk-muted">{t('search.page', { page, pages })}</Paragraph> : null}
                <SearchResultList items={results} ordered className="sk-results" label={t('search.resultsLabel')} />
                <Pagination page={page} pages={pages} hrefFor={(n) => href(query, {}, n)} />
              </>
            )}
          </section>
        </div>
      </Form>
    </>
  );
}
