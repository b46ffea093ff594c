// STUB (issue #7 replaces it): no findings.
import type { Finding, ReportAnalysis } from '../model/types.js';
export function runReportRules(_a: ReportAnalysis): Finding[] {
  return [];
}
/** Rules over the whole batch (year-to-year, near-duplicates): findings by file. */
export function runCorpusRules(_all: readonly ReportAnalysis[]): Map<string, Finding[]> {
  return new Map();
}
