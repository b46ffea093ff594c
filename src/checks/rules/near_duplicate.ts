/** Reports that copy most of their prose from the body's previous year or from another body. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { fail, type CorpusRule } from '../engine.js';
import { containmentOf, equalPositions, forEachCandidatePair, HASHES, shingles, signature, type Signature } from '../minhash.js';
import { addFinding, agencyKey, consecutivePairs, fileLabel, sameBody, yearOf } from '../corpus.js';
import { stripNonProse, TEMPLATE_PHRASES } from '../lexicon/template.js';

/** Share of a report's prose shingles found in another report above which it counts as copied. */
export const COPY_SHARE = 0.6;
/** Pairs whose MinHash estimate is this close below COPY_SHARE are still counted exactly (about two standard errors
 * of the estimate, ±0.05 on report-sized sets; a wider margin costs seconds on template-heavy batches). */
export const ESTIMATE_MARGIN = 0.1;
/** Shorter texts (page excerpts, image-only reports) are not compared. */
export const MIN_SHINGLES = 300;

/**
 * The prose a person wrote: tables, web chrome, the format's fixed wording, digits, punctuation and spaces
 * removed (numbers change from year to year, words stay). A '|' marks a cut so no shingle spans it.
 */
export function proseOf(a: ReportAnalysis): string {
  const cut = [...a.tables.tables, ...a.structure.boilerplate, ...a.doc.tables].sort((x, y) => x.start - y.start);
  let text = '';
  let at = 0;
  for (const s of cut) {
    if (s.start > at) text += a.doc.text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  text += a.doc.text.slice(at);
  let prose = stripNonProse(text);
  for (const p of TEMPLATE_PHRASES) if (prose.includes(p)) prose = prose.split(p).join('|');
  return prose;
}

/** In a batch this large, shingles found in more than TEMPLATE_SHARE of the reports are template wording. */
export const TEMPLATE_MIN_BATCH = 10;
export const TEMPLATE_SHARE = 0.3;

/**
 * Distinct shingle hashes of the report's prose, in ascending order: what this rule keeps of a report in a batch.
 * Sorted once here (in the batch's worker) so the exact count of shared shingles is a merge, with no sorted copy
 * of every candidate's set kept in the main thread.
 */
export function proseShingles(a: ReportAnalysis): Uint32Array {
  return Uint32Array.from(shingles(proseOf(a))).sort();
}


/**
 * What this rule keeps of a report: its proseShingles as base64 of the Uint32Array's bytes (a string survives
 * both the worker boundary and JSON lines on disk, a quarter smaller than a JSON array of numbers).
 */
export interface NearDuplicateSummary {
  prose: string;
}

export const encodeShingles = (xs: Uint32Array): string => Buffer.from(xs.buffer, xs.byteOffset, xs.byteLength).toString('base64');

export function decodeShingles(b64: string): Uint32Array {
  const bytes = Buffer.from(b64, 'base64');
  const out = new Uint32Array(bytes.length >> 2);
  // Copied, not viewed: a decoded Buffer may sit at an offset in a shared pool not aligned to 4 bytes.
  Buffer.from(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

/**
 * Shingles found in more than TEMPLATE_SHARE of the batch's reports, as `x | 0` (int32, held unboxed).
 * A large batch has millions of distinct shingles and over a hundred million in all, and the few template
 * ones are all that is kept: every shingle is first counted in a hashed bucket (one typed array of at most
 * 16M counts), and only the shingles of buckets counted above the limit are then counted exactly. A shingle
 * above the limit always lies in such a bucket, so the answer is exact.
 */
export function templateShingles(sets: readonly Uint32Array[]): Set<number> {
  let total = 0;
  for (const s of sets) total += s.length;
  const limit = TEMPLATE_SHARE * sets.length;
  const bits = Math.min(24, Math.max(16, Math.ceil(Math.log2(Math.max(1, total)))));
  const mask = (1 << bits) - 1;
  const buckets = new Uint32Array(1 << bits);
  for (const s of sets) for (let i = 0; i < s.length; i++) buckets[s[i]! & mask]!++;
  const counts = new Map<number, number>();
  for (const s of sets)
    for (let i = 0; i < s.length; i++) {
      const x = s[i]!;
      if (buckets[x & mask]! > limit) counts.set(x | 0, (counts.get(x | 0) ?? 0) + 1);
    }
  const out = new Set<number>();
  for (const [x, n] of counts) if (n > limit) out.add(x);
  return out;
}

/** Whether a shingle is template wording; a bitmap over the low 20 bits answers "surely not" before the Set is asked. */
function templateTest(template: ReadonlySet<number>): (x: number) => boolean {
  if (template.size === 0) return () => false;
  const maybe = new Uint8Array(1 << 20);
  for (const t of template) maybe[t & 0xfffff] = 1;
  return (x) => maybe[x & 0xfffff] === 1 && template.has(x | 0);
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
    if (a[i] === b[j]) {
      if (!isTemplate(a[i]!)) common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
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
interface Copy {
  x: number;
  y: number;
  share: number;
  /** Same body, one year apart. */
  previousYear: boolean;
}

/** Members a group's finding names one by one; the rest are counted. */
export const CLUSTER_NAMED = 10;

/**
 * Reports joined by copying, as groups (connected components): n copies of one text are one group, not n² pairs.
 * Groups in order of their first member, members ascending.
 */
export function copyClusters(copies: readonly Copy[]): { members: number[]; copies: Copy[] }[] {
  const parent = new Map<number, number>();
  const find = (a: number): number => {
    let r = a;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    for (let c = a; c !== r; ) {
      const next = parent.get(c)!;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  for (const { x, y } of copies) {
    for (const m of [x, y]) if (!parent.has(m)) parent.set(m, m);
    const a = find(x);
    const b = find(y);
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
  }
  const groups = new Map<number, { members: number[]; copies: Copy[] }>();
  for (const m of [...parent.keys()].sort((a, b) => a - b)) {
    const r = find(m);
    if (!groups.has(r)) groups.set(r, { members: [], copies: [] });
    groups.get(r)!.members.push(m);
  }
  for (const c of copies) groups.get(find(c.x))!.copies.push(c);
  return [...groups.values()].sort((a, b) => a.members[0]! - b.members[0]!);
}

export const nearDuplicate: CorpusRule<NearDuplicateSummary> = {
  id: 'near_duplicate',
  severity: 'warning',
  scope: 'corpus',
  title: '报告文字大量照搬',
  description: `本报告正文（不计表格和数字）有${Math.round(COPY_SHARE * 100)}%以上与本机关上年报告或其他机关的报告相同（MinHash找出候选，再逐一精确计算），多为照搬模板或上年报告。`,
  summarise(a: ReportAnalysis): NearDuplicateSummary {
    return { prose: encodeShingles(proseShingles(a)) };
  },
  run(items) {
    const out = new Map<string, Finding[]>();
    const all = items.map((x) => x.report);
    const sets = items.map((x) => decodeShingles(x.summary.prose));
    const isTemplate = templateTest(all.length >= TEMPLATE_MIN_BATCH ? templateShingles(sets) : new Set());
    // Signatures of the sets without template wording; the filtered copy lives only while its signature is made.
    const sigs: Signature[] = sets.map((set) => {
      const kept = set.filter((x) => !isTemplate(x));
      return kept.length >= MIN_SHINGLES ? signature(kept) : { mins: new Uint32Array(0), size: 0 };
    });
    // The estimate only chooses which pairs to count exactly (its error is about ±0.05): the finding's share is exact.
    const exactShare = (x: number, y: number): number => (sigs[x]!.size ? sharedShingles(sets[x]!, sets[y]!, isTemplate) / sigs[x]!.size : 0);
    // Computed once per report, not once per pair (a large batch has over a million candidate pairs).
    const keys = all.map(agencyKey);
    const years = all.map(yearOf);
    const floor = COPY_SHARE - ESTIMATE_MARGIN;
    // x copies y (share: of x's prose found in y)
    const copies: Copy[] = [];
    const compare = (i: number, j: number): void => {
      // Most candidate pairs share wording, not copying: a pass over the signatures, stopped as soon as too few
      // positions are left to reach the floor, settles them.
      const si = sigs[i]!.size;
      const sj = sigs[j]!.size;
      const eq = equalPositions(sigs[i]!, sigs[j]!, matchesNeeded(si, sj, floor));
      if (eq < 0) return;
      const jac = eq / HASHES;
      const estIJ = containmentOf(jac, si, sj);
      const estJI = containmentOf(jac, sj, si);
      if (estIJ < floor && estJI < floor) return;
      const ka = keys[i]!;
      const kb = keys[j]!;
      const ya = years[i]!;
      const yb = years[j]!;
      const oneBody = sameBody(ka, kb);
      // One body's report twice in a batch (say HTML and PDF) is not copying.
      if (oneBody && ya === yb) return;
      // Within one body the later report copies the earlier; across bodies either may be the copy.
      const direction: [number, number][] =
        oneBody && ya !== null && yb !== null ? (ya > yb ? [[i, j]] : [[j, i]]) : [[i, j], [j, i]];
      for (const [x, y] of direction) {
        if ((x === i ? estIJ : estJI) < floor) continue;
        const share = exactShare(x, y);
        if (share < COPY_SHARE) continue;
        copies.push({ x, y, share, previousYear: oneBody && Math.abs((ya ?? 0) - (yb ?? 0)) === 1 });
      }
    };
    const visited = forEachCandidatePair(sigs, compare);
    const index = new Map(items.map((a, i) => [a, i]));
    for (const { prev, cur } of consecutivePairs(items)) {
      const i = Math.min(index.get(prev)!, index.get(cur)!);
      const j = Math.max(index.get(prev)!, index.get(cur)!);
      if (sigs[i]!.size && sigs[j]!.size && !visited(i, j)) compare(i, j);
    }
    for (const cluster of copyClusters(copies)) {
      const [first] = cluster.copies;
      if (cluster.members.length === 2 && cluster.copies.length === 1) {
        // one report copying one other: said of the copy, naming its source
        const { x, y, share, previousYear } = first!;
        const whose = previousYear ? '本机关上年度报告' : fileLabel(all[y]!);
        addFinding(out, all[x]!.file, fail(this, `本报告约${Math.round(share * 100)}%的文字与${whose}（${all[y]!.file}）相同`, { actual: Math.round(share * 100) / 100, evidence: [] }));
        continue;
      }
      // copies of one another: one finding for the group, on its first copying report, listing every member
      const x = Math.min(...cluster.copies.map((c) => c.x));
      const shares = cluster.copies.map((c) => c.share);
      const lo = Math.round(Math.min(...shares) * 100);
      const hi = Math.round(Math.max(...shares) * 100);
      const others = cluster.members.filter((m) => m !== x);
      const named = others.slice(0, CLUSTER_NAMED).map((m) => `${fileLabel(all[m]!)}（${all[m]!.file}）`).join('、');
      const rest = others.length > CLUSTER_NAMED ? `等${others.length}份报告` : '';
      addFinding(
        out,
        all[x]!.file,
        fail(this, `本报告与另外${others.length}份报告的文字大量相同（相互照搬约${lo === hi ? lo : `${lo}–${hi}`}%）：${named}${rest}`, {
          actual: Math.round(Math.max(...shares) * 100) / 100,
          evidence: [],
        }),
      );
    }
    return out;
  },
};
