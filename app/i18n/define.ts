/**
 * A feature's messages in both languages. The English object must have exactly the Dutch keys:
 * a missing or extra key is a type error.
 */
export function defineMessages<const N extends Record<string, string>>(nl: N, en: { [K in keyof N]: string }) {
  return { nl, en };
}
