/**
 * The form kit's server-validated variant of `useZodForm` (form-conform.ts), in its own module so
 * that pages using it load neither conform nor zod.
 */
import { useEffect, useRef } from 'react';
import type { SubmissionResult } from '@conform-to/react';
import type { z } from 'zod';

/** The fields of a schema's form: its input object. */
type FormShape<Schema extends z.ZodTypeAny> = z.input<Schema> extends Record<string, unknown> ? z.input<Schema> : Record<string, unknown>;

/**
 * Citizen pages validate on the server only, so their JavaScript stays within budget (issue 12):
 * no zod and no conform in the browser. The action parses with `parseForm` as always; this reads
 * its `submission.reply()` and gives the same field metadata as `useZodForm` (ids `form-name`,
 * errors, initial values), so the kit's fields render it unchanged. The browser still shows native
 * hints from plain attributes (required, maxLength, type); the form has `noValidate` so a
 * submit always reaches the server, which answers with errors at the fields and a summary.
 * After a refused submit the first field with an error gets focus, as with conform.
 */
export interface ServerFormMeta {
  id: string;
  /** Errors of the whole form. */
  errors: string[] | undefined;
  /** Every error by field name ('' for the whole form). */
  allErrors: Record<string, string[]>;
  /** Spread on the <Form>. */
  props: { id: string; noValidate: true; 'aria-invalid'?: true; 'aria-describedby'?: string };
}

export interface ServerFieldMeta {
  id: string;
  name: string;
  key: string | undefined;
  errors: string[] | undefined;
  defaultValue: string | undefined;
  defaultOptions: string[] | undefined;
  defaultChecked: boolean | undefined;
}

export interface ServerFormOptions {
  id: string;
  lastResult?: SubmissionResult<string[]> | null | undefined;
  defaultValue?: Record<string, unknown> | undefined;
}

/** The field metadata of a form, from the defaults and the server's last reply (pure). */
export function serverFormState({ id, lastResult, defaultValue }: ServerFormOptions, generation = 0) {
  // `initialValue: null` is conform's "reset the form": back to the defaults, inputs remounted.
  const reset = lastResult?.initialValue === null;
  const values = (lastResult && !reset ? lastResult.initialValue : defaultValue) ?? {};
  const errors = (reset ? undefined : lastResult?.error) ?? {};
  const allErrors: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(errors)) if (list?.length) allErrors[name] = list;
  const formErrors = allErrors[''];
  const invalid = Object.keys(allErrors).length > 0;
  const form: ServerFormMeta = {
    id,
    errors: formErrors,
    allErrors,
    props: { id, noValidate: true, ...(invalid ? { 'aria-invalid': true as const } : {}), ...(formErrors ? { 'aria-describedby': `${id}-error` } : {}) },
  };
  const field = (name: string): ServerFieldMeta => {
    const value = (values as Record<string, unknown>)[name];
    const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : undefined;
    return {
      id: `${id}-${name}`,
      name,
      key: generation ? String(generation) : undefined,
      errors: allErrors[name],
      defaultValue: typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined,
      defaultOptions: list,
      defaultChecked: value === 'on' ? true : undefined,
    };
  };
  return { form, field };
}

/** `const [form, fields] = useServerForm<typeof schema>({ id, lastResult })`: see serverFormState. */
export function useServerForm<Schema extends z.ZodTypeAny, Shape extends Record<string, unknown> = FormShape<Schema>>(options: ServerFormOptions) {
  const { lastResult } = options;
  // A new generation for each reset reply remounts the inputs, so they show the defaults again.
  const generation = useRef({ result: lastResult, count: 0 });
  if (generation.current.result !== lastResult) {
    generation.current = { result: lastResult, count: generation.current.count + (lastResult?.initialValue === null ? 1 : 0) };
  }
  const { form, field } = serverFormState(options, generation.current.count);
  const fields = new Proxy({} as Record<keyof Shape, ServerFieldMeta>, { get: (_, name) => field(String(name)) });
  useEffect(() => {
    if (!lastResult || lastResult.status !== 'error') return;
    const element = document.getElementById(options.id);
    if (!(element instanceof HTMLFormElement)) return;
    for (const control of Array.from(element.elements)) {
      if ((control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) && control.name && form.allErrors[control.name]) {
        control.focus();
        break;
      }
    }
    // Focus once per reply, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastResult]);
  return [form, fields] as const;
}
