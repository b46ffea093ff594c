/**
 * Whether the input is the whole report. A page excerpt or a PDF with pages missing is not a report with missing
 * sections: what lies beyond the cut says nothing about the report. Found once per analysis; the rules about
 * missing sections, missing tables and table identities consult it, and one finding (input_incomplete) says so.
 */
import type { ReportAnalysis, SectionNo, Span, TableId } from '../model/types.js';
import { pageNumberOf } from '../read/lexicon/pages.js';
import {
  CLOSED_END,
  DATE_LINE,
  FOOTER_LINE,
  LAST_PART_OF_AN_EXCERPT,
  PAGE_NUMBER_LINE,
  SIGNATURE_LINE,
  TABLE_END_SLACK,
  TAIL_QUOTE_CHARS,
} from './lexicon/completeness.js';

export interface InputCut {
  /**
   * stops: the text ends before the report does (mid-sentence or inside a table, before 六, or after an early part
   * with no later part in it); pages: page numbers jump.
   */
  kind: 'stops-mid-sentence' | 'stops-in-table' | 'stops-after-part' | 'pages-missing';
  /** Where the text stops (or the first page gap). */
  at: number;
  /** The section the text stops in (null: before any section). */
  section: SectionNo | null;
  /** The table the text stops inside, if any. */
  table: (Span & { id: TableId }) | null;
  /** For pages-missing: the page numbers around the gap. */
  pages?: { before: number; after: number };
  /** The last characters of the text, or the page-number lines. */
  evidence: Span[];
  quote: string;
}

const cache = new WeakMap<ReportAnalysis, InputCut | null>();

export function inputCut(a: ReportAnalysis): InputCut | null {
  if (cache.has(a)) return cache.get(a)!;
  const cut = pagesMissing(a) ?? stopsEarly(a);
  cache.set(a, cut);
  return cut;
}

function sectionAt(a: ReportAnalysis, at: number): SectionNo | null {
  let n: SectionNo | null = null;
  for (const s of a.structure.sections) if (s.start <= at) n = s.n;
  return n;
}

/** Page numbers that jump (…-3-, -5-…): pages missing from a PDF's text. */
function pagesMissing(a: ReportAnalysis): InputCut | null {
  const text = a.doc.text;
  const pages: { n: number; span: Span }[] = [];
  for (const m of text.matchAll(PAGE_NUMBER_LINE)) {
    const n = pageNumberOf(m);
    pages.push({ n, span: { start: m.index, end: m.index + m[0].length } });
  }
  // A run of page numbers that counts up; a gap inside it is a lost page (a number going down is something else).
  if (pages.length < 2 || pages.some((p, i) => i > 0 && p.n <= (pages[i - 1]?.n ?? -Infinity))) return null;
  for (let i = 1; i < pages.length; i++) {
    const prev = pages[i - 1];
    const cur = pages[i];
    if (!prev || !cur || cur.n === prev.n + 1) continue;
    return {
      kind: 'pages-missing',
      at: cur.span.start,
      section: sectionAt(a, cur.span.start),
      table: tableAround(a, cur.span.start),
      pages: { before: prev.n, after: cur.n },
      evidence: [prev.span, cur.span],
      quote: '',
    };
  }
  return null;
}

function tableAround(a: ReportAnalysis, at: number): (Span & { id: TableId }) | null {
  const t = a.tables.tables.find((x) => x.start <= at && x.end + TABLE_END_SLACK >= at);
  return t ? { id: t.id, start: t.start, end: t.end } : null;
}

/**
 * Where the report's own text ends: trailing blank, footer and page-number lines dropped, and lines the structure stage
 * took for the page's chrome (【打印】【关闭】, 扫一扫在手机打开).
 */
function reportEnd(text: string, chrome: readonly Span[]): { end: number; lastLine: string } {
  let end = text.length;
  for (;;) {
    const trimmed = text.slice(0, end).replace(/\s+$/, '');
    end = trimmed.length;
    const lineStart = trimmed.lastIndexOf('\n') + 1;
    const line = trimmed.slice(lineStart);
    PAGE_NUMBER_LINE.lastIndex = 0;
    const page = PAGE_NUMBER_LINE.test(line);
    PAGE_NUMBER_LINE.lastIndex = 0;
    if (lineStart > 0 && (FOOTER_LINE.test(line) || page || chrome.some((c) => c.start <= lineStart && lineStart < c.end))) {
      end = lineStart;
      continue;
    }
    return { end, lastLine: line };
  }
}

/** The text ends before section 六, mid-sentence or inside a table: the rest of the report is not in the input. */
function stopsEarly(a: ReportAnalysis): InputCut | null {
  const text = a.doc.text;
  const last = a.structure.sections.reduce<SectionNo | null>((m, s) => (m === null || s.n > m ? s.n : m), null);
  if (last === 6) return null;
  const { end, lastLine } = reportEnd(text, a.structure.boilerplate);
  if (end === 0) return null;
  const tail = { start: Math.max(0, end - TAIL_QUOTE_CHARS), end };
  const evidence = [tail];
  const quote = text.slice(tail.start, end).replace(/\s+/g, ' ');
  const section = sectionAt(a, end - 1);
  // a part heading after the table means the text went on past it
  const table = a.tables.tables.find(
    (t) => t.end + TABLE_END_SLACK >= end && t.start < end && !a.structure.sections.some((s) => s.headingSpan && s.headingSpan.start >= t.end && s.headingSpan.start < end),
  );
  if (table) return { kind: 'stops-in-table', at: end, section, table: { id: table.id, start: table.start, end: table.end }, evidence, quote };
  const line = lastLine.replace(/[\s|]+$/, '');
  // a date or the body's name under the text: the report ends there, whatever it left out
  if (DATE_LINE.test(line) || SIGNATURE_LINE.test(line)) return null;
  if (!CLOSED_END.test(line)) return { kind: 'stops-mid-sentence', at: end, section, table: null, evidence, quote };
  // a closed sentence after an early part, none of the later ones in the text: an excerpt, not a report without them
  if (last !== null && last <= LAST_PART_OF_AN_EXCERPT) return { kind: 'stops-after-part', at: end, section: last, table: null, evidence, quote };
  return null;
}

/** Whether section n lies where the input does not reach (after the cut; any missing section when pages are lost). */
export function beyondCut(cut: InputCut | null, n: SectionNo): boolean {
  if (!cut) return false;
  if (cut.kind === 'pages-missing') return true;
  return cut.section === null || n >= cut.section;
}
