/**
 * The account and user-management forms' names for the form kit's parts (app/components/form-*,
 * honeypot.tsx): no markup of their own.
 */
import type { ComponentProps } from 'react';
import { FormErrorSummary } from './form-error-summary';
import { TextField as KitTextField } from './form-field';

export { FormNotice as Notice } from './form-notice';
export { Honeypot } from './honeypot';
export { honeypotFilled } from '../domain/honeypot';

/** The first error of a field as text (the kit's one message hook). */

/** The errors that belong to the whole form, announced at once. */
export function FormErrors({ errors }: { errors: readonly string[] | undefined }) {
  return <FormErrorSummary formErrors={errors} />;
}

/** A required text, e-mail or password field unless `required={false}`. */
export function TextField({ required = true, autoComplete, ...props }: Omit<ComponentProps<typeof KitTextField>, 'optional'> & { required?: boolean }) {
  return <KitTextField {...props} optional={!required} autoComplete={autoComplete} />;
}
