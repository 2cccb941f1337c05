/**
 * The facets of the search page as plain form controls: checkboxes (any of several values) and
 * radio buttons (thresholds), each facet in a disclosure that is open when something is chosen.
 * The counts say how many results each choice gives, with the other choices applied.
 */
import type { FacetResult } from '../search/types';
import { Link } from './typography';
import { useTranslation } from './use-translation';

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
  const inputId = (value: string) => `facet-${facet.id}-${value || 'alles'}`;
  const resultsWord = t('search.facet.results');
  return (
    <details className="sk-facet" open={chosen > 0}>
      <summary>
        <span>{t(facet.title)}</span>
        {chosen > 0 ? <span className="sk-facet__selected">{plural('search.facets.selected', chosen)}</span> : null}
      </summary>
      <fieldset>
        <legend className="sk-visually-hidden">{t(facet.title)}</legend>
        <ul className="sk-facet__options">
          {single ? (
            <li className="sk-facet__option">
              <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" name={facet.id} value="" id={inputId('')} defaultChecked={chosen === 0} />
              <label htmlFor={inputId('')}>{t('search.facet.any')}</label>
            </li>
          ) : null}
          {visible.map((option) => (
            <li key={option.value} className="sk-facet__option">
              <input
                type={single ? 'radio' : 'checkbox'}
                className={single ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'}
                name={facet.id}
                value={option.value}
                id={inputId(option.value)}
                defaultChecked={option.selected}
              />
              {/* One text node per run of text: React marks every boundary between two with a comment. */}
              <label htmlFor={inputId(option.value)}>
                {`${option.label} `}
                <span className="sk-facet__count">
                  {`(${option.count}`}
                  <span className="sk-visually-hidden">{` ${resultsWord}`}</span>)
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
