/**
 * Which inputs are reports. A folder of reports often holds other files too (a README, notes, the list of
 * sources): those are not analysed as reports but recorded as skipped, with the reason.
 */
import { basename } from 'node:path';
import type { ReportAnalysis } from '../model/types.js';
import { MIN_TABLE_VALUES, SELF_REFERENCE, STATUTE } from './lexicon/report-cues.js';
import { METADATA_FILE_NAMES } from '../read/lexicon/sources.js';

/**
 * `sources.tsv` / `sources.csv` / `sources.json`: the list of where each report came from (body, year, address), read as
 * metadata beside the reports, never analysed as one.
 */
export function isMetadataList(path: string): boolean {
  return METADATA_FILE_NAMES.includes(basename(path).toLowerCase());
}

/** True when the section's printed heading starts its line (not a phrase quoted inside other text). */
function headingStartsLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[\s#*>|]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])?\s*$/.test(text.slice(lineStart, start));
}

/**
 * Why the analysed text does not look like a report, in one sentence (Chinese, then English), or null when it
 * does. Generous on purpose: any one mark suffices, so that a page excerpt holding only a report's opening still
 * counts: a recognised report title, standard-table values, a section heading on its own line, or the
 * regulation named by a text that calls itself the report.
 */
export function notReportReason(a: ReportAnalysis): string | null {
  if (a.doc.meta.title) return null;
  if (Object.keys(a.values).filter((k) => /^t[234]\./.test(k)).length >= MIN_TABLE_VALUES) return null;
  if (a.structure.sections.some((s) => s.heading && s.headingSpan && headingStartsLine(a.doc.text, s.headingSpan.start))) return null;
  if (STATUTE.test(a.doc.text) && SELF_REFERENCE.test(a.doc.text)) return null;
  return '不像政府信息公开工作年度报告：没有报告标题、章节标题或标准表格，未作分析。 (Does not look like an annual report: no report title, section headings or standard tables; not analysed.)';
}
