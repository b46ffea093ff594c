/**
 * Which of the six sections an offset lies in: from the structure stage when it found sections, otherwise
 * from a light scan for the numbered headings (一、总体情况 …) so this stage also works on its own.
 */
import type { Section, SectionNo, Structure } from '../model/types.js';
import { HEADING_NUMBERS, SECTION_HEADING_WORDS } from './lexicon/headings.js';

export interface SectionSpan {
  n: SectionNo;
  start: number;
  end: number;
}

/** Numbered headings found in the text, in order, each section running to the next heading. */
export function fallbackSections(text: string): SectionSpan[] {
  const found: { n: SectionNo; start: number }[] = [];
  for (const { n, words } of SECTION_HEADING_WORDS) {
    const num = HEADING_NUMBERS[n - 1];
    let best = -1;
    for (const w of words) {
      // 一、总体情况 / 一. 总体情况 / 一 总体情况; the numbering keeps the preamble's outline sentence out
      const re = new RegExp(`${num}\\s*[、.．]?\\s*(?:[^\\n。,;、]{0,12}?)${w}`, 'g');
      for (const m of text.matchAll(re)) {
        const prev = text[m.index! - 1];
        if (prev !== undefined && !/[\s。;:|>)\]]/.test(prev)) continue;
        if (best < 0 || m.index! < best) best = m.index!;
        break;
      }
    }
    if (best >= 0) found.push({ n, start: best });
  }
  // keep headings in increasing order (a later section found before an earlier one is a false hit)
  found.sort((a, b) => a.start - b.start);
  const ordered: { n: SectionNo; start: number }[] = [];
  for (const f of found) if (!ordered.length || f.n > ordered[ordered.length - 1]!.n) ordered.push(f);
  return ordered.map((f, i) => ({ n: f.n, start: f.start, end: ordered[i + 1]?.start ?? text.length }));
}

export function sectionSpans(text: string, structure: Structure): SectionSpan[] {
  if (structure.sections.length) return structure.sections.map((s: Section) => ({ n: s.n, start: s.start, end: s.end }));
  return fallbackSections(text);
}

export function sectionAt(spans: readonly SectionSpan[], offset: number): SectionNo | null {
  for (const s of spans) if (offset >= s.start && offset < s.end) return s.n;
  return null;
}
