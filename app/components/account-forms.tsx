/** Small pieces shared by the account and user-management forms. */
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n';
import { FormField, Textbox } from './form';
import { useTranslation } from './use-translation';

/**
 * Schemas carry message keys as their error messages, so one schema serves the browser and the
 * server in either language; this turns the first error of a field into text. A message that
 * is not a key (the server translated it already, with numbers in it) is shown as it is.
 */
export function useErrorText() {
  const { t, has } = useTranslation();
  return (errors: readonly string[] | undefined): string | undefined => {
    const first = errors?.[0];
    if (!first) return undefined;
    return has(first) ? t(first as MessageKey) : first;
  };
}

/** A status message after a completed action (post/redirect/get), announced politely. */
export function Notice({ children, tone = 'ok' }: { children: ReactNode; tone?: 'ok' | 'warning' }) {
  return (
    <div className={`sk-notice sk-notice--${tone}`} role="status">
      {children}
    </div>
  );
}

/** The errors that belong to the whole form, announced at once. */
export function FormErrors({ errors }: { errors: readonly string[] | undefined }) {
  const errorText = useErrorText();
  if (!errors?.length) return null;
  return (
    <div className="sk-notice sk-notice--error" role="alert">
      {errors.map((error) => (
        <p key={error} className="utrecht-paragraph">
          {errorText([error])}
        </p>
      ))}
    </div>
  );
}

/**
 * A field people do not see and bots fill in. Hidden with the `hidden` attribute, so it is not
 * in the accessibility tree and not reachable with the keyboard.
 */
export function Honeypot() {
  const { t } = useTranslation();
  return (
    <div hidden>
      <label htmlFor="website-url">{t('form.honeypot')}</label>
      <input id="website-url" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

/** Whether a bot filled in the honeypot. */
export function honeypotFilled(formData: FormData): boolean {
  const value = formData.get('website');
  return typeof value === 'string' && value.length > 0;
}

interface ConformField {
  id: string;
  name: string;
  key?: string | undefined;
  errors?: string[] | undefined;
  initialValue?: unknown;
}

/** A text, e-mail or password input wired to a conform field, inside an NL Design System field. */
export function TextField({
  field,
  label,
  description,
  type = 'text',
  autoComplete,
  required = true,
  keepValue = true,
}: {
  field: ConformField;
  label: ReactNode;
  description?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'search';
  autoComplete?: string;
  required?: boolean;
  keepValue?: boolean;
}) {
  const errorText = useErrorText();
  const { t } = useTranslation();
  const initial = keepValue && type !== 'password' && typeof field.initialValue === 'string' ? field.initialValue : undefined;
  return (
    <FormField
      id={field.id}
      label={
        required ? (
          label
        ) : (
          <>
            {label} <span className="sk-muted">{t('form.optional')}</span>
          </>
        )
      }
      description={description}
      error={errorText(field.errors)}
    >
      {(describedBy, invalid) => (
        <Textbox
          key={field.key}
          id={field.id}
          name={field.name}
          type={type}
          autoComplete={autoComplete}
          inputMode={type === 'email' ? 'email' : undefined}
          defaultValue={initial}
          aria-describedby={describedBy}
          invalid={invalid}
          required={required}
        />
      )}
    </FormField>
  );
}
