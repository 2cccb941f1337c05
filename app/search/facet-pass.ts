/**
 * The one pass of a search over its matches, on bitsets of documents (doc-bits.ts): which matches
 * pass the chosen filters, and the count of every facet value — a value counts the matches that
 * pass the filters of all OTHER facets. Facet values are small integer codes (facet-codes.ts).
 * Used by engine.ts; tests/unit/search-facet-pass.test.ts compares it with a plain reference. Pure.
 *
 * With M the matches, S(f) the documents with one of the chosen values of facet f (only facets with
 * a choice filter) and B(f, v) the documents with value v of facet f:
 *   passing       = M ∧ S(every active facet)
 *   count(f, v)   = |M ∧ S(every active facet but f) ∧ B(f, v)|
 * Only the words where M has a document are visited, so a narrow query costs little.
 */
import { popcount32, type Bits } from './doc-bits';

export interface FacetPassInput {
  /** The matching documents. */
  matches: Bits;
  /** Per facet, per code: the documents with that value (undefined or missing: none). */
  values: readonly (readonly (Bits | undefined)[])[];
  /** Per facet, the chosen codes (none: the facet does not filter). */
  selected: readonly (readonly number[])[];
  /** Per facet, how many codes to count (the size of its dictionary). */
  sizes: readonly number[];
}

export interface FacetPassResult {
  /** The matches that pass every chosen filter. */
  passing: Bits;
  /** Per facet, per code: the count. */
  counts: Int32Array[];
}

/** The indexes of the words of `bits` that are not zero. */
function busyWords(bits: Bits): Int32Array {
  let n = 0;
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) n++;
  const busy = new Int32Array(n);
  n = 0;
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) busy[n++] = w;
  return busy;
}

/** `bits` at least `words` long (a set built when there were fewer documents). */
function fit(bits: Bits, words: number): Bits {
  if (bits.length >= words) return bits;
  const longer = new Uint32Array(words);
  longer.set(bits);
  return longer;
}

export function facetPass({ matches, values, selected, sizes }: FacetPassInput): FacetPassResult {
  const words = matches.length;
  const busy = busyWords(matches);
  const n = values.length;

  // S(f) for every facet with a choice, over the busy words of M only.
  const chosen: (Bits | null)[] = new Array<Bits | null>(n).fill(null);
  const active: number[] = [];
  for (let f = 0; f < n; f++) {
    const codes = selected[f]!;
    if (codes.length === 0) continue;
    active.push(f);
    const union = new Uint32Array(words);
    for (const code of codes) {
      const raw = values[f]![code];
      if (!raw) continue;
      const bits = fit(raw, words);
      for (let k = 0; k < busy.length; k++) {
        const w = busy[k]!;
        union[w]! |= bits[w]!;
      }
    }
    chosen[f] = union;
  }

  const passing = new Uint32Array(words);
  for (let k = 0; k < busy.length; k++) {
    const w = busy[k]!;
    let word = matches[w]!;
    for (const f of active) word &= chosen[f]![w]!;
    passing[w] = word;
  }
  const passingBusy = busyWords(passing);

  const counts: Int32Array[] = new Array<Int32Array>(n);
  for (let f = 0; f < n; f++) {
    const count = new Int32Array(sizes[f]!);
    counts[f] = count;
    // The documents this facet's values are counted over: M and every other facet's choice.
    let base = passing;
    let baseBusy = passingBusy;
    if (chosen[f] !== null) {
      base = new Uint32Array(words);
      for (let k = 0; k < busy.length; k++) {
        const w = busy[k]!;
        let word = matches[w]!;
        for (const g of active) if (g !== f) word &= chosen[g]![w]!;
        base[w] = word;
      }
      baseBusy = busyWords(base);
    }
    if (baseBusy.length === 0) continue;
    const byCode = values[f]!;
    const last = Math.min(byCode.length, count.length);
    for (let code = 0; code < last; code++) {
      const raw = byCode[code];
      if (!raw) continue;
      const bits = fit(raw, words);
      let c = 0;
      for (let k = 0; k < baseBusy.length; k++) {
        const w = baseBusy[k]!;
        c += popcount32(base[w]! & bits[w]!);
      }
      count[code] = c;
    }
  }
  return { passing, counts };
}
