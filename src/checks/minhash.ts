/**
 * MinHash over character shingles, with LSH banding for candidate pairs.
 *
 * Hand-written: the npm registry's only MinHash package (`minhash` 0.0.9) is an unmaintained 0.0.x release,
 * and the algorithm is a few lines. Hashes are 32-bit (FNV-1a for the shingle, murmur3's finaliser with a
 * seed for its bin and its value), deterministic across runs.
 */
import { FNV_OFFSET, FNV_PRIME, fmix32 } from '../util/random.js';

const PIPE = '|'.charCodeAt(0);

export const SHINGLE = 5;
export const HASHES = 126;
/** 42 bands of 3 rows: pairs with Jaccard ≥ 0.4 become candidates with probability ≥ 0.94. */
export const BAND_ROWS = 3;


/**
 * Calls `each` with the hash of every k-character window of `text` (fnv1a of the window, without making the
 * slice: this runs for every character of every report). '|' marks a cut: no window spans it.
 */
function forEachShingle(text: string, k: number, each: (h: number) => void): void {
  for (let i = 0; i + k <= text.length; i++) {
    let h = FNV_OFFSET;
    let cut = -1;
    for (let j = i; j < i + k; j++) {
      const c = text.charCodeAt(j);
      if (c === PIPE) cut = j;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (cut >= 0) {
      // a '|' inside the window: go on from just after it
      i = cut;
      continue;
    }
    each(h >>> 0);
  }
}

/**
 * Distinct shingle hashes of a text (callers strip what should not count: digits, punctuation, tables).
 * '|' marks a cut: no shingle spans it.
 */
export function shingles(text: string, k = SHINGLE): Set<number> {
  const out = new Set<number>();
  forEachShingle(text, k, (h) => out.add(h));
  return out;
}

/**
 * The distinct shingle hashes of `text` in ascending order: what Uint32Array.from(shingles(text)).sort() gives,
 * gathered into one typed array, sorted and thinned instead of kept in a Set (one report's are thousands).
 */
export function sortedShingles(text: string, k = SHINGLE): Uint32Array {
  const all = new Uint32Array(Math.max(0, text.length - k + 1));
  let n = 0;
  forEachShingle(text, k, (h) => {
    all[n++] = h;
  });
  const sorted = all.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] ?? 0;
    if (m === 0 || x !== sorted[m - 1]) sorted[m++] = x;
  }
  return sorted.slice(0, m);
}

/** Seeds of the two hashes of one-permutation hashing: which bin a shingle falls in, and its value there. */
const BIN_SEED = fmix32(0x9e3779b1);
const VALUE_SEED = fmix32(0x85ebca6b);

export interface Signature {
  mins: Uint32Array;
  /** Number of distinct shingles. */
  size: number;
}

/**
 * MinHash signature of a set of shingle hashes (a Set, or the distinct hashes as an array), by one-permutation
 * hashing with rotation densification (Li, Owen & Zhang 2012; Shrivastava & Li 2014): each shingle is hashed
 * once into one of HASHES bins and each bin keeps its least value, instead of HASHES hashes per shingle — the
 * same estimator of Jaccard similarity (share of equal positions) at 1/HASHES of the cost, which matters for
 * the batch's single-threaded corpus pass. A bin no shingle fell in borrows the value of the next filled bin to
 * its right, mixed with the distance, so that two sets agree there exactly when they agree on the bin lent from.
 */
export function signature(set: Set<number> | ArrayLike<number>): Signature {
  const xs: ArrayLike<number> = set instanceof Set ? Uint32Array.from(set) : set;
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  const filled = new Uint8Array(HASHES);
  for (let n = 0; n < xs.length; n++) {
    const x = xs[n] ?? 0;
    const bin = fmix32(x ^ BIN_SEED) % HASHES;
    const v = fmix32(x ^ VALUE_SEED);
    if (!filled[bin] || v < (mins[bin] ?? 0)) mins[bin] = v;
    filled[bin] = 1;
  }
  if (xs.length > 0) {
    const lent = mins.slice();
    for (let i = 0; i < HASHES; i++) {
      if (filled[i]) continue;
      let d = 1;
      while (!filled[(i + d) % HASHES]) d++;
      mins[i] = fmix32(((lent[(i + d) % HASHES] ?? 0) + Math.imul(d, 0x9e3779b1)) >>> 0);
    }
  }
  return { mins, size: xs.length };
}

/** Estimated Jaccard similarity. */
export function jaccard(a: Signature, b: Signature): number {
  if (!a.size || !b.size) return 0;
  let eq = 0;
  for (let i = 0; i < HASHES; i++) if (a.mins[i] === b.mins[i]) eq++;
  return eq / HASHES;
}

/**
 * Positions at which two signatures agree (Jaccard estimate × HASHES), or -1 as soon as fewer than `atLeast`
 * can be reached: most candidate pairs of a large batch are settled well before the end.
 */
export function equalPositions(a: Signature, b: Signature, atLeast: number): number {
  const x = a.mins;
  const y = b.mins;
  let eq = 0;
  // Counted without a branch per position (equal or not is a coin toss the CPU cannot predict), and the bound
  // checked once per block: about a third faster over the millions of candidate pairs of a large batch.
  for (let i = 0; i < HASHES; i += EQ_BLOCK) {
    const end = Math.min(HASHES, i + EQ_BLOCK);
    for (let k = i; k < end; k++) eq += +(x[k] === y[k]);
    if (eq + (HASHES - end) < atLeast) return -1;
  }
  return eq;
}
const EQ_BLOCK = 18;

/** Estimated share of a's shingles that are also in b: |A∩B|/|A| = J(|A|+|B|) / ((1+J)|A|). */
export function containment(a: Signature, b: Signature): number {
  return containmentOf(jaccard(a, b), a.size, b.size);
}

/** The same from a Jaccard estimate and the two set sizes (one Jaccard serves both directions). */
export function containmentOf(j: number, sizeA: number, sizeB: number): number {
  if (!sizeA) return 0;
  return Math.min(1, (j * (sizeA + sizeB)) / ((1 + j) * sizeA));
}

/**
 * A band value shared by more reports than this comes from wording every report uses, not from copying;
 * such buckets are skipped so a large batch does not compare all pairs.
 */
export const MAX_BUCKET = 200;

/** Bands of `rows` signature positions. */
export const bandsOf = (rows = BAND_ROWS): number => Math.floor(HASHES / rows);

/** Per report and band, whether its bucket was small enough to be paired (report i, band b at i × bands + b). */
export const newPaired = (n: number, rows = BAND_ROWS, shared = false): Uint8Array =>
  shared ? new Uint8Array(new SharedArrayBuffer(n * bandsOf(rows))) : new Uint8Array(n * bandsOf(rows));

/** The buckets of one band that pair reports (2 to MAX_BUCKET members, ascending), each a list of report indexes. */
export type BandBuckets = Int32Array[];

/**
 * The buckets of the given bands, marking in `paired` the reports of each bucket small enough to be paired.
 * Bands are independent, so threads may take a share of them each, into one shared `paired`.
 */
export function bandBuckets(sigs: readonly Signature[], bandList: readonly number[], paired: Uint8Array, rows = BAND_ROWS): Map<number, BandBuckets> {
  const bands = bandsOf(rows);
  const out = new Map<number, BandBuckets>();
  const comparable = Int32Array.from(sigs.flatMap((s, i) => (s.size ? [i] : [])));
  const keys = comparable.length < RANK_SPAN ? new Float64Array(comparable.length) : null;
  for (const band of bandList) {
    const at = band * rows;
    const value = (i: number, r: number): number => sigs[i]?.mins[at + r] ?? 0;
    const same = (i: number, j: number): boolean => {
      for (let r = 0; r < rows; r++) if (value(i, r) !== value(j, r)) return false;
      return true;
    };
    const order = bucketOrder(comparable, rows, value, same, keys);
    const kept: BandBuckets = [];
    for (let lo = 0; lo < order.length; ) {
      let hi = lo + 1;
      while (hi < order.length && same(order[lo] ?? 0, order[hi] ?? 0)) hi++;
      if (hi - lo >= 2 && hi - lo <= MAX_BUCKET) {
        const list = order.slice(lo, hi).sort();
        for (const i of list) paired[i * bands + band] = 1;
        kept.push(list);
      }
      lo = hi;
    }
    out.set(band, kept);
  }
  return out;
}

/** Sort keys of bucketOrder are hash × RANK_SPAN + rank: exact in a double while fewer reports are bucketed. */
const RANK_SPAN = 2 ** 21;

/**
 * The reports in an order where reports of equal band values form a run: sorted by a hash of the values, a typed
 * array sorted natively (`keys`, reused across bands; null past RANK_SPAN reports: sorted by the values instead).
 * A Map keyed by the values as text made a string per report and band: hundreds of MB of garbage at 100k reports.
 */
function bucketOrder(
  comparable: Int32Array,
  rows: number,
  value: (i: number, r: number) => number,
  same: (i: number, j: number) => boolean,
  keys: Float64Array | null,
): Int32Array {
  const byValues = (i: number, j: number): number => {
    for (let r = 0; r < rows; r++) {
      const d = value(i, r) - value(j, r);
      if (d !== 0) return d;
    }
    return i - j;
  };
  if (!keys) return comparable.slice().sort(byValues);
  comparable.forEach((i, rank) => {
    let h = 0;
    for (let r = 0; r < rows; r++) h = fmix32(h ^ value(i, r));
    keys[rank] = (h >>> 0) * RANK_SPAN + rank;
  });
  keys.sort();
  const order = Int32Array.from(keys, (k) => comparable[k % RANK_SPAN] ?? 0);
  const hashOf = (k: number): number => Math.floor((keys[k] ?? 0) / RANK_SPAN);
  // equal hashes of unequal values (rare) are put in value order, so that each bucket is a run
  for (let lo = 0; lo < order.length; ) {
    let hi = lo + 1;
    while (hi < order.length && hashOf(hi) === hashOf(lo)) hi++;
    const run = order.subarray(lo, hi);
    if (run.length > 1 && !run.every((i) => same(run[0] ?? 0, i))) run.sort(byValues);
    lo = hi;
  }
  return order;
}

/**
 * Whether reports i and j share a paired bucket in a band before `band` (all bands: whether the pair is a
 * candidate at all). Nothing is kept per pair (a large batch has over a million candidates): a pair met again
 * in a later band is recognised by an earlier band whose values it shares in a bucket that was not skipped.
 */
export function seenBefore(sigs: readonly Signature[], paired: Uint8Array, rows = BAND_ROWS): (i: number, j: number, band: number) => boolean {
  const bands = bandsOf(rows);
  const sameBand = (x: Signature, y: Signature, band: number): boolean => {
    for (let r = band * rows; r < band * rows + rows; r++) if (x.mins[r] !== y.mins[r]) return false;
    return true;
  };
  return (i, j, band) => {
    const x = sigs[i];
    const y = sigs[j];
    if (!x?.size || !y?.size) return false;
    for (let b = 0; b < band; b++) if (paired[i * bands + b] && sameBand(x, y, b)) return true;
    return false;
  };
}

/** The pairs of the given bands' buckets not met in an earlier band (`paired` complete for every band). */
export function visitBands(buckets: ReadonlyMap<number, BandBuckets>, seen: (i: number, j: number, band: number) => boolean, visit: (i: number, j: number) => void): void {
  for (const [band, lists] of buckets)
    for (const list of lists)
      list.forEach((i, x) => {
        for (let y = x + 1; y < list.length; y++) {
          const j = list[y] ?? i;
          if (!seen(i, j, band)) visit(i, j);
        }
      });
}

/**
 * Index pairs (i < j) sharing at least one LSH band, each visited once, in band order; returned: whether a pair
 * was visited, for callers that add pairs of their own.
 */
export function forEachCandidatePair(sigs: readonly Signature[], visit: (i: number, j: number) => void, rows = BAND_ROWS): (i: number, j: number) => boolean {
  const paired = newPaired(sigs.length, rows);
  const all = Array.from({ length: bandsOf(rows) }, (_, b) => b);
  const seen = seenBefore(sigs, paired, rows);
  visitBands(bandBuckets(sigs, all, paired, rows), seen, visit);
  return (i, j) => seen(i, j, bandsOf(rows));
}

/** Index pairs (i < j) sharing at least one LSH band, in band order. */
export function candidatePairs(sigs: readonly Signature[], rows = BAND_ROWS): [number, number][] {
  const out: [number, number][] = [];
  forEachCandidatePair(sigs, (i, j) => out.push([i, j]), rows);
  return out;
}
