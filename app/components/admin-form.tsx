/**
 * Form pieces for catalogue maintenance: the form kit's fields (app/components/form-field.tsx)
 * under the names the maintenance forms use, the error summary with a count, and the submit
 * button that says it is saving. Opening hours are in ./admin-hours.tsx, the lock fields and the
 * "someone else saved first" message in ./admin-conflict.tsx.
 */
import type { ComponentProps } from 'react';
import { FormErrorSummary } from './form-error-summary';
import { CheckboxField, ChoiceGroupField, SelectField, TextAreaField, TextField, type FieldLike } from './form-field';
import { useFieldLabel } from './admin-field-label';
import { useTranslation } from './use-translation';

export type AnyField = FieldLike;
export { useMessageText } from './form-message';
export { useFieldLabel } from './admin-field-label';
export { HoursGrid } from './admin-hours';
export { ConflictNotice, LockFields, useValueText } from './admin-conflict';
export { SubmitButton } from './admin-submit-button';

type Labelled<P> = Omit<P, 'label'> & { label: string };

export function TextInput(props: Labelled<ComponentProps<typeof TextField>>) {
  return <TextField {...props} />;
}

export function TextArea(props: Labelled<ComponentProps<typeof TextAreaField>>) {
  return <TextAreaField {...props} />;
}

export function SelectInput(props: Labelled<ComponentProps<typeof SelectField>>) {
  return <SelectField {...props} />;
}

/** One checkbox with its label after it. */
export function CheckboxInput({ field, label, description }: { field: FieldLike; label: string; description?: string }) {
  return <CheckboxField field={field} label={label} description={description} />;
}

/** Several checkboxes with one name, in a fieldset with a legend. */
export function CheckboxGroup({ field, legend, description, options }: { field: FieldLike; legend: string; description?: string; options: readonly { value: string; label: string }[] }) {
  return <ChoiceGroupField field={field} legend={legend} description={description} options={options} multiple />;
}

/** At the top of a refused form: how many fields need attention, each with its label and message. */
export function ErrorSummary({ errors, formErrors }: { errors: Record<string, string[] | undefined>; formErrors?: readonly string[] }) {
  const { t, plural } = useTranslation();
  const label = useFieldLabel();
  const entries = Object.entries(errors).filter(([name, list]) => name !== '' && list?.length);
  return (
    <FormErrorSummary
      title={entries.length ? plural('maint.errors.count', entries.length) : t('maint.errors.title')}
      formErrors={formErrors}
      fields={entries.map(([name, list]) => ({ label: label(name.replace(/\[\d+\]\.\w+$/, '')), errors: list }))}
    />
  );
}

/** The submit button; while the form is being sent (with JavaScript) it says so and waits. */
