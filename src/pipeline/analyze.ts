/**
 * The per-report pipeline: a pure composition of the stages, in the order data flows.
 */
import type { ReportAnalysis, SourceDocument } from '../model/types.js';
import { segmentStructure } from '../structure/index.js';
import { parseTables, proseKnownCells, tableValues } from '../tables/index.js';
import { extractClaims } from '../figures/index.js';
import { extractProblems } from '../themes/extract.js';
import { runReportRules } from '../checks/index.js';

export function analyzeDocument(doc: SourceDocument): ReportAnalysis {
  const structure = segmentStructure(doc);
  const claims = extractClaims(doc, structure);
  // 表二 cells its own printing leaves ambiguous are read again with what the prose says of them.
  const first = parseTables(doc, structure);
  const known = proseKnownCells(first, claims);
  const tables = known.size ? parseTables(doc, structure, { known }) : first;
  const layout = tables.layout ?? structure.layoutHint ?? doc.meta.layout;
  const values = tableValues(tables);
  const problems = extractProblems(doc, structure);
  const analysis: ReportAnalysis = { doc, layout, structure, tables, values, claims, problems, findings: [] };
  analysis.findings = runReportRules(analysis);
  return analysis;
}
