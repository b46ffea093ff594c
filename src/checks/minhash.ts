/**
 * MinHash over character shingles, with LSH banding for candidate pairs.
 *
 * Hand-written: the npm registry's only MinHash package (`minhash` 0.0.9) is an unmaintained 0.0.x release,
 * and the algorithm is a few lines. Hashes are 32-bit (FNV-1a for the shingle, murmur3's finaliser mixed
 * with a per-function seed), deterministic across runs.
 */
import { fmix32, fnv1a } from '../util/random.js';

export const SHINGLE = 5;
export const HASHES = 126;
/** 42 bands of 3 rows: pairs with Jaccard ≥ 0.4 become candidates with probability ≥ 0.94. */
export const BAND_ROWS = 3;


const SEEDS: number[] = Array.from({ length: HASHES }, (_, i) => fmix32((i + 1) * 0x9e3779b1));

/**
 * Distinct shingle hashes of a text (callers strip what should not count: digits, punctuation, tables).
 * '|' marks a cut: no shingle spans it.
 */
export function shingles(text: string, k = SHINGLE): Set<number> {
  const out = new Set<number>();
  for (const piece of text.split('|')) for (let i = 0; i + k <= piece.length; i++) out.add(fnv1a(piece.slice(i, i + k)));
  return out;
}

export interface Signature {
  mins: Uint32Array;
  /** Number of distinct shingles. */
  size: number;
}

export function signature(set: Set<number>): Signature {
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set)
    for (let i = 0; i < HASHES; i++) {
      const h = fmix32(x ^ SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  return { mins, size: set.size };
}

/** Estimated Jaccard similarity. */
export function jaccard(a: Signature, b: Signature): number {
  if (!a.size || !b.size) return 0;
  let eq = 0;
  for (let i = 0; i < HASHES; i++) if (a.mins[i] === b.mins[i]) eq++;
  return eq / HASHES;
}

/** Estimated share of a's shingles that are also in b: |A∩B|/|A| = J(|A|+|B|) / ((1+J)|A|). */
export function containment(a: Signature, b: Signature): number {
  const j = jaccard(a, b);
  if (!a.size) return 0;
  return Math.min(1, (j * (a.size + b.size)) / ((1 + j) * a.size));
}

/**
 * A band value shared by more reports than this comes from wording every report uses, not from copying;
 * such buckets are skipped so a large batch does not compare all pairs.
 */
export const MAX_BUCKET = 200;

/** Index pairs (i < j) sharing at least one LSH band. */
export function candidatePairs(sigs: readonly Signature[], rows = BAND_ROWS): [number, number][] {
  const pairs = new Set<string>();
  const out: [number, number][] = [];
  for (let band = 0; band + rows <= HASHES; band += rows) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((s, i) => {
      if (!s.size) return;
      const key = Array.from(s.mins.subarray(band, band + rows)).join(',');
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    });
    for (const list of buckets.values()) {
      if (list.length > MAX_BUCKET) continue;
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const k = `${list[x]},${list[y]}`;
          if (!pairs.has(k)) {
            pairs.add(k);
            out.push([list[x]!, list[y]!]);
          }
        }
    }
  }
  return out;
}
