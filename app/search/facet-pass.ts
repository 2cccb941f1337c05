/**
 * The one pass of a search over its matches: which matches pass the chosen filters, and the count
 * of every facet value (a value counts the matches that pass the filters of all other facets).
 * Facet values are small integer codes (facet-codes.ts). Used by engine.ts. Pure.
 */
import type { FacetCodes, FacetDictionary } from './facet-codes';
import type { FacetContext, FacetDefinition, IndexedDocument } from './facets';

/** Per service: the dynamic facet codes and the Bayesian average for one minute and one version of the marks. */
export interface DynamicCache {
  key: string;
  codes: (readonly number[] | undefined)[];
  bayes: number;
}

export interface Match {
  doc: IndexedDocument;
  score: number;
}

export interface FacetPassInput {
  matches: readonly Match[];
  facets: readonly FacetDefinition[];
  /** Per facet, its place in the registry (the index into a document's static codes). */
  slots: readonly number[];
  dictionaries: readonly FacetDictionary[];
  selectedValues: readonly ReadonlySet<string>[];
  ctx: FacetContext;
  facetCodes: FacetCodes;
  /** Null: do not use or fill the per-service cache of dynamic codes. */
  cacheKey: string | null;
  dynamicCache: WeakMap<IndexedDocument, DynamicCache>;
  bayesOf: (organizationId: string) => number;
}

export function facetPass(input: FacetPassInput): { passing: Match[]; counts: Int32Array[] } {
  const { matches, facets, slots, dictionaries, selectedValues, ctx, facetCodes, cacheKey, dynamicCache, bayesOf } = input;
  const n = facets.length;
  // Every known and every chosen value has a code before counting starts (parameters are validated first).
  facets.forEach((facet, i) => {
    for (const value of facet.values ?? []) facetCodes.codeOf(dictionaries[i]!, value);
    for (const value of selectedValues[i]!) facetCodes.codeOf(dictionaries[i]!, value);
  });
  const selected = facets.map((_, i) => {
    const chosen = new Uint8Array(dictionaries[i]!.values.length + 64);
    for (const value of selectedValues[i]!) chosen[dictionaries[i]!.codes.get(value)!] = 1;
    return chosen;
  });
  const activeBits = facets.map((_, i) => (selectedValues[i]!.size > 0 ? 1 << i : 0));
  let counts: Int32Array[] = facets.map((_, i) => new Int32Array(dictionaries[i]!.values.length + 64));
  const passing: Match[] = [];

  // One pass over the matches: static codes are looked up, dynamic ones computed (or taken
  // from the per-service cache when the minute and the marks are the same as last time).
  const codes: (readonly number[])[] = new Array(n);
  // Per facet, read once: the loop below runs for every match and every facet.
  const dynamic = facets.map((f) => f.dynamic);
  for (const match of matches) {
    const doc = match.doc;
    const staticCodes = doc.staticCodes;
    const cached = cacheKey === null ? undefined : dynamicCache.get(doc);
    const reuse = cached !== undefined && cached.key === cacheKey ? cached : undefined;
    let fresh: DynamicCache | undefined;
    if (cacheKey !== null && !reuse) {
      fresh = { key: cacheKey, codes: new Array(n), bayes: bayesOf(doc.organizationId) };
      dynamicCache.set(doc, fresh);
    }
    let failed = 0;
    for (let i = 0; i < n; i++) {
      let list = dynamic[i] ? reuse?.codes[i] : staticCodes[slots[i]!];
      if (list === undefined) {
        const facet = facets[i]!;
        list = facetCodes.sharedCodesOf(facet.id, facet.keys(doc, ctx));
        // A value never seen before (dynamic facets): make room in the counters.
        for (const code of list) if (code >= counts[i]!.length) counts = grow(counts, i, code);
        if (fresh && facet.dynamic) fresh.codes[i] = list;
      }
      codes[i] = list;
      const bit = activeBits[i]!;
      if (bit === 0) continue;
      const chosen = selected[i]!;
      let hit = false;
      for (let k = 0; k < list.length; k++) {
        if (chosen[list[k]!] === 1) {
          hit = true;
          break;
        }
      }
      if (!hit) failed |= bit;
    }
    if (failed === 0) passing.push(match);
    for (let i = 0; i < n; i++) {
      if ((failed & ~activeBits[i]!) !== 0) continue;
      const count = counts[i]!;
      const list = codes[i]!;
      for (let k = 0; k < list.length; k++) count[list[k]!]! += 1;
    }
  }

  return { passing, counts };
}

function grow(counts: Int32Array[], i: number, code: number): Int32Array[] {
  const bigger = new Int32Array(Math.max(code + 64, counts[i]!.length * 2));
  bigger.set(counts[i]!);
  const next = [...counts];
  next[i] = bigger;
  return next;
}
