/**
 * "Ingezet" on a general facility's page: one form, one button (month, district and need are
 * filled in or chosen), posting to /inzicht/ingezet. Works without JavaScript.
 */
import { Form, useLocation } from '@remix-run/react';
import type { FieldError } from '../domain/insight-forms';
import { Button } from './form';
import { DistrictField, MonthField, NeedField, Notice } from './insight-parts';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export interface DeploymentForm {
  slug: string;
  name: string;
  month: string;
  needCode: string;
  districts: { slug: string; name: string }[];
}

export function GeneralDeployedForm({
  form,
  values,
  errors = {},
  headingLevel = 2,
}: {
  form: DeploymentForm;
  values?: { maand: string; wijk: string; behoefte: string } | null;
  errors?: Partial<Record<'maand' | 'wijk' | 'behoefte', FieldError>>;
  headingLevel?: 1 | 2;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const saved = new URLSearchParams(location.search).get('ingezet') === '1';
  return (
    <section className="sk-in-general" aria-labelledby="ingezet-titel" id="ingezet">
      <Heading level={headingLevel} id="ingezet-titel">
        {headingLevel === 1 ? t('insight.general.pageTitle', { name: form.name }) : t('insight.general.title')}
      </Heading>
      {saved ? <Notice>{t('insight.general.saved')}</Notice> : null}
      <Paragraph>{t('insight.general.intro')}</Paragraph>
      <Form method="post" action="/inzicht/ingezet" noValidate data-testid="general-deployed-form">
        <input type="hidden" name="aanbieder" value={form.slug} />
        <MonthField id="ingezet-maand" value={values?.maand ?? form.month} error={errors.maand} />
        <DistrictField id="ingezet-wijk" districts={form.districts} value={values?.wijk ?? ''} error={errors.wijk} />
        <NeedField id="ingezet-behoefte" value={values?.behoefte ?? form.needCode} error={errors.behoefte} />
        <div>
          <Button type="submit">{t('insight.general.submit')}</Button>
        </div>
      </Form>
    </section>
  );
}
