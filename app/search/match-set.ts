/**
 * The matches of one text query — or every document, without words — resolved to documents, with
 * what searches with the same words but other filters, pages and sorts can reuse: the bitset of
 * the matches, their ranked form for one version of the marks, and their complete order per sort.
 * The engine keeps one per remembered text query and one for "every document", and makes a new
 * one whenever the index changes (generation), so nothing here outlives what it was made from.
 * Filtering a complete order keeps it: the page of a filtered search is the first passing
 * documents of the order (see page()). Pure.
 */
import { hasBit, setBit, type Bits } from './doc-bits';
import type { IndexedDocument } from './facets';
import { pageOf } from './paging';
import type { RankedDocument } from './sorting';

/** Complete orders kept per set (sorts, and origins for the distance sort). */
const MAX_ORDERS = 8;

/** One page of a search over a match set (see MatchSet.page). */
export interface PageRequest {
  /** The matches that pass the search's filters. */
  passing: Bits;
  /** The page: the passing matches from index `start` up to `end` in the order. */
  start: number;
  end: number;
  compare: (a: RankedDocument, b: RankedDocument) => number;
  /** The key of the Bayesian averages (see rankedFor); null: nothing is remembered. */
  bayesKey: string | null;
  bayesOf: (doc: IndexedDocument) => number;
  /** The distance of every match, when the order needs it; otherwise null. */
  distanceOf: ((doc: IndexedDocument) => number | null) | null;
  /** The key of the complete order (the sort, and the origin when distances order); null: the order depends on per-request facts and is not remembered. */
  orderKey: string | null;
}

export class MatchSet {
  readonly bits: Bits;
  /** Scores rounded as the results show them. */
  readonly scores: Float64Array;
  /** The key of the Bayesian averages (see rankedFor) that the ranked form and the orders belong to. */
  private key: string | null = null;
  private ranked: readonly RankedDocument[] | null = null;
  private readonly orders = new Map<string, Int32Array>();
  /** Order keys asked for once (the second time the order is made). */
  private readonly asked = new Set<string>();

  constructor(
    readonly generation: number,
    readonly docs: readonly IndexedDocument[],
    rawScores: readonly number[] | null,
    words: number,
    readonly reusable: boolean,
  ) {
    this.bits = new Uint32Array(words);
    this.scores = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      setBit(this.bits, docs[i]!.slot);
      if (rawScores) this.scores[i] = Math.round(rawScores[i]! * 1e6) / 1e6;
    }
  }

  /** Another key of the Bayesian averages: forget the ranked form and the orders. */
  private use(bayesKey: string): void {
    if (this.key === bayesKey) return;
    this.key = bayesKey;
    this.ranked = null;
    this.orders.clear();
    this.asked.clear();
  }

  /**
   * Every match ranked (distance unknown), for one key of the Bayesian averages (the engine's
   * generation, the version of the marks and the prior); another key ranks anew and forgets the
   * orders. Shared between searches: never change these objects.
   */
  private rankedFor(bayesKey: string, bayesOf: (doc: IndexedDocument) => number): readonly RankedDocument[] {
    this.use(bayesKey);
    this.ranked ??= this.docs.map((doc, i) => ({ doc, score: this.scores[i]!, bayes: bayesOf(doc), distanceKm: null }));
    return this.ranked;
  }

  /** The ranked form for `bayesKey` when it has been made already (see rankedFor), else null. */
  private rankedIfKnown(bayesKey: string): readonly RankedDocument[] | null {
    return this.key === bayesKey ? this.ranked : null;
  }

  /**
   * The indexes of every match in the order of `compare` over `ranked()` (the ranked form, with
   * distances when the order needs them), remembered under `orderKey` until the ranked form
   * changes. Null the first time an order is asked for: a set used once (a rare query, or a
   * municipality's index that gets one search) costs no complete sort; the caller then takes the
   * page the cheap way.
   */
  private order(
    bayesKey: string,
    orderKey: string,
    ranked: () => readonly RankedDocument[],
    compare: (a: RankedDocument, b: RankedDocument) => number,
  ): Int32Array | null {
    this.use(bayesKey);
    let order = this.orders.get(orderKey);
    if (order) return order;
    if (!this.asked.has(orderKey)) {
      this.asked.add(orderKey);
      return null;
    }
    const list = ranked();
    const indexes = Array.from({ length: list.length }, (_, i) => i);
    indexes.sort((a, b) => compare(list[a]!, list[b]!));
    order = Int32Array.from(indexes);
    if (this.orders.size >= MAX_ORDERS) this.orders.delete(this.orders.keys().next().value!);
    this.orders.set(orderKey, order);
    return order;
  }

  /**
   * The ranked passing matches of one page. From the second time an order is asked for (and
   * when it may be remembered), the first passing documents of the complete order from `start`
   * on; otherwise the passing matches ranked and the page taken without sorting them all.
   * Shared objects: the caller copies what it hands out.
   */
  page({ passing, start, end, compare, bayesKey, bayesOf, distanceOf, orderKey }: PageRequest): RankedDocument[] {
    if (bayesKey !== null && orderKey !== null && this.reusable) {
      const order = this.order(
        bayesKey,
        orderKey,
        () => {
          const list = this.rankedFor(bayesKey, bayesOf);
          return distanceOf ? list.map((r) => ({ ...r, distanceKm: distanceOf(r.doc) })) : list;
        },
        compare,
      );
      if (order) {
        const ranked = this.rankedFor(bayesKey, bayesOf);
        const chosen: RankedDocument[] = [];
        let seen = 0;
        for (let k = 0; k < order.length && seen < end; k++) {
          const i = order[k]!;
          if (!hasBit(passing, this.docs[i]!.slot)) continue;
          if (seen >= start) chosen.push(ranked[i]!);
          seen += 1;
        }
        return chosen;
      }
    }
    const known = bayesKey === null ? null : this.rankedIfKnown(bayesKey);
    const candidates: RankedDocument[] = [];
    for (let i = 0; i < this.docs.length; i++) {
      const doc = this.docs[i]!;
      if (!hasBit(passing, doc.slot)) continue;
      const r = known ? known[i]! : { doc, score: this.scores[i]!, bayes: bayesOf(doc), distanceKm: null };
      candidates.push(distanceOf ? { ...r, distanceKm: distanceOf(doc) } : r);
    }
    return pageOf(candidates, compare, start, end);
  }
}
