/**
 * JSON for inside an inline `<script>`: no `<` (so no `</script>` or `<!--`) and no U+2028/U+2029
 * line separators (which end a line in older JavaScript). Read back with JSON.parse, or run as
 * JavaScript, it is the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
