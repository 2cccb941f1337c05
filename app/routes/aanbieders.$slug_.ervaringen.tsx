/**
 * /aanbieders/:slug/ervaringen — every published review of a provider, newest first, with the
 * averages, filters (service, verified only; plain GET, so every view is a link) and pagination.
 * The provider page itself shows the summary and the latest three and links here.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { Button, FormField, Select } from '../components/form';
import { CheckboxField } from '../components/form-field';
import { Pagination } from '../components/pagination';
import { FormNotice as ReviewNotice } from '../components/form-notice';
import { ReviewItem } from '../components/review-item';
import { ReviewSummaryView } from '../components/review-summary';
import { TextLink } from '../components/site-link';
import { Heading, Paragraph } from '../components/typography';
import { useRootUser, useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { hasPermission } from '../domain/permissions';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getReviewStatistics, listPublishedReviews } from '../models/review-read.server';
import { getReviewTarget } from '../models/review-write.server';
import reviewsCss from '../styles/reviews.css';
import { getViewer } from '../utils/auth.server';
import { contextOf } from '../load-context';
import type { PageMessages } from '../i18n/messages';
import { reviewListParamsSchema as paramsSchema } from '../utils/citizen-schemas.server';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr.unknownField', 'form', 'mark', 'mfa.error', 'pagination', 'password.error', 'password.problem', 'provider.reviews', 'reviews.backTo', 'reviews.dimension', 'reviews.error', 'reviews.list', 'reviews.overall', 'reviews.summary', 'reviews.verified', 'search.page', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];

const PER_PAGE = 10;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const viewer = await getViewer(request, context);
  const db = getDb();
  const target = getReviewTarget(db, params.slug ?? '');
  if (!target) throw new Response('Not found', { status: 404 });
  const url = new URL(request.url);
  const query = paramsSchema.parse(Object.fromEntries(url.searchParams));
  const serviceId = target.services.some((s) => s.id === query.dienst) ? query.dienst : undefined;
  const now = contextOf(context).now;
  const listFor = (page: number) =>
    listPublishedReviews(db, viewer, target.organization.id, { serviceId, verifiedOnly: query.geverifieerd, page, perPage: PER_PAGE }, now);
  let list = listFor(query.pagina);
  // A page past the end (an old link) shows the last page instead of nothing.
  if (query.pagina > list.pages) list = listFor(list.pages);
  return {
    title: translate(getLocale(request), 'reviews.list.title', { name: target.organization.name }),
    organization: target.organization,
    services: target.services,
    filter: { serviceId: serviceId ?? '', verifiedOnly: query.geverifieerd, page: Math.min(query.pagina, list.pages) },
    notice: query.melding ?? null,
    stats: getReviewStatistics(db, target.organization.id, now),
    ...list,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function ProviderReviewList() {
  const { organization, services, filter, notice, stats, total, pages, reviews } = useLoaderData<typeof loader>();
  const { t, plural } = useTranslation();
  const user = useRootUser();
  const canWrite = !user || hasPermission(user.role, 'create:review:any');
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    if (filter.serviceId) query.set('dienst', filter.serviceId);
    if (filter.verifiedOnly) query.set('geverifieerd', '1');
    if (page > 1) query.set('pagina', String(page));
    const qs = query.toString();
    return `/aanbieders/${organization.slug}/ervaringen${qs ? `?${qs}` : ''}`;
  };
  return (
    <article aria-labelledby="alle-ervaringen">
      <Paragraph>
        <TextLink to={`/aanbieders/${organization.slug}`}>{t('reviews.backTo', { name: organization.name })}</TextLink>
      </Paragraph>
      <Heading level={1} id="alle-ervaringen">
        {t('reviews.list.title', { name: organization.name })}
      </Heading>
      {notice === 'gemeld' ? <ReviewNotice>{t('reviews.list.reported')}</ReviewNotice> : null}
      {notice === 'gereageerd' ? <ReviewNotice>{t('reviews.list.replied')}</ReviewNotice> : null}
      <ReviewSummaryView stats={stats} />
      {canWrite ? (
        <Paragraph>
          <TextLink to={`/aanbieders/${organization.slug}/ervaring-schrijven`}>{t('reviews.summary.write')}</TextLink>
        </Paragraph>
      ) : null}

      <Form method="get" className="sk-rv-filters" aria-label={t('reviews.list.filter')}>
        {services.length > 0 ? (
          <FormField id="filter-dienst" label={t('reviews.list.service')}>
            {(describedBy) => (
              <Select id="filter-dienst" name="dienst" defaultValue={filter.serviceId} aria-describedby={describedBy}>
                <option value="">{t('reviews.list.service.all')}</option>
                {services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        ) : null}
        <CheckboxField field={{ id: 'filter-geverifieerd', name: 'geverifieerd', defaultChecked: filter.verifiedOnly }} value="1" label={t('reviews.list.verifiedOnly')} />
        <div>
          <Button type="submit" appearance="secondary">
            {t('reviews.list.apply')}
          </Button>
        </div>
      </Form>

      <section aria-labelledby="lijst">
        <Heading level={2} id="lijst">
          {plural('reviews.list.total', total)}
        </Heading>
        {reviews.length === 0 ? (
          <Paragraph role="status">{t('reviews.list.none')}</Paragraph>
        ) : (
          <>
            {pages > 1 ? <Paragraph className="sk-muted">{t('search.page', { page: filter.page, pages })}</Paragraph> : null}
            <ol className="sk-rv-list" aria-labelledby="lijst">
              {reviews.map((review) => (
                <li key={review.id}>
                  <ReviewItem review={review} />
                </li>
              ))}
            </ol>
            <Pagination page={filter.page} pages={pages} hrefFor={hrefFor} />
          </>
        )}
      </section>
    </article>
  );
}
