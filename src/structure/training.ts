/**
 * Labels for free: paragraphs of reports whose headings are clear, labelled by the section their heading opens.
 * Used by scripts/train-sections.ts and by the leave-one-out evaluation in src/eval/structure.ts.
 */
import type { SourceDocument, Structure } from '../model/types.js';
import type { TrainingDocument, TrainingParagraph } from './classifier/index.js';
import { segmentWith } from './segment.js';

/**
 * A structure is clear when every section came from a heading and the report is one report (section 1 at most
 * once: a collection restarts its numbering). Legacy reports may map two parts to one section (收费 and 其他 → 6).
 */
export function isClearStructure(s: Structure): boolean {
  if (s.sections.length === 0) return false;
  return s.sections.every((sec) => sec.headingSpan !== null) && s.sections.filter((sec) => sec.n === 1).length <= 1;
}

/** Paragraphs labelled by headings and rules only (no classifier), or [] when the headings are not clear. */
export function headingLabelledParagraphs(doc: SourceDocument): TrainingParagraph[] {
  const s = segmentWith(doc, { classifier: null });
  if (!isClearStructure(s)) return [];
  return s.paragraphs.map((p) => ({ text: doc.text.slice(p.start, p.end), label: p.label }));
}

/** The report as a training document (every paragraph, headings marked), or null when its headings are not clear. */
export function headingLabelledDocument(doc: SourceDocument, name: string): TrainingDocument | null {
  const s = segmentWith(doc, { classifier: null });
  if (!isClearStructure(s)) return null;
  const headingStarts = new Set(s.sections.map((x) => x.headingSpan?.start ?? -1));
  return {
    name,
    paragraphs: s.paragraphs.map((p) => ({ text: doc.text.slice(p.start, p.end), label: p.label, heading: headingStarts.has(p.start) })),
  };
}
