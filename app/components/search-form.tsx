import { Form } from '@remix-run/react';
import searchCss from '../styles/search.css';
import { Button } from './form';
import { SearchBox } from './search-autocomplete';
import { useTranslation } from './use-translation';

/**
 * The search box: a GET form to /zoeken, so every search is a shareable URL. With JavaScript the
 * box suggests searches as you type (see search-autocomplete.tsx).
 */
export function SearchForm({ defaultValue = '', id = 'zoekterm' }: { defaultValue?: string; id?: string }) {
  const { t } = useTranslation();
  return (
    <Form method="get" action="/zoeken" role="search" className="sk-search-form">
      {/* The suggestion list's styles, for pages that do not load them through their route. */}
      <link rel="stylesheet" href={searchCss} />
      <label className="utrecht-form-label" htmlFor={id}>
        {t('search.label')}
      </label>
      <p className="utrecht-form-field-description" id={`${id}-hint`}>
        {t('search.hint')}
      </p>
      <div className="sk-search-form__row">
        <SearchBox id={id} defaultValue={defaultValue} describedBy={`${id}-hint`} />
        <Button type="submit">{t('search.submit')}</Button>
      </div>
    </Form>
  );
}
