/** Reports that copy most of their prose from the body's previous year or from another body. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { fail, type CorpusRule } from '../engine.js';
import { containmentOf, forEachCandidatePair, jaccard, shingles, signature, type Signature } from '../minhash.js';
import { addFinding, agencyKey, consecutivePairs, fileLabel, sameBody } from '../corpus.js';
import { reportYear } from '../scope.js';
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

/** Distinct shingle hashes of the report's prose: what this rule keeps of a report in a batch. */
export function proseShingles(a: ReportAnalysis): Uint32Array {
  return Uint32Array.from(shingles(proseOf(a)));
}

/**
 * Shingles found in more than TEMPLATE_SHARE of the batch's reports. Counted by sorting all shingles in
 * one typed array rather than in a Map: a large batch has millions of distinct shingles, and the few
 * template ones are all that is kept. Keys are `x | 0` (int32, held unboxed) rather than uint32 doubles.
 */
function templateShingles(sets: readonly Uint32Array[]): Set<number> {
  let total = 0;
  for (const s of sets) total += s.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const s of sets) {
    all.set(s, at);
    at += s.length;
  }
  all.sort();
  const limit = TEMPLATE_SHARE * sets.length;
  const out = new Set<number>();
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i > limit) out.add(all[i]! | 0);
    i = j;
  }
  return out;
}

function shingleSets(all: readonly ReportAnalysis[]): Uint32Array[] {
  const sets = all.map((a) => a.proseShingles ?? proseShingles(a));
  if (all.length < TEMPLATE_MIN_BATCH) return sets;
  const template = templateShingles(sets);
  if (template.size === 0) return sets;
  // A bitmap over the low 20 bits answers "surely not template" for almost every shingle before the Set is asked.
  const maybe = new Uint8Array(1 << 20);
  for (const t of template) maybe[t & 0xfffff] = 1;
  return sets.map((s) => s.filter((x) => !maybe[x & 0xfffff] || !template.has(x | 0)));
}

export const nearDuplicate: CorpusRule = {
  id: 'near_duplicate',
  severity: 'warning',
  scope: 'corpus',
  title: '报告文字大量照搬',
  description: `本报告正文（不计表格和数字）有${Math.round(COPY_SHARE * 100)}%以上与本机关上年报告或其他机关的报告相同（MinHash找出候选，再逐一精确计算），多为照搬模板或上年报告。`,
  run(all: readonly ReportAnalysis[]): Map<string, Finding[]> {
    const out = new Map<string, Finding[]>();
    const sets = shingleSets(all);
    const sigs: Signature[] = sets.map((set) => (set.length >= MIN_SHINGLES ? signature(set) : { mins: new Uint32Array(0), size: 0 }));
    // The estimate only chooses which pairs to count exactly (its error is about ±0.05): the finding's share is exact.
    const sorted: Uint32Array[] = [];
    const sortedOf = (i: number): Uint32Array => (sorted[i] ??= Uint32Array.from(sets[i]!).sort());
    const exactShare = (x: number, y: number): number => {
      const a = sortedOf(x);
      const b = sortedOf(y);
      let i = 0;
      let j = 0;
      let common = 0;
      while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
          common++;
          i++;
          j++;
        } else if (a[i]! < b[j]!) i++;
        else j++;
      }
      return a.length ? common / a.length : 0;
    };
    // Computed once per report, not once per pair (a large batch has over a million candidate pairs).
    const keys = all.map(agencyKey);
    const years = all.map(reportYear);
    const floor = COPY_SHARE - ESTIMATE_MARGIN;
    const compare = (i: number, j: number): void => {
      // Most candidate pairs share wording, not copying: one pass over the signatures settles them.
      const jac = jaccard(sigs[i]!, sigs[j]!);
      const si = sigs[i]!.size;
      const sj = sigs[j]!.size;
      // (no closure here: this runs for every candidate pair, and tsx names each closure it creates)
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
        const src = all[y]!;
        const whose = oneBody && Math.abs((ya ?? 0) - (yb ?? 0)) === 1 ? '本机关上年度报告' : fileLabel(src);
        addFinding(
          out,
          all[x]!.doc.file,
          fail(this, `本报告约${Math.round(share * 100)}%的文字与${whose}（${src.doc.file}）相同`, {
            actual: Math.round(share * 100) / 100,
            evidence: [],
          }),
        );
      }
    };
    const visited = forEachCandidatePair(sigs, compare);
    const index = new Map(all.map((a, i) => [a, i]));
    for (const { prev, cur } of consecutivePairs(all)) {
      const i = Math.min(index.get(prev)!, index.get(cur)!);
      const j = Math.max(index.get(prev)!, index.get(cur)!);
      if (sigs[i]!.size && sigs[j]!.size && !visited(i, j)) compare(i, j);
    }
    return out;
  },
};
