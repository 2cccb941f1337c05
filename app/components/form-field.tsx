/**
 * The form kit's fields: each a conform field inside an NL Design System form field, with its
 * label, optional description and error (in the reader's language, see form-message.ts) tied to
 * the control with aria-describedby. They work without JavaScript; conform adds validation while
 * typing when it runs. The primitives (FormField, Textbox, Select, Button) are in ./form.tsx.
 */
import type { ReactNode } from 'react';
import { FieldMessages, fieldMessageIds, FormField, Select, Textbox } from './form';
import { useMessageText } from './form-message';
import { cx } from './typography';
import { useTranslation } from './use-translation';

/** What the fields need of a conform field (`fields.x` from useForm). */
export interface FieldLike {
  id: string;
  name: string;
  key?: string | undefined;
  errors?: string[] | undefined;
  defaultValue?: string | undefined;
  defaultOptions?: string[] | undefined;
  defaultChecked?: boolean | undefined;
}

export interface Option {
  value: string;
  label: string;
}

/** The label, with "(not required)" after it for an optional field. */
export function FieldLabel({ text, optional }: { text: ReactNode; optional?: boolean | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {text}
      {optional ? <span className="sk-muted sk-optional"> {t('form.optional')}</span> : null}
    </>
  );
}

interface BaseProps {
  field: FieldLike;
  label: ReactNode;
  description?: ReactNode;
  optional?: boolean;
}

export function TextField({
  field,
  label,
  description,
  optional,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  size,
  maxLength,
  className,
  keepValue = true,
}: BaseProps & {
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'url' | 'date' | 'number';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  size?: 'small' | 'medium';
  maxLength?: number;
  className?: string;
  /** False: the field starts empty after a refused submit (a password never comes back). */
  keepValue?: boolean;
}) {
  const text = useMessageText();
  const initial = keepValue && type !== 'password' ? (field.defaultValue ?? '') : '';
  return (
    <FormField id={field.id} label={<FieldLabel text={label} optional={optional} />} description={description} error={text(field.errors)}>
      {(describedBy, invalid) => (
        <Textbox
          key={field.key}
          id={field.id}
          name={field.name}
          type={type}
          inputMode={inputMode ?? (type === 'email' ? 'email' : undefined)}
          autoComplete={autoComplete}
          defaultValue={initial}
          aria-describedby={describedBy}
          invalid={invalid}
          required={!optional}
          aria-required={!optional || undefined}
          maxLength={maxLength}
          className={cx(size && `sk-input--${size}`, className)}
        />
      )}
    </FormField>
  );
}

export function TextAreaField({ field, label, description, optional, rows = 4, className }: BaseProps & { rows?: number; className?: string }) {
  const text = useMessageText();
  return (
    <FormField id={field.id} label={<FieldLabel text={label} optional={optional} />} description={description} error={text(field.errors)}>
      {(describedBy, invalid) => (
        <textarea
          key={field.key}
          id={field.id}
          name={field.name}
          rows={rows}
          defaultValue={field.defaultValue ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          // aria-required, not required: the NL Design System styles a textarea's :invalid state
          // as an error, which an empty required textarea is before anyone typed. The error
          // shows after a submit attempt (aria-invalid), the server checks it either way.
          aria-required={!optional || undefined}
          className={cx('utrecht-textarea utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid', className)}
        />
      )}
    </FormField>
  );
}

/** A choice from a list; an empty first option when the field is optional or `emptyLabel` is given. */
export function SelectField({
  field,
  label,
  description,
  optional,
  options,
  emptyLabel,
  children,
}: BaseProps & { options: readonly Option[]; emptyLabel?: string; children?: ReactNode }) {
  const text = useMessageText();
  return (
    <FormField id={field.id} label={<FieldLabel text={label} optional={optional} />} description={description} error={text(field.errors)}>
      {(describedBy, invalid) => (
        <Select key={field.key} id={field.id} name={field.name} defaultValue={field.defaultValue ?? ''} aria-describedby={describedBy} invalid={invalid} required={!optional}>
          {optional || emptyLabel !== undefined ? <option value="">{emptyLabel ?? ''}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {children}
        </Select>
      )}
    </FormField>
  );
}

/**
 * One checkbox with its label after it; `required` for a box that must be ticked (consent);
 * `value` for what a ticked box sends (a confirmation the server checks, e.g. `ja`), else "on".
 */
export function CheckboxField({
  field,
  label,
  description,
  required = false,
  value,
}: {
  field: FieldLike;
  label: ReactNode;
  description?: ReactNode;
  required?: boolean;
  value?: string;
}) {
  const text = useMessageText();
  const error = text(field.errors);
  const { descriptionId, errorId, describedBy } = fieldMessageIds(field.id, description, error);
  return (
    <div className={cx('utrecht-form-field utrecht-form-field--checkbox sk-checkbox', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__input">
        <input
          key={field.key}
          type="checkbox"
          id={field.id}
          name={field.name}
          // Only when given: React sets the value attribute of a box whose props hold `value`, even
          // undefined, to "" after hydration, and a ticked box would then send "" instead of "on".
          {...(value === undefined ? {} : { value })}
          defaultChecked={field.defaultChecked ?? false}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={field.id}>
          {label}
        </label>
      </div>
      <FieldMessages description={description} descriptionId={descriptionId} error={error} errorId={errorId} />
    </div>
  );
}

/**
 * Several checkboxes (`multiple`) or radio buttons with one name, in a fieldset whose legend is
 * the question; the description and the error sit under the legend.
 */
export function ChoiceGroupField({
  field,
  legend,
  description,
  options,
  multiple = false,
  optional = multiple,
}: {
  field: FieldLike;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly Option[];
  multiple?: boolean;
  optional?: boolean;
}) {
  const text = useMessageText();
  const error = text(field.errors);
  const { descriptionId, errorId, describedBy } = fieldMessageIds(field.id, description, error);
  const chosen = new Set(field.defaultOptions ?? []);
  const type = multiple ? 'checkbox' : 'radio';
  return (
    <fieldset
      className={cx('utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sk-fieldset', error && 'utrecht-form-fieldset--invalid')}
      aria-describedby={describedBy}
      id={field.id}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <FieldLabel text={legend} optional={optional} />
      </legend>
      <FieldMessages description={description} descriptionId={descriptionId} error={error} errorId={errorId} />
      {options.length === 0 ? <p className="utrecht-paragraph sk-muted">—</p> : null}
      <ul className="sk-checkbox-list" key={field.key}>
        {options.map((o) => (
          <li key={o.value}>
            <input
              type={type}
              id={`${field.id}-${o.value}`}
              name={field.name}
              value={o.value}
              defaultChecked={chosen.has(o.value)}
              className={multiple ? 'utrecht-checkbox utrecht-checkbox--html-input' : 'utrecht-radio-button utrecht-radio-button--html-input'}
              aria-invalid={error ? true : undefined}
            />{' '}
            <label className={`utrecht-form-label ${type === 'radio' ? 'utrecht-form-label--radio' : 'utrecht-form-label--checkbox'}`} htmlFor={`${field.id}-${o.value}`}>
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
