import { Form } from '@remix-run/react';
import { Button, Textbox } from './form';
import { useTranslation } from './use-translation';

/** The search box: a GET form to /zoeken, so every search is a shareable URL. */
export function SearchForm({ defaultValue = '', id = 'zoekterm' }: { defaultValue?: string; id?: string }) {
  const { t } = useTranslation();
  return (
    <Form method="get" action="/zoeken" role="search" className="sk-search-form">
      <label className="utrecht-form-label" htmlFor={id}>
        {t('search.label')}
      </label>
      <p className="utrecht-form-field-description" id={`${id}-hint`}>
        {t('search.hint')}
      </p>
      <div className="sk-search-form__row">
        <Textbox id={id} name="q" type="search" defaultValue={defaultValue} aria-describedby={`${id}-hint`} maxLength={200} autoComplete="off" />
        <Button type="submit">{t('search.submit')}</Button>
      </div>
    </Form>
  );
}
