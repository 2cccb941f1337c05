import type { SearchCard, SearchOutcome } from '../search/types';
import { SearchResultList } from './search-result-card';
import { Heading, Link, Paragraph } from './typography';
import { useTranslation } from './use-translation';

/** Nothing found: a spelling suggestion, the nearest topics, and free facilities to start with. */
export function SearchNoResults({
  help,
  hasFilters,
  clearHref,
  hrefForQuery,
  hrefForCategory,
}: {
  help: Omit<NonNullable<SearchOutcome['help']>, 'free'> & { free: SearchCard[] };
  hasFilters: boolean;
  clearHref: string;
  hrefForQuery: (q: string) => string;
  hrefForCategory: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="sk-no-results">
      <Heading level={3}>{t('search.none.title')}</Heading>
      {help.spelling ? (
        <Paragraph>
          {t('search.none.didYouMean')}{' '}
          <Link to={hrefForQuery(help.spelling)}>
            <strong>{help.spelling}</strong>
          </Link>
          ?
        </Paragraph>
      ) : (
        <Paragraph>{t('search.none.text')}</Paragraph>
      )}
      {hasFilters ? (
        <Paragraph>
          {t('search.none.filters')} <Link to={clearHref}>{t('search.none.clearFilters')}</Link>
        </Paragraph>
      ) : null}
      {help.categories.length > 0 ? (
        <>
          <Paragraph>{t('search.none.categories')}</Paragraph>
          <ul className="utrecht-unordered-list sk-no-results__list">
            {help.categories.map((category) => (
              <li key={category.code} className="utrecht-unordered-list__item">
                <Link to={hrefForCategory(category.code)}>{category.label}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {help.free.length > 0 ? (
        <section aria-labelledby="gratis-hulp">
          <Heading level={3} id="gratis-hulp">
            {t('search.none.freeTitle')}
          </Heading>
          <SearchResultList items={help.free} headingLevel={4} className="sk-results" />
          <Paragraph>
            <Link to="/zoeken?soort=general">{t('search.none.free')}</Link>
          </Paragraph>
        </section>
      ) : null}
    </div>
  );
}
