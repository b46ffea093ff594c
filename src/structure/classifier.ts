/**
 * Paragraph → section classifier, in two layers trained by `npm run train:sections` (scripts/train-sections.ts):
 *
 * 1. models/sections.json — natural's BayesClassifier over a paragraph's own jieba tokens (text only).
 * 2. models/sections-context.json — a multinomial logistic regression over the paragraph's own tokens and shape,
 *    its neighbours' tokens, its relative position, which cue words occur before and after it in the report, the
 *    section the first layer gives its nearest neighbours (stacking; the first layer's labels on the training
 *    reports are cross-fitted, so the second layer learns how far to trust them on unseen text), and its own words
 *    tagged with the report's era (legacy before 2019: the same prose belongs to another section). On top of it a
 *    second, stacked pass of the same form also sees the labels the first pass gives the paragraph's neighbours
 *    and the rest of the report (cross-fitted too). Both passes label each paragraph on its own (no decoding).
 * Both are loaded lazily, once; nothing is trained at start-up. Without the second file the first serves alone.
 *
 * Why not natural's own train()/classify() for the first layer: they turn every paragraph into a dense vector over
 * the whole vocabulary (O(vocabulary × tokens) each; minutes for leave-one-out evaluation), and its Bayes formula
 * multiplies probabilities until they underflow to 0 for long paragraphs and ignores absent words, which favours
 * the small classes. So the model is filled through the sparse `addExample` of the apparatus classifier inside
 * natural's (keyed by feature index exactly as natural's dense vectors are; the saved file stays a natural
 * classifier that `BayesClassifier.restore` accepts), and its counts are read as a multinomial naive Bayes scored
 * in log space.
 *
 * Why the logistic regression is hand-written: natural's LogisticRegressionClassifier is binary one-vs-rest over
 * dense vocabulary vectors (sylvester matrices; ~50 000 features × 8 labels × every paragraph per step) and its
 * MaxEnt trains by GIS over all feature/label pairs — both far too slow to retrain once per agency in the
 * leave-one-agency-out evaluation. Sparse AdaGrad on a softmax is ~60 lines and trains in about a second.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { ParagraphLabel } from '../model/types.js';
import { tokensForModel } from '../nlp/segment.js';
import { SECTION_CUES } from './lexicon/sections.js';
import { isLegacyYear } from '../model/layouts.js';

/** Additive smoothing of the multinomial estimate (0.1 chosen among 0.01–1 by leave-one-out on the dev corpus). */
const ALPHA = 0.1;

export const SECTION_LABELS: ParagraphLabel[] = ['preamble', 1, 2, 3, 4, 5, 6, 'boilerplate'];
const here = dirname(fileURLToPath(import.meta.url));
/** models/sections.json at the repository root (from src/structure or from its built copy under dist/). */
export const MODEL_PATH = [resolve(here, '../../models/sections.json'), resolve(here, '../../../models/sections.json')].find(
  (p) => existsSync(p),
) ?? resolve(here, '../../models/sections.json');
/** The second layer (context model), beside the first. */
export const CONTEXT_MODEL_PATH = resolve(dirname(MODEL_PATH), 'sections-context.json');

/** Features of a paragraph: content tokens and token pairs, plus a few shape markers (tables, pipes, length). */
export function paragraphFeatures(text: string, tokens: string[] = tokensForModel(text)): string[] {
  const feats = [...tokens];
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

/** A loaded model ready to score paragraphs: the text-only first layer, and the context layer when present. */
export class SectionClassifier {
  private readonly index = new Map<string, number>();
  private readonly labels: string[];
  constructor(
    private readonly bayes: NaturalBayes,
    /** The second layer, or how to load it on first use; null: paragraphs are scored by their own text only. */
    private contextSource: ContextModel | null | (() => ContextModel | null) = null,
  ) {
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

  /** The second layer (loaded on first use: reports with all their headings never need it). */
  get context(): ContextModel | null {
    if (typeof this.contextSource === 'function') this.contextSource = this.contextSource();
    return this.contextSource;
  }

  /**
   * Posterior probabilities of each label from the paragraph's own text (first layer; sums to 1). The stored
   * counts (documents holding each feature per label, +smoothing) are read as a multinomial naive Bayes over
   * binary token counts: apparatus's own formula leaves out absent features, which favours small classes for
   * every unseen word.
   */
  scores(text: string): Map<ParagraphLabel, number> {
    return this.scoresOfFeatures(prepare(text).features);
  }

  private scoresOfFeatures(features: string[]): Map<ParagraphLabel, number> {
    const c = this.bayes.classifier;
    const denoms = this.logDenominators();
    const obs = features.map((f) => this.index.get(f)).filter((i): i is number => i !== undefined);
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
    if (!prepare(text).features.some((f) => !f.startsWith('__'))) return uniform();
    return this.scores(text);
  }

  classify(text: string): ParagraphLabel {
    return argmaxLabel(this.scores(text));
  }

  /** First-layer scores of each paragraph with a word (null for the others). */
  private ownScores(paragraphs: ParagraphTokens[]): (Map<ParagraphLabel, number> | null)[] {
    return paragraphs.map((p) => (p.tokens.length === 0 ? null : this.scoresOfFeatures(p.features)));
  }

  /** First-layer section (index into CONTEXT_LABELS) of each paragraph with a word, -1 for the others. */
  private firstPass(own: (Map<ParagraphLabel, number> | null)[]): number[] {
    return own.map((s) => {
      if (!s) return -1;
      let best = -1;
      let bp = -1;
      CONTEXT_LABELS.forEach((l, k) => {
        const v = s.get(l) ?? 0;
        if (k < 7 && v > bp) [best, bp] = [k, v];
      });
      return best;
    });
  }

  /** Feature groups of every paragraph of a report (its content paragraphs in order, without headings or chrome). */
  contextFeatures(texts: string[]): FeatureGroups[] {
    const paragraphs = texts.map(prepare);
    return documentFeatures(paragraphs, this.firstPass(this.ownScores(paragraphs)));
  }

  /**
   * Per paragraph of a report (content paragraphs in reading order, headings and chrome left out): the
   * probability of each label given the paragraph and its context — the classifier alone, no sequence decoding.
   * Without the context layer, each paragraph's own-text scores.
   */
  documentScores(texts: string[]): Map<ParagraphLabel, number>[] {
    if (!this.context) return texts.map((t) => this.scores(t));
    return this.context.documentProbabilities(this.contextFeatures(texts)).map(toLabelMap);
  }

  /**
   * Probabilities for in-order decoding of a report's paragraphs: the context layer times the first layer's
   * own-text evidence (uniform for wordless cells, as in sequenceScores), renormalised. The product decodes
   * better than either alone (leave-one-agency-out, see src/eval/structure.ts): the context layer is sure of
   * itself where the first layer's softer odds let the order constraint overrule a single paragraph.
   */
  documentSequenceScores(texts: string[]): Map<ParagraphLabel, number>[] {
    if (!this.context) return texts.map((t) => this.sequenceScores(t));
    const model = this.context;
    const paragraphs = texts.map(prepare);
    const ownScores = this.ownScores(paragraphs);
    const groups = documentFeatures(paragraphs, this.firstPass(ownScores));
    const probs = model.documentProbabilities(groups);
    return paragraphs.map((_, i) => {
      const ctx = probs[i]!;
      const own = ownScores[i];
      const q = ctx.map((v, k) => Math.max(v, 1e-9) * (own ? Math.max(own.get(CONTEXT_LABELS[k]!) ?? 0, 1e-9) : 1));
      const z = q.reduce((a, b) => a + b, 0);
      return toLabelMap(q.map((v) => v / z));
    });
  }
}

function uniform(): Map<ParagraphLabel, number> {
  return new Map(SECTION_LABELS.map((l) => [l, 1 / SECTION_LABELS.length]));
}

function argmaxLabel(p: Map<ParagraphLabel, number>): ParagraphLabel {
  let best: ParagraphLabel = 1;
  let bp = -1;
  for (const [l, v] of p) if (v > bp) [best, bp] = [l, v];
  return best;
}

function parseLabel(s: string): ParagraphLabel {
  return s === 'preamble' || s === 'boilerplate' ? s : (Number(s) as ParagraphLabel);
}

export interface TrainingParagraph {
  text: string;
  label: ParagraphLabel;
}

/** Train the first layer only (natural BayesClassifier) on labelled paragraphs (sparse fill, see the file comment). */
export function trainSectionClassifier(examples: TrainingParagraph[]): SectionClassifier {
  return new SectionClassifier(trainNatural(examples));
}

function trainNatural(examples: TrainingParagraph[]): NaturalBayes {
  const Bayes = NaturalBayesClassifier();
  const nb = new Bayes();
  const rows: { feats: string[]; label: string }[] = [];
  for (const ex of examples) {
    const feats = prepare(ex.text).features;
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

function naturalModelFile(nb: NaturalBayes, trainedOn: string[], paragraphs: number): SectionModelFile {
  const plain = JSON.parse(JSON.stringify(nb, (k, v) => (k === 'stemmer' || k === 'Threads' ? undefined : v))) as Record<string, unknown>;
  delete plain['_events'];
  delete plain['_eventsCount'];
  delete plain['_maxListeners'];
  return { version: 1, kind: 'natural.BayesClassifier', trainedOn, paragraphs, classifier: plain };
}

/** The JSON written to models/sections.json (natural's serialisation, without the training documents). */
export function trainModelFile(examples: TrainingParagraph[], trainedOn: string[]): SectionModelFile {
  return naturalModelFile(trainNatural(examples), trainedOn, examples.length);
}

export function classifierFromModelFile(
  file: SectionModelFile,
  context: ContextModelFile | null | (() => ContextModelFile | null) = null,
): SectionClassifier {
  const restored = NaturalBayesClassifier().restore(file.classifier as Record<string, unknown>);
  const load = (): ContextModel | null => {
    const f = typeof context === 'function' ? context() : context;
    return f ? ContextModel.fromFile(f) : null;
  };
  return new SectionClassifier(restored, typeof context === 'function' ? load : load());
}

// ————————————————————————————————— second layer: the context model —————————————————————————————————

/** Labels of the context model, in the order of its weight rows. */
const CONTEXT_LABELS: ParagraphLabel[] = SECTION_LABELS;
const NL = CONTEXT_LABELS.length;

/**
 * A paragraph's features in groups (own, near, doc; stack in the second pass), each scaled to unit length then
 * weighted (NEAR_WEIGHT, DOC_WEIGHT, STACK_WEIGHT):
 * without the split, the many tokens of the neighbours drown the paragraph's own words.
 */
export type FeatureGroups = string[][];
/** Weights of the neighbour and document groups against the paragraph's own (0.5 each chosen among 0.3–1 by leave-one-agency-out). */
const NEAR_WEIGHT = 0.5;
const DOC_WEIGHT = 0.5;
/**
 * Weight of the stacked group (the second pass's view of the first pass's labels around the paragraph): 3 among
 * 0.5–6 by leave-one-agency-out (0.5 → 3: +8 paragraphs; larger no better).
 */
const STACK_WEIGHT = 3;
/** Weight of the era-tagged copy of the paragraph's own words (0.5 among 0.3–1). */
const ERA_WEIGHT = 0.5;

interface ParagraphTokens {
  text: string;
  tokens: string[];
  /** the first layer's features (computed once: jieba and the pairs are most of the cost) */
  features: string[];
}

/**
 * Tokens and features of training paragraphs, memoised while training: the first layer is cross-fitted and the
 * leave-one-out evaluation retrains once per agency, so the same paragraphs would be cut by jieba many times
 * over. Filled only inside training (a batch run that only classifies keeps nothing); bounded, cleared when full.
 */
const prepared = new Map<string, ParagraphTokens>();
const PREPARED_MAX = 30_000;
let training = 0;
function prepare(text: string): ParagraphTokens {
  let p = prepared.get(text);
  if (!p) {
    const tokens = tokensForModel(text);
    p = { text, tokens, features: paragraphFeatures(text, tokens) };
    if (training > 0) {
      if (prepared.size >= PREPARED_MAX) prepared.clear();
      prepared.set(text, p);
    }
  }
  return p;
}

/** Own features for the context model: the first layer's, plus coarse shape buckets and cue words. */
function ownFeatures(p: ParagraphTokens): string[] {
  const f = [...p.features];
  const compact = p.text.replace(/\s/g, '');
  const digits = (p.text.match(/\d/g) ?? []).length;
  const share = compact.length ? digits / compact.length : 0;
  f.push(`__digits${Math.min(4, Math.floor(share * 5))}`);
  const cells = p.text.split('|').length - 1;
  f.push(`__cells${cells === 0 ? 0 : cells < 4 ? 1 : cells < 8 ? 2 : 3}`);
  const len = compact.length;
  f.push(`__length${len < 10 ? 0 : len < 30 ? 1 : len < 80 ? 2 : len < 200 ? 3 : 4}`);
  if (p.tokens.length === 0) f.push('__noword');
  if (/^[\d.\s|%-]+$/.test(p.text)) f.push('__barenumber');
  if (/^\s*\d+[.、]/.test(p.text)) f.push('__arabicitem');
  if (/^\s*[一二三四五六七八九十]+是/.test(p.text)) f.push('__shi');
  for (const c of SECTION_CUES) if (p.text.includes(c)) f.push(`__cue:${c}`);
  return [...new Set(f)];
}

/**
 * Feature groups of a report's content paragraphs. `firstPass`: the first layer's section index per paragraph
 * (-1 for a paragraph without a word), for the stacked features.
 */
function documentFeatures(paragraphs: ParagraphTokens[], firstPass: number[]): FeatureGroups[] {
  const n = paragraphs.length;
  const cues = paragraphs.map((p) => SECTION_CUES.filter((c) => p.text.includes(c)));
  const era = reportEra(paragraphs);
  // cue words and first-layer sections seen anywhere before / after each paragraph
  const before: Set<string>[] = [];
  const after: Set<string>[] = new Array<Set<string>>(n);
  let acc = new Set<string>();
  for (let i = 0; i < n; i++) {
    before.push(acc);
    acc = new Set([...acc, ...cues[i]!, ...(firstPass[i]! >= 0 ? [`§${firstPass[i]}`] : [])]);
  }
  acc = new Set<string>();
  for (let i = n - 1; i >= 0; i--) {
    after[i] = acc;
    acc = new Set([...acc, ...cues[i]!, ...(firstPass[i]! >= 0 ? [`§${firstPass[i]}`] : [])]);
  }
  const offsets: number[] = [];
  let total = 0;
  for (const p of paragraphs) {
    offsets.push(total);
    total += p.text.length;
  }
  return paragraphs.map((p, i) => {
    const own = ownFeatures(p);
    const near: string[] = [];
    if (i > 0) for (const t of paragraphs[i - 1]!.tokens) near.push(`<${t}`);
    else near.push('<BOS');
    if (i + 1 < n) for (const t of paragraphs[i + 1]!.tokens) near.push(`>${t}`);
    else near.push('>EOS');
    // a cell of bare numbers: the words of the nearest cells that have some
    let k = i - 1;
    while (k >= 0 && paragraphs[k]!.tokens.length === 0) k--;
    if (k >= 0 && k < i - 1) for (const t of paragraphs[k]!.tokens) near.push(`<<${t}`);
    k = i + 1;
    while (k < n && paragraphs[k]!.tokens.length === 0) k++;
    if (k < n && k > i + 1) for (const t of paragraphs[k]!.tokens) near.push(`>>${t}`);

    const doc: string[] = [];
    // position of the paragraph in the report, by paragraphs and by characters
    const r = n <= 1 ? 0 : i / (n - 1);
    doc.push(`__pos${Math.min(9, Math.floor(r * 10))}`, `__pos5_${Math.min(4, Math.floor(r * 5))}`);
    doc.push(`__charpos${Math.min(9, Math.floor((total ? offsets[i]! / total : 0) * 10))}`);
    if (i === 0) doc.push('__first');
    if (i === n - 1) doc.push('__last');
    // stacked first layer: nearest wordy neighbours' sections
    k = i - 1;
    while (k >= 0 && firstPass[k]! < 0) k--;
    doc.push(`__prevsection:${k >= 0 ? firstPass[k] : 'none'}`);
    k = i + 1;
    while (k < n && firstPass[k]! < 0) k++;
    doc.push(`__nextsection:${k < n ? firstPass[k] : 'none'}`);
    for (const c of before[i]!) doc.push(`__before:${c}`);
    for (const c of after[i]!) doc.push(`__after:${c}`);
    // the paragraph's words again, tagged with the report's era: the same words can mean another section
    const eraGroup: string[] = [];
    if (era) {
      doc.push(`__era:${era}`);
      for (const t of p.tokens) eraGroup.push(`${era}|${t}`);
    }
    return [own, [...new Set(near)], doc, [...new Set(eraGroup)]];
  });
}

/**
 * The layout era of a report from its own text: the year it speaks of most (20xx年). Reports for 2008–2018
 * follow the old regulation's layout, where the prose on active disclosure is a part of its own (section 2),
 * while from 2019 that prose belongs to section 1 and section 2 is a table: the same words, another section.
 */
function reportEra(paragraphs: ParagraphTokens[]): 'legacy' | 'current' | null {
  const counts = new Map<number, number>();
  for (const p of paragraphs) for (const m of p.text.matchAll(/(20[0-3]\d)\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let year = 0;
  let best = 0;
  for (const [y, c] of counts) if (c > best || (c === best && y > year)) [year, best] = [y, c];
  return best === 0 ? null : isLegacyYear(year) ? 'legacy' : 'current';
}

/** Values of a paragraph's features: each group scaled to unit length, then weighted. */
function featureValues(g: FeatureGroups): number[] {
  const w = [1, NEAR_WEIGHT, DOC_WEIGHT, ERA_WEIGHT, STACK_WEIGHT];
  const out: number[] = [];
  g.forEach((names, k) => {
    const v = names.length ? w[k]! / Math.sqrt(names.length) : 0;
    for (let j = 0; j < names.length; j++) out.push(v);
  });
  return out;
}

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

/**
 * The stacked pass's features: a paragraph's own groups plus what the first pass says of its neighbours (the
 * nearest two on each side), of the report before and after it (every label it gives there; the highest section
 * before, the lowest after), and of the paragraph itself. Cross-fitted in training, like the first layer's labels.
 */
function withStackFeatures(groups: FeatureGroups[], probs: number[][]): FeatureGroups[] {
  const n = groups.length;
  const label = probs.map((p) => {
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return best;
  });
  // sections in order: preamble 0, sections 1..6; boilerplate (7) carries no order
  const before: Set<number>[] = [];
  let acc = new Set<number>();
  for (let i = 0; i < n; i++) {
    before.push(acc);
    acc = new Set([...acc, label[i]!]);
  }
  const after: Set<number>[] = new Array<Set<number>>(n);
  acc = new Set<number>();
  for (let i = n - 1; i >= 0; i--) {
    after[i] = acc;
    acc = new Set([...acc, label[i]!]);
  }
  return groups.map((g, i) => {
    const f: string[] = [];
    f.push(`__s_own:${label[i]}`);
    f.push(`__s_prev:${i > 0 ? label[i - 1] : 'BOS'}`, `__s_next:${i + 1 < n ? label[i + 1] : 'EOS'}`);
    f.push(`__s_prev2:${i > 1 ? label[i - 2] : 'BOS'}`, `__s_next2:${i + 2 < n ? label[i + 2] : 'EOS'}`);
    for (const l of before[i]!) f.push(`__s_before:${l}`);
    for (const l of after[i]!) f.push(`__s_after:${l}`);
    const ordered = (s: Set<number>) => [...s].filter((l) => l < 7);
    const b = ordered(before[i]!);
    const a = ordered(after[i]!);
    f.push(`__s_maxbefore:${b.length ? Math.max(...b) : 'none'}`, `__s_minafter:${a.length ? Math.min(...a) : 'none'}`);
    return [...g.slice(0, 4), f];
  });
}

/** Multinomial logistic regression over sparse feature groups (see the file comment for why hand-written). */
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

  /** Probabilities in the order of CONTEXT_LABELS. */
  probabilities(g: FeatureGroups): number[] {
    const z = Array.from(this.biasArray);
    const values = featureValues(g);
    g.flat().forEach((f, q) => {
      const row = this.weightsMap.get(f);
      if (row) for (let c = 0; c < NL; c++) z[c]! += row[c]! * values[q]!;
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
      weights[f] = Array.from(row, (v) => Math.round(v * 1000) / 1000);
    }
    return { bias: Array.from(this.biasArray, (v) => Math.round(v * 1000) / 1000), weights };
  }

  toFile(trainedOn: string[], paragraphs: number): ContextModelFile {
    return {
      version: 1,
      kind: 'nianbao.SectionContextModel',
      trainedOn,
      paragraphs,
      labels: CONTEXT_LABELS.map(String),
      ...this.toWeights(),
      ...(this.stacked ? { stacked: this.stacked.toWeights() } : {}),
    };
  }
}

/** Weights below this (in every label) are dropped from the saved file: keeps it small, changes no decision measurably. */
const PRUNE = 0.02;

/** Training: passes over the data, AdaGrad step, L2 (8 / 0.1 / 1e-5 chosen by leave-one-agency-out). */
const EPOCHS = 8;
const STEP = 0.1;
const L2 = 1e-5;

interface ContextExample {
  groups: FeatureGroups;
  label: number;
}

/**
 * Feature ids and values of training examples, shared by the fits of one training run: the cross-fitted passes
 * fit the same examples five times over, and turning feature names into ids is a good part of each fit's cost.
 */
class FeatureInterner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private readonly rows = new WeakMap<ContextExample, { ix: Int32Array; v: Float64Array }>();
  row(e: ContextExample): { ix: Int32Array; v: Float64Array } {
    let r = this.rows.get(e);
    if (!r) {
      const names = e.groups.flat();
      r = {
        ix: Int32Array.from(names, (f) => {
          let id = this.ids.get(f);
          if (id === undefined) {
            id = this.names.length;
            this.ids.set(f, id);
            this.names.push(f);
          }
          return id;
        }),
        v: Float64Array.from(featureValues(e.groups)),
      };
      this.rows.set(e, r);
    }
    return r;
  }
}

/**
 * Gradients below this (a label the model already gives ~0 to, or the right label at ~1) are not applied: after
 * the first epoch most paragraphs are classified with near certainty, and skipping those updates makes a fit
 * faster without a measurable change in accuracy (leave-one-agency-out).
 */
const GRAD_SKIP = 1e-3;

function fitContextModel(examples: ContextExample[], interner = new FeatureInterner()): ContextModel {
  const rows = examples.map((e) => {
    const { ix, v } = interner.row(e);
    return { ix, v, y: e.label };
  });
  const size = interner.names.length;
  const W = new Float64Array(size * NL);
  const G = new Float64Array(size * NL);
  const used = new Uint8Array(size);
  for (const r of rows) for (let q = 0; q < r.ix.length; q++) used[r.ix[q]!] = 1;
  const b = new Float64Array(NL);
  const Gb = new Float64Array(NL);
  // deterministic shuffle (same data → same model)
  let seed = 1;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const z = new Float64Array(NL);
  const active = new Int32Array(NL);
  const grad = new Float64Array(NL);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    for (const r of rows) {
      const ix = r.ix;
      const vs = r.v;
      const nf = ix.length;
      for (let c = 0; c < NL; c++) z[c] = b[c]!;
      for (let q = 0; q < nf; q++) {
        const base = ix[q]! * NL;
        const v = vs[q]!;
        for (let c = 0; c < NL; c++) z[c] += W[base + c]! * v;
      }
      let m = -Infinity;
      for (let c = 0; c < NL; c++) m = Math.max(m, z[c]!);
      let sum = 0;
      for (let c = 0; c < NL; c++) sum += z[c] = Math.exp(z[c]! - m);
      // the labels whose gradient is worth applying, then one pass over the features (their weights are adjacent)
      let na = 0;
      for (let c = 0; c < NL; c++) {
        const g = z[c]! / sum - (c === r.y ? 1 : 0);
        if (Math.abs(g) < GRAD_SKIP) continue;
        active[na] = c;
        grad[na++] = g;
        Gb[c] += g * g;
        b[c] -= (STEP * g) / Math.sqrt(Gb[c]! + 1e-8);
      }
      if (na === 0) continue;
      for (let q = 0; q < nf; q++) {
        const base = ix[q]! * NL;
        const v = vs[q]!;
        for (let a = 0; a < na; a++) {
          const k = base + active[a]!;
          const gk = grad[a]! * v + L2 * W[k]!;
          G[k] += gk * gk;
          W[k] -= (STEP * gk) / Math.sqrt(G[k]! + 1e-8);
        }
      }
    }
  }
  const weights = new Map<string, Float64Array>();
  for (let i = 0; i < size; i++) if (used[i]) weights.set(interner.names[i]!, W.slice(i * NL, (i + 1) * NL));
  return new ContextModel(weights, b);
}

/** A labelled report for training: every paragraph in reading order, headings and page chrome marked. */
export interface TrainingDocument {
  name: string;
  paragraphs: (TrainingParagraph & { heading: boolean })[];
}

/** Folds for cross-fitting the first layer's labels on the training reports. */
const FOLDS = 5;

/** Both layers trained on labelled reports, plus the numbers of paragraphs each saw. */
function trainLayers(docs: TrainingDocument[]): { bayes: NaturalBayes; context: ContextModel; paragraphs: number } {
  training++;
  try {
    return trainLayersOnce(docs);
  } finally {
    training--;
  }
}

function trainLayersOnce(docs: TrainingDocument[]): { bayes: NaturalBayes; context: ContextModel; paragraphs: number } {
  const flat = (ds: TrainingDocument[]) => ds.flatMap((d) => d.paragraphs);
  const perDoc: DocumentExamples[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const heldIdx = docs.map((_, j) => j).filter((j) => j % FOLDS === k);
    if (heldIdx.length === 0) continue;
    // the first layer's labels on a report it was not trained on, as it will be used
    const first = new SectionClassifier(trainNatural(flat(docs.filter((_, j) => j % FOLDS !== k))));
    for (const j of heldIdx) perDoc.push({ ...documentExamples(docs[j]!, first), fold: k });
  }
  const all = (ds: DocumentExamples[]) => ds.flatMap((d) => [...d.content, ...d.alone]);
  const examples = all(perDoc);
  const bayes = trainNatural(flat(docs));
  const interner = new FeatureInterner();
  const context = fitContextModel(examples, interner);
  // the stacked pass learns from the first pass's labels on reports that pass was not trained on
  const stackedExamples: ContextExample[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = perDoc.filter((d) => d.fold === k);
    if (held.length === 0) continue;
    const pass = fitContextModel(all(perDoc.filter((d) => d.fold !== k)), interner);
    for (const d of held) {
      const groups = d.content.map((e) => e.groups);
      withStackFeatures(groups, groups.map((g) => pass.probabilities(g))).forEach((g, i) =>
        stackedExamples.push({ groups: g, label: d.content[i]!.label }),
      );
      stackedExamples.push(...d.alone);
    }
  }
  const stacked = fitContextModel(stackedExamples, interner);
  return { bayes, context: context.withStacked(stacked), paragraphs: examples.length };
}

interface DocumentExamples {
  /** content paragraphs in reading order, with their context */
  content: ContextExample[];
  /** headings and chrome lines, by their own features only */
  alone: ContextExample[];
  /** the cross-fitting fold the report was held out in */
  fold: number;
}


/**
 * Training examples of one report: its content paragraphs (headings and chrome removed, as when a report lacks
 * them) with their context, and the headings and chrome lines by their own features only.
 */
function documentExamples(d: TrainingDocument, first: SectionClassifier): Omit<DocumentExamples, 'fold'> {
  const content = d.paragraphs.filter((p) => !p.heading && p.label !== 'boilerplate');
  const out: ContextExample[] = first.contextFeatures(content.map((p) => p.text)).map((groups, i) => ({
    groups,
    label: CONTEXT_LABELS.indexOf(content[i]!.label),
  }));
  const alone: ContextExample[] = [];
  for (const p of d.paragraphs) {
    if (!p.heading && p.label !== 'boilerplate') continue;
    alone.push({ groups: [ownFeatures(prepare(p.text)), [], [], []], label: CONTEXT_LABELS.indexOf(p.label) });
  }
  return { content: out, alone };
}

/** Train both layers on labelled reports (leave-one-out evaluation, tests). */
export function trainContextClassifier(docs: TrainingDocument[]): SectionClassifier {
  const { bayes, context } = trainLayers(docs);
  return new SectionClassifier(bayes, context);
}

/** The two model files (models/sections.json, models/sections-context.json). */
export function trainModelFiles(docs: TrainingDocument[], trainedOn: string[]): { first: SectionModelFile; context: ContextModelFile } {
  const { bayes, context, paragraphs } = trainLayers(docs);
  const n = docs.reduce((a, d) => a + d.paragraphs.length, 0);
  return { first: naturalModelFile(bayes, trainedOn, n), context: context.toFile(trainedOn, paragraphs) };
}

function toLabelMap(p: number[]): Map<ParagraphLabel, number> {
  return new Map(CONTEXT_LABELS.map((l, k) => [l, p[k]!]));
}

let loaded: SectionClassifier | null | undefined;

/** The trained model from models/ (both layers, or the first alone), loaded on first use; null when missing. */
export function sectionClassifier(): SectionClassifier | null {
  if (loaded === undefined) {
    const context = (): ContextModelFile | null =>
      existsSync(CONTEXT_MODEL_PATH) ? (JSON.parse(readFileSync(CONTEXT_MODEL_PATH, 'utf8')) as ContextModelFile) : null;
    loaded = existsSync(MODEL_PATH)
      ? classifierFromModelFile(JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as SectionModelFile, context)
      : null;
  }
  return loaded;
}
