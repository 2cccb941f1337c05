/**
 * The sets of documents (doc-bits.ts) per value of the dynamic facets, filled in lazily.
 *
 * Facets that depend only on the minute and the review marks ("open now", the mark) are
 * remembered per key — the engine's generation, the minute, the version of the marks and the
 * prior — but a set is only ever filled in for the documents searches need: a search adds the
 * documents of its match set that no earlier search with the same key needed, and a match set
 * once filled in costs one look-up after that. So the first search in an index, or the first in a
 * new minute, evaluates its own matches (as computing per search did), not every document of the
 * index, while repeated searches reuse the sets as before. Facets that read per-request facts
 * (`perRequest`) are remembered only under a key that holds the identity of those facts (the
 * engine adds extraKeyOf); searches without a version of the marks, or with facts that have no
 * identity, are evaluated for their matches and not kept. Pure.
 */
import { hasBit, setBit, type Bits } from './doc-bits';
import type { FacetCodes, FacetDictionary } from './facet-codes';
import type { FacetContext, FacetDefinition, IndexedDocument } from './facets';

/** What a search asks for: the documents it counts and filters (a match set). */
export interface DocumentList {
  readonly docs: readonly IndexedDocument[];
}

interface Remembered {
  key: string;
  /** The documents whose values are in `byCode`. */
  known: Bits;
  /** Per code, the known documents with that value. */
  byCode: (Bits | undefined)[];
  /** Lists whose documents are all known. */
  covered: WeakSet<DocumentList>;
}

export class DynamicFacetBits {
  private readonly byFacet = new Map<string, Remembered>();
  /** Documents evaluated (one facet's keys of one document), for tests and the benchmark. */
  readonly stats = { evaluated: 0 };

  constructor(private readonly codes: FacetCodes) {}

  /**
   * Per code, the documents with that value of a dynamic facet: right for every document of
   * `list`, other documents may be missing (a search ANDs the sets with its matches). `key` null
   * (nothing may be remembered): made for `list` alone. For a `perRequest` facet the key must
   * hold the identity of the per-request facts (extraKeyOf). `words`: the
   * length of the engine's bitsets, the same for every search with one key (the key holds the
   * generation). Callers must not change the sets; a later search may add documents to them.
   */
  valuesFor(facet: FacetDefinition, ctx: FacetContext, key: string | null, list: DocumentList, words: number): readonly (Bits | undefined)[] {
    const dictionary = this.codes.dictionary(facet.id);
    if (key === null) {
      const byCode: (Bits | undefined)[] = [];
      for (const doc of list.docs) this.evaluate(facet, dictionary, ctx, doc, byCode, words);
      return byCode;
    }
    let entry = this.byFacet.get(facet.id);
    if (entry?.key !== key) {
      entry = { key, known: new Uint32Array(words), byCode: [], covered: new WeakSet() };
      this.byFacet.set(facet.id, entry);
    }
    if (entry.covered.has(list)) return entry.byCode;
    const { known, byCode } = entry;
    for (const doc of list.docs) {
      if (hasBit(known, doc.slot)) continue;
      setBit(known, doc.slot);
      this.evaluate(facet, dictionary, ctx, doc, byCode, words);
    }
    entry.covered.add(list);
    return byCode;
  }

  private evaluate(facet: FacetDefinition, dictionary: FacetDictionary, ctx: FacetContext, doc: IndexedDocument, byCode: (Bits | undefined)[], words: number): void {
    this.stats.evaluated += 1;
    const codes = this.codes.listCodes(dictionary, facet.keys(doc, ctx));
    for (const code of codes) setBit((byCode[code] ??= new Uint32Array(words)), doc.slot);
  }
}
