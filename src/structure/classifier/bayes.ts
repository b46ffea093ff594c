/**
 * The first layer: a multinomial naive Bayes over a paragraph's own features, scored in log space.
 *
 * Its counts are saved in natural's BayesClassifier format (models/sections.json still restores with
 * `natural.BayesClassifier.restore`), but filled and read here, in a few lines: natural's own train()/classify()
 * turn every paragraph into a dense vector over the whole vocabulary (minutes for leave-one-out evaluation), and its
 * Bayes formula multiplies probabilities until they underflow for long paragraphs and ignores absent words, which
 * favours the small classes. The counts are exactly the ones natural's apparatus would keep: per label, documents
 * holding each feature (keyed by the feature's index in `features`, in natural's insertion order) plus smoothing.
 */
import type { ParagraphLabel } from '../../model/types.js';
import { SECTION_LABELS, parseLabel } from './labels.js';
import { prepare } from './features.js';

/** Additive smoothing of the multinomial estimate (0.1 chosen among 0.01–1 by leave-one-out on the dev corpus). */
const ALPHA = 0.1;
/** The smoothing natural's apparatus adds to every stored count (its default). */
const STORED_SMOOTHING = 1;

/** natural's serialised BayesClassifier, as saved in models/sections.json. */
export interface BayesCounts {
  classifier: {
    /** label → feature index → documents of that label holding the feature, plus STORED_SMOOTHING */
    classFeatures: Record<string, Record<string, number>>;
    /** label → documents of that label, plus 1 */
    classTotals: Record<string, number>;
    /** all documents, plus 1 */
    totalExamples: number;
    smoothing: number;
  };
  docs: unknown[];
  /** feature → occurrences; its key order gives each feature's index */
  features: Record<string, number>;
  lastAdded: number;
}

export interface SectionModelFile {
  version: 1;
  kind: 'natural.BayesClassifier';
  trainedOn: string[];
  paragraphs: number;
  classifier: BayesCounts;
}

export interface LabelledText {
  text: string;
  label: ParagraphLabel;
}

/** Counts of labelled paragraphs, as natural's addDocument and its apparatus's sparse addExample would keep them. */
export function countExamples(examples: LabelledText[]): BayesCounts {
  // plain objects on purpose: their key order (integer-like keys first) is the feature index natural uses
  const features: Record<string, number> = {};
  const rows: { feats: string[]; label: string }[] = [];
  for (const ex of examples) {
    const feats = prepare(ex.text).features;
    if (feats.length === 0) continue;
    for (const f of feats) features[f] = (features[f] ?? 0) + 1;
    rows.push({ feats, label: String(ex.label).trim() });
  }
  const index = new Map<string, number>();
  Object.keys(features).forEach((f, i) => index.set(f, i));
  const classFeatures: Record<string, Record<string, number>> = {};
  const classTotals: Record<string, number> = {};
  let totalExamples = 1;
  for (const r of rows) {
    const counts = (classFeatures[r.label] ??= {});
    classTotals[r.label] = (classTotals[r.label] ?? 1) + 1;
    totalExamples++;
    for (const f of r.feats) {
      const i = String(index.get(f));
      counts[i] = counts[i] ? counts[i] + 1 : 1 + STORED_SMOOTHING;
    }
  }
  return { classifier: { classFeatures, classTotals, totalExamples, smoothing: STORED_SMOOTHING }, docs: [], features, lastAdded: 0 };
}

/** The counts scored as a multinomial naive Bayes over binary feature counts. */
export class BayesModel {
  private readonly index = new Map<string, number>();
  private readonly labels: string[];
  /** per label: log of the estimate's denominator (features seen + α·vocabulary) */
  private readonly logDenominators: number[];
  private readonly logPriors: number[];

  constructor(readonly counts: BayesCounts) {
    Object.keys(counts.features).forEach((f, i) => this.index.set(f, i));
    const c = counts.classifier;
    this.labels = Object.keys(c.classFeatures);
    const v = this.index.size;
    this.logDenominators = this.labels.map((label) => {
      const feats = c.classFeatures[label] ?? {};
      let sum = 0;
      for (const k in feats) sum += (feats[k] ?? 0) - c.smoothing;
      return Math.log(sum + ALPHA * v);
    });
    this.logPriors = this.labels.map((label) => Math.log((c.classTotals[label] ?? 0) / c.totalExamples));
  }

  /** Posterior probability of every label (sums to 1) from a paragraph's features. */
  scores(features: string[]): Map<ParagraphLabel, number> {
    const c = this.counts.classifier;
    const obs = features.map((f) => this.index.get(f)).filter((i): i is number => i !== undefined);
    const logs = this.labels.map((label, k) => {
      const feats = c.classFeatures[label] ?? {};
      const d = this.logDenominators[k] ?? 0;
      let lp = 0;
      for (const i of obs) {
        const stored = feats[i];
        lp += Math.log((stored !== undefined ? stored - c.smoothing : 0) + ALPHA) - d;
      }
      lp += this.logPriors[k] ?? 0;
      return lp;
    });
    const max = Math.max(...logs);
    const exps = logs.map((l) => Math.exp(l - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    const out = new Map<ParagraphLabel, number>();
    this.labels.forEach((label, k) => out.set(parseLabel(label), (exps[k] ?? 0) / sum));
    for (const l of SECTION_LABELS) if (!out.has(l)) out.set(l, 0);
    return out;
  }

  toFile(trainedOn: string[], paragraphs: number): SectionModelFile {
    return { version: 1, kind: 'natural.BayesClassifier', trainedOn, paragraphs, classifier: this.counts };
  }
}
