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

/** Label above, description and error below the label, `aria-describedby` wired to both. */
export function FormField({ id, label, description, error, children }: FieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('utrecht-form-field utrecht-form-field--text', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
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

export function Button({
  appearance = 'primary',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: 'primary' | 'secondary' | 'subtle' }) {
  return (
    <button
      type={type}
      className={cx('utrecht-button', `utrecht-button--${appearance}-action`, type === 'submit' && 'utrecht-button--submit', className)}
      {...rest}
    />
  );
}
