import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { getDb } from '../db.server';
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

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'home', 'kind', 'location', 'mark', 'search.hint', 'search.label', 'search.submit', 'search.suggest', 'waiting'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = getDb();
  const now = contextOf(context).now;
  return {
    title: translate(getLocale(request), 'home.title', { municipality: getEnv().MUNICIPALITY_NAME }),
    categories: listCategoriesWithCounts(db),
    freeFacilities: listHighlightedGeneralFacilities(db, 6, now),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${data?.title ?? ''} | Sociale Kaart` },
  { name: 'description', content: metaTranslator(matches).t('home.intro') },
];

export default function Home() {
  const { categories, freeFacilities } = useLoaderData<typeof loader>();
  const { t, plural, locale, municipality } = useTranslation();
  const groups = (['wmo', 'jeugdwet'] as const).map((law) => ({ law, items: categories.filter((c) => c.law === law && c.count > 0) }));
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
                  <TextLink to={`/zoeken?categorie=${category.code}`}>{locale === 'nl' ? category.nameNl : category.nameEn}</TextLink>{' '}
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
