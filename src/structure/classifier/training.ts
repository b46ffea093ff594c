/**
 * Training both layers on labelled reports (`npm run train:sections`, the leave-one-agency-out evaluation, tests).
 * The context layer learns from the first layer's labels on reports that layer was not trained on (cross-fitted in
 * FOLDS folds), as it will meet them on unseen text; the stacked pass likewise from the first pass's labels.
 */
import type { ParagraphLabel } from '../../model/types.js';
import { SECTION_LABELS } from './labels.js';
import { ownFeatures, prepare, whileTraining, withStackFeatures } from './features.js';
import { BayesModel, countExamples, type LabelledText, type SectionModelFile } from './bayes.js';
import { FeatureInterner, fitContextModel, type ContextExample, type ContextModel, type ContextModelFile } from './context.js';
import { SectionClassifier } from './section-classifier.js';

export type TrainingParagraph = LabelledText;

/** A labelled report for training: every paragraph in reading order, headings and page chrome marked. */
export interface TrainingDocument {
  name: string;
  paragraphs: (TrainingParagraph & { heading: boolean })[];
}

/** Folds for cross-fitting the first layer's labels on the training reports. */
const FOLDS = 5;

const labelIndex = (l: ParagraphLabel): number => SECTION_LABELS.indexOf(l);

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
function documentExamples(d: TrainingDocument, first: SectionClassifier, fold: number): DocumentExamples {
  const isContent = (p: TrainingDocument['paragraphs'][number]): boolean => !p.heading && p.label !== 'boilerplate';
  const content = d.paragraphs.filter(isContent);
  const groups = first.contextFeatures(content.map((p) => p.text));
  return {
    content: content.map((p, i) => ({ groups: groups[i] ?? [], label: labelIndex(p.label) })),
    alone: d.paragraphs
      .filter((p) => !isContent(p))
      .map((p) => ({ groups: [ownFeatures(prepare(p.text)), [], [], []], label: labelIndex(p.label) })),
    fold,
  };
}

const allExamples = (ds: DocumentExamples[]): ContextExample[] => ds.flatMap((d) => [...d.content, ...d.alone]);

/** Both layers trained on labelled reports, plus the number of paragraphs the context layer saw. */
function trainLayers(docs: TrainingDocument[]): { bayes: BayesModel; context: ContextModel; paragraphs: number } {
  return whileTraining(() => {
    const paragraphsOf = (ds: TrainingDocument[]) => ds.flatMap((d) => d.paragraphs);
    const inFold = (j: number, k: number): boolean => j % FOLDS === k;
    const perDoc: DocumentExamples[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const held = docs.filter((_, j) => inFold(j, k));
      if (held.length === 0) continue;
      // the first layer's labels on a report it was not trained on, as it will be used
      const first = new SectionClassifier(new BayesModel(countExamples(paragraphsOf(docs.filter((_, j) => !inFold(j, k))))));
      for (const d of held) perDoc.push(documentExamples(d, first, k));
    }
    const examples = allExamples(perDoc);
    const bayes = new BayesModel(countExamples(paragraphsOf(docs)));
    const interner = new FeatureInterner();
    const context = fitContextModel(examples, interner);
    const stackedExamples: ContextExample[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const held = perDoc.filter((d) => d.fold === k);
      if (held.length === 0) continue;
      const pass = fitContextModel(allExamples(perDoc.filter((d) => d.fold !== k)), interner);
      for (const d of held) {
        const groups = d.content.map((e) => e.groups);
        withStackFeatures(groups, groups.map((g) => pass.probabilities(g))).forEach((g, i) =>
          stackedExamples.push({ groups: g, label: d.content[i]?.label ?? 0 }),
        );
        stackedExamples.push(...d.alone);
      }
    }
    const stacked = fitContextModel(stackedExamples, interner);
    return { bayes, context: context.withStacked(stacked), paragraphs: examples.length };
  });
}

/** Train the first layer only on labelled paragraphs. */
export function trainSectionClassifier(examples: TrainingParagraph[]): SectionClassifier {
  return new SectionClassifier(new BayesModel(countExamples(examples)));
}

/** The JSON written to models/sections.json (the first layer alone). */
export function trainModelFile(examples: TrainingParagraph[], trainedOn: string[]): SectionModelFile {
  return new BayesModel(countExamples(examples)).toFile(trainedOn, examples.length);
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
  return { first: bayes.toFile(trainedOn, n), context: context.toFile(trainedOn, paragraphs) };
}
