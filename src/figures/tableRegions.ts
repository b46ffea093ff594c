/**
 * Where the statistical tables sit in the text, so their cells are not read as prose claims.
 *
 * Four renderings are recognised: tables the reader extracted (`doc.tables`), lines of cells separated by
 * pipes (markdown or ' | '), flattened rows: runs of bare numbers (no measure word) close together,
 * which is how web pages and run-together text print 表二–表四, and rows whose cells carry their measure word.
 */
import type { Quantity, SourceDocument, Span } from '../model/types.js';
import { mergeSpans } from '../util/spans.js';

/** Bare numbers this close together (characters, no sentence end between) belong to one flattened table. */
const FLAT_GAP = 40;
/** How many bare numbers in a run make a table rather than prose. */
const FLAT_MIN_NUMBERS = 3;

export function tableRegions(doc: SourceDocument, quantities: readonly Quantity[]): Span[] {
  const text = doc.text;
  const regions: Span[] = doc.tables.map((t) => ({ start: t.start, end: t.end }));
  // pipe tables, line by line: lines with two pipes or more (each pipe is looked up once, no line is copied)
  let pipe = text.indexOf('|');
  for (let lineStart = 0; lineStart <= text.length && pipe >= 0; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let pipes = 0;
    while (pipe >= 0 && pipe < lineEnd) {
      pipes++;
      pipe = text.indexOf('|', pipe + 1);
    }
    if (pipes >= 2) regions.push({ start: lineStart, end: lineEnd });
    lineStart = lineEnd + 1;
  }
  // flattened rows: runs of bare numbers
  const bare = quantities.filter((q) => q.unit === null);
  let run: Quantity[] = [];
  const flush = () => {
    if (run.length >= FLAT_MIN_NUMBERS) {
      // the row label before the first number belongs to the table too
      const first = run[0];
      const last = run[run.length - 1];
      if (first && last) {
        const labelStart = Math.max(0, text.lastIndexOf('\n', first.start) + 1, first.start - FLAT_GAP);
        regions.push({ start: labelStart, end: last.end });
      }
    }
    run = [];
  };
  for (const q of bare) {
    const prev = run[run.length - 1];
    if (prev && (q.start - prev.end > FLAT_GAP || /[。!?]/.test(text.slice(prev.end, q.start)))) flush();
    run.push(q);
  }
  flush();
  // rows whose cells carry their measure word (32件 0件 0件 1件): figures with nothing but blanks between them, which
  // no sentence writes
  let row: Quantity[] = [];
  const endRow = () => {
    const first = row[0];
    const last = row[row.length - 1];
    // the row label before it too, as for bare numbers (a page flattened into one line has one line start)
    if (row.length >= FLAT_MIN_NUMBERS && first && last) regions.push({ start: Math.max(0, text.lastIndexOf('\n', first.start) + 1, first.start - FLAT_GAP), end: last.end });
    row = [];
  };
  for (const q of quantities) {
    const prev = row[row.length - 1];
    if (prev && !BLANKS_ONLY.test(text.slice(prev.end, q.start))) endRow();
    row.push(q);
  }
  endRow();
  return mergeSpans(regions);
}

/** What stands between two cells of one printed row: blanks only. */
const BLANKS_ONLY = /^[ \t\u3000]+$/;

export function inSpans(spans: readonly Span[], offset: number): boolean {
  // spans are few (tens); a linear scan is fine
  for (const s of spans) if (offset >= s.start && offset < s.end) return true;
  return false;
}
