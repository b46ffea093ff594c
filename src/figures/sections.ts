/**
 * Which of the six sections an offset lies in, from the structure stage (the one place that finds headings).
 */
import type { Section, SectionNo, Structure } from '../model/types.js';

export interface SectionSpan {
  n: SectionNo;
  start: number;
  end: number;
}

export function sectionSpans(structure: Structure): SectionSpan[] {
  return structure.sections.map((s: Section) => ({ n: s.n, start: s.start, end: s.end }));
}

export function sectionAt(spans: readonly SectionSpan[], offset: number): SectionNo | null {
  for (const s of spans) if (offset >= s.start && offset < s.end) return s.n;
  return null;
}
