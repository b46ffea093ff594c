/**
 * The default embedder, offline and dependency-light: jieba features → tf-idf → latent semantic analysis
 * (a rank-k projection from a truncated SVD, ml-matrix for the small dense decompositions) → unit vectors.
 *
 * tf-idf weights come from natural.TfIdf: measured on 100,000 statements (scripts/bench-themes.ts --natural) it
 * adds the documents in 0.3 s and lists every document's terms in 1.3 s, fast enough (jieba takes ≈ 9 s).
 *
 * The SVD is a randomized range finder (Halko, Martinsson & Tropp 2011) fitted on a deterministic sample of at
 * most `fitSample` rows, so it is fast at any corpus size; every row is then projected onto the right singular
 * vectors. The random test matrix comes from a seeded generator: the same input gives the same vectors.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
// the tf-idf module alone: natural's index loads every storage backend (mongoose, pg, redis) and their
// dotenv banners, ≈ 4 s and noise on stdout
import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import type { Embedder } from '../types.js';
import { headlineFeatures } from '../tokens.js';
import { mulberry32 as prng } from '../../util/random.js';
import { orthonormalFactor } from './qr.js';

export interface LsaOptions {
  /** Target dimensions (default 100; never more than the corpus allows). */
  dimensions?: number;
  /** Rows used to fit the SVD (default 4000). */
  fitSample?: number;
  /** Terms kept, by document frequency (default 20000). */
  maxTerms?: number;
  /** Seed of the random test matrix. */
  seed?: number;
  /** Texts used only to fit the vocabulary and the projection (e.g. measures), not embedded. */
  background?: string[];
  /** Tokeniser (default: headlineFeatures — jieba words without stop words plus domain concepts, first sentence only). */
  features?: (text: string) => string[];
}

export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}


function gaussian(rand: () => number): () => number {
  return () => {
    const u = Math.max(rand(), 1e-12);
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/**
 * tf-idf rows (natural.TfIdf weights: raw tf × (1 + ln(N / (1 + df))), L2-normalised) over the `maxTerms`
 * most frequent terms. `docs` must be the first rows of `fitDocs` (the rest are background).
 */
export function tfidfRows(docs: string[][], maxTerms: number, fitDocs: string[][] = docs): { rows: SparseRow[]; vocab: string[] } {
  const df = new Map<string, number>();
  for (const d of fitDocs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const minDf = fitDocs.length > 2000 ? 2 : 1;
  const terms = [...df.entries()]
    .filter(([, n]) => n >= minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, maxTerms)
    .map(([t]) => t);
  const index = new Map(terms.map((t, i) => [t, i] as const));
  const tfidf = new TfIdf();
  for (const d of fitDocs) tfidf.addDocument(d);
  // a document listed again (the same statement in many reports: the same features array) has the same row
  const known = new Map<string[], SparseRow>();
  const rows = docs.map((doc, i) => {
    const seen = known.get(doc);
    if (seen) return seen;
    const weights = new Map<number, number>();
    for (const { term, tfidf: w } of tfidf.listTerms(i)) {
      const k = index.get(term);
      if (k !== undefined && w > 0) weights.set(k, w);
    }
    const idx = Int32Array.from([...weights.keys()].sort((a, b) => a - b));
    const val = Float64Array.from(idx, (k) => weights.get(k) ?? 0);
    const norm = Math.sqrt(val.reduce((s, v) => s + v * v, 0)) || 1;
    for (let k = 0; k < val.length; k++) val[k] = (val[k] ?? 0) / norm;
    const row = { idx, val };
    known.set(doc, row);
    return row;
  });
  return { rows, vocab: terms };
}

/** Y = X·M for sparse X (rows) and dense M (nTerms × l, row-major); Y is rows × l, column-major. */
function sparseTimesDense(rows: SparseRow[], m: Float64Array, l: number): Float64Array {
  const n = rows.length;
  const out = new Float64Array(n * l);
  const acc = new Float64Array(l);
  rows.forEach((r, i) => {
    acc.fill(0);
    r.idx.forEach((t, k) => {
      const base = t * l;
      const v = r.val[k] ?? 0;
      for (let j = 0; j < l; j++) acc[j] = (acc[j] ?? 0) + v * (m[base + j] ?? 0);
    });
    acc.forEach((x, j) => (out[j * n + i] = x));
  });
  return out;
}

/** Z = Xᵀ·Q (nTerms × l, row-major) for sparse X and dense Q (rows × l, column-major). */
function sparseTransposeTimes(rows: SparseRow[], q: Float64Array, l: number, nTerms: number): Float64Array {
  const n = rows.length;
  const out = new Float64Array(nTerms * l);
  rows.forEach((r, i) => {
    r.idx.forEach((t, k) => {
      const base = t * l;
      const v = r.val[k] ?? 0;
      for (let j = 0; j < l; j++) out[base + j] = (out[base + j] ?? 0) + v * (q[j * n + i] ?? 0);
    });
  });
  return out;
}

/** Right singular vectors (nTerms × k, row-major) of the rows, by randomized SVD with two power iterations. */
export function fitProjection(rows: SparseRow[], nTerms: number, k: number, seed: number): { basis: Float64Array; k: number } {
  const l = Math.min(k + 10, rows.length, nTerms);
  const g = gaussian(prng(seed));
  const omega = new Float64Array(nTerms * l);
  for (let i = 0; i < omega.length; i++) omega[i] = g();
  let q = orthonormalFactor(sparseTimesDense(rows, omega, l), rows.length, l);
  for (let it = 0; it < 2; it++) {
    const z = sparseTransposeTimes(rows, q, l, nTerms);
    q = orthonormalFactor(sparseTimesDense(rows, z, l), rows.length, l);
  }
  // B = Qᵀ X (l × nTerms), kept transposed: bt = Xᵀ Q (nTerms × l)
  const bt = sparseTransposeTimes(rows, q, l, nTerms);
  const btM = new Matrix(nTerms, l);
  for (let t = 0; t < nTerms; t++) for (let j = 0; j < l; j++) btM.set(t, j, bt[t * l + j] ?? 0);
  const gram = btM.transpose().mmul(btM); // B Bᵀ (l × l), symmetric
  const evd = new EigenvalueDecomposition(gram, { assumeSymmetric: true });
  const order = evd.realEigenvalues.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  const kept = order.filter(([v]) => v > 1e-10).slice(0, k);
  const kk = kept.length;
  const basis = new Float64Array(nTerms * kk);
  // V = Bᵀ U Σ⁻¹; a sign convention (largest component positive) keeps vectors identical across runs
  kept.forEach(([lambda, col], c) => {
    const sigma = Math.sqrt(lambda);
    const u = evd.eigenvectorMatrix.getColumn(col);
    const v = new Float64Array(nTerms);
    let maxAbs = 0;
    let sign = 1;
    for (let t = 0; t < nTerms; t++) {
      let s = 0;
      for (let j = 0; j < l; j++) s += (bt[t * l + j] ?? 0) * (u[j] ?? 0);
      const vt = s / sigma;
      v[t] = vt;
      if (Math.abs(vt) > maxAbs) {
        maxAbs = Math.abs(vt);
        sign = vt < 0 ? -1 : 1;
      }
    }
    v.forEach((vt, t) => (basis[t * kk + c] = sign * vt));
  });
  return { basis, k: kk };
}

/** Every `step`-th index: a sample that depends only on the corpus size. */
export function strideSample(n: number, size: number): number[] {
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  const step = n / size;
  return Array.from({ length: size }, (_, i) => Math.floor(i * step));
}

export class LsaEmbedder implements Embedder {
  readonly name = 'lsa';
  constructor(private readonly opts: LsaOptions = {}) {}

  async embed(texts: string[]): Promise<Float32Array[]> {
    return this.embedSync(texts);
  }

  embedSync(texts: string[]): Float32Array[] {
    const features = this.opts.features ?? headlineFeatures;
    // features (jieba) once per distinct text: a statement copied into many reports is tokenised once
    const featuresOf = new Map<string, string[]>();
    const docs = texts.map((t) => {
      let f = featuresOf.get(t);
      if (!f) featuresOf.set(t, (f = features(t)));
      return f;
    });
    const background = (this.opts.background ?? []).map(features);
    const fitDocs = background.length > 0 ? [...docs, ...background] : docs;
    const all = tfidfRows(fitDocs, this.opts.maxTerms ?? 20000, fitDocs);
    const vocab = all.vocab;
    const rows = all.rows.slice(0, docs.length);
    const fitRows = all.rows;
    const sample = strideSample(fitRows.length, this.opts.fitSample ?? 4000).flatMap((i) => fitRows[i] ?? []);
    const k = Math.max(1, Math.min(this.opts.dimensions ?? 100, sample.length - 1, vocab.length - 1));
    if (vocab.length < 2 || sample.length < 2) return rows.map((r) => densify(r, vocab.length));
    const { basis, k: kk } = fitProjection(sample, vocab.length, k, this.opts.seed ?? 20240501);
    const projected = new Map<SparseRow, Float32Array>();
    return rows.map((r) => {
      const seen = projected.get(r);
      if (seen) return seen.slice();
      const out = new Float32Array(kk);
      r.idx.forEach((t, i) => {
        const base = t * kk;
        const v = r.val[i] ?? 0;
        for (let j = 0; j < kk; j++) out[j] = (out[j] ?? 0) + v * (basis[base + j] ?? 0);
      });
      normalizeInPlace(out);
      projected.set(r, out);
      return out.slice();
    });
  }
}

function densify(r: SparseRow, n: number): Float32Array {
  const out = new Float32Array(Math.max(1, n));
  r.idx.forEach((i, k) => (out[i] = r.val[k] ?? 0));
  return out;
}

export function normalizeInPlace(v: Float32Array): Float32Array {
  let s = 0;
  for (const x of v) s += x * x;
  s = Math.sqrt(s);
  if (s > 0) v.forEach((x, i) => (v[i] = x / s));
  return v;
}
