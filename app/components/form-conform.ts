/**
 * conform's options, once: every form validates with its zod schema in the browser (the same
 * schema the action parses with `parseForm`), starts checking a field when it loses focus and
 * corrects while the person types. Forms still work without JavaScript; this only adds checks.
 */
import { useForm, type SubmissionResult } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod';
import type { z } from 'zod';
import { serverFormMetadata } from './form-server-metadata';

type When = 'onSubmit' | 'onBlur' | 'onInput';

export interface ZodFormOptions<Shape> {
  id: string;
  /** The action's `submission.reply()` for this form, if the last submit was this form's. */
  lastResult?: SubmissionResult<string[]> | null | undefined;
  defaultValue?: Partial<Record<keyof Shape, unknown>> | Record<string, unknown> | undefined;
  /** Give the fields the schema's HTML constraints (required, maxLength…) as metadata. */
  constraint?: boolean;
  /** When checking starts (default: when a field loses focus). */
  shouldValidate?: When;
  /** When a checked field is checked again (default: while typing). */
  shouldRevalidate?: When;
  /**
   * On the server, write conform's metadata out when the form shows no errors (./form-server-metadata.ts):
   * only for forms whose components read no more than that module gives.
   */
  writtenOnServer?: boolean;
}

const onServer = typeof document === 'undefined';

/** The fields of a schema's form: its input object. */
type FormShape<Schema extends z.ZodTypeAny> = z.input<Schema> extends Record<string, unknown> ? z.input<Schema> : Record<string, unknown>;

const constraints = new WeakMap<z.ZodTypeAny, ReturnType<typeof getZodConstraint>>();

/** A schema's HTML constraints, worked out once per schema (conform only reads them). */
function constraintOf(schema: z.ZodTypeAny): ReturnType<typeof getZodConstraint> {
  let constraint = constraints.get(schema);
  if (!constraint) constraints.set(schema, (constraint = getZodConstraint(schema)));
  return constraint;
}

/** `useForm` for a zod schema: `const [form, fields] = useZodForm(schema, { id, lastResult })`. */
export function useZodForm<Schema extends z.ZodTypeAny, Shape extends Record<string, unknown> = FormShape<Schema>>(
  schema: Schema,
  { id, lastResult, defaultValue, constraint = false, shouldValidate = 'onBlur', shouldRevalidate = 'onInput', writtenOnServer = false }: ZodFormOptions<NoInfer<Shape>>,
): ReturnType<typeof useForm<Shape>> {
  // Server only (the browser always runs conform): a server render is one pass, so calling no hooks here is safe.
  const written = writtenOnServer && onServer ? serverFormMetadata({ id, lastResult, defaultValue: defaultValue as Record<string, unknown> | undefined, constraint }) : undefined;
  if (written) return written as unknown as ReturnType<typeof useForm<Shape>>;
  return useForm<Shape>({
    id,
    lastResult: lastResult ?? undefined,
    // conform types default values per field; the forms give strings and lists, as a form does.
    defaultValue: defaultValue as never,
    constraint: constraint ? constraintOf(schema) : undefined,
    shouldValidate,
    shouldRevalidate,
    // The schema's output shape differs from the form's text shape; conform needs only the errors.
    onValidate: ({ formData }) => parseWithZod(formData, { schema }) as never,
  });
}

