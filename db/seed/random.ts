/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) with the helpers the
 * seed needs. Nothing here reads Math.random or the clock: the same seed gives the same numbers,
 * so the same seed and reference date give byte-identical rows.
 */

const DAY_SECONDS = 86_400;

/** FNV-1a, 32 bits: turns a label into a number for forking streams. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const HEX = '0123456789abcdef';
const UUID_VARIANT = '89ab';

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    const mix = splitmix32(this.seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream for one part of the seed, so changing one part leaves the others alone. */
  fork(label: string | number): Rng {
    return new Rng((Math.imul(this.seed ^ 0x5bd1e995, 31) + hashString(String(label))) >>> 0);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** Pick from `[value, weight]` pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** A new array in random order (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[] {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** `n` distinct elements (fewer when the list is shorter), in random order. */
  sample<T>(list: readonly T[], n: number): T[] {
    return this.shuffle(list).slice(0, Math.max(0, n));
  }

  /** Roughly normal (Irwin–Hall with 4 terms), cheap and bounded. */
  normal(mean = 0, sd = 1): number {
    const s = this.next() + this.next() + this.next() + this.next();
    return mean + (s - 2) * sd * 1.7320508;
  }

  /** A v4-formatted UUID whose bits come from this generator. */
  uuid(): string {
    const a = hex8(this.uint32());
    const b = hex8(this.uint32());
    const cRaw = this.uint32();
    const c = hex8(cRaw);
    const d = hex8(this.uint32());
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${UUID_VARIANT[cRaw >>> 30]}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += HEX[this.uint32() & 15];
    return out;
  }

  /** A string of `length` decimal digits; the first is never 0 unless `leadingZero`. */
  digits(length: number, leadingZero = false): string {
    let out = leadingZero ? String(this.int(0, 9)) : String(this.int(1, 9));
    for (let i = 1; i < length; i++) out += String(this.int(0, 9));
    return out;
  }

  /** Unix seconds uniformly between two unix-second instants. */
  secondsBetween(from: number, to: number): number {
    return from + Math.floor(this.next() * Math.max(1, to - from));
  }

  dateBetween(from: Date, to: Date): Date {
    return new Date(this.secondsBetween(toUnix(from), toUnix(to)) * 1000);
  }
}

export function createRng(seed: number, label?: string): Rng {
  const rng = new Rng(seed);
  return label === undefined ? rng : rng.fork(label);
}

// ---------------------------------------------------------------------------------------------
// Dates (all UTC, all pure)
// ---------------------------------------------------------------------------------------------

/** The first day of the current month (UTC): the default reference date of the seed. */
export function defaultReferenceDate(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export function toUnix(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function fromUnix(seconds: number): Date {
  return new Date(seconds * 1000);
}

/** YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD of a unix-seconds instant. */
export function isoDateOfUnix(seconds: number): string {
  return isoDate(fromUnix(seconds));
}

/** YYYY-MM of the month before a unix-seconds instant. */
export function previousMonthOfUnix(seconds: number): string {
  const d = fromUnix(seconds);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth(); // 0-based: the previous month as 1-based
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

export const SECONDS_PER_DAY = DAY_SECONDS;
