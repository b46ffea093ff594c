import type { ReportAnalysis } from '../model/types.js';
import type { LabelledReport } from './corpora.js';

/** One labelled report after analysis (analysis is null when the file could not be read). */
export interface EvalItem {
  report: LabelledReport;
  analysis: ReportAnalysis | null;
}

export interface ScoreLine {
  /** e.g. 'claims precision' */
  name: string;
  /** null prints as n/a (stage not built or nothing to score). */
  value: number | null;
  /** Target from the issue, e.g. 0.95. */
  target?: number;
  /** e.g. '412/430' */
  detail?: string;
}

export interface StageScore {
  stage: string;
  lines: ScoreLine[];
  /** Worst misses, one line each, for a person to read. */
  misses: string[];
}
