/**
 * At the top of a refused form: the errors that belong to the whole form and, per field with an
 * error, a link to that field with its label and message (the NL Design System error summary).
 * Announced at once; the messages are translated by form-message.ts. The errors themselves also
 * stay at their fields.
 */
import type { ReactNode } from 'react';
import { useMessageText } from './form-message';

export interface SummaryField {
  /** The id of the control, for the link; without it the entry is text only. */
  id?: string | undefined;
  label: ReactNode;
  errors: readonly string[] | undefined;
}

export function FormErrorSummary({
  title,
  formErrors,
  fields = [],
  titleId = 'fouten-titel',
}: {
  /** A heading for the summary (none for a short form with only form errors). */
  title?: ReactNode;
  formErrors?: readonly string[] | undefined;
  fields?: readonly SummaryField[];
  titleId?: string;
}) {
  const text = useMessageText();
  const general = (formErrors ?? []).filter(Boolean);
  const withErrors = fields.filter((f) => f.errors?.length);
  if (general.length === 0 && withErrors.length === 0) return null;
  return (
    <div className="sk-notice sk-notice--error" role="alert" aria-labelledby={title ? titleId : undefined} tabIndex={-1}>
      {title ? (
        <p className="utrecht-paragraph" id={titleId}>
          <strong>{title}</strong>
        </p>
      ) : null}
      {general.map((error) => (
        <p key={error} className="utrecht-paragraph" data-testid="form-error">
          {text(error)}
        </p>
      ))}
      {withErrors.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {withErrors.map((field, index) => (
            <li key={field.id ?? index} className="utrecht-unordered-list__item">
              {field.id ? (
                <a className="utrecht-link utrecht-link--html-a" href={`#${field.id}`}>
                  {field.label}: {text(field.errors)}
                </a>
              ) : (
                <>
                  {field.label}: {text(field.errors)}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
