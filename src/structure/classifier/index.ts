/**
 * Paragraph → section classifier, in two layers trained by `npm run train:sections` (scripts/train-sections.ts):
 *
 * 1. models/sections.json: a multinomial naive Bayes over a paragraph's own jieba tokens (bayes.ts).
 * 2. models/sections-context.json: a multinomial logistic regression over the paragraph's own tokens and shape,
 *    its neighbours' tokens, its relative position, which cue words occur before and after it in the report, the
 *    section the first layer gives its nearest neighbours, and its own words tagged with the report's era
 *    (features.ts), with a stacked second pass of the same form that also sees the labels the first pass gives
 *    around it (context.ts). Both passes label each paragraph on its own (no decoding; segment.ts decodes in order).
 *
 * Both are loaded lazily, once (model-files.ts); nothing is trained at start-up (training.ts). Without the second
 * file the first serves alone.
 */
export { SECTION_LABELS } from './labels.js';
export { paragraphFeatures, type FeatureGroups } from './features.js';
export { BayesModel, type SectionModelFile } from './bayes.js';
export { ContextModel, type ContextModelFile, type ContextWeights } from './context.js';
export { SectionClassifier } from './section-classifier.js';
export {
  trainSectionClassifier,
  trainModelFile,
  trainContextClassifier,
  trainModelFiles,
  type TrainingParagraph,
  type TrainingDocument,
} from './training.js';
export { MODEL_PATH, CONTEXT_MODEL_PATH, classifierFromModelFile, sectionClassifier } from './model-files.js';
