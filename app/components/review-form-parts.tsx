/**
 * Form pieces of the review feature on NL Design System classes: every control has a label,
 * a description and its error tied to it with aria-describedby, and works without JavaScript.
 * Errors arrive as message keys (from the shared zod schemas or the model) and are translated
 * here, so they always appear in the reader's language.
 */
import type { SubmissionResult } from '@conform-to/react';
import { useActionData } from '@remix-run/react';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n';
import { FormField, Select } from './form';
import { cx } from './typography';
import { useTranslation } from './use-translation';

export interface ConformFieldLike {
  id: string;
  name: string;
  key?: string | undefined;
  errors?: string[] | undefined;
  initialValue?: unknown;
}

/** The first error of a field as text; an unknown message (hostile input) gets a general one. */
export function useFieldError() {
  const { t, has } = useTranslation();
  return (errors: readonly string[] | undefined): string | undefined => {
    const first = errors?.[0];
    if (!first) return undefined;
    return has(first) ? t(first as MessageKey) : t('reviews.error.invalid');
  };
}

/** The action's answer to the last submit (conform's `submission.reply()`), if any. */
export function useLastResult(): SubmissionResult<string[]> | undefined {
  return (useActionData() as SubmissionResult<string[]> | undefined) ?? undefined;
}

const initialString = (field: ConformFieldLike) => (typeof field.initialValue === 'string' ? field.initialValue : undefined);

/** A status message after post/redirect/get. */
export function ReviewNotice({ children, tone = 'ok' }: { children: ReactNode; tone?: 'ok' | 'warning' | 'info' }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${tone} sk-rv-alert`} role="status">
      <div className="utrecht-alert__content">{children}</div>
    </div>
  );
}

/**
 * At the top of a form after a failed submit: the form's own errors and a list of links to the
 * fields with an error (the NL Design System error summary).
 */
export function ErrorSummary({
  formErrors,
  fields,
}: {
  formErrors?: readonly string[] | undefined;
  fields: { field: ConformFieldLike; label: string }[];
}) {
  const { t } = useTranslation();
  const errorText = useFieldError();
  const fieldErrors = fields.filter((f) => f.field.errors?.length);
  if (!formErrors?.length && fieldErrors.length === 0) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error sk-rv-alert" role="alert" aria-labelledby="foutmeldingen" tabIndex={-1}>
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph sk-rv-alert__title" id="foutmeldingen">
          <strong>{t('reviews.form.errors')}</strong>
        </p>
        {(formErrors ?? []).map((error) => (
          <p key={error} className="utrecht-paragraph" data-testid="form-error">
            {errorText([error])}
          </p>
        ))}
        {fieldErrors.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {fieldErrors.map(({ field, label }) => (
              <li key={field.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={`#${field.id}`}>
                  {label}: {errorText(field.errors)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/** A mark from 1 to 10 as a select: compact at 360 px, one keystroke per mark, no JavaScript needed. */
export function MarkField({
  field,
  label,
  description,
  chooseLabel,
}: {
  field: ConformFieldLike;
  label: string;
  description?: string;
  chooseLabel?: string;
}) {
  const { t } = useTranslation();
  const errorText = useFieldError();
  const initial = field.initialValue === undefined || field.initialValue === null ? '' : String(field.initialValue);
  return (
    <FormField id={field.id} label={label} description={description} error={errorText(field.errors)}>
      {(describedBy, invalid) => (
        <Select
          key={field.key}
          id={field.id}
          name={field.name}
          defaultValue={initial}
          aria-describedby={describedBy}
          invalid={invalid}
          required
        >
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
  field,
  label,
  description,
  options,
  emptyLabel,
  required = true,
  optionalLabel,
}: {
  field: ConformFieldLike;
  label: string;
  description?: string;
  options: readonly { value: string; label: string }[];
  emptyLabel: string;
  required?: boolean;
  optionalLabel?: string;
}) {
  const errorText = useFieldError();
  return (
    <FormField
      id={field.id}
      label={
        optionalLabel ? (
          <>
            {label} <span className="sk-muted">{optionalLabel}</span>
          </>
        ) : (
          label
        )
      }
      description={description}
      error={errorText(field.errors)}
    >
      {(describedBy, invalid) => (
        <Select
          key={field.key}
          id={field.id}
          name={field.name}
          defaultValue={initialString(field) ?? ''}
          aria-describedby={describedBy}
          invalid={invalid}
          required={required}
        >
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

/** A one-line text input. */
export function TextInputField({
  field,
  label,
  description,
  maxLength,
  autoComplete,
  required = true,
  className,
}: {
  field: ConformFieldLike;
  label: ReactNode;
  description?: ReactNode;
  maxLength?: number;
  autoComplete?: string;
  required?: boolean;
  className?: string;
}) {
  const errorText = useFieldError();
  return (
    <FormField id={field.id} label={label} description={description} error={errorText(field.errors)}>
      {(describedBy, invalid) => (
        <input
          key={field.key}
          id={field.id}
          name={field.name}
          type="text"
          className={cx('utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid', className)}
          defaultValue={initialString(field)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          maxLength={maxLength}
          autoComplete={autoComplete ?? 'off'}
          required={required}
        />
      )}
    </FormField>
  );
}

/** A multi-line text with its limits in the description. */
export function TextAreaField({
  field,
  label,
  description,
  rows = 8,
}: {
  field: ConformFieldLike;
  label: string;
  description?: string;
  rows?: number;
}) {
  const errorText = useFieldError();
  return (
    <FormField id={field.id} label={label} description={description} error={errorText(field.errors)}>
      {(describedBy, invalid) => (
        <textarea
          key={field.key}
          id={field.id}
          name={field.name}
          rows={rows}
          className={cx('utrecht-textarea utrecht-textarea--html-textarea sk-rv-textarea', invalid && 'utrecht-textarea--invalid')}
          defaultValue={initialString(field)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required="true"
        />
      )}
    </FormField>
  );
}

/** Radio buttons in a fieldset; the legend is the question, the error sits under it. */
export function RadioField({
  field,
  legend,
  options,
}: {
  field: ConformFieldLike;
  legend: string;
  options: readonly { value: string; label: string }[];
}) {
  const errorText = useFieldError();
  const error = errorText(field.errors);
  const errorId = `${field.id}-error`;
  const initial = initialString(field);
  return (
    <fieldset
      className={cx('utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sk-rv-fieldset', error && 'utrecht-form-fieldset--invalid')}
      aria-describedby={error ? errorId : undefined}
      id={field.id}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      ) : null}
      <div className="sk-rv-options" key={field.key}>
        {options.map((option) => (
          <div key={option.value} className="sk-rv-option">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              id={`${field.id}-${option.value}`}
              name={field.name}
              value={option.value}
              defaultChecked={initial === option.value}
              aria-invalid={error ? true : undefined}
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${field.id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox with its label next to it, a description and an error. */
export function CheckboxField({ field, label, description }: { field: ConformFieldLike; label: string; description?: ReactNode }) {
  const errorText = useFieldError();
  const error = errorText(field.errors);
  const descriptionId = description ? `${field.id}-description` : undefined;
  const errorId = error ? `${field.id}-error` : undefined;
  const checked = field.initialValue === 'on' || field.initialValue === true;
  return (
    <div className={cx('sk-rv-checkbox', error && 'sk-rv-checkbox--invalid')}>
      {error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      ) : null}
      <div className="sk-rv-option">
        <input
          key={field.key}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          id={field.id}
          name={field.name}
          defaultChecked={checked}
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          aria-required="true"
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={field.id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description sk-rv-checkbox__description" id={descriptionId}>
          {description}
        </div>
      ) : null}
    </div>
  );
}

/**
 * A field people do not see and bots fill in: `hidden`, so it is neither in the accessibility
 * tree nor reachable with the keyboard.
 */
export function ReviewHoneypot() {
  const { t } = useTranslation();
  return (
    <div hidden>
      <label htmlFor="sk-rv-website">{t('reviews.form.honeypot')}</label>
      <input id="sk-rv-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
