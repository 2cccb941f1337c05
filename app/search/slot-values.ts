/**
 * Values per document that a search computes only for the documents it ranks or shows, and that
 * the engine remembers per document slot (doc-bits.ts) for the next searches: the Bayesian
 * average of the document's organisation (per generation of the index, version of the marks and
 * prior) and the distance from an origin (per generation, for the most recent origins). Each
 * value is computed the first time a search asks for it. Pure.
 */
import { bayesianAverage, type ReviewSummary } from '../domain/reviews';
import type { IndexedDocument } from './facets';
import { nearestDistanceKm, type Point } from './geo';

const NO_REVIEWS: ReviewSummary = { average: null, count: 0, recommendShare: null, provisional: true };

/** Origins (postcodes) whose distances to every document are remembered. */
const DISTANCE_ORIGINS = 64;

interface SlotMemo {
  values: Float64Array;
  known: Uint8Array;
}

const slotMemo = (slots: number): SlotMemo => ({ values: new Float64Array(slots), known: new Uint8Array(slots) });

/** The Bayesian average of a document's organisation. */
export class BayesianAverages {
  private current: (SlotMemo & { key: string }) | undefined;

  /**
   * A look-up for one search. With a key (the generation, the version of the marks and the
   * prior), remembered per document slot until the key changes; without one, per organisation
   * for this search only. `slots`: how many slots the engine has.
   */
  lookup(marks: ReadonlyMap<string, ReviewSummary>, priorMean: number, key: string | null, slots: number): (doc: IndexedDocument) => number {
    const averageOf = (doc: IndexedDocument) => bayesianAverage(marks.get(doc.organizationId) ?? NO_REVIEWS, priorMean);
    if (key === null) {
      const byOrganization = new Map<string, number>();
      return (doc) => {
        let value = byOrganization.get(doc.organizationId);
        if (value === undefined) {
          value = averageOf(doc);
          byOrganization.set(doc.organizationId, value);
        }
        return value;
      };
    }
    if (this.current?.key !== key) this.current = { key, ...slotMemo(slots) };
    const { values, known } = this.current;
    return (doc) => {
      const slot = doc.slot;
      if (known[slot] === 1) return values[slot]!;
      const value = averageOf(doc);
      values[slot] = value;
      known[slot] = 1;
      return value;
    };
  }
}

/** Distances from recent origins, per document (null: the document has no location). */
export class Distances {
  private readonly byOrigin = new Map<string, SlotMemo>();
  private generation = -1;

  /** A look-up from `origin`, remembered for the most recent origins until the generation changes. */
  lookup(origin: Point, generation: number, slots: number): (doc: IndexedDocument) => number | null {
    if (this.generation !== generation) {
      this.byOrigin.clear();
      this.generation = generation;
    }
    const key = `${origin.latitude}|${origin.longitude}`;
    let entry = this.byOrigin.get(key);
    if (entry) {
      this.byOrigin.delete(key);
    } else {
      entry = slotMemo(slots);
      if (this.byOrigin.size >= DISTANCE_ORIGINS) this.byOrigin.delete(this.byOrigin.keys().next().value!);
    }
    // Most recently used last: the oldest are forgotten first.
    this.byOrigin.set(key, entry);
    const { values, known } = entry;
    return (doc) => {
      const slot = doc.slot;
      if (known[slot] === 0) {
        values[slot] = nearestDistanceKm(origin, doc.points) ?? NaN;
        known[slot] = 1;
      }
      const value = values[slot]!;
      return Number.isNaN(value) ? null : value;
    };
  }
}
