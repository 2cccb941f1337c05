/**
 * The review feature's form parts: the form kit (app/components/form-*) under the names the
 * review pages use, plus the one control only reviews have (a mark from 1 to 10). Errors arrive
 * as message keys (from the shared zod schemas or the model) and the kit translates them.
 */
import type { ComponentProps, ReactNode } from 'react';
import { FormField, Select } from './form';
import { FormErrorSummary } from './form-error-summary';
import { ChoiceGroupField, CheckboxField as KitCheckboxField, FieldLabel, SelectField, TextAreaField as KitTextAreaField, TextField, type FieldLike } from './form-field';
import { useMessageText } from './form-message';
import { FormNotice } from './form-notice';
import { useTranslation } from './use-translation';

export { Honeypot as ReviewHoneypot } from './honeypot';

/** The first error of a field as text (the kit's one message hook). */

/** A status message after post/redirect/get. */
export function ReviewNotice({ children, tone = 'ok' }: { children: ReactNode; tone?: 'ok' | 'warning' | 'info' }) {
  return <FormNotice tone={tone}>{children}</FormNotice>;
}

/** At the top of a form after a failed submit: the form's errors and links to the fields with one. */
export function ErrorSummary({ formErrors, fields }: { formErrors?: readonly string[] | undefined; fields: { field: FieldLike; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <FormErrorSummary
      title={t('reviews.form.errors')}
      titleId="foutmeldingen"
      formErrors={formErrors}
      fields={fields.map(({ field, label }) => ({ id: field.id, label, errors: field.errors }))}
    />
  );
}

/** A mark from 1 to 10 as a select: compact at 360 px, one keystroke per mark, no JavaScript needed. */
export function MarkField({ field, label, description, chooseLabel }: { field: FieldLike; label: string; description?: string; chooseLabel?: string }) {
  const { t } = useTranslation();
  const text = useMessageText();
  return (
    <FormField id={field.id} label={label} description={description} error={text(field.errors)}>
      {(describedBy, invalid) => (
        <Select key={field.key} id={field.id} name={field.name} defaultValue={field.defaultValue ?? ''} aria-describedby={describedBy} invalid={invalid} required>
          <option value="">{chooseLabel ?? t('reviews.form.mark.choose')}</option>
          {Array.from({ length: 10 }, (_, i) => 10 - i).map((mark) => (
            <option key={mark} value={String(mark)}>
              {mark}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

/** A choice from a list as a select, with an empty first option. */
export function ChoiceField({
  required = true,
  optionalLabel,
  label,
  ...props
}: Omit<ComponentProps<typeof SelectField>, 'optional' | 'label'> & { label: string; emptyLabel: string; required?: boolean; optionalLabel?: string }) {
  return <SelectField {...props} label={optionalLabel ? <FieldLabel text={label} optional /> : label} optional={!required} />;
}

/** A one-line text input. */
export function TextInputField({ required = true, ...props }: Omit<ComponentProps<typeof TextField>, 'optional'> & { required?: boolean }) {
  return <TextField {...props} optional={!required} />;
}

/** A multi-line text with its limits in the description. */
export function TextAreaField({ rows = 8, ...props }: Omit<ComponentProps<typeof KitTextAreaField>, 'optional'>) {
  return <KitTextAreaField {...props} rows={rows} className="sk-rv-textarea" />;
}

/** Radio buttons in a fieldset; the legend is the question, the error sits under it. */
export function RadioField({ field, legend, options }: { field: FieldLike; legend: string; options: readonly { value: string; label: string }[] }) {
  return <ChoiceGroupField field={field} legend={legend} options={options} />;
}

/** One checkbox that must be ticked, with its label next to it, a description and an error. */
export function CheckboxField(props: { field: FieldLike; label: string; description?: ReactNode }) {
  return <KitCheckboxField {...props} required />;
}
