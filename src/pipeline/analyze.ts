/**
 * The per-report pipeline: a pure composition of the stages, in the order data flows.
 */
import type { ReportAnalysis, SourceDocument } from '../model/types.js';
import { segmentStructure } from '../structure/index.js';
import { parseTables, tableValues } from '../tables/index.js';
import { extractClaims } from '../figures/index.js';
import { extractProblems } from '../themes/extract.js';
import { runReportRules } from '../checks/index.js';

export function analyzeDocument(doc: SourceDocument): ReportAnalysis {
  const structure = segmentStructure(doc);
  const tables = parseTables(doc, structure);
  const layout = tables.layout ?? structure.layoutHint ?? doc.meta.layout;
  const values = tableValues(tables);
  const claims = extractClaims(doc, structure);
  const problems = extractProblems(doc, structure);
  const analysis: ReportAnalysis = { doc, layout, structure, tables, values, claims, problems, findings: [] };
  analysis.findings = runReportRules(analysis);
  return analysis;
}
