/**
 * The text scores of recent queries, remembered by the engine until its index changes (it calls
 * `clear()` on every add, change and removal). The scores depend only on the words and the indexed
 * documents, so a remembered answer is exactly the answer MiniSearch would give again — and a
 * broad or fuzzy word costs the most of a search. Pure.
 */

/**
 * At most this many queries, holding at most MATCH_MEMO_SCORES scores together (the least
 * recently used go first), so memory stays bounded at national scale too.
 */
export const MATCH_MEMO_QUERIES = 512;
export const MATCH_MEMO_SCORES = 250_000;

export class MatchMemo {
  private readonly byKey = new Map<string, ReadonlyMap<string, number>>();
  private scores = 0;
  /** How often `get` answered from memory or not (for tests and the benchmark). */
  readonly stats = { hits: 0, misses: 0 };

  clear(): void {
    this.byKey.clear();
    this.scores = 0;
  }

  /** The remembered scores of a query, or undefined (counted as a miss: the caller matches anew). */
  get(key: string): ReadonlyMap<string, number> | undefined {
    const known = this.byKey.get(key);
    if (!known) {
      this.stats.misses += 1;
      return undefined;
    }
    this.stats.hits += 1;
    // Most recently used last: the oldest are forgotten first.
    this.byKey.delete(key);
    this.byKey.set(key, known);
    return known;
  }

  remember(key: string, scores: ReadonlyMap<string, number>): void {
    if (scores.size > MATCH_MEMO_SCORES) return;
    this.byKey.set(key, scores);
    this.scores += scores.size;
    for (const [oldest, old] of this.byKey) {
      if (this.byKey.size <= MATCH_MEMO_QUERIES && this.scores <= MATCH_MEMO_SCORES) break;
      this.byKey.delete(oldest);
      this.scores -= old.size;
    }
  }
}
