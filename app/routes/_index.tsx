import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { getDb, type Db } from '../db.server';
import { listCategoriesWithCounts, listHighlightedGeneralFacilities } from '../models/catalogue.server';
import { SearchForm } from '../components/search-form';
import { ServiceCard } from '../components/service-card';
import { Heading, Paragraph } from '../components/typography';
import { TextLink } from '../components/site-link';
import { useTranslation } from '../components/use-translation';
import { getLocale } from '../i18n/locale.server';
import { translate } from '../i18n';
import { getEnv } from '../env.server';
import { contextOf } from '../load-context';
import { metaTranslator, type PageMessages } from '../i18n/messages';
import { pack, unpack, type Packed } from '../domain/packed';
import type { Locale } from '../domain/enums';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'home', 'kind', 'location', 'mark', 'search.hint', 'search.label', 'search.submit', 'search.suggest', 'waiting'];

/** What the home page renders, no more: made per request (the marks depend on the moment) and sent packed. */
export async function homePageData({ request, context }: LoaderFunctionArgs) {
  const db = getDb();
  const locale = getLocale(request);
  return {
    title: translate(locale, 'home.title', { municipality: getEnv().MUNICIPALITY_NAME }),
    categories: categoryGroups(db, locale),
    freeFacilities: listHighlightedGeneralFacilities(db, 6, contextOf(context).now).map(toCard),
  };
}

export type HomePageData = Awaited<ReturnType<typeof homePageData>>;

/** The page's data packed as one JSON text (app/domain/packed.ts, docs/decisions/023-packed-page-data.md). */
export async function loader(args: LoaderFunctionArgs): Promise<{ page: Packed<HomePageData> }> {
  return { page: pack(await homePageData(args)) };
}

/** A highlighted offer as its card shows it (ServiceCard). */
function toCard(service: ReturnType<typeof listHighlightedGeneralFacilities>[number]) {
  const { id, name, kind, categoryCode, waitingWeeks, acceptingNewClients, organizationName, organizationSlug, district, reviews } = service;
  return { id, name, kind, categoryCode, waitingWeeks, acceptingNewClients, organizationName, organizationSlug, district, reviews };
}

/** The categories with public services per law, named in the page's language. */
function categoryGroups(db: Db, locale: Locale) {
  const categories = listCategoriesWithCounts(db);
  return (['wmo', 'jeugdwet'] as const).map((law) => ({
    law,
    items: categories.filter((c) => c.law === law && c.count > 0).map((c) => ({ code: c.code, name: locale === 'nl' ? c.nameNl : c.nameEn, count: c.count })),
  }));
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${data ? unpack(data.page as Packed<HomePageData>).title : ''} | Sociale Kaart` },
  { name: 'description', content: metaTranslator(matches).t('home.intro') },
];

export default function Home() {
  const { categories: groups, freeFacilities } = unpack(useLoaderData<typeof loader>().page as Packed<HomePageData>);
  const { t, plural, municipality } = useTranslation();
  return (
    <>
      <Heading level={1}>{t('home.title', { municipality })}</Heading>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      <SearchForm />

      <section className="sk-free" aria-labelledby="gratis">
        <Heading level={2} id="gratis">
          {t('home.free.title')}
        </Heading>
        <Paragraph>{t('home.free.intro')}</Paragraph>
        <ul className="sk-grid">
          {freeFacilities.map((service) => (
            <li key={service.id}>
              <ServiceCard service={service} />
            </li>
          ))}
        </ul>
        <Paragraph>
          <TextLink to="/zoeken?soort=general">{t('home.free.all')}</TextLink>
        </Paragraph>
      </section>

      <section className="sk-section" aria-labelledby="onderwerpen">
        <Heading level={2} id="onderwerpen">
          {t('home.categories.title')}
        </Heading>
        {groups.map((group) => (
          <div key={group.law}>
            <Heading level={3}>{t(`home.categories.${group.law}`)}</Heading>
            <ul className="sk-categories">
              {group.items.map((category) => (
                <li key={category.code}>
                  <TextLink to={`/zoeken?categorie=${category.code}`}>{category.name}</TextLink>{' '}
                  <span className="sk-muted">{`(${plural('home.categories.count', category.count)})`}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section className="sk-section" aria-labelledby="hulp">
        <Heading level={2} id="hulp">
          {t('home.help.title')}
        </Heading>
        <Paragraph>{t('home.help.text')}</Paragraph>
      </section>
    </>
  );
}
