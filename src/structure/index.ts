/**
 * Stage 2: the six sections of a report, its paragraphs with their section labels, and page chrome.
 */
import type { SourceDocument, Structure } from '../model/types.js';
import { segmentWith } from './segment.js';

export function segmentStructure(doc: SourceDocument): Structure {
  return segmentWith(doc);
}

export { segmentWith, decodeInOrder, type SegmentOptions } from './segment.js';
export { findHeadingCandidates, chooseHeadings, matchHeadingText, type HeadingCandidate } from './headings.js';
export { isBoilerplateLine } from './boilerplate.js';
export {
  sectionClassifier,
  trainSectionClassifier,
  trainModelFile,
  classifierFromModelFile,
  paragraphFeatures,
  SectionClassifier,
  MODEL_PATH,
  CONTEXT_MODEL_PATH,
  trainContextClassifier,
  trainModelFiles,
  ContextModel,
  type TrainingParagraph,
  type TrainingDocument,
  type SectionModelFile,
  type ContextModelFile,
} from './classifier/index.js';
