/**
 * near_duplicate's search for copied prose, in steps that each run over a slice of the reports, so a batch can
 * spread them over threads (pipeline/corpus-threads.ts) and read the shingle sets from disk one at a time:
 * template shingles (bucket counts, then exact counts of the hot buckets), MinHash signatures of the prose
 * without template wording, then candidate pairs (LSH bands) verified by an exact count of shared shingles.
 * Every step gives the same answer however the reports are sliced; the copies found are sorted, so the findings
 * do not depend on the number of threads.
 */
import type { CorpusReport } from './corpus.js';
import { agencyKey, consecutivePairs, sameBody, yearOf } from './corpus.js';
import { bandBuckets, bandsOf, containmentOf, equalPositions, HASHES, newPaired, seenBefore, signature, visitBands, type BandBuckets, type Signature } from './minhash.js';

/** Share of a report's prose shingles found in another report above which it counts as copied. */
export const COPY_SHARE = 0.6;
/** Pairs whose MinHash estimate is this close below COPY_SHARE are still counted exactly (about two standard errors
 * of the estimate, ±0.05 on report-sized sets; a wider margin costs seconds on template-heavy batches). */
export const ESTIMATE_MARGIN = 0.1;
/** Shorter texts (page excerpts, image-only reports) are not compared. */
export const MIN_SHINGLES = 300;
/** In a batch this large, shingles found in more than TEMPLATE_SHARE of the reports are template wording. */
export const TEMPLATE_MIN_BATCH = 10;
export const TEMPLATE_SHARE = 0.3;

/** The reports' prose shingle sets (distinct hashes, ascending) by index: held in memory, or read from disk. */
export interface ShingleSets {
  readonly length: number;
  /** Number of shingles of report i (known without reading them). */
  count(i: number): number;
  /** Report i's set (read-only). */
  get(i: number): Uint32Array;
  /**
   * The sets of reports [lo, hi) in order, each valid only during its call: a store on disk reads them a block at a
   * time into one reused buffer, so a pass over 100,000 reports leaves no garbage behind.
   */
  scan(lo: number, hi: number, each: (set: Uint32Array, i: number) => void): void;
}

const EMPTY = new Uint32Array(0);

export function setsInMemory(sets: readonly Uint32Array[]): ShingleSets {
  const get = (i: number): Uint32Array => sets[i] ?? EMPTY;
  return {
    length: sets.length,
    count: (i) => sets[i]?.length ?? 0,
    get,
    scan: (lo, hi, each) => {
      for (let i = lo; i < hi; i++) each(get(i), i);
    },
  };
}

/** Reports [lo, hi). */
export type Slice = readonly [number, number];

/** The batch cut into `parts` contiguous slices. */
export function slices(n: number, parts: number): Slice[] {
  const out: Slice[] = [];
  for (let k = 0; k < parts; k++) out.push([Math.floor((n * k) / parts), Math.floor((n * (k + 1)) / parts)]);
  return out;
}

/** Above this many reports a shingle is template wording. */
export const templateLimit = (n: number): number => TEMPLATE_SHARE * n;

/**
 * Bits of the hashed bucket counts of templateShingles: at most 4M counts (16 MB, one per thread) however large
 * the batch. The answer is exact with any number of buckets; fewer only send more shingles to the exact count,
 * and at 4M a bucket of a 100,000-report batch holds about 25 shingle occurrences against a limit of 30,000.
 */
export function bucketBits(sets: ShingleSets): number {
  let total = 0;
  for (let i = 0; i < sets.length; i++) total += sets.count(i);
  return Math.min(22, Math.max(16, Math.ceil(Math.log2(Math.max(1, total)))));
}

/** Template step one, over a slice: every shingle counted in its hashed bucket (added to `into`). */
export function countBuckets(sets: ShingleSets, [lo, hi]: Slice, into: Uint32Array): void {
  const mask = into.length - 1;
  sets.scan(lo, hi, (set) => {
    for (const x of set) into[x & mask] = (into[x & mask] ?? 0) + 1;
  });
}

/** Template step two, over a slice: the shingles of buckets counted above the limit, counted exactly (keys `x | 0`). */
export function countHot(sets: ShingleSets, [lo, hi]: Slice, buckets: Uint32Array, limit: number, into = new Map<number, number>()): Map<number, number> {
  const mask = buckets.length - 1;
  sets.scan(lo, hi, (set) => {
    for (const x of set) if ((buckets[x & mask] ?? 0) > limit) into.set(x | 0, (into.get(x | 0) ?? 0) + 1);
  });
  return into;
}

/**
 * Shingles found in more than TEMPLATE_SHARE of the batch's reports, as `x | 0` (int32, held unboxed).
 * A large batch has millions of distinct shingles and over a hundred million in all, and the few template
 * ones are all that is kept: every shingle is first counted in a hashed bucket (one typed array of at most
 * 4M counts), and only the shingles of buckets counted above the limit are then counted exactly. A shingle
 * above the limit always lies in such a bucket, so the answer is exact.
 */
export function templateShingles(given: ShingleSets | readonly Uint32Array[]): Set<number> {
  const sets = Array.isArray(given) ? setsInMemory(given) : (given as ShingleSets);
  const all: Slice = [0, sets.length];
  const buckets = new Uint32Array(1 << bucketBits(sets));
  countBuckets(sets, all, buckets);
  return templateOf(countHot(sets, all, buckets, templateLimit(sets.length)), sets.length);
}

/** The template shingles from the exact counts of the hot buckets' shingles. */
export function templateOf(counts: ReadonlyMap<number, number>, n: number): Set<number> {
  const out = new Set<number>();
  for (const [x, c] of counts) if (c > templateLimit(n)) out.add(x);
  return out;
}

/** Whether a shingle is template wording; a bitmap over the low 20 bits answers "surely not" before the Set is asked. */
export function templateTest(template: ReadonlySet<number>): (x: number) => boolean {
  if (template.size === 0) return () => false;
  const maybe = new Uint8Array(1 << 20);
  for (const t of template) maybe[t & 0xfffff] = 1;
  return (x) => maybe[x & 0xfffff] === 1 && template.has(x | 0);
}

/** The batch's signatures, one flat array (HASHES per report; a report too short to compare has size 0). */
export interface Signatures {
  mins: Uint32Array;
  sizes: Uint32Array;
}

export function newSignatures(n: number, shared = false): Signatures {
  const make = (len: number): Uint32Array => (shared ? new Uint32Array(new SharedArrayBuffer(len * 4)) : new Uint32Array(len));
  return { mins: make(n * HASHES), sizes: make(n) };
}

/** Signatures of a slice's prose without template wording; the filtered copy lives only while its signature is made. */
export function signSlice(sets: ShingleSets, [lo, hi]: Slice, isTemplate: (x: number) => boolean, into: Signatures): void {
  sets.scan(lo, hi, (set, r) => {
    const kept = set.filter((x) => !isTemplate(x));
    if (kept.length < MIN_SHINGLES) return;
    const s = signature(kept);
    into.mins.set(s.mins, r * HASHES);
    into.sizes[r] = s.size;
  });
}

/** The signatures as Signature views (no copy). */
export function signatureViews(s: Signatures): Signature[] {
  return Array.from(s.sizes, (size, r) => ({ mins: s.mins.subarray(r * HASHES, (r + 1) * HASHES), size }));
}

/**
 * Shingles shared by a and b (both ascending) that are not template wording: a merge of the two arrays. The
 * template shingles stay in the arrays and are skipped here, so no filtered copy of every report is made.
 */
function sharedShingles(a: Uint32Array, b: Uint32Array, isTemplate: (x: number) => boolean): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      if (!isTemplate(x)) common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

/**
 * A lower bound on the equal signature positions (of HASHES) at which the estimated containment reaches `floor`
 * in either direction: containment rises with the Jaccard estimate, so a pair with fewer equal positions cannot
 * be a copy. One below the formula's answer, so floating point never cuts a pair the exact test would keep.
 */
function matchesNeeded(sizeA: number, sizeB: number, floor: number): number {
  const small = Math.min(sizeA, sizeB);
  return Math.ceil((HASHES * floor * small) / (sizeA + sizeB - floor * small)) - 1;
}

/** A report copying another: x's prose is `share` found in y. */
export interface Copy {
  x: number;
  y: number;
  share: number;
  /** Same body, one year apart. */
  previousYear: boolean;
}

/**
 * One thread's share of the pairs: the LSH bands b with b mod `of` = k (each pair is met in the first band it
 * shares), and the consecutive years of a body (i, j) with (i + j) mod `of` = k.
 */
export interface Part {
  k: number;
  of: number;
}

export const bandsOfPart = (part: Part): number[] => Array.from({ length: bandsOf() }, (_, b) => b).filter((b) => b % part.of === part.k);

/**
 * What the copy search needs of the reports besides their prose, made once (the main thread sends it to each
 * thread, so no thread copies or re-derives the reports): each body's name key and year, and each body's
 * consecutive years as index pairs (i < j, flat).
 */
export interface CopyContext {
  keys: (string | null)[];
  years: (number | null)[];
  consecutive: Int32Array;
}

export function copyContext(who: readonly CorpusReport[]): CopyContext {
  const pairs = consecutivePairs(who.map((report, at) => ({ report, at })));
  const consecutive = new Int32Array(pairs.length * 2);
  pairs.forEach(({ prev, cur }, k) => {
    consecutive[2 * k] = Math.min(prev.at, cur.at);
    consecutive[2 * k + 1] = Math.max(prev.at, cur.at);
  });
  return { keys: who.map(agencyKey), years: who.map(yearOf), consecutive };
}

/**
 * The copies among this part's candidate pairs (LSH bands, and each body's consecutive years), sorted by copy,
 * then source. `buckets`: this part's bands (minhash.ts bandBuckets); `paired` must then be complete for every
 * band (all parts' bandBuckets done). Without them the part buckets its own bands here (one thread: all).
 */
export function findCopies(
  { keys, years, consecutive }: CopyContext,
  sets: ShingleSets,
  sigs: readonly Signature[],
  isTemplate: (x: number) => boolean,
  part: Part = { k: 0, of: 1 },
  given?: { paired: Uint8Array; buckets: ReadonlyMap<number, BandBuckets> },
): Copy[] {
  const paired = given?.paired ?? newPaired(sigs.length);
  const buckets = given?.buckets ?? bandBuckets(sigs, bandsOfPart(part), paired);
  const size = (i: number): number => sigs[i]?.size ?? 0;
  // The last few sets read: a bucket's pairs share their first report, and each pair is counted both ways, so
  // most sets asked for were just read (from disk, each read is a new array).
  const recent = new Map<number, Uint32Array>();
  const setOf = (i: number): Uint32Array => {
    let set = recent.get(i);
    if (!set) {
      set = sets.get(i);
      if (recent.size >= RECENT_SETS) recent.delete(recent.keys().next().value ?? i);
      recent.set(i, set);
    }
    return set;
  };
  // The estimate only chooses which pairs to count exactly (its error is about ±0.05): the finding's share is exact.
  const exactShare = (x: number, y: number): number => (size(x) ? sharedShingles(setOf(x), setOf(y), isTemplate) / size(x) : 0);
  const floor = COPY_SHARE - ESTIMATE_MARGIN;
  const copies: Copy[] = [];
  const compare = (i: number, j: number): void => {
    const a = sigs[i];
    const b = sigs[j];
    if (!a || !b) return;
    // Most candidate pairs share wording, not copying: a pass over the signatures, stopped as soon as too few
    // positions are left to reach the floor, settles them.
    const eq = equalPositions(a, b, matchesNeeded(a.size, b.size, floor));
    if (eq < 0) return;
    const jac = eq / HASHES;
    const estIJ = containmentOf(jac, a.size, b.size);
    const estJI = containmentOf(jac, b.size, a.size);
    if (estIJ < floor && estJI < floor) return;
    const ya = years[i] ?? null;
    const yb = years[j] ?? null;
    const oneBody = sameBody(keys[i] ?? null, keys[j] ?? null);
    // One body's report twice in a batch (say HTML and PDF) is not copying.
    if (oneBody && ya === yb) return;
    // Within one body the later report copies the earlier; across bodies either may be the copy.
    const direction: [number, number][] = oneBody && ya !== null && yb !== null ? (ya > yb ? [[i, j]] : [[j, i]]) : [[i, j], [j, i]];
    for (const [x, y] of direction) {
      if ((x === i ? estIJ : estJI) < floor) continue;
      const share = exactShare(x, y);
      if (share < COPY_SHARE) continue;
      copies.push({ x, y, share, previousYear: oneBody && Math.abs((ya ?? 0) - (yb ?? 0)) === 1 });
    }
  };
  const seen = seenBefore(sigs, paired);
  visitBands(buckets, seen, compare);
  const bands = bandsOf();
  for (let k = 0; k + 1 < consecutive.length; k += 2) {
    const i = consecutive[k] ?? 0;
    const j = consecutive[k + 1] ?? 0;
    if ((i + j) % part.of === part.k && size(i) && size(j) && !seen(i, j, bands)) compare(i, j);
  }
  return sortCopies(copies);
}

/** Sets findCopies keeps at hand (see `recent` there). */
const RECENT_SETS = 4;

export const sortCopies = (copies: Copy[]): Copy[] => copies.sort((a, b) => a.x - b.x || a.y - b.y);

/** All the steps in this thread (a batch with threads runs them in pipeline/corpus-threads.ts). */
export function copiesOf(who: readonly CorpusReport[], sets: ShingleSets): Copy[] {
  const isTemplate = templateTest(sets.length >= TEMPLATE_MIN_BATCH ? templateShingles(sets) : new Set());
  const sigs = newSignatures(sets.length);
  signSlice(sets, [0, sets.length], isTemplate, sigs);
  return findCopies(copyContext(who), sets, signatureViews(sigs), isTemplate);
}
