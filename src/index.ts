/**
 * nianbao as a library: the stages in the order data flows, the batch, and the outputs.
 */
export type * from './model/types.js';
export * from './model/metrics.js';
export { readReport, readBuffer, isReadError, documentFromText } from './read/index.js';
export { segmentStructure } from './structure/index.js';
export { parseTables, tableValues } from './tables/index.js';
export { extractClaims } from './figures/index.js';
export { parseQuantities } from './figures/quantity.js';
export { runReportRules, runCorpusRules, RULES } from './checks/index.js';
export { extractProblems, buildThemes, makeEmbedder } from './themes/index.js';
export type { ProblemItem, ThemeReport } from './themes/types.js';
export { analyzeDocument } from './pipeline/analyze.js';
export { analyzeBatch, type BatchOptions, type BatchSummary } from './pipeline/batch.js';
export { finishBatch, computeThemes } from './pipeline/finish.js';
export { recordFromAnalysis } from './pipeline/record.js';
export { readRecords, writeOutputs } from './outputs/index.js';
