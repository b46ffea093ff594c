/**
 * Labels for free: paragraphs of reports whose headings are clear, labelled by the section their heading opens.
 * Used by scripts/train-sections.ts and by the leave-one-out evaluation in src/eval/structure.ts.
 */
import type { SourceDocument, Structure } from '../model/types.js';
import type { TrainingParagraph } from './classifier.js';
import { segmentWith } from './segment.js';

/** A structure is clear when every section came from a heading and no section appears twice (no collection). */
export function isClearStructure(s: Structure): boolean {
  if (s.sections.length === 0) return false;
  const seen = new Set<number>();
  for (const sec of s.sections) {
    if (!sec.headingSpan || seen.has(sec.n)) return false;
    seen.add(sec.n);
  }
  return true;
}

/** Paragraphs labelled by headings and rules only (no classifier), or [] when the headings are not clear. */
export function headingLabelledParagraphs(doc: SourceDocument): TrainingParagraph[] {
  const s = segmentWith(doc, { classifier: null });
  if (!isClearStructure(s)) return [];
  return s.paragraphs.map((p) => ({ text: doc.text.slice(p.start, p.end), label: p.label }));
}
