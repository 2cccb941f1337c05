/**
 * Sets of indexed documents as bitsets: every document has a small integer slot in its engine,
 * and a set is a Uint32Array with bit `slot % 32` of word `slot >> 5` set for each member. The
 * engine keeps one set per value of every static facet (StaticFacetBits, kept in step with every
 * add and removal); the dynamic ones are filled in per match set, per minute and version of the
 * marks (dynamic-bits.ts); facet-pass.ts counts with them. Pure.
 */

export type Bits = Uint32Array;

/** Words needed for `slots` slots. */
export function wordsFor(slots: number): number {
  return (slots + 31) >>> 5;
}

export function setBit(bits: Bits, slot: number): void {
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

export function clearBit(bits: Bits, slot: number): void {
  bits[slot >>> 5]! &= ~(1 << (slot & 31));
}

export function hasBit(bits: Bits, slot: number): boolean {
  return (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

/** Number of set bits of a 32-bit word. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The number of documents in a set. */
export function countBits(bits: Bits): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) n += popcount32(bits[w]!);
  return n;
}

/** The slots in a set, ascending. */
export function slotsOf(bits: Bits): number[] {
  const slots: number[] = [];
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    while (word !== 0) {
      const low = word & -word;
      slots.push((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return slots;
}

/** A copy `words` long (longer: zero-padded; shorter: cut). */
export function resized(bits: Bits, words: number): Bits {
  const next = new Uint32Array(words);
  next.set(words >= bits.length ? bits : bits.subarray(0, words));
  return next;
}

/**
 * One set of documents per value (code) of every static facet, by registry slot, kept in step
 * with the engine's adds and removals; `all` holds every indexed document.
 */
export class StaticFacetBits {
  private wordCount = 1;
  private allBits: Bits = new Uint32Array(1);
  /** Per facet (registry slot), per code: the documents with that value. */
  private readonly byFacet: (Bits | undefined)[][] = [];

  get words(): number {
    return this.wordCount;
  }

  /** Every indexed document (do not change it). */
  get all(): Bits {
    return this.allBits;
  }

  /** The documents with a value of a facet (undefined: none ever had it). */
  get(facetSlot: number, code: number): Bits | undefined {
    return this.byFacet[facetSlot]?.[code];
  }

  /** Per code, the documents with that value (entries may be undefined). */
  codesOf(facetSlot: number): readonly (Bits | undefined)[] {
    return this.byFacet[facetSlot] ?? [];
  }

  add(slot: number, staticCodes: readonly (readonly number[] | undefined)[]): void {
    if (slot >= this.wordCount * 32) this.grow(wordsFor(slot + 1));
    setBit(this.allBits, slot);
    staticCodes.forEach((codes, facetSlot) => {
      if (!codes) return;
      const byCode = (this.byFacet[facetSlot] ??= []);
      for (const code of codes) setBit((byCode[code] ??= new Uint32Array(this.wordCount)), slot);
    });
  }

  remove(slot: number, staticCodes: readonly (readonly number[] | undefined)[]): void {
    clearBit(this.allBits, slot);
    staticCodes.forEach((codes, facetSlot) => {
      if (!codes) return;
      for (const code of codes) {
        const bits = this.byFacet[facetSlot]?.[code];
        if (bits) clearBit(bits, slot);
      }
    });
  }

  private grow(atLeast: number): void {
    const words = Math.max(atLeast, this.wordCount * 2);
    this.allBits = resized(this.allBits, words);
    for (const byCode of this.byFacet) {
      if (!byCode) continue;
      for (let code = 0; code < byCode.length; code++) {
        const bits = byCode[code];
        if (bits) byCode[code] = resized(bits, words);
      }
    }
    this.wordCount = words;
  }
}
