import { SiteLink as Link } from './site-link';
import { useTranslation } from './use-translation';

/** Previous / next and page numbers as plain links: works without JavaScript. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const numbers = pageWindow(page, pages);
  return (
    <nav className="utrecht-pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev" to={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : null}
      <span className="utrecht-pagination__pages">
        {numbers.map((n) =>
          n === page ? (
            <span key={n} className="utrecht-pagination__page-link utrecht-pagination__page-link--current" aria-current="page">
              <span className="sk-visually-hidden">{t('pagination.page', { page: n })}</span>
              <span aria-hidden="true">{n}</span>
            </span>
          ) : (
            <Link key={n} className="utrecht-pagination__page-link" to={hrefFor(n)} aria-label={t('pagination.page', { page: n })}>
              {n}
            </Link>
          ),
        )}
      </span>
      {page < pages ? (
        <Link className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next" to={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  );
}

/** At most five page numbers around the current one. */
export function pageWindow(page: number, pages: number): number[] {
  const start = Math.max(1, Math.min(page - 2, pages - 4));
  const end = Math.min(pages, start + 4);
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}
