/** Form pieces for the shortlist pages, on NL Design System classes. */
import { FormField } from './form';

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
