// STUB (issue #5 replaces it): no tables parsed.
import type { SourceDocument, Structure, TablesResult, MetricKey } from '../model/types.js';
export function parseTables(_doc: SourceDocument, _structure: Structure): TablesResult {
  return { layout: null, tables: [], absent: [] };
}
/** Flat values by metric key: printed number cells plus derived group sums. */
export function tableValues(result: TablesResult): Record<MetricKey, number> {
  const out: Record<MetricKey, number> = {};
  for (const t of result.tables) for (const c of Object.values(t.cells)) if (c.value !== null) out[c.key] = c.value;
  return out;
}
