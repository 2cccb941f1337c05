/** Form controls on NL Design System classes, with label, description and error tied to the input. */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, ButtonHTMLAttributes } from 'react';
import { cx } from './typography';

interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** The ids of a field's description and error, and the `aria-describedby` value that names both. */
export function fieldMessageIds(id: string, description: ReactNode, error: string | undefined) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { descriptionId, errorId, describedBy: [descriptionId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A field's description and its error message (announced), with the ids from fieldMessageIds. */
export function FieldMessages({
  description,
  descriptionId,
  error,
  errorId,
}: {
  description?: ReactNode;
  descriptionId: string | undefined;
  error?: string | undefined;
  errorId: string | undefined;
}) {
  return (
    <>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId} role="alert">
          {error}
        </div>
      ) : null}
    </>
  );
}

/** Label above, description and error below the label, `aria-describedby` wired to both. */
export function FormField({ id, label, description, error, children }: FieldProps) {
  const { descriptionId, errorId, describedBy } = fieldMessageIds(id, description, error);
  return (
    <div className={cx('utrecht-form-field utrecht-form-field--text', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages description={description} descriptionId={descriptionId} error={error} errorId={errorId} />
      <div className="utrecht-form-field__input">{children(describedBy, Boolean(error))}</div>
    </div>
  );
}

export function Textbox({ className, invalid, ...rest }: InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }) {
  return (
    <input
      className={cx('utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid', className)}
      aria-invalid={invalid || undefined}
      {...rest}
    />
  );
}

export function Select({ className, invalid, children, ...rest }: SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }) {
  return (
    <select
      className={cx('utrecht-select utrecht-select--html-select', invalid && 'utrecht-select--invalid', className)}
      aria-invalid={invalid || undefined}
      {...rest}
    >
      {children}
    </select>
  );
}

/**
 * Each appearance's class, written out: Utrecht names them unevenly (`--subtle` has no `-action`),
 * and the CSS trimming (scripts/css/trim-utrecht.ts) keeps only the button classes it finds here,
 * not every `utrecht-button--*` rule (danger, warning, busy, and the documentation's hover and
 * focus stand-ins).
 */
const buttonAppearance = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
} as const;

export function Button({
  appearance = 'primary',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: keyof typeof buttonAppearance }) {
  return (
    <button
      type={type}
      className={cx('utrecht-button', buttonAppearance[appearance], type === 'submit' && 'utrecht-button--submit', className)}
      {...rest}
    />
  );
}
