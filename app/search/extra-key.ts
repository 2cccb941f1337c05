/**
 * A key for the per-request facts a search is given (`EngineContext.extra`: the professional cost
 * flags), so that what the engine derives from them — the professional facets' sets, a sort's
 * order — can be remembered exactly as long as those facts are. Pure.
 */

/** An identity per object of per-request facts. */
const factIds = new WeakMap<object, number>();
let nextFactId = 1;

/**
 * The same key while the same fact objects come in (the professional cost flags are one object per
 * database version and day, remembered until any write, ADR 021, and never changed). '' without
 * facts; null when a fact is not an object (then nothing derived from it may be remembered).
 */
export function extraKeyOf(extra: Readonly<Record<string, unknown>> | undefined): string | null {
  let key = '';
  for (const name in extra) {
    const value = extra[name];
    if (typeof value !== 'object' || value === null) return null;
    let id = factIds.get(value);
    if (id === undefined) {
      id = nextFactId++;
      factIds.set(value, id);
    }
    key += `|${name}=${id}`;
  }
  return key;
}
