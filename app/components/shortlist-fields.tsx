/** Form pieces for the shortlist pages, on NL Design System classes. */
import { SHORTLIST_TITLE_MAX } from '../domain/shortlist';
import { FormField, Textbox } from './form';

interface ConformField {
  id: string;
  name: string;
  key?: string | undefined;
  errors?: string[] | undefined;
  initialValue?: unknown;
}

/** A multi-line text field (a note) wired to a conform field. */
export function ShortlistTextarea({
  field,
  label,
  description,
  errorText,
  defaultValue,
  rows = 3,
}: {
  field: ConformField;
  label: string;
  description?: string;
  errorText: (errors: readonly string[] | undefined) => string | undefined;
  defaultValue?: string | null;
  rows?: number;
}) {
  const initial = typeof field.initialValue === 'string' ? field.initialValue : (defaultValue ?? '');
  return (
    <FormField id={field.id} label={label} description={description} error={errorText(field.errors)}>
      {(describedBy, invalid) => (
        <textarea
          id={field.id}
          name={field.name}
          key={field.key}
          className={`utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`}
          defaultValue={initial}
          rows={rows}
          maxLength={1000}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </FormField>
  );
}

/**
 * A list's title wired to a conform field: on the new-list form (/keuzelijst), the list's details
 * (/keuzelijst/:id) and, not required, for a new list while adding a provider (/keuzelijst/toevoegen).
 */
export function ShortlistTitleField({
  field,
  label,
  description,
  errorText,
  defaultValue,
  required = true,
}: {
  field: ConformField;
  label: string;
  description?: string;
  errorText: (errors: readonly string[] | undefined) => string | undefined;
  defaultValue?: string;
  required?: boolean;
}) {
  const initial = typeof field.initialValue === 'string' ? field.initialValue : (defaultValue ?? '');
  return (
    <FormField id={field.id} label={label} description={description} error={errorText(field.errors)}>
      {(describedBy, invalid) => (
        <Textbox
          id={field.id}
          name={field.name}
          key={field.key}
          defaultValue={initial}
          maxLength={SHORTLIST_TITLE_MAX}
          required={required}
          autoComplete="off"
          aria-describedby={describedBy}
          invalid={invalid}
        />
      )}
    </FormField>
  );
}
