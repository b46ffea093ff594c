/**
 * Glue for callers (CLI, pipeline): statements of analysed reports as ProblemItems, and an embedder from options.
 */
import type { ProblemStatement, SourceDocument } from '../model/types.js';
import { LsaEmbedder } from './embed/lsa.js';
import { TransformersEmbedder, type Pooling } from './embed/transformers.js';
import type { Embedder, ProblemItem } from './types.js';

/** One ProblemItem per statement of each analysed report (agency and year from the document's metadata). */
export function problemItems(analyses: readonly { doc: SourceDocument; problems: readonly ProblemStatement[] }[]): ProblemItem[] {
  return analyses.flatMap((a) =>
    a.problems.map((statement) => ({
      statement,
      file: a.doc.file,
      agency: a.doc.meta.agency,
      year: a.doc.meta.year,
      ...(a.doc.meta.body ? { body: a.doc.meta.body } : {}),
    })),
  );
}

export interface EmbedderChoice {
  /** 'lsa' (default, offline, no model) or 'transformers' (a local ONNX model folder). */
  embedder?: 'lsa' | 'transformers';
  /** Model folder name under modelsDir (transformers only). */
  model?: string;
  modelsDir?: string;
  pooling?: Pooling;
  batchSize?: number;
}

export function makeEmbedder(choice: EmbedderChoice = {}): Embedder {
  if ((choice.embedder ?? 'lsa') === 'lsa') return new LsaEmbedder();
  if (!choice.model) throw new Error('使用 transformers 向量时须指定本地模型目录名(--model),放置方法见 src/themes/README.md');
  return new TransformersEmbedder({
    model: choice.model,
    ...(choice.modelsDir !== undefined ? { modelsDir: choice.modelsDir } : {}),
    ...(choice.pooling !== undefined ? { pooling: choice.pooling } : {}),
    ...(choice.batchSize !== undefined ? { batchSize: choice.batchSize } : {}),
  });
}
