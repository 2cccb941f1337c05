/**
 * conform's form and field metadata, written out for the server render of a form that shows no
 * errors (docs/decisions/027-forms-written-out-on-the-server.md).
 *
 * On the server conform's `useForm` builds a form context, a state with half a dozen proxies, and a
 * proxy per field whose every read records a subscription — for a render that only reads ids and
 * start values. A staff shortlist has a form per item, the comparison a ten-field form: this cost
 * more than the rest of those forms. When there is nothing but ids and start values to show (no
 * result, or a result without errors or intent; flat text values; no HTML constraints asked for),
 * this gives the same values as plain objects. In the browser `useZodForm` always uses conform, so
 * validation and hydration are as before. tests/unit/form-server-metadata.test.tsx compares every
 * value below with conform's own, and the rendered forms byte for byte.
 *
 * Only what the forms that opt in read: `id`, `name`, `errorId`, `descriptionId`, `formId`,
 * `initialValue`, `defaultValue`, `errors`, `key`, `valid`, `status`, `noValidate`, `onSubmit`.
 */
import type { SubmissionResult } from '@conform-to/react';

export interface ServerFieldMetadata {
  id: string;
  name: string;
  formId: string;
  errorId: string;
  descriptionId: string;
  initialValue: string | undefined;
  defaultValue: string | undefined;
  errors: undefined;
  key: undefined;
  valid: true;
}

export interface ServerFormMetadata extends Omit<ServerFieldMetadata, 'initialValue' | 'defaultValue' | 'formId'> {
  initialValue: Record<string, string> | undefined;
  status: SubmissionResult<string[]>['status'] | undefined;
  noValidate: true;
  onSubmit: undefined;
}

/** conform's `normalize` for a flat record of texts: empty texts and nulls are no value. */
function normalizedTexts(values: Record<string, unknown> | undefined): Record<string, string> | undefined | false {
  if (!values) return undefined;
  if (Object.getPrototypeOf(values) !== Object.prototype) return false;
  const result: Record<string, string> = {};
  let any = false;
  for (const name of Object.keys(values).sort()) {
    const value = values[name];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') return false;
    result[name] = value;
    any = true;
  }
  return any ? result : undefined;
}

/**
 * The metadata conform's `useForm` gives on the server for these options, or undefined when the
 * form shows more than ids and start values (errors, an intent, nested or non-text values, HTML
 * constraints): then conform itself is needed.
 */
export function serverFormMetadata(options: {
  id: string;
  lastResult?: SubmissionResult<string[]> | null | undefined;
  defaultValue?: Record<string, unknown> | undefined;
  constraint?: boolean;
}): [ServerFormMetadata, Record<string, ServerFieldMetadata>] | undefined {
  const { id, lastResult, defaultValue, constraint } = options;
  if (constraint) return undefined;
  if (lastResult && (lastResult.error != null || lastResult.intent != null)) return undefined;
  // conform: the result's values when there is one, else the defaults; both normalised.
  const initial = normalizedTexts(lastResult?.initialValue ?? defaultValue ?? {});
  if (initial === false) return undefined;
  const form: ServerFormMetadata = {
    id,
    name: '',
    errorId: `${id}-error`,
    descriptionId: `${id}-description`,
    initialValue: initial,
    errors: undefined,
    key: undefined,
    valid: true,
    status: lastResult?.status,
    noValidate: true,
    onSubmit: undefined,
  };
  const fields = new Map<string, ServerFieldMetadata>();
  const fieldset = new Proxy({} as Record<string, ServerFieldMetadata>, {
    get(_, name) {
      if (typeof name !== 'string') return undefined;
      let field = fields.get(name);
      if (!field) {
        const fieldId = `${id}-${name}`;
        const value = initial?.[name];
        field = { id: fieldId, name, formId: id, errorId: `${fieldId}-error`, descriptionId: `${fieldId}-description`, initialValue: value, defaultValue: value, errors: undefined, key: undefined, valid: true };
        fields.set(name, field);
      }
      return field;
    },
  });
  return [form, fieldset];
}
