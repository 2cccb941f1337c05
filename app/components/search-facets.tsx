/**
 * The facets of the search page as plain form controls: checkboxes (any of several values) and
 * radio buttons (thresholds), each facet in a disclosure that is open when something is chosen.
 * The counts say how many results each choice gives, with the other choices applied.
 *
 * The options are most of the page's elements (six per option, some 70 options): on the server
 * they are written as one string (`facetOptionsHtml`), the markup React writes for `FacetOptions`,
 * in a tenth of the time; in the browser they are React elements, so hydration and later updates
 * (a ticked box keeps its focus) work as before. `tests/unit/search-facets.test.tsx` compares both.
 */
import type { FacetOption, FacetResult } from '../search/types';
import { Link } from './typography';
import { useTranslation } from './use-translation';
import { escapeText } from './escape-text';

export function SearchFacets({ facets, clearHref, hasFilters }: { facets: FacetResult[]; clearHref: string; hasFilters: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="sk-facets">
      <h2 className="utrecht-heading-2 sk-facets__title" id="filters">
        {t('search.facets.title')}
      </h2>
      {facets.map((facet) => (
        <Facet key={facet.id} facet={facet} />
      ))}
      <div className="sk-facets__actions">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action utrecht-button--submit">
          {t('search.filter.apply')}
        </button>
        {hasFilters ? <Link to={clearHref}>{t('search.facets.clear')}</Link> : null}
      </div>
    </div>
  );
}

function Facet({ facet }: { facet: FacetResult }) {
  const { t, plural } = useTranslation();
  const chosen = facet.options.filter((o) => o.selected).length;
  const visible = facet.options.filter((o) => o.selected || o.count > 0);
  if (visible.length === 0) return null;
  const single = facet.selection === 'single';
  return (
    <details className="sk-facet" open={chosen > 0}>
      <summary>
        <span>{t(facet.title)}</span>
        {chosen > 0 ? <span className="sk-facet__selected">{plural('search.facets.selected', chosen)}</span> : null}
      </summary>
      <fieldset>
        <legend className="sk-visually-hidden">{t(facet.title)}</legend>
        <FacetOptions facetId={facet.id} single={single} anyChecked={chosen === 0} options={visible} anyLabel={t('search.facet.any')} resultsWord={t('search.facet.results')} />
      </fieldset>
    </details>
  );
}

interface FacetOptionsProps {
  facetId: string;
  single: boolean;
  /** Single selection: whether "any" is the chosen option. */
  anyChecked: boolean;
  options: readonly FacetOption[];
  anyLabel: string;
  resultsWord: string;
}

const onServer = typeof document === 'undefined';

function inputId(facetId: string, value: string): string {
  return `facet-${facetId}-${value || 'alles'}`;
}

function inputClass(single: boolean): string {
  return single ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input';
}

/** The options of one facet: on the server as markup (see the top of this file), in the browser as elements. */
function FacetOptions(props: FacetOptionsProps) {
  if (onServer) return <ul className="sk-facet__options" dangerouslySetInnerHTML={{ __html: facetOptionsHtml(props) }} />;
  return <FacetOptionElements {...props} />;
}

/** The options as React elements (the browser's side, and the reference for `facetOptionsHtml`). */
export function FacetOptionElements({ facetId, single, anyChecked, options, anyLabel, resultsWord }: FacetOptionsProps) {
  return (
    <ul className="sk-facet__options">
      {single ? (
        <li className="sk-facet__option">
          <input type="radio" className={inputClass(true)} name={facetId} value="" id={inputId(facetId, '')} defaultChecked={anyChecked} />
          <label htmlFor={inputId(facetId, '')}>{anyLabel}</label>
        </li>
      ) : null}
      {options.map((option) => (
        <li key={option.value} className="sk-facet__option">
          <input type={single ? 'radio' : 'checkbox'} className={inputClass(single)} name={facetId} value={option.value} id={inputId(facetId, option.value)} defaultChecked={option.selected} />
          {/* One text node per run of text: React marks every boundary between two with a comment. */}
          <label htmlFor={inputId(facetId, option.value)}>
            {`${option.label} `}
            <span className="sk-facet__count">
              {`(${option.count}`}
              <span className="sk-visually-hidden">{` ${resultsWord}`}</span>)
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/** The inner markup of `FacetOptionElements`' list as React writes it on the server; every text and attribute value escaped. */
export function facetOptionsHtml({ facetId, single, anyChecked, options, anyLabel, resultsWord }: FacetOptionsProps): string {
  const name = escapeText(facetId);
  const className = inputClass(single);
  const type = single ? 'radio' : 'checkbox';
  const hidden = escapeText(` ${resultsWord}`);
  let html = '';
  if (single) {
    const id = escapeText(inputId(facetId, ''));
    html += `<li class="sk-facet__option"><input type="radio" class="${className}" name="${name}" id="${id}"${anyChecked ? ' checked=""' : ''} value=""/><label for="${id}">${escapeText(anyLabel)}</label></li>`;
  }
  for (const option of options) {
    const id = escapeText(inputId(facetId, option.value));
    html +=
      `<li class="sk-facet__option"><input type="${type}" class="${className}" name="${name}" id="${id}"${option.selected ? ' checked=""' : ''} value="${escapeText(option.value)}"/>` +
      `<label for="${id}">${escapeText(`${option.label} `)}<span class="sk-facet__count">${escapeText(`(${option.count}`)}<span class="sk-visually-hidden">${hidden}</span>)</span></label></li>`;
  }
  return html;
}
