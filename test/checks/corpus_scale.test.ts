/**
 * The corpus rules' large-batch paths (one pass over LSH buckets, name-indexed year pairing, shingles
 * carried from the worker) give what the direct definitions give.
 */
import { describe, expect, it } from 'vitest';
import type { ReportAnalysis } from '../../src/model/types.js';
import { build, reportText, T4_QINGSHI } from './fixtures/builder.js';
import { PROSE_A, PROSE_B } from './fixtures/prose.js';
import { BAND_ROWS, bandBuckets, candidatePairs, newPaired, equalPositions, forEachCandidatePair, HASHES, MAX_BUCKET, SHINGLE, shingles, type Signature } from '../../src/checks/minhash.js';
import { consecutivePairs, corpusItems, corpusReportOf, sameBody } from '../../src/checks/corpus.js';
import { decodeShingles, nearDuplicate, proseShingles, TEMPLATE_SHARE, templateShingles, type NearDuplicateSummary } from '../../src/checks/rules/near_duplicate.js';
import { runCorpusRules, runCorpusSummaries, summariseForCorpus, type CorpusSummary } from '../../src/checks/index.js';
import { fmix32, fnv1a, mulberry32 } from '../../src/util/random.js';
import { at } from '../../src/util/at.js';

/** Signatures over a tiny alphabet, so bands collide often and one band value fills an oversized bucket. */
function collidingSignatures(n: number, seed: number): Signature[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    if (i % 17 === 0) return { mins: new Uint32Array(0), size: 0 };
    const mins = new Uint32Array(HASHES).map(() => Math.floor(rnd() * 3));
    if (i % 2 === 0) mins.fill(7, 0, BAND_ROWS); // band 0: one value shared by half the batch
    return { mins, size: 400 };
  });
}

/** The definition: pairs sharing a band value in a bucket of at most MAX_BUCKET reports, first meeting first. */
function referencePairs(sigs: Signature[]): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (let band = 0; band + BAND_ROWS <= HASHES; band += BAND_ROWS) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((s, i) => {
      if (!s.size) return;
      const key = Array.from(s.mins.subarray(band, band + BAND_ROWS)).join(',');
      buckets.set(key, [...(buckets.get(key) ?? []), i]);
    });
    for (const list of buckets.values()) {
      if (list.length > MAX_BUCKET) continue;
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++)
          if (!seen.has(`${list[x]},${list[y]}`)) {
            seen.add(`${list[x]},${list[y]}`);
            out.push([at(list, x), at(list, y)]);
          }
    }
  }
  return out;
}

describe('LSH candidate pairs without a per-pair store', () => {
  it('visits exactly the pairs of the definition, once each', () => {
    const sigs = collidingSignatures(2 * MAX_BUCKET + 60, 11);
    const expected = referencePairs(sigs);
    expect(expected.length).toBeGreaterThan(1000);
    const byPair = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
    const visited = candidatePairs(sigs);
    expect(visited).toHaveLength(expected.length);
    expect([...visited].sort(byPair)).toEqual([...expected].sort(byPair));
  });
  it('answers whether a pair was visited, counting skipped buckets as not visited', () => {
    const sigs = collidingSignatures(2 * MAX_BUCKET + 60, 5);
    const expected = new Set(referencePairs(sigs).map(([i, j]) => `${i},${j}`));
    const visited = forEachCandidatePair(sigs, () => {});
    for (let i = 0; i < 60; i++) for (let j = i + 1; j < sigs.length; j += 7) expect(visited(i, j)).toBe(expected.has(`${i},${j}`));
  });
});

describe('year pairing by name index', () => {
  it('finds the same (last year, this year) pairs as comparing every report with every report', () => {
    const names = ['洪泽区人民政府', '淮安市洪泽区人民政府', '江苏省淮安市洪泽区人民政府', '人民政府', '青石县人民政府', '白河县人民政府', '青石县人民政府办公室', null];
    const all: ReportAnalysis[] = [];
    for (let i = 0; i < 40; i++) all.push(build({ year: 2019 + (i % 4), agency: at(names, (i * 3) % names.length), file: `r${i}.txt` }));
    const brute: { prev: ReportAnalysis; cur: ReportAnalysis }[] = [];
    const key = (a: ReportAnalysis) => a.doc.meta.agency;
    for (const cur of all)
      for (const prev of all) if (key(cur) && key(prev) && prev.doc.meta.year === cur.doc.meta.year! - 1 && sameBody(key(prev), key(cur))) brute.push({ prev, cur });
    const pairs = consecutivePairs(all.map((a) => ({ report: corpusReportOf(a), a })));
    expect(pairs.length).toBeGreaterThan(20);
    expect(pairs.map((p) => [p.prev.a.doc.file, p.cur.a.doc.file])).toEqual(brute.map((p) => [p.prev.doc.file, p.cur.doc.file]));
  });
});

describe('near_duplicate in a batch (shingles computed in the worker)', () => {
  const report = (agency: string, file: string, prose: Partial<Record<1 | 4, string>>) =>
    build({ year: 2022, agency, file, cells: T4_QINGSHI, text: reportText({ year: 2022, agency, prose }) });
  const throughJson = (a: ReportAnalysis) => JSON.parse(JSON.stringify(summariseForCorpus(a))) as CorpusSummary;

  it('finds from summaries that crossed JSON what it finds on the full analyses, keeping no text', () => {
    const all = [report('青石县人民政府', 'qingshi.txt', { 1: PROSE_A }), report('白河县人民政府', 'baihe.txt', { 1: PROSE_A }), report('青石县市场监督管理局', 'scj.txt', { 1: PROSE_B })];
    const summaries = all.map(throughJson);
    expect(JSON.stringify(summaries)).not.toContain(PROSE_A.slice(0, 20));
    const batch = runCorpusSummaries(summaries);
    expect([...batch.keys()].sort()).toEqual(['qingshi.txt']); // the pair copies both ways: one finding for it
    expect(batch).toEqual(runCorpusRules(all));
  });
  it('does not count text inside a table as prose', () => {
    // Identical wording only inside 表四's span: the tables stage cut it, so it is not copied prose.
    const all = [report('青石县人民政府', 'qingshi.txt', { 1: PROSE_B.slice(0, 200), 4: PROSE_A }), report('白河县人民政府', 'baihe.txt', { 4: PROSE_A })];
    expect(nearDuplicate.run(corpusItems(nearDuplicate, all)).size).toBe(0);
  });
  it('carries the shingles through JSON unchanged', () => {
    const a = report('青石县人民政府', 'qingshi.txt', { 1: PROSE_A });
    const back = decodeShingles((throughJson(a).rules.near_duplicate as NearDuplicateSummary).prose);
    expect(back).toEqual(proseShingles(a));
    expect(back.length).toBeGreaterThan(300);
  });
});

describe('shingles', () => {
  it('are the FNV-1a hashes of every 5-character window that no | cuts, in text order', () => {
    const text = `${PROSE_A.replace(/[，。、]/g, '|')}|短|${PROSE_B.slice(0, 40)}`;
    const expected = new Set<number>();
    for (const piece of text.split('|')) for (let i = 0; i + SHINGLE <= piece.length; i++) expected.add(fnv1a(piece.slice(i, i + SHINGLE)));
    expect(text.split('|').length).toBeGreaterThan(5);
    expect([...shingles(text)]).toEqual([...expected]);
    expect(shingles('四个字|')).toEqual(new Set());
  });
});

describe('template shingles by bucket counts', () => {
  it('are exactly the shingles in more than TEMPLATE_SHARE of the reports, low bits colliding or not', () => {
    const rnd = mulberry32(5);
    // 40 reports; shingles drawn from a pool where many share their low 16 bits (one bucket)
    const pool = Array.from({ length: 400 }, (_, k) => ((k % 7) * 0x10000 + (k % 3 === 0 ? 0x1234 : k)) >>> 0);
    const common = [0xdeadbeef, 0x00011234, 0xfffe1234];
    const sets = Array.from({ length: 40 }, (_, r) => {
      const s = new Set<number>(pool.filter(() => rnd() < 0.25));
      if (r % 2 === 0) common.forEach((c) => s.add(c));
      return Uint32Array.from(s).sort();
    });
    const counts = new Map<number, number>();
    for (const s of sets) for (const x of s) counts.set(x | 0, (counts.get(x | 0) ?? 0) + 1);
    const expected = [...counts].filter(([, n]) => n > TEMPLATE_SHARE * sets.length).map(([x]) => x).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(3);
    expect([...templateShingles(sets)].sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('equal signature positions with a floor', () => {
  it('counts exactly, or gives -1 exactly when the count is below the floor', () => {
    const sigs = collidingSignatures(40, 9).filter((s) => s.size);
    for (let a = 0; a < sigs.length; a++)
      for (let b = a + 1; b < sigs.length; b += 3) {
        let eq = 0;
        for (let k = 0; k < HASHES; k++) if (at(sigs, a).mins[k] === at(sigs, b).mins[k]) eq++;
        for (const floor of [0, eq - 1, eq, eq + 1, HASHES]) expect(equalPositions(at(sigs, a), at(sigs, b), floor)).toBe(eq < floor ? -1 : eq);
      }
  });
});

describe('LSH buckets', () => {
  it('keeps apart reports whose band values differ though their hashes are equal', () => {
    // Two value triples with the same 32-bit hash, found by brute force (birthday bound: about 2^16 tries).
    const hashOf = (v: readonly number[]) => v.reduce((h, x) => fmix32(h ^ x), 0) >>> 0;
    const first = new Map<number, number[]>();
    let pair: [number[], number[]] | null = null;
    for (let k = 1; !pair; k++) {
      const v = [k, k * 7 + 1, k * 13 + 5];
      const h = hashOf(v);
      const other = first.get(h);
      if (other) pair = [other, v];
      else first.set(h, v);
    }
    const [a, b] = pair;
    const sig = (v: readonly number[]): Signature => {
      const mins = new Uint32Array(HASHES).map((_, r) => 1000 + r);
      mins.set(v, 0);
      return { mins, size: 300 };
    };
    // band 0 holds a, b, a, b; every other band is equal for all four
    const sigs = [sig(a), sig(b), sig(a), sig(b)];
    const paired = newPaired(sigs.length);
    const band0 = bandBuckets(sigs, [0], paired).get(0)?.map((l) => [...l]);
    expect(band0?.sort((x, y) => at(x, 0) - at(y, 0))).toEqual([[0, 2], [1, 3]]);
  });
});
