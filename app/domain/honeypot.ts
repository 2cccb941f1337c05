/** The honeypot: a form field people do not see and robots fill in. Pure. */

/** The usual name of the honeypot field: hidden from people, tempting for bots. */
export const HONEYPOT_FIELD = 'website';

export interface HoneypotOptions {
  /** The field's name, when the form has a real `website` field (the error report). */
  name?: string;
  /** A post without the field at all did not come from our form (the review forms): refuse it too. */
  mustBePresent?: boolean;
}

/** Whether the post looks like a robot's: the honeypot is filled in (or absent, when it must be present). */
export function honeypotFilled(formData: FormData, { name = HONEYPOT_FIELD, mustBePresent = false }: HoneypotOptions = {}): boolean {
  const value = formData.get(name);
  if (value === null) return mustBePresent;
  return typeof value !== 'string' || value.length > 0;
}
