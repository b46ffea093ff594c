/** Why a standard table is not among the parsed tables: the tables stage's word, or inferred from the text. */
import type { ReportAnalysis, Span, TableAbsenceReason, TableId } from '../model/types.js';
import { TABLE_SECTION } from './lexicon/cells.js';
import { EMPTY_SECTION_CHARS } from './lexicon/report.js';
import { expectsStandardFormat } from './scope.js';
import { beyondCut, inputCut } from './completeness.js';

export interface MissingTable {
  id: TableId;
  reason: TableAbsenceReason;
  evidence: Span | null;
}

export function missingTables(a: ReportAnalysis): MissingTable[] {
  const out: MissingTable[] = [];
  // Legacy reports, summaries and page excerpts without the six parts owe no standard tables; and a text in which no
  // part is found says more about the text than about the report (as section_missing holds).
  if (!expectsStandardFormat(a) || a.structure.sections.length === 0) return out;
  const cut = inputCut(a);
  for (const id of ['t2', 't3', 't4'] as TableId[]) {
    if (a.tables.tables.some((t) => t.id === id)) continue;
    // A table where the input does not reach (after the text stops, or in a lost page) is not known to be absent.
    if (cut && (cut.kind === 'pages-missing' ? !a.structure.sections.some((s) => s.n === TABLE_SECTION[id]) || cut.section === TABLE_SECTION[id] : beyondCut(cut, TABLE_SECTION[id]))) continue;
    const stated = a.tables.absent.find((x) => x.id === id);
    if (stated) {
      out.push({ id, reason: stated.reason, evidence: stated.evidence });
      continue;
    }
    const section = a.structure.sections.find((s) => s.n === TABLE_SECTION[id]);
    if (!section) {
      out.push({ id, reason: 'section-missing', evidence: null });
      continue;
    }
    const image = a.doc.imageSpans.find((s) => s.start >= section.start && s.end <= section.end);
    if (image) {
      out.push({ id, reason: 'image', evidence: image });
      continue;
    }
    const bodyStart = section.headingSpan ? Math.max(section.start, section.headingSpan.end) : section.start;
    const body = a.doc.text.slice(bodyStart, section.end).replace(/[\s\p{P}\p{S}]/gu, '');
    out.push({ id, reason: body.length < EMPTY_SECTION_CHARS ? 'empty-section' : 'not-recognised', evidence: section.headingSpan ?? section });
  }
  return out;
}
