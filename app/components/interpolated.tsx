/**
 * A message whose `{name}` placeholders hold markup instead of text, e.g. the search word in the
 * search page's heading as a `<q>` element: the browser draws the quotation marks that fit the
 * page's language, so the message and the rendered page keep to Latin-1 characters (a page with
 * a character above U+00FF is a two-byte string in V8 and costs more to send; ADR 023).
 */
import { Fragment, type ReactNode } from 'react';

/** `template` as from `t(key)` without parameters; a placeholder without a value stays as written. */
export function Interpolated({ template, values }: { template: string; values: Readonly<Record<string, ReactNode>> }) {
  // split() with a capturing group: text at even indexes, placeholder names at odd ones.
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 0 ? part : <Fragment key={index}>{Object.hasOwn(values, part) ? values[part] : `{${part}}`}</Fragment>,
      )}
    </>
  );
}
