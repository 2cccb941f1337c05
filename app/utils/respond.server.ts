/**
 * Loader/action data with a status or headers (single fetch's `data()`), typed as the plain
 * value so `useLoaderData<typeof loader>()` and `useActionData<typeof action>()` see its shape.
 */
import { data } from '@remix-run/node';

export function withInit<T>(value: T, init: number | ResponseInit): T {
  return data(value, init) as unknown as T;
}
