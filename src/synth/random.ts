/**
 * Seeded randomness. Hand-written because the generator needs many small independent streams (one per body, year
 * and purpose) that are cheap to create: mulberry32 is a 32-bit generator of a few lines, fast, and good enough for
 * picking phrases and numbers; no package offers that with a stable output across versions, which determinism needs.
 */
import { fmix32, fnv1a } from '../util/random.js';
import { at } from '../util/at.js';

/** FNV-1a over the parts, then a final avalanche: a stream id from (seed, purpose, numbers…). */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) h = fnv1a('|', fnv1a(String(p), h)); // '|' (0x7c) separates the parts
  // murmur3's finaliser, so nearby inputs (index i, i+1) give unrelated streams
  return fmix32(h);
}

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  static of(...parts: (string | number)[]): Rng {
    return new Rng(hashSeed(...parts));
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return at(items, Math.floor(this.next() * items.length));
  }
  /** Pick by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return at(items, items.length - 1)[0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [at(a, j), at(a, i)];
    }
    return a;
  }
  /** k distinct items in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(k, items.length)));
  }
  /** A skewed count: mostly small, sometimes up to `max` (log-uniform). */
  skewed(max: number): number {
    if (max <= 0) return 0;
    return Math.floor(Math.exp(this.next() * Math.log(max + 1))) - 1;
  }
}
