/**
 * Markup written once, rendered two ways (docs/decisions/026-markup-trees.md): on the server as
 * one string, in the browser as React elements.
 *
 * A long, repetitive part of a page (the rows of a staff table) cost the server far more as React
 * elements than as text: React copies every element's props, looks up every attribute and writes
 * each piece separately. `h` describes such a part as a light tree; `toHtml` writes it exactly as
 * React's `renderToString` writes the same elements (attribute names, boolean attributes, escaping,
 * the `<!-- -->` between neighbouring texts), and `toReact` makes those elements. `<Markup>` puts
 * the string into its element on the server and the elements in the browser, so hydration walks
 * the same DOM and later updates reconcile element by element, as before.
 * tests/unit/markup.test.tsx compares `toHtml` with `renderToString(toReact(…))` byte for byte.
 *
 * Only what the tables use is supported: plain HTML elements with string, number and boolean
 * attributes (no `style`, no `defaultValue`, no select, option or textarea), and links and forms
 * to absolute paths of this site (`markupLink`, `markupForm`), which write the anchor and the form
 * Remix writes on the server and are Remix's `Link` and `Form` in the browser.
 */
import { Form } from '@remix-run/react';
import { createElement, type ReactNode } from 'react';
import { escapeText } from './escape-text';
import { isPlainSitePath } from './site-link';
import { Link } from './typography';

export type MarkupNode = string | number | boolean | null | undefined | MarkupElement | readonly MarkupNode[];

type AttributeValue = string | number | boolean | null | undefined;
export type MarkupAttributes = Record<string, AttributeValue> & { key?: string | number };

interface MarkupComponent {
  html: (props: MarkupAttributes, children: string, escape: Escape) => string;
  react: (props: MarkupAttributes, children: ReactNode[]) => ReactNode;
}

export interface MarkupElement {
  readonly type: string | MarkupComponent;
  readonly props: MarkupAttributes | null;
  readonly children: readonly MarkupNode[];
}

/** An element of the tree: `h('td', { className: 'x' }, 'text', h('span', null, 'more'))`. */
export function h(type: string, props: MarkupAttributes | null, ...children: MarkupNode[]): MarkupElement {
  return { type, props, children };
}

// ---------------------------------------------------------------------------------------------
// To a string, as React writes it
// ---------------------------------------------------------------------------------------------

/** React props whose attribute has another name. */
const attributeNames: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
  noValidate: 'novalidate',
  readOnly: 'readonly',
  autoFocus: 'autofocus',
};
/** Attributes React writes as `name=""` when true and leaves out when false. */
const booleanAttributes = new Set(['required', 'disabled', 'hidden', 'checked', 'selected', 'multiple', 'novalidate', 'readonly', 'autofocus', 'open']);
/** Attributes true writes as `name=""`, a string as its value. */
const overloadedBooleans = new Set(['download', 'capture']);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Props that are not attributes. */
const notAttributes = new Set(['key', 'children', 'preventScrollReset']);

const enum Kind {
  Skip,
  Plain,
  Boolean,
  Overloaded,
  DataOrAria,
}

/** How each prop name is written, worked out once per name. */
const kinds = new Map<string, { kind: Kind; name: string }>();

function kindOf(name: string): { kind: Kind; name: string } {
  let known = kinds.get(name);
  if (!known) {
    const attributeName = attributeNames[name] ?? name;
    const kind = notAttributes.has(name)
      ? Kind.Skip
      : booleanAttributes.has(attributeName)
        ? Kind.Boolean
        : overloadedBooleans.has(attributeName)
          ? Kind.Overloaded
          : name.startsWith('data-') || name.startsWith('aria-')
            ? Kind.DataOrAria
            : Kind.Plain;
    kinds.set(name, (known = { kind, name: attributeName }));
  }
  return known;
}

function attribute(name: string, value: AttributeValue, escape: Escape): string {
  if (value === null || value === undefined) return '';
  const { kind, name: attributeName } = kindOf(name);
  switch (kind) {
    case Kind.Skip:
      return '';
    case Kind.Boolean:
      return value ? ` ${attributeName}=""` : '';
    case Kind.Overloaded:
      if (typeof value === 'boolean') return value ? ` ${attributeName}=""` : '';
      break;
    case Kind.DataOrAria:
      // React writes booleans only for data- and aria- attributes, as text.
      if (typeof value === 'boolean') return ` ${attributeName}="${value}"`;
      break;
    case Kind.Plain:
      if (typeof value === 'boolean') return '';
  }
  return ` ${attributeName}="${typeof value === 'string' ? escape(value) : escape(String(value))}"`;
}

/** The attributes of `props`; for an input, `checked` and `value` last, as React's pushInput does. */
export function attributesHtml(props: MarkupAttributes | null, tag = '', escape: Escape = escapeText): string {
  if (!props) return '';
  let html = '';
  const names = Object.keys(props);
  if (tag === 'input') {
    for (const name of names) if (name !== 'checked' && name !== 'value') html += attribute(name, props[name], escape);
    if (props.checked !== undefined && props.checked !== null) html += attribute('checked', props.checked, escape);
    if (props.value !== undefined && props.value !== null) html += attribute('value', props.value, escape);
    return html;
  }
  for (let i = 0; i < names.length; i++) html += attribute(names[i]!, props[names[i]!], escape);
  return html;
}

/**
 * The markup of a tree, byte for byte what React's renderToString writes for `toReact(node)`.
 * With `charRefs`, every character above U+00FF is written as a numeric character reference
 * instead (`€` as `&#8364;`): the same document to a browser, and a one-byte string to V8.
 */
export function toHtml(node: MarkupNode, { charRefs = false }: { charRefs?: boolean } = {}): string {
  const writer = new Writer(charRefs ? escapeTextLatin1 : escapeText);
  writer.write(node);
  return writer.out;
}

/** Any of `"&'<>` or a character above U+00FF: one negated class (faster than an alternation). */
const escapableOrAboveLatin1 = /[^\x00-\x21\x23-\x25\x28-\x3b\x3d\x3f-\xff]/;
const aboveLatin1 = /[^\x00-\xff]/;
/** Texts with characters above U+00FF recur (amounts, arrows): their one-byte form, remembered. Bounded. */
const latin1Forms = new Map<string, string>();

/**
 * escapeText, with every character above U+00FF as a numeric character reference, in a one-byte
 * string. V8 keeps a string that holds any such character at two bytes per character, and so
 * every page it becomes part of: turning such a page into bytes costs about twice as much (ADR 027).
 * Texts with nothing to escape (most) are returned as they are.
 */
export function escapeTextLatin1(text: string): string {
  if (!escapableOrAboveLatin1.test(text)) return text;
  const escaped = escapeText(text);
  if (!aboveLatin1.test(escaped)) return escaped;
  const known = latin1Forms.get(escaped);
  if (known !== undefined) return known;
  // From character codes: String.fromCharCode gives a one-byte string when every code is <= 0xFF.
  const codes: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    const code = escaped.charCodeAt(i);
    if (code <= 0xff) {
      codes.push(code);
    } else {
      const point = escaped.codePointAt(i)!;
      if (point > 0xffff) i++;
      const reference = `&#${point};`;
      for (let j = 0; j < reference.length; j++) codes.push(reference.charCodeAt(j));
    }
  }
  const form = String.fromCharCode(...codes);
  if (latin1Forms.size >= 1024) latin1Forms.clear();
  latin1Forms.set(escaped, form);
  return form;
}

type Escape = (text: string) => string;

class Writer {
  out = '';
  /** The last thing written was text: a next text is separated by `<!-- -->`, as React does. */
  lastWasText = false;

  constructor(private readonly escape: Escape) {}

  write(node: MarkupNode): void {
    if (typeof node === 'string') return this.text(node);
    if (typeof node === 'number') return this.text(String(node));
    if (node === null || node === undefined || typeof node === 'boolean') return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) this.write((node as readonly MarkupNode[])[i]);
      return;
    }
    this.element(node as MarkupElement);
  }

  private text(text: string): void {
    if (text === '') return;
    if (this.lastWasText) this.out += '<!-- -->';
    this.out += this.escape(text);
    this.lastWasText = true;
  }

  private element({ type, props, children }: MarkupElement): void {
    if (typeof type !== 'string') {
      const inner = new Writer(this.escape);
      for (let i = 0; i < children.length; i++) inner.write(children[i]);
      this.out += type.html(props ?? {}, inner.out, this.escape);
    } else if (voidElements.has(type)) {
      this.out += `<${type}${attributesHtml(props, type, this.escape)}/>`;
    } else {
      this.out += `<${type}${attributesHtml(props, type, this.escape)}>`;
      this.lastWasText = false;
      for (let i = 0; i < children.length; i++) this.write(children[i]);
      this.out += `</${type}>`;
    }
    this.lastWasText = false;
  }
}

// ---------------------------------------------------------------------------------------------
// To React elements
// ---------------------------------------------------------------------------------------------

/** The React elements of a tree (arrays flattened into their parent's children). */
export function toReact(node: MarkupNode): ReactNode {
  if (node === null || node === undefined || typeof node === 'boolean' || typeof node === 'string' || typeof node === 'number') return node;
  if (Array.isArray(node)) return reactChildren(node as readonly MarkupNode[]);
  const element = node as MarkupElement;
  const children = reactChildren(element.children);
  if (typeof element.type !== 'string') return element.type.react(element.props ?? {}, children);
  return createElement(element.type, element.props, ...children);
}

function reactChildren(nodes: readonly MarkupNode[], into: ReactNode[] = []): ReactNode[] {
  for (const node of nodes) {
    if (Array.isArray(node)) reactChildren(node as readonly MarkupNode[], into);
    else into.push(toReact(node));
  }
  return into;
}

// ---------------------------------------------------------------------------------------------
// Links and forms of this site
// ---------------------------------------------------------------------------------------------

function plainPath(path: AttributeValue, what: string): string {
  // Without "/." no segment is "." or ".."; only then is the full check needed.
  const plain = typeof path === 'string' && path.charCodeAt(0) === 47 && path.charCodeAt(1) !== 47 && (path.includes('/.') ? isPlainSitePath(path) : !/[?#]$/.test(path));
  if (!plain) throw new Error(`${what} in markup must be an absolute path of this site: ${String(path)}`);
  return path;
}

/** typography.tsx `Link` (the Utrecht text link): on the server the anchor SiteLink writes. */
const linkComponent: MarkupComponent = {
  html: ({ to, className, key: _key, ...rest }, children, escape) => {
    const classes = className ? `utrecht-link utrecht-link--html-a ${className}` : 'utrecht-link utrecht-link--html-a';
    return `<a class="${escape(classes)}"${attributesHtml(rest, '', escape)} data-discover="true" href="${escape(plainPath(to, 'A link'))}">${children}</a>`;
  },
  react: (props, children) => createElement(Link, props as never, ...children),
};

/** A link of this site (`to` an absolute path), written as the kit's `Link` writes it. */
export function markupLink(props: { to: string; className?: string; preventScrollReset?: boolean; key?: string } & MarkupAttributes, ...children: MarkupNode[]): MarkupElement {
  return { type: linkComponent, props, children };
}

/** Remix's `Form` with an absolute action: `method`, `action`, the other attributes, `data-discover`. */
const formComponent: MarkupComponent = {
  html: ({ method, action, key: _key, ...rest }, children, escape) => {
    const formMethod = typeof method === 'string' && method.toLowerCase() !== 'get' ? 'post' : 'get';
    return `<form method="${formMethod}" action="${escape(plainPath(action, 'A form action'))}"${attributesHtml(rest, '', escape)} data-discover="true">${children}</form>`;
  },
  react: (props, children) => createElement(Form, props as never, ...children),
};

/** A form to an absolute path of this site, as Remix's `Form` writes it. */
export function markupForm(props: { method: 'get' | 'post'; action: string; className?: string; preventScrollReset?: boolean; key?: string } & MarkupAttributes, ...children: MarkupNode[]): MarkupElement {
  return { type: formComponent, props, children };
}

// ---------------------------------------------------------------------------------------------
// The element that holds a tree
// ---------------------------------------------------------------------------------------------

const onServer = typeof document === 'undefined';

/**
 * `<Tag {...attributes}>` with `content` inside: written as one string on the server, as React
 * elements in the browser. `charRefs`: characters above U+00FF as character references (toHtml).
 */
export function Markup(props: { as: string; content: MarkupNode; charRefs?: boolean; [attribute: string]: unknown }) {
  const { as, content, charRefs, ...attributes } = props as { as: string; content: MarkupNode; charRefs?: boolean } & Record<string, AttributeValue>;
  if (onServer) return createElement(as, { ...attributes, dangerouslySetInnerHTML: { __html: toHtml(content, { charRefs }) } });
  return createElement(as, attributes, ...reactChildren([content]));
}

// ---------------------------------------------------------------------------------------------
// A select's options
// ---------------------------------------------------------------------------------------------

/**
 * `html` (a select's options written by toHtml: `option` elements whose only attribute is `value`,
 * in `optgroup`s or not) with the options whose value is `selected` marked as React marks them
 * from the select's value or defaultValue: ` selected=""` after the value.
 */
export function withSelectedOption(html: string, selected: string | undefined, { charRefs = false }: { charRefs?: boolean } = {}): string {
  if (selected === undefined) return html;
  const value = charRefs ? escapeTextLatin1(selected) : escapeText(selected);
  return html.replaceAll(`<option value="${value}">`, `<option value="${value}" selected="">`);
}

/**
 * A select's options from a markup tree, as the select's props: one string on the server with the
 * chosen option marked as React marks it from the select's value or defaultValue (`withSelectedOption`;
 * `html`, when given, is the tree already written with charRefs), React elements in the browser.
 * Every option needs a key (the browser gets them as one list).
 */
export function optionProps(
  tree: MarkupNode,
  selected: string,
  html?: string,
): { children: ReactNode } | { dangerouslySetInnerHTML: { __html: string } } {
  if (!onServer) return { children: toReact(tree) };
  return { dangerouslySetInnerHTML: { __html: withSelectedOption(html ?? toHtml(tree, { charRefs: true }), selected, { charRefs: true }) } };
}
