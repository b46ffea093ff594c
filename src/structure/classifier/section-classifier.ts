/**
 * A loaded paragraph → section classifier: the text-only first layer (bayes.ts), and the context layer
 * (context.ts) when present. Its answers are probabilities per label; the decoding in order is segment.ts's.
 */
import type { ParagraphLabel } from '../../model/types.js';
import { LAST_ORDERED_LABEL, SECTION_LABELS, argmaxLabel, toLabelMap, uniform } from './labels.js';
import { documentFeatures, prepare, type FeatureGroups, type ParagraphTokens } from './features.js';
import type { BayesModel } from './bayes.js';
import type { ContextModel } from './context.js';

export class SectionClassifier {
  constructor(
    readonly bayes: BayesModel,
    /** The second layer, or how to load it on first use; null: paragraphs are scored by their own text only. */
    private contextSource: ContextModel | null | (() => ContextModel | null) = null,
  ) {}

  /** The second layer (loaded on first use: reports with all their headings never need it). */
  get context(): ContextModel | null {
    if (typeof this.contextSource === 'function') this.contextSource = this.contextSource();
    return this.contextSource;
  }

  /** Posterior probabilities of each label from the paragraph's own text (first layer; sums to 1). */
  scores(text: string): Map<ParagraphLabel, number> {
    return this.bayes.scores(prepare(text).features);
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
    return paragraphs.map((p) => (p.tokens.length === 0 ? null : this.bayes.scores(p.features)));
  }

  /** First-layer section (index into SECTION_LABELS, boilerplate excluded) of each paragraph with a word, -1 for the others. */
  private firstPass(own: (Map<ParagraphLabel, number> | null)[]): number[] {
    return own.map((s) => {
      if (!s) return -1;
      let best = -1;
      let bp = -1;
      SECTION_LABELS.forEach((l, k) => {
        const v = s.get(l) ?? 0;
        if (k <= LAST_ORDERED_LABEL && v > bp) [best, bp] = [k, v];
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
    const probs = model.documentProbabilities(documentFeatures(paragraphs, this.firstPass(ownScores)));
    return probs.map((ctx, i) => {
      const own = ownScores[i];
      const q = ctx.map((v, k) => {
        const label = SECTION_LABELS[k];
        const evidence = own && label !== undefined ? Math.max(own.get(label) ?? 0, 1e-9) : 1;
        return Math.max(v, 1e-9) * evidence;
      });
      const z = q.reduce((a, b) => a + b, 0);
      return toLabelMap(q.map((v) => v / z));
    });
  }
}
