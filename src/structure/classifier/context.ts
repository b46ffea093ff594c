/**
 * The second layer: a multinomial logistic regression over sparse feature groups (features.ts), with an optional
 * stacked pass of the same form on top, and its sparse AdaGrad fit.
 *
 * Why hand-written: natural's LogisticRegressionClassifier is binary one-vs-rest over dense vocabulary vectors
 * (sylvester matrices; ~50 000 features × 8 labels × every paragraph per step) and its MaxEnt trains by GIS over all
 * feature/label pairs: both far too slow to retrain once per agency in the leave-one-agency-out evaluation. Sparse
 * AdaGrad on a softmax is ~60 lines and trains in about a second.
 */
import { LABEL_COUNT, SECTION_LABELS } from './labels.js';
import { featureValues, withStackFeatures, type FeatureGroups } from './features.js';

export interface ContextModelFile {
  version: 1;
  kind: 'nianbao.SectionContextModel';
  trainedOn: string[];
  paragraphs: number;
  labels: string[];
  bias: number[];
  /** feature → one weight per label (rounded; features whose weights are all near 0 left out) */
  weights: Record<string, number[]>;
  /** the stacked second pass (same form), absent in files written before it existed */
  stacked?: ContextWeights;
}

/** Weights of one pass of the context model. */
export interface ContextWeights {
  bias: number[];
  weights: Record<string, number[]>;
}

/** Weights below this (in every label) are dropped from the saved file: keeps it small, changes no decision measurably. */
const PRUNE = 0.02;

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

export class ContextModel {
  constructor(
    private readonly weightsMap: Map<string, Float64Array>,
    private readonly biasArray: Float64Array,
    /** The second pass (stacked on this one's labels of the neighbours), when trained. */
    readonly stacked: ContextModel | null = null,
  ) {}

  static fromFile(file: ContextModelFile | ContextWeights): ContextModel {
    const w = new Map<string, Float64Array>();
    for (const [f, v] of Object.entries(file.weights)) w.set(f, Float64Array.from(v));
    const stacked = 'stacked' in file && file.stacked ? ContextModel.fromFile(file.stacked) : null;
    return new ContextModel(w, Float64Array.from(file.bias), stacked);
  }

  /**
   * Probabilities of every content paragraph of a report: this pass per paragraph, then (when trained) the
   * stacked pass, which also sees what this pass says of the paragraph's neighbours and of the report before and
   * after it. Still one paragraph at a time (argmax per paragraph), no order constraint.
   */
  documentProbabilities(groups: FeatureGroups[]): number[][] {
    const first = groups.map((g) => this.probabilities(g));
    if (!this.stacked) return first;
    const stacked = this.stacked;
    return withStackFeatures(groups, first).map((g) => stacked.probabilities(g));
  }

  /** This pass with a stacked pass on top. */
  withStacked(stacked: ContextModel): ContextModel {
    return new ContextModel(this.weightsMap, this.biasArray, stacked);
  }

  /** Probabilities in the order of SECTION_LABELS. */
  probabilities(g: FeatureGroups): number[] {
    const z = Array.from(this.biasArray);
    const values = featureValues(g);
    g.flat().forEach((f, q) => {
      const row = this.weightsMap.get(f);
      const v = values[q] ?? 0;
      if (row) for (let c = 0; c < LABEL_COUNT; c++) z[c] = (z[c] ?? 0) + (row[c] ?? 0) * v;
    });
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  }

  private toWeights(): ContextWeights {
    const weights: Record<string, number[]> = {};
    for (const [f, row] of this.weightsMap) {
      if (row.every((v) => Math.abs(v) < PRUNE)) continue;
      weights[f] = Array.from(row, round3);
    }
    return { bias: Array.from(this.biasArray, round3), weights };
  }

  toFile(trainedOn: string[], paragraphs: number): ContextModelFile {
    return {
      version: 1,
      kind: 'nianbao.SectionContextModel',
      trainedOn,
      paragraphs,
      labels: SECTION_LABELS.map(String),
      ...this.toWeights(),
      ...(this.stacked ? { stacked: this.stacked.toWeights() } : {}),
    };
  }
}

/** Training: passes over the data, AdaGrad step, L2 (8 / 0.1 / 1e-5 chosen by leave-one-agency-out). */
const EPOCHS = 8;
const STEP = 0.1;
const L2 = 1e-5;
/**
 * Gradients below this (a label the model already gives ~0 to, or the right label at ~1) are not applied: after
 * the first epoch most paragraphs are classified with near certainty, and skipping those updates makes a fit
 * faster without a measurable change in accuracy (leave-one-agency-out).
 */
const GRAD_SKIP = 1e-3;

export interface ContextExample {
  groups: FeatureGroups;
  /** index into SECTION_LABELS */
  label: number;
}

interface ExampleRow {
  ix: Int32Array;
  v: Float64Array;
}

/**
 * Feature ids and values of training examples, shared by the fits of one training run: the cross-fitted passes
 * fit the same examples five times over, and turning feature names into ids is a good part of each fit's cost.
 */
export class FeatureInterner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private readonly rows = new WeakMap<ContextExample, ExampleRow>();

  row(e: ContextExample): ExampleRow {
    let r = this.rows.get(e);
    if (!r) {
      r = { ix: Int32Array.from(e.groups.flat(), (f) => this.id(f)), v: Float64Array.from(featureValues(e.groups)) };
      this.rows.set(e, r);
    }
    return r;
  }

  private id(f: string): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(f, id);
      this.names.push(f);
    }
    return id;
  }
}

/** Deterministic shuffle (same data → same model): a linear congruential generator, seeded 1. */
function shuffler(): <T>(rows: T[]) => void {
  let seed = 1;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return (rows) => {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      const t = rows[i] as (typeof rows)[number];
      rows[i] = rows[j] as (typeof rows)[number];
      rows[j] = t;
    }
  };
}

/**
 * Sparse AdaGrad on the softmax. Typed arrays are read with `as number`: every index below is in range by
 * construction (feature ids < size, labels < LABEL_COUNT), and a fallback in the inner loops would cost the fit.
 */
export function fitContextModel(examples: ContextExample[], interner = new FeatureInterner()): ContextModel {
  const NL = LABEL_COUNT;
  const rows = examples.map((e) => ({ ...interner.row(e), y: e.label }));
  const size = interner.names.length;
  const W = new Float64Array(size * NL);
  const G = new Float64Array(size * NL);
  const used = new Uint8Array(size);
  for (const r of rows) for (const i of r.ix) used[i] = 1;
  const b = new Float64Array(NL);
  const Gb = new Float64Array(NL);
  const shuffle = shuffler();
  const z = new Float64Array(NL);
  const active = new Int32Array(NL);
  const grad = new Float64Array(NL);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(rows);
    for (const r of rows) {
      const ix = r.ix;
      const vs = r.v;
      const nf = ix.length;
      for (let c = 0; c < NL; c++) z[c] = b[c] as number;
      for (let q = 0; q < nf; q++) {
        const base = (ix[q] as number) * NL;
        const v = vs[q] as number;
        for (let c = 0; c < NL; c++) z[c] = (z[c] as number) + (W[base + c] as number) * v;
      }
      let m = -Infinity;
      for (let c = 0; c < NL; c++) m = Math.max(m, z[c] as number);
      let sum = 0;
      for (let c = 0; c < NL; c++) sum += z[c] = Math.exp((z[c] as number) - m);
      // the labels whose gradient is worth applying, then one pass over the features (their weights are adjacent)
      let na = 0;
      for (let c = 0; c < NL; c++) {
        const g = (z[c] as number) / sum - (c === r.y ? 1 : 0);
        if (Math.abs(g) < GRAD_SKIP) continue;
        active[na] = c;
        grad[na++] = g;
        Gb[c] = (Gb[c] as number) + g * g;
        b[c] = (b[c] as number) - (STEP * g) / Math.sqrt((Gb[c] as number) + 1e-8);
      }
      if (na === 0) continue;
      for (let q = 0; q < nf; q++) {
        const base = (ix[q] as number) * NL;
        const v = vs[q] as number;
        for (let a = 0; a < na; a++) {
          const k = base + (active[a] as number);
          const gk = (grad[a] as number) * v + L2 * (W[k] as number);
          G[k] = (G[k] as number) + gk * gk;
          W[k] = (W[k] as number) - (STEP * gk) / Math.sqrt((G[k] as number) + 1e-8);
        }
      }
    }
  }
  const weights = new Map<string, Float64Array>();
  interner.names.forEach((name, i) => {
    if (used[i]) weights.set(name, W.slice(i * NL, (i + 1) * NL));
  });
  return new ContextModel(weights, b);
}
