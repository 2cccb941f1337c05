import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { getDb } from '../db.server';
import { basicSearch, listCategoriesWithCounts } from '../models/catalogue.server';
import { serviceKinds } from '../domain/enums';
import { productCategoryCodes } from '../domain/categories';
import { SearchForm } from '../components/search-form';
import { ServiceCard } from '../components/service-card';
import { Pagination } from '../components/pagination';
import { Button, FormField, Select } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';

const PER_PAGE = 20;

/** Unknown or malformed filters are ignored rather than failing the page for a resident. */
const searchParamsSchema = z.object({
  q: z.string().trim().max(200).catch(''),
  soort: z.enum(serviceKinds).optional().catch(undefined),
  categorie: z
    .string()
    .refine((code) => productCategoryCodes.includes(code))
    .optional()
    .catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const params = searchParamsSchema.parse(Object.fromEntries(url.searchParams));
  const db = getDb();
  const { total, results } = basicSearch(
    db,
    { q: params.q, kind: params.soort, category: params.categorie, page: params.pagina, perPage: PER_PAGE },
    new Date(),
  );
  return {
    params,
    total,
    pages: Math.max(1, Math.ceil(total / PER_PAGE)),
    results,
    categories: listCategoriesWithCounts(db).filter((c) => c.count > 0),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.params.q ? `${data.params.q} – ` : ''}Zoeken | Sociale Kaart` },
];

export default function Search() {
  const { params, total, pages, results, categories } = useLoaderData<typeof loader>();
  const { t, plural, locale } = useTranslation();
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    if (params.q) query.set('q', params.q);
    if (params.soort) query.set('soort', params.soort);
    if (params.categorie) query.set('categorie', params.categorie);
    if (page > 1) query.set('pagina', String(page));
    return `/zoeken?${query.toString()}`;
  };
  return (
    <>
      <Heading level={1}>{params.q ? t('search.titleWithQuery', { q: params.q }) : t('search.title')}</Heading>
      <SearchForm defaultValue={params.q} />
      <div className="sk-layout-search">
        <Form method="get" action="/zoeken" className="sk-filters" aria-label={t('search.filter.apply')}>
          {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
          <FormField id="filter-soort" label={t('search.filter.kind')}>
            {(describedBy) => (
              <Select id="filter-soort" name="soort" defaultValue={params.soort ?? ''} aria-describedby={describedBy}>
                <option value="">{t('search.filter.any')}</option>
                {serviceKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="filter-categorie" label={t('search.filter.category')}>
            {(describedBy) => (
              <Select id="filter-categorie" name="categorie" defaultValue={params.categorie ?? ''} aria-describedby={describedBy}>
                <option value="">{t('search.filter.any')}</option>
                {categories.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code} {locale === 'nl' ? c.nameNl : c.nameEn}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <Button type="submit" appearance="secondary">
            {t('search.filter.apply')}
          </Button>
        </Form>
        <section aria-labelledby="resultaten">
          <Heading level={2} id="resultaten">
            {plural('search.total', total)}
          </Heading>
          {results.length === 0 ? (
            <div role="status">
              <Heading level={3}>{t('search.none.title')}</Heading>
              <Paragraph>{t('search.none.text')}</Paragraph>
              <Paragraph>
                <Link to="/zoeken?soort=general">{t('search.none.free')}</Link>
              </Paragraph>
            </div>
          ) : (
            <>
              {pages > 1 ? <Paragraph className="sk-muted">{t('search.page', { page: params.pagina, pages })}</Paragraph> : null}
              <ol className="sk-results" aria-label={t('search.resultsLabel')}>
                {results.map((service) => (
                  <li key={service.id}>
                    <ServiceCard service={service} />
                  </li>
                ))}
              </ol>
              <Pagination page={params.pagina} pages={pages} hrefFor={hrefFor} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
