/**
 * Paragraph → section classifier: natural's BayesClassifier over jieba tokens, trained by
 * `npm run train:sections` (scripts/train-sections.ts) and stored as JSON in models/sections.json.
 * Loaded lazily, once; nothing is trained at start-up.
 *
 * Why not natural's own train()/classify(): they turn every paragraph into a dense vector over the whole
 * vocabulary (O(vocabulary × tokens) each; minutes for leave-one-out evaluation), and its Bayes formula multiplies
 * probabilities until they underflow to 0 for long paragraphs and ignores absent words, which favours the small
 * classes. So the model is filled through the sparse `addExample` of the apparatus classifier inside natural's
 * (keyed by feature index exactly as natural's dense vectors are; the saved file stays a natural classifier that
 * `BayesClassifier.restore` accepts), and its counts are read as a multinomial naive Bayes scored in log space.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { ParagraphLabel } from '../model/types.js';
import { tokensForModel } from '../nlp/segment.js';

/** Additive smoothing of the multinomial estimate (0.1 chosen among 0.01–1 by leave-one-out on the dev corpus). */
const ALPHA = 0.1;

export const SECTION_LABELS: ParagraphLabel[] = ['preamble', 1, 2, 3, 4, 5, 6, 'boilerplate'];
const here = dirname(fileURLToPath(import.meta.url));
/** models/sections.json at the repository root (from src/structure or from its built copy under dist/). */
export const MODEL_PATH = [resolve(here, '../../models/sections.json'), resolve(here, '../../../models/sections.json')].find(
  (p) => existsSync(p),
) ?? resolve(here, '../../models/sections.json');

/** Features of a paragraph: content tokens and token pairs, plus a few shape markers (tables, pipes, length). */
export function paragraphFeatures(text: string): string[] {
  const feats = tokensForModel(text);
  // adjacent pairs (主动_公开, 结果_纠正) tell apart sections that share their words
  const n = feats.length;
  for (let i = 0; i + 1 < n; i++) feats.push(`${feats[i]}_${feats[i + 1]}`);
  const digits = (text.match(/\d/g) ?? []).length;
  const compact = text.replace(/\s/g, '');
  if (compact.length > 0 && digits / compact.length > 0.3) feats.push('__numeric');
  if (text.includes('|')) feats.push('__pipe');
  if (compact.length < 20) feats.push('__short');
  else if (compact.length > 150) feats.push('__long');
  if (/^\s*[((][一二三四五六七八九十]+[))]/.test(text)) feats.push('__subitem');
  if (/^\s*(?:一是|首先)/.test(text)) feats.push('__enum');
  return [...new Set(feats)];
}

interface NaturalBayesClass {
  new (): NaturalBayes & { addDocument(t: string[], l: string): void };
  restore(c: Record<string, unknown>): NaturalBayes;
}

/**
 * natural's BayesClassifier, required on first use from its own file: the package's index loads every module
 * it has (WordNet, storage back-ends, …), over a second of start-up for one classifier.
 */
let naturalBayes: NaturalBayesClass | null = null;
function NaturalBayesClassifier(): NaturalBayesClass {
  naturalBayes ??= createRequire(import.meta.url)('natural/lib/natural/classifiers/bayes_classifier.js') as NaturalBayesClass;
  return naturalBayes;
}

interface ApparatusBayes {
  classFeatures: Record<string, Record<string, number>>;
  classTotals: Record<string, number>;
  totalExamples: number;
  smoothing: number;
  addExample(observation: Record<string, number>, label: string): void;
}
interface NaturalBayes {
  classifier: ApparatusBayes;
  features: Record<string, number>;
  docs: unknown[];
}

export interface SectionModelFile {
  version: 1;
  kind: 'natural.BayesClassifier';
  trainedOn: string[];
  paragraphs: number;
  classifier: unknown;
}

/** A loaded model ready to score paragraphs. */
export class SectionClassifier {
  private readonly index = new Map<string, number>();
  private readonly labels: string[];
  constructor(private readonly bayes: NaturalBayes) {
    // Index of a feature = its position in natural's dense vectors (insertion order of `features`).
    Object.keys(bayes.features).forEach((f, i) => this.index.set(f, i));
    this.labels = Object.keys(bayes.classifier.classFeatures);
  }

  /** Per label: log of the denominator of the multinomial estimate (tokens seen + α·vocabulary). */
  private logDenominators(): Map<string, number> {
    if (!this.denoms) {
      const c = this.bayes.classifier;
      const v = this.index.size;
      this.denoms = new Map();
      for (const label of this.labels) {
        let sum = 0;
        for (const k in c.classFeatures[label]!) sum += c.classFeatures[label]![k]! - c.smoothing;
        this.denoms.set(label, Math.log(sum + ALPHA * v));
      }
    }
    return this.denoms;
  }
  private denoms: Map<string, number> | null = null;

  /**
   * Posterior probabilities of each label (sums to 1). The stored counts (documents holding each feature per
   * label, +smoothing) are read as a multinomial naive Bayes over binary token counts: apparatus's own formula
   * leaves out absent features, which favours small classes for every unseen word.
   */
  scores(text: string): Map<ParagraphLabel, number> {
    const c = this.bayes.classifier;
    const denoms = this.logDenominators();
    const obs = paragraphFeatures(text)
      .map((f) => this.index.get(f))
      .filter((i): i is number => i !== undefined);
    const logs = this.labels.map((label) => {
      const feats = c.classFeatures[label]!;
      const d = denoms.get(label)!;
      let lp = 0;
      for (const i of obs) lp += Math.log((feats[i] !== undefined ? feats[i]! - c.smoothing : 0) + ALPHA) - d;
      lp += Math.log(c.classTotals[label]! / c.totalExamples);
      return lp;
    });
    const max = Math.max(...logs);
    const exps = logs.map((l) => Math.exp(l - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    const out = new Map<ParagraphLabel, number>();
    this.labels.forEach((label, k) => out.set(parseLabel(label), exps[k]! / sum));
    for (const l of SECTION_LABELS) if (!out.has(l)) out.set(l, 0);
    return out;
  }

  /**
   * Probabilities for decoding a sequence: a paragraph without a word (a cell of bare numbers) says which
   * section it is in only through its neighbours, so it gets no evidence of its own; otherwise runs of digits
   * (common in 表三 printed a cell per line) would outvote the header cells of the table they belong to.
   */
  sequenceScores(text: string): Map<ParagraphLabel, number> {
    if (!paragraphFeatures(text).some((f) => !f.startsWith('__'))) return new Map(SECTION_LABELS.map((l) => [l, 1 / SECTION_LABELS.length]));
    return this.scores(text);
  }

  classify(text: string): ParagraphLabel {
    let best: ParagraphLabel = 1;
    let bp = -1;
    for (const [l, p] of this.scores(text)) if (p > bp) [best, bp] = [l, p];
    return best;
  }
}

function parseLabel(s: string): ParagraphLabel {
  return s === 'preamble' || s === 'boilerplate' ? s : (Number(s) as ParagraphLabel);
}

export interface TrainingParagraph {
  text: string;
  label: ParagraphLabel;
}

/** Train a natural BayesClassifier on labelled paragraphs (sparse fill, see the file comment). */
export function trainSectionClassifier(examples: TrainingParagraph[]): SectionClassifier {
  return new SectionClassifier(trainNatural(examples));
}

function trainNatural(examples: TrainingParagraph[]): NaturalBayes {
  const Bayes = NaturalBayesClassifier();
  const nb = new Bayes();
  const rows: { feats: string[]; label: string }[] = [];
  for (const ex of examples) {
    const feats = paragraphFeatures(ex.text);
    if (feats.length === 0) continue;
    nb.addDocument(feats, String(ex.label));
    rows.push({ feats, label: String(ex.label) });
  }
  const index = new Map<string, number>();
  Object.keys(nb.features).forEach((f, i) => index.set(f, i));
  for (const r of rows) {
    const obs: Record<string, number> = {};
    r.feats.forEach((f, k) => (obs[k] = index.get(f)!));
    nb.classifier.addExample(obs, r.label);
    // apparatus counts examples only on its dense path; keep the totals its formula needs
    nb.classifier.classTotals[r.label]!++;
    nb.classifier.totalExamples++;
  }
  nb.docs = [];
  return nb;
}

/** The JSON written to models/sections.json (natural's serialisation, without the training documents). */
export function trainModelFile(examples: TrainingParagraph[], trainedOn: string[]): SectionModelFile {
  const nb = trainNatural(examples);
  const plain = JSON.parse(JSON.stringify(nb, (k, v) => (k === 'stemmer' || k === 'Threads' ? undefined : v))) as Record<string, unknown>;
  delete plain['_events'];
  delete plain['_eventsCount'];
  delete plain['_maxListeners'];
  return { version: 1, kind: 'natural.BayesClassifier', trainedOn, paragraphs: examples.length, classifier: plain };
}

export function classifierFromModelFile(file: SectionModelFile): SectionClassifier {
  const restored = NaturalBayesClassifier().restore(file.classifier as Record<string, unknown>);
  return new SectionClassifier(restored);
}

let loaded: SectionClassifier | null | undefined;

/** The trained model from models/sections.json, loaded on first use; null when the file is missing. */
export function sectionClassifier(): SectionClassifier | null {
  if (loaded === undefined) {
    loaded = existsSync(MODEL_PATH)
      ? classifierFromModelFile(JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as SectionModelFile)
      : null;
  }
  return loaded;
}
