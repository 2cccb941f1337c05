/**
 * React's escaping of text and attribute values (escapeTextForBrowser): `"` `&` `'` `<` `>`, the
 * apostrophe as `&#x27;` as React writes it. For the markup this app writes as strings on the server
 * where React writes elements in the browser (search facets and cards, ADR 023; markup trees,
 * ADR 026): the same escaping gives byte for byte the same HTML.
 */
const escapable = /["&'<>]/g;
const needsEscaping = /["&'<>]/;
const escapes: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };

export function escapeText(text: string): string {
  // Most texts (class names, figures, names) have nothing to escape: no copy.
  return needsEscaping.test(text) ? text.replace(escapable, (m) => escapes[m]!) : text;
}
