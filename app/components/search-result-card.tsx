import type { SearchCard } from '../search/types';
import { KindBadge, kindBadgeClassName } from './badges';
import { MarkSummary, markSummaryMarkup, type MarkElementFactory } from './mark';
import { isPlainSitePath } from './site-link';
import { Heading, Link } from './typography';
import { useTranslation } from './use-translation';
import { WaitingTime } from './waiting-time';
import { formatKilometres } from '../domain/format';
import { escapeText } from './escape-text';

type HeadingLevel = 2 | 3 | 4;
type Translator = ReturnType<typeof useTranslation>;

/**
 * One search result: who and what, kind, topic, district and distance, the residents' mark,
 * waiting time, and — when the provider's budget ceiling is reached — that it takes no new clients
 * via the municipality for now (never an amount).
 */
export function SearchResultCard({ item, headingLevel = 3 }: { item: SearchCard; headingLevel?: HeadingLevel }) {
  const { t, locale } = useTranslation();
  const distance = item.distanceKm === null ? null : formatKilometres(locale, item.distanceKm);
  return (
    <article className="sk-card" aria-labelledby={`resultaat-${item.id}`}>
      <Heading level={headingLevel} className="sk-card__title" id={`resultaat-${item.id}`}>
        <Link to={item.href}>{item.name}</Link>
      </Heading>
      <p className="utrecht-paragraph sk-card__org">{item.organization.name}</p>
      <p className="sk-card__meta">
        <KindBadge kind={item.kind} />
        {item.categoryName ? <span>{item.categoryName}</span> : null}
        {item.district ? (
          <span>{`${t('location.district')}: ${item.district}`}</span>
        ) : item.city ? (
          <span>{item.city}</span>
        ) : null}
        {distance !== null ? (
          <span className="sk-results__distance">
            <data value={item.distanceKm!.toFixed(1)}>{t('search.card.distance', { distance })}</data>
          </span>
        ) : null}
      </p>
      <p className="sk-card__meta">
        <MarkSummary summary={item.reviews} />
      </p>
      {item.status !== 'active' ? <p className="sk-card__meta sk-warning-text">{t(`status.${item.status}`)}</p> : null}
      {item.kind !== 'general' ? (
        <p className="sk-card__meta">
          <WaitingTime weeks={item.waitingWeeks} />
          {!item.acceptingNewClients ? <span className="sk-warning-text">{t('accepting.no')}</span> : null}
        </p>
      ) : null}
      {item.noNewClientsViaMunicipality ? <p className="sk-card__meta sk-card__warning sk-warning-text">{t('search.card.noNewClients')}</p> : null}
    </article>
  );
}

const onServer = typeof document === 'undefined';

interface SearchResultListProps {
  items: readonly SearchCard[];
  headingLevel?: HeadingLevel;
  ordered?: boolean;
  className: string;
  label?: string;
}

/**
 * The results as list items, each a `SearchResultCard`. The cards are most of the search page's
 * elements after the facets (ADR 023): on the server they are written as one string
 * (`searchCardsHtml`), the markup React writes for them, in a fraction of the time; in the browser
 * they are React elements, so hydration works as before. `tests/unit/search-result-card.test.tsx`
 * compares both. A card whose link is not a plain site path falls back to React on both sides.
 */
export function SearchResultList({ items, headingLevel = 3, ordered = false, className, label }: SearchResultListProps) {
  const translator = useTranslation();
  if (onServer && items.every((item) => isPlainSitePath(item.href))) {
    const Tag = ordered ? 'ol' : 'ul';
    return <Tag className={className} aria-label={label} dangerouslySetInnerHTML={{ __html: searchCardsHtml(items, headingLevel, translator) }} />;
  }
  return <SearchResultElements items={items} headingLevel={headingLevel} ordered={ordered} className={className} label={label} />;
}

/** The list as React elements (the browser's side, and the reference for `searchCardsHtml`). */
export function SearchResultElements({ items, headingLevel = 3, ordered = false, className, label }: SearchResultListProps) {
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag className={className} aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <SearchResultCard item={item} headingLevel={headingLevel} />
        </li>
      ))}
    </Tag>
  );
}

/** The list items of `SearchResultList` as React writes them on the server, every text and attribute value escaped. */
export function searchCardsHtml(items: readonly SearchCard[], headingLevel: HeadingLevel, translator: Translator): string {
  let html = '';
  for (const item of items) html += `<li>${searchCardHtml(item, headingLevel, translator)}</li>`;
  return html;
}

function searchCardHtml(item: SearchCard, level: HeadingLevel, { t, plural, locale }: Translator): string {
  const id = escapeText(`resultaat-${item.id}`);
  let html =
    `<article class="sk-card" aria-labelledby="${id}"><h${level} class="utrecht-heading-${level} sk-card__title" id="${id}">` +
    `<a class="utrecht-link utrecht-link--html-a" data-discover="true" href="${escapeText(item.href)}">${escapeText(item.name)}</a></h${level}>` +
    `<p class="utrecht-paragraph sk-card__org">${escapeText(item.organization.name)}</p>` +
    `<p class="sk-card__meta"><span class="${escapeText(kindBadgeClassName(item.kind))}">${escapeText(t(`kind.${item.kind}`))}</span>`;
  if (item.categoryName) html += `<span>${escapeText(item.categoryName)}</span>`;
  if (item.district) html += `<span>${escapeText(`${t('location.district')}: ${item.district}`)}</span>`;
  else if (item.city) html += `<span>${escapeText(item.city)}</span>`;
  if (item.distanceKm !== null) {
    const distance = formatKilometres(locale, item.distanceKm);
    html += `<span class="sk-results__distance"><data value="${item.distanceKm.toFixed(1)}">${escapeText(t('search.card.distance', { distance }))}</data></span>`;
  }
  html += `</p><p class="sk-card__meta">${markSummaryMarkup(item.reviews, { t, plural, locale }, writeElement).html}</p>`;
  if (item.status !== 'active') html += `<p class="sk-card__meta sk-warning-text">${escapeText(t(`status.${item.status}`))}</p>`;
  if (item.kind !== 'general') {
    const waiting = item.waitingWeeks === null ? t('waiting.unknown') : plural('waiting.weeks', item.waitingWeeks);
    html += `<p class="sk-card__meta"><span>${escapeText(waiting)}</span>`;
    if (!item.acceptingNewClients) html += `<span class="sk-warning-text">${escapeText(t('accepting.no'))}</span>`;
    html += '</p>';
  }
  if (item.noNewClientsViaMunicipality) html += `<p class="sk-card__meta sk-card__warning sk-warning-text">${escapeText(t('search.card.noNewClients'))}</p>`;
  return `${html}</article>`;
}

/** Written markup: the text is escaped once, where it becomes markup. */
interface Written {
  html: string;
}

/** `MarkSummary`'s elements (./mark.tsx) as React writes them on the server: one attribute each. */
const writeElement: MarkElementFactory<Written> = (type, props, ...children) => {
  let html = 'className' in props ? `<${type} class="${escapeText(props.className)}">` : `<${type} value="${escapeText(props.value)}">`;
  for (const child of children) if (child !== null) html += typeof child === 'string' ? escapeText(child) : child.html;
  return { html: `${html}</${type}>` };
};
