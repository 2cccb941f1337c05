/**
 * The comparison form: product, volume, duration and place of an indication. A plain GET form
 * (works without JavaScript); with JavaScript conform checks the same schema before sending.
 */
import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { useZodForm } from './form-conform';
import { Form } from '@remix-run/react';
import type { TariffUnit } from '../domain/enums';
import { tariffUnits } from '../domain/enums';
import type { MessageKey } from '../i18n';
import type { CompareFormOptions } from '../domain/compare-view';
import { compareSchemaFor } from '../domain/compare-schema';
import { useMessageText } from './form-message';
import { Button, FormField, Select, Textbox } from './form';
import { useTranslation } from './use-translation';

/** The comparison form's errors are the kit's messages (a parameter `unit` is a message key). */

export interface CompareFormProps {
  /** The products and districts, named in the reader's language (compareFormOptions). */
  options: CompareFormOptions;
  today: string;
  lastResult: SubmissionResult<string[]> | null | undefined;
  shortlists: { id: number; title: string }[];
  /** The list to put providers on when the address names one (before the form is sent). */
  defaultList?: number | null;
  /** Current sort, kept when the form is sent again. */
  sort?: { key: string; direction: string } | null;
}

export function CompareForm({ options, today, lastResult, shortlists, defaultList = null, sort }: CompareFormProps) {
  const { t } = useTranslation();
  const errorText = useMessageText();
  const schema = compareSchemaFor(options, today);
  const [form, fields] = useZodForm(schema, { id: 'vergelijken', lastResult: lastResult ?? undefined, defaultValue: { eenheid: '04', per: 'week', duureenheid: 'weken', start: today, ...(defaultList ? { lijst: String(defaultList) } : {}) }, shouldValidate: 'onSubmit' });
  const value = (field: { initialValue?: unknown }) => (typeof field.initialValue === 'string' ? field.initialValue : undefined);

  return (
    <Form method="get" action="/vergelijken" {...getFormProps(form)} className="sk-cmp-form" aria-labelledby="vergelijk-formulier">
      <h2 className="utrecht-heading-2" id="vergelijk-formulier">
        {t('compare.form.title')}
      </h2>
      {sort ? (
        <>
          <input type="hidden" name="sorteer" value={sort.key} />
          <input type="hidden" name="richting" value={sort.direction} />
        </>
      ) : null}
      <fieldset className="sk-cmp-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('compare.form.what')}</legend>
        <FormField id={fields.product.id} label={t('compare.form.product')} description={t('compare.form.productHint')} error={errorText(fields.product.errors)}>
          {(describedBy, invalid) => (
            <Select
              id={fields.product.id}
              name={fields.product.name}
              key={fields.product.key}
              defaultValue={value(fields.product) ?? ''}
              aria-describedby={describedBy}
              invalid={invalid}
              required
            >
              <option value="">{t('compare.form.productChoose')}</option>
              {options.categories.map((category) => (
                <optgroup key={category.code} label={`${category.code} ${category.name}`}>
                  <option value={category.code}>{t('compare.form.productAll', { code: category.code, name: category.name })}</option>
                  {category.products.map((product) => (
                    <option key={product.code} value={product.code}>
                      {product.code} {product.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          )}
        </FormField>
      </fieldset>

      <fieldset className="sk-cmp-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('compare.form.howMuch')}</legend>
        <p className="utrecht-paragraph sk-muted">{t('compare.form.howMuchHint')}</p>
        <div className="sk-cmp-row">
          <FormField id={fields.aantal.id} label={t('compare.form.volume')} error={errorText(fields.aantal.errors)}>
            {(describedBy, invalid) => (
              <Textbox
                id={fields.aantal.id}
                name={fields.aantal.name}
                key={fields.aantal.key}
                defaultValue={value(fields.aantal)}
                inputMode="decimal"
                autoComplete="off"
                size={6}
                aria-describedby={describedBy}
                invalid={invalid}
                required
              />
            )}
          </FormField>
          <FormField id={fields.eenheid.id} label={t('compare.form.unit')} error={errorText(fields.eenheid.errors)}>
            {(describedBy, invalid) => (
              <Select id={fields.eenheid.id} name={fields.eenheid.name} key={fields.eenheid.key} defaultValue={value(fields.eenheid) ?? '04'} aria-describedby={describedBy} invalid={invalid}>
                {tariffUnits.map((unit: TariffUnit) => (
                  <option key={unit} value={unit}>
                    {t(`compare.unit.${unit}.name` as MessageKey)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id={fields.per.id} label={t('compare.form.per')} error={errorText(fields.per.errors)}>
            {(describedBy, invalid) => (
              <Select id={fields.per.id} name={fields.per.name} key={fields.per.key} defaultValue={value(fields.per) ?? 'week'} aria-describedby={describedBy} invalid={invalid}>
                <option value="week">{t('compare.form.perWeek')}</option>
                <option value="maand">{t('compare.form.perMonth')}</option>
                <option value="totaal">{t('compare.form.perTotal')}</option>
              </Select>
            )}
          </FormField>
        </div>
        <div className="sk-cmp-row">
          <FormField id={fields.duur.id} label={t('compare.form.duration')} description={t('compare.form.durationHint')} error={errorText(fields.duur.errors)}>
            {(describedBy, invalid) => (
              <Textbox
                id={fields.duur.id}
                name={fields.duur.name}
                key={fields.duur.key}
                defaultValue={value(fields.duur)}
                inputMode="numeric"
                autoComplete="off"
                size={4}
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </FormField>
          <FormField id={fields.duureenheid.id} label={t('compare.form.durationUnit')} error={errorText(fields.duureenheid.errors)}>
            {(describedBy, invalid) => (
              <Select
                id={fields.duureenheid.id}
                name={fields.duureenheid.name}
                key={fields.duureenheid.key}
                defaultValue={value(fields.duureenheid) ?? 'weken'}
                aria-describedby={describedBy}
                invalid={invalid}
              >
                <option value="weken">{t('compare.form.weeks')}</option>
                <option value="maanden">{t('compare.form.months')}</option>
              </Select>
            )}
          </FormField>
        </div>
        <div className="sk-cmp-row">
          <FormField id={fields.start.id} label={t('compare.form.start')} error={errorText(fields.start.errors)}>
            {(describedBy, invalid) => (
              <Textbox id={fields.start.id} name={fields.start.name} key={fields.start.key} type="date" defaultValue={value(fields.start) ?? today} aria-describedby={describedBy} invalid={invalid} />
            )}
          </FormField>
          <FormField id={fields.einde.id} label={t('compare.form.end')} description={t('compare.form.endHint')} error={errorText(fields.einde.errors)}>
            {(describedBy, invalid) => (
              <Textbox id={fields.einde.id} name={fields.einde.name} key={fields.einde.key} type="date" defaultValue={value(fields.einde)} aria-describedby={describedBy} invalid={invalid} />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="sk-cmp-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('compare.form.where')}</legend>
        <div className="sk-cmp-row">
          <FormField id={fields.wijk.id} label={t('compare.form.district')} error={errorText(fields.wijk.errors)}>
            {(describedBy, invalid) => (
              <Select id={fields.wijk.id} name={fields.wijk.name} key={fields.wijk.key} defaultValue={value(fields.wijk) ?? ''} aria-describedby={describedBy} invalid={invalid}>
                <option value="">{t('compare.form.districtAny')}</option>
                {options.districts.map((d) => (
                  <option key={d.slug} value={d.slug}>
                    {d.name}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id={fields.postcode.id} label={t('compare.form.postcode')} description={t('compare.form.postcodeHint')} error={errorText(fields.postcode.errors)}>
            {(describedBy, invalid) => (
              <Textbox
                id={fields.postcode.id}
                name={fields.postcode.name}
                key={fields.postcode.key}
                defaultValue={value(fields.postcode)}
                autoComplete="off"
                size={8}
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </FormField>
        </div>
      </fieldset>

      {shortlists.length > 0 ? (
        <FormField id={fields.lijst.id} label={t('compare.form.list')} description={t('compare.form.listHint')}>
          {(describedBy) => (
            <Select id={fields.lijst.id} name={fields.lijst.name} key={fields.lijst.key} defaultValue={value(fields.lijst) ?? ''} aria-describedby={describedBy}>
              <option value="">{t('compare.form.listNew')}</option>
              {shortlists.map((list) => (
                <option key={list.id} value={String(list.id)}>
                  {list.title}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}

      <Button type="submit">{t('compare.form.submit')}</Button>
    </Form>
  );
}
