/**
 * The comparison form: product, volume, duration and place of an indication. A plain GET form
 * (works without JavaScript); with JavaScript conform checks the same schema before sending.
 */
import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { useZodForm } from './form-conform';
import { Form } from '@remix-run/react';
import type { TariffUnit } from '../domain/enums';
import { tariffUnits } from '../domain/enums';
import { h, optionProps, toHtml, type MarkupNode } from './markup';
import type { MessageKey, Translate } from '../i18n';
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

const productOptionMarkup = new WeakMap<CompareFormOptions, { tree: MarkupNode; html?: string }>();

/**
 * The product list's "choose" option, groups and options, described once per options object (one
 * per language, remembered until a write on the server): a hundred-odd elements with a translated
 * line per group that are the same for every comparison. On the server they are one string
 * (./markup.tsx, ADR 026/027) with the chosen option marked as React marks it; in the browser React
 * elements, of which React selects the chosen one from the select's value.
 */
function productOptions(options: CompareFormOptions, t: Translate): { tree: MarkupNode; html?: string } {
  let markup = productOptionMarkup.get(options);
  if (markup === undefined) {
    const tree = [
      h('option', { key: '', value: '' }, t('compare.form.productChoose')),
      options.categories.map((category) =>
        h(
          'optgroup',
          { key: category.code, label: `${category.code} ${category.name}` },
          h('option', { value: category.code }, t('compare.form.productAll', { code: category.code, name: category.name })),
          category.products.map((product) => h('option', { key: product.code, value: product.code }, product.code, ' ', product.name)),
        ),
      ),
    ];
    markup = onServer ? { tree, html: toHtml(tree, { charRefs: true }) } : { tree };
    productOptionMarkup.set(options, markup);
  }
  return markup;
}

const onServer = typeof document === 'undefined';

export function CompareForm({ options, today, lastResult, shortlists, defaultList = null, sort }: CompareFormProps) {
  const { t } = useTranslation();
  const errorText = useMessageText();
  const schema = compareSchemaFor(options, today);
  const [form, fields] = useZodForm(schema, { id: 'vergelijken', lastResult: lastResult ?? undefined, defaultValue: { eenheid: '04', per: 'week', duureenheid: 'weken', start: today, ...(defaultList ? { lijst: String(defaultList) } : {}) }, shouldValidate: 'onSubmit', writtenOnServer: true });
  // conform names a field's id `${form id}-${name}`; written out here, as each read of a field's
  // metadata builds it anew (ten fields, read six times each, cost more than the rest of the form).
  const idOf = (name: keyof typeof fields & string) => `${form.id}-${name}`;
  const value = (field: { initialValue?: unknown }) => (typeof field.initialValue === 'string' ? field.initialValue : undefined);
  const product = value(fields.product);
  const productMarkup = productOptions(options, t);
  /** A FormField's select of `choices`, the field's value chosen (else `fallback`). */
  const optionsSelect =
    (name: 'eenheid' | 'per' | 'duureenheid' | 'wijk' | 'lijst', fallback: string, choices: MarkupNode) =>
    (describedBy: string | undefined, invalid?: boolean) => {
      const chosen = value(fields[name]) ?? fallback;
      return <Select id={idOf(name)} name={name} key={fields[name].key} defaultValue={chosen} aria-describedby={describedBy} invalid={invalid} {...optionProps(choices, chosen)} />;
    };

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
        <FormField id={idOf('product')} label={t('compare.form.product')} description={t('compare.form.productHint')} error={errorText(fields.product.errors)}>
          {(describedBy, invalid) => (
            <Select
              id={idOf('product')}
              name="product"
              key={fields.product.key}
              defaultValue={product ?? ''}
              aria-describedby={describedBy}
              invalid={invalid}
              required
              {...optionProps(productMarkup.tree, product ?? '', productMarkup.html)}
            />
          )}
        </FormField>
      </fieldset>

      <fieldset className="sk-cmp-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('compare.form.howMuch')}</legend>
        <p className="utrecht-paragraph sk-muted">{t('compare.form.howMuchHint')}</p>
        <div className="sk-cmp-row">
          <FormField id={idOf('aantal')} label={t('compare.form.volume')} error={errorText(fields.aantal.errors)}>
            {(describedBy, invalid) => (
              <Textbox
                id={idOf('aantal')}
                name="aantal"
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
          <FormField id={idOf('eenheid')} label={t('compare.form.unit')} error={errorText(fields.eenheid.errors)}>
            {optionsSelect('eenheid', '04', tariffUnits.map((unit: TariffUnit) => h('option', { key: unit, value: unit }, t(`compare.unit.${unit}.name` as MessageKey))))}
          </FormField>
          <FormField id={idOf('per')} label={t('compare.form.per')} error={errorText(fields.per.errors)}>
            {optionsSelect('per', 'week', [h('option', { key: 'week', value: 'week' }, t('compare.form.perWeek')), h('option', { key: 'maand', value: 'maand' }, t('compare.form.perMonth')), h('option', { key: 'totaal', value: 'totaal' }, t('compare.form.perTotal'))])}
          </FormField>
        </div>
        <div className="sk-cmp-row">
          <FormField id={idOf('duur')} label={t('compare.form.duration')} description={t('compare.form.durationHint')} error={errorText(fields.duur.errors)}>
            {(describedBy, invalid) => (
              <Textbox
                id={idOf('duur')}
                name="duur"
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
          <FormField id={idOf('duureenheid')} label={t('compare.form.durationUnit')} error={errorText(fields.duureenheid.errors)}>
            {optionsSelect('duureenheid', 'weken', [h('option', { key: 'weken', value: 'weken' }, t('compare.form.weeks')), h('option', { key: 'maanden', value: 'maanden' }, t('compare.form.months'))])}
          </FormField>
        </div>
        <div className="sk-cmp-row">
          <FormField id={idOf('start')} label={t('compare.form.start')} error={errorText(fields.start.errors)}>
            {(describedBy, invalid) => (
              <Textbox id={idOf('start')} name="start" key={fields.start.key} type="date" defaultValue={value(fields.start) ?? today} aria-describedby={describedBy} invalid={invalid} />
            )}
          </FormField>
          <FormField id={idOf('einde')} label={t('compare.form.end')} description={t('compare.form.endHint')} error={errorText(fields.einde.errors)}>
            {(describedBy, invalid) => (
              <Textbox id={idOf('einde')} name="einde" key={fields.einde.key} type="date" defaultValue={value(fields.einde)} aria-describedby={describedBy} invalid={invalid} />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="sk-cmp-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('compare.form.where')}</legend>
        <div className="sk-cmp-row">
          <FormField id={idOf('wijk')} label={t('compare.form.district')} error={errorText(fields.wijk.errors)}>
            {optionsSelect('wijk', '', [h('option', { key: '', value: '' }, t('compare.form.districtAny')), options.districts.map((d) => h('option', { key: d.slug, value: d.slug }, d.name))])}
          </FormField>
          <FormField id={idOf('postcode')} label={t('compare.form.postcode')} description={t('compare.form.postcodeHint')} error={errorText(fields.postcode.errors)}>
            {(describedBy, invalid) => (
              <Textbox
                id={idOf('postcode')}
                name="postcode"
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
        <FormField id={idOf('lijst')} label={t('compare.form.list')} description={t('compare.form.listHint')}>
          {optionsSelect('lijst', '', [h('option', { key: '', value: '' }, t('compare.form.listNew')), shortlists.map((list) => h('option', { key: list.id, value: String(list.id) }, list.title))])}
        </FormField>
      ) : null}

      <Button type="submit">{t('compare.form.submit')}</Button>
    </Form>
  );
}
