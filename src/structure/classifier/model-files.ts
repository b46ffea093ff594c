/** The trained classifier's files under models/ (written by scripts/train-sections.ts), loaded lazily, once. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BayesModel, type SectionModelFile } from './bayes.js';
import { ContextModel, type ContextModelFile } from './context.js';
import { SectionClassifier } from './section-classifier.js';

const here = dirname(fileURLToPath(import.meta.url));
/** models/sections.json at the repository root (from src/structure/classifier or from its built copy under dist/). */
export const MODEL_PATH =
  [resolve(here, '../../../models/sections.json'), resolve(here, '../../../../models/sections.json')].find((p) => existsSync(p)) ??
  resolve(here, '../../../models/sections.json');
/** The second layer (context model), beside the first. */
export const CONTEXT_MODEL_PATH = resolve(dirname(MODEL_PATH), 'sections-context.json');

/** A classifier from model files; the context file may be given as a loader, called on first use. */
export function classifierFromModelFile(
  file: SectionModelFile,
  context: ContextModelFile | null | (() => ContextModelFile | null) = null,
): SectionClassifier {
  const load = (): ContextModel | null => {
    const f = typeof context === 'function' ? context() : context;
    return f ? ContextModel.fromFile(f) : null;
  };
  return new SectionClassifier(new BayesModel(file.classifier), typeof context === 'function' ? load : load());
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
