/**
 * Markup written once, rendered two ways (docs/decisions/025-markup-trees.md): on the server as
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
import { isPlainSitePath } from './site-link';
import { Link } from './typography';

export type MarkupNode = string | number | boolean | null | undefined | MarkupElement | readonly MarkupNode[];

type AttributeValue = string | number | boolean | null | undefined;
export type MarkupAttributes = Record<string, AttributeValue> & { key?: string | number };

interface MarkupComponent {
  html: (props: MarkupAttributes, children: string) => string;
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

const escapes: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };
const escapable = /["&'<>]/g;

/** React's escaping of text and attribute values (escapeTextForBrowser). */
export function escapeText(text: string): string {
  return escapable.test(text) ? ((escapable.lastIndex = 0), text.replace(escapable, (c) => escapes[c]!)) : text;
}

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

function attribute(name: string, value: AttributeValue): string {
  if (value === null || value === undefined || notAttributes.has(name)) return '';
  const attributeName = attributeNames[name] ?? name;
  if (booleanAttributes.has(attributeName)) return value ? ` ${attributeName}=""` : '';
  if (overloadedBooleans.has(attributeName) && typeof value === 'boolean') return value ? ` ${attributeName}=""` : '';
  if (typeof value === 'boolean') {
    // React writes booleans only for data- and aria- attributes, as text.
    return name.startsWith('data-') || name.startsWith('aria-') ? ` ${attributeName}="${value}"` : '';
  }
  return ` ${attributeName}="${escapeText(String(value))}"`;
}

/** The attributes of `props`; for an input, `checked` and `value` last, as React's pushInput does. */
export function attributesHtml(props: MarkupAttributes | null, tag = ''): string {
  if (!props) return '';
  let html = '';
  if (tag === 'input') {
    for (const name in props) if (name !== 'checked' && name !== 'value') html += attribute(name, props[name]);
    if (props.checked !== undefined && props.checked !== null) html += attribute('checked', props.checked);
    if (props.value !== undefined && props.value !== null) html += attribute('value', props.value);
    return html;
  }
  for (const name in props) html += attribute(name, props[name]);
  return html;
}

/** The markup of a tree, byte for byte what React's renderToString writes for `toReact(node)`. */
export function toHtml(node: MarkupNode): string {
  const state = { out: '', lastWasText: false };
  write(node, state);
  return state.out;
}

function write(node: MarkupNode, state: { out: string; lastWasText: boolean }): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number') {
    const text = String(node);
    if (text === '') return;
    if (state.lastWasText) state.out += '<!-- -->';
    state.out += escapeText(text);
    state.lastWasText = true;
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node as readonly MarkupNode[]) write(child, state);
    return;
  }
  const element = node as MarkupElement;
  if (typeof element.type !== 'string') {
    const inner = { out: '', lastWasText: false };
    for (const child of element.children) write(child, inner);
    state.out += element.type.html(element.props ?? {}, inner.out);
    state.lastWasText = false;
    return;
  }
  const tag = element.type;
  state.out += `<${tag}${attributesHtml(element.props, tag)}`;
  if (voidElements.has(tag)) {
    state.out += '/>';
  } else {
    state.out += '>';
    state.lastWasText = false;
    for (const child of element.children) write(child, state);
    state.out += `</${tag}>`;
  }
  state.lastWasText = false;
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
  if (typeof path !== 'string' || !isPlainSitePath(path)) throw new Error(`${what} in markup must be an absolute path of this site: ${String(path)}`);
  return path;
}

/** typography.tsx `Link` (the Utrecht text link): on the server the anchor SiteLink writes. */
const linkComponent: MarkupComponent = {
  html: ({ to, className, key: _key, ...rest }, children) => {
    const classes = className ? `utrecht-link utrecht-link--html-a ${className}` : 'utrecht-link utrecht-link--html-a';
    return `<a class="${escapeText(classes)}"${attributesHtml(rest)} data-discover="true" href="${escapeText(plainPath(to, 'A link'))}">${children}</a>`;
  },
  react: (props, children) => createElement(Link, props as never, ...children),
};

/** A link of this site (`to` an absolute path), written as the kit's `Link` writes it. */
export function markupLink(props: { to: string; className?: string; preventScrollReset?: boolean; key?: string } & MarkupAttributes, ...children: MarkupNode[]): MarkupElement {
  return { type: linkComponent, props, children };
}

/** Remix's `Form` with an absolute action: `method`, `action`, the other attributes, `data-discover`. */
const formComponent: MarkupComponent = {
  html: ({ method, action, key: _key, ...rest }, children) => {
    const formMethod = typeof method === 'string' && method.toLowerCase() !== 'get' ? 'post' : 'get';
    return `<form method="${formMethod}" action="${escapeText(plainPath(action, 'A form action'))}"${attributesHtml(rest)} data-discover="true">${children}</form>`;
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
 * elements in the browser.
 */
export function Markup(props: { as: string; content: MarkupNode; [attribute: string]: unknown }) {
  const { as, content, ...attributes } = props as { as: string; content: MarkupNode } & Record<string, AttributeValue>;
  if (onServer) return createElement(as, { ...attributes, dangerouslySetInnerHTML: { __html: toHtml(content) } });
  return createElement(as, attributes, ...reactChildren([content]));
}
