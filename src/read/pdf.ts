/**
 * PDF text layer → report text: lines rebuilt from item positions, page numbers and running headers dropped,
 * prose lines re-flowed into paragraphs, column lines (tables) kept one row per line and recorded as grids.
 */
import { getDocumentProxy } from 'unpdf';
import { ITEM_NUMBER, PAGE_NUMBER_LINES, PARAGRAPH_START, PRINTED_PAGE_NUMBER_LINE, SENTENCE_END, TABLE_BREAK } from './lexicon/pdf.js';
import type { RawTable } from './grid.js';
import { toSimplified } from './normalise.js';

interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
  /**
   * The items the cell was made of, left to right (two table cells set close together are one cell here: 三、本年 and
   * （一）予以公开), so that a wrapped label's next line goes on from the item it stands under.
   */
  parts?: CellPart[];
}

interface CellPart {
  text: string;
  x0: number;
  /** Set apart from the part before it by more than a word gap (Latin words get a blank between them). */
  spaced: boolean;
}

/** A cell's text from its parts. */
function partsText(parts: readonly CellPart[]): string {
  return parts.reduce((out, p, i) => (i === 0 ? p.text : p.spaced ? joinWords(out, p.text) : out + p.text), '').trim();
}

interface PdfLine {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  cells: Cell[];
  text: string;
}

export interface ExtractedPdf {
  text: string;
  tables: RawTable[];
  pages: number;
  /** Non-space characters in the text layer (0 for a scanned PDF). */
  chars: number;
}

/** Gap between items, in font sizes, that separates table columns rather than words. */
const COLUMN_GAP = 1.2;
const WORD_GAP = 0.25;
/** Column separator written into the text: a run of spaces, so a row stays one line. */
const COLUMN_SEPARATOR = '   ';

/** Latin words (and ASCII punctuation before them) need a space when lines or items are joined; Chinese does not. */
function joinWords(a: string, b: string): string {
  return /[!-~]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : a + b;
}

/** Longest overlay glyph run put back into a placeholder (quotes, a dash, a short Latin word). */
const MAX_OVERLAY = 4;

/**
 * Glyphs of another font drawn over blanks left for them inside a run of text (LibreOffice writes 积极推行 就近办 and
 * then “ and ” at the blanks' places): each goes back into the blank nearest its place, so the line reads
 * 积极推行“就近办” and not 积极推行 就近办“”. Only blanks are filled: a run whose stated width overruns the next
 * item (justified text) keeps its characters.
 */
function placeOverlays(items: PdfItem[]): PdfItem[] {
  const runs = items.filter((it) => it.str.length > 1 && it.str.includes(' '));
  if (runs.length === 0) return items;
  return items.filter((it) => {
    if (it.str.length > MAX_OVERLAY) return true;
    const run = runs.find((r) => r !== it && r.str.length > it.str.length && r.x < it.x && it.x < r.x + r.w);
    if (!run) return true;
    const step = run.w / run.str.length;
    let best = -1;
    for (let k = run.str.indexOf(' '); k >= 0; k = run.str.indexOf(' ', k + 1)) {
      if (best < 0 || Math.abs(run.x + k * step - it.x) < Math.abs(run.x + best * step - it.x)) best = k;
    }
    if (best < 0 || Math.abs(run.x + best * step - it.x) > 1.5 * step) return true;
    run.str = run.str.slice(0, best) + it.str + run.str.slice(best + 1);
    return false;
  });
}

function buildLine(page: number, lineItems: PdfItem[]): PdfLine {
  const items = placeOverlays(lineItems.sort((a, b) => a.x - b.x));
  const size = Math.min(...items.map((i) => i.size));
  const cells: Cell[] = [];
  for (const it of items) {
    const last = cells.at(-1);
    const gap = last ? it.x - last.x1 : Infinity;
    // two numbers a blank apart are two cells however close (narrow columns: 0 17 is 0 and 17, never 017 or one cell)
    const numbers = gap > WORD_GAP * size && NUMERIC_CELL.test(it.str.trim()) && NUMERIC_CELL.test(last?.parts?.at(-1)?.text.trim() ?? '');
    if (last && gap < COLUMN_GAP * size && !numbers) {
      last.parts?.push({ text: it.str, x0: it.x, spaced: gap > WORD_GAP * size });
      last.x1 = Math.max(last.x1, it.x + it.w);
    } else {
      cells.push({ text: it.str, x0: it.x, x1: it.x + it.w, parts: [{ text: it.str, x0: it.x, spaced: false }] });
    }
  }
  for (const c of cells) c.text = partsText(c.parts ?? []);
  // a title set with wide letter-spacing (政  府  信  息) is one phrase, not a row of cells
  const first = cells[0];
  const last = cells.at(-1);
  if (first && last && cells.length >= 3 && cells.every((c) => /^[\u3400-\u9fff（）、]{1,2}$/.test(c.text))) {
    cells.splice(0, cells.length, { text: cells.map((c) => c.text).join(''), x0: first.x0, x1: last.x1 });
  }
  // a line is made of at least one item, so it has a first and a last cell
  return {
    page,
    y: items[0]?.y ?? 0,
    size,
    x0: first?.x0 ?? 0,
    x1: last?.x1 ?? 0,
    cells,
    text: cells.map((c) => c.text).join(COLUMN_SEPARATOR),
  };
}

/** Group a page's items into lines by baseline (items within half a font size share a line). */
function pageLines(page: number, items: PdfItem[]): PdfLine[] {
  const sorted = items.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of sorted) {
    const g = groups.at(-1);
    const head = g?.[0];
    if (g && head && Math.abs(head.y - it.y) <= 0.5 * Math.min(head.size, it.size)) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => buildLine(page, g));
}

const shape = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, '');

function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return PAGE_NUMBER_LINES.some((re) => re.test(t));
}

/** Drop page numbers (first/last lines of a page) and headers/footers repeated on most pages. */
function dropPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const edgeCount = new Map<string, number>();
  for (const lines of pages) {
    // a table's row of numbers (0 0 0 0 0 0 0 ending several pages) is no running header or footer
    const edges = new Set([lines[0], lines[1], lines.at(-1), lines.at(-2)].filter((l): l is PdfLine => !!l && !isColumnLine(l)).map((l) => shape(l.text)));
    for (const e of edges) edgeCount.set(e, (edgeCount.get(e) ?? 0) + 1);
  }
  const running = new Set(
    [...edgeCount].filter(([s, n]) => pages.length >= 2 && n >= Math.max(2, pages.length * 0.5) && s.length >= 2 && s !== '#').map(([s]) => s),
  );
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const edge = i < 2 || i >= lines.length - 2;
      if (isPageNumber(l.text)) {
        // -3- and 第3页 are page numbers wherever they stand (a page set short puts one mid-page); 1/5 at an edge only
        if (PRINTED_PAGE_NUMBER_LINE.test(l.text.replace(/\s+/g, ' ').trim()) || (/\/|of/i.test(l.text) && edge)) return false;
        // a bare number is a page number only as the page's first or last line, set apart from the text
        const neighbour = i === 0 ? lines[1] : i === lines.length - 1 ? lines[i - 1] : undefined;
        if ((i === 0 || i === lines.length - 1) && (!neighbour || Math.abs(neighbour.y - l.y) > 1.8 * l.size)) return false;
      }
      return !(edge && running.has(shape(l.text)));
    }),
  );
}

const NUMERIC_CELL = /^[-+]?\d[\d,.]*%?$|^[/／—-]$/;

/** A table row: several cells, at least one of them a number. */
function isColumnLine(l: PdfLine): boolean {
  return l.cells.length >= 2 && l.cells.some((c) => NUMERIC_CELL.test(c.text));
}

const isLabelOnly = (l: PdfLine) => l.cells.length === 1 && !NUMERIC_CELL.test(l.text);

/** A label printed just above its numbers-only row (the cell was two lines high) joins that row. */
function mergeLabels(block: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const l of block) {
    const above = out.at(-1);
    if (above && isLabelOnly(above) && l.cells.length >= 2 && NUMERIC_CELL.test(l.cells[0]?.text ?? '') && above.x0 < l.x0) {
      const label: Cell = { text: above.text, x0: above.x0, x1: Math.min(above.x1, l.x0 - 1) };
      out[out.length - 1] = { ...l, x0: above.x0, cells: [label, ...l.cells], text: above.text + COLUMN_SEPARATOR + l.text };
    } else out.push(l);
  }
  return out;
}

/** Baselines of one cell's wrapped lines lie at most this many font sizes apart (the next row's lie further). */
const WRAP_LEADING = 2;

/** Where a row's numbers start: the left edge of its first number cell. */
function numbersStart(row: PdfLine): number {
  return row.cells.find((c) => NUMERIC_CELL.test(c.text))?.x0 ?? Infinity;
}

/**
 * Whether `l`, below `above`, is a line of the table's label column, the numbers starting at `numbersFrom`: label
 * text only, left of the numbers, close below (or at the top of the next page, where a row the page breaks inside
 * goes on), and no part heading.
 */
function inLabelColumn(above: PdfLine, l: PdfLine, numbersFrom: number): boolean {
  return (
    !isColumnLine(l) &&
    (l.page === above.page ? Math.abs(above.y - l.y) <= WRAP_LEADING * l.size : l.page === above.page + 1) &&
    l.x1 < numbersFrom &&
    !breaksTable(l)
  );
}

/** A label, then a number set right against it as an item of its own: 行政事业性收费27.0804. */
const LABEL_THEN_NUMBER = /[\u4e00-\u9fff)）]$/;

/**
 * A table row whose label fills its narrow cell up to the number beside it (行政事业性收费27.0804, one cell by their
 * gap): two cells, where the number is an item of its own reaching into the numbers' columns (from `numbersFrom`),
 * on a line close below the table's last row. Null for any other line.
 */
function ungluedRow(above: PdfLine, l: PdfLine, numbersFrom: number): PdfLine | null {
  const cell = l.cells.length === 1 ? l.cells[0] : undefined;
  const parts = cell?.parts;
  if (!cell || !parts || parts.length < 2 || cell.x1 <= numbersFrom || cell.text.length > MAX_BRIDGED_LINE) return null;
  if (!(l.page === above.page ? Math.abs(above.y - l.y) <= WRAP_LEADING * l.size : l.page === above.page + 1) || breaksTable(l)) return null;
  const number = parts.at(-1)!;
  const label = parts.slice(0, -1);
  const labelText = partsText(label);
  if (!NUMERIC_CELL.test(number.text.trim()) || !LABEL_THEN_NUMBER.test(labelText)) return null;
  const cells: Cell[] = [
    { text: labelText, x0: cell.x0, x1: number.x0, parts: label },
    { text: number.text.trim(), x0: number.x0, x1: cell.x1, parts: [number] },
  ];
  return { ...l, cells, text: cells.map((c) => c.text).join(COLUMN_SEPARATOR) };
}

/**
 * Whether `l` is the next line of the label of the row of numbers `above` ends: a line of the label column that opens
 * no item in any of its cells (三、本年, （三）不予公开, 度办理结 （二）部分公开: a label that opens there is the next
 * row's, printed above its numbers).
 */
function wrapsLabel(above: PdfLine, l: PdfLine, numbersFrom: number): boolean {
  return inLabelColumn(above, l, numbersFrom) && !ITEM_NUMBER.test(l.text);
}

/**
 * The last part of the run of text a wrapped line starting at `x` goes on from: parts set apart by more than a word
 * gap are two table cells set close together, and the line stands under the last run starting left of `x`.
 */
function runEndUnder(parts: readonly CellPart[], x: number): CellPart | undefined {
  let end: CellPart | undefined;
  for (const [i, p] of parts.entries()) {
    if (i > 0 && p.spaced && p.x0 > x) break;
    end = p;
  }
  return end;
}

/**
 * A row label wrapped inside its cell, its numbers on the cell's first line (1.属于国 0 0 0 / 家秘密, as Word and WPS
 * print a narrow label column): the label's later lines join that row, each piece onto the label cell it stands
 * under, or as a cell of its own where the row has none there (a group label's next line: 不予公 under (三)). Lines
 * above the first row of numbers (the header) are left as they are.
 */
function joinWrappedLabels(block: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  let row: PdfLine | null = null;
  for (const l of block) {
    const above = out.at(-1);
    if (!row || !above || !wrapsLabel(above, l, numbersStart(row))) {
      out.push(l);
      row = isColumnLine(l) ? l : null;
      continue;
    }
    const cells = row.cells.map((c) => ({ ...c, ...(c.parts ? { parts: c.parts.map((p) => ({ ...p })) } : {}) }));
    for (const piece of l.cells) {
      const under = cells.find((c) => !NUMERIC_CELL.test(c.text) && c.x0 < piece.x1 && piece.x0 < c.x1);
      if (!under) {
        cells.splice(cells.filter((c) => c.x0 < piece.x0).length, 0, { ...piece });
        continue;
      }
      const last = under.parts ? runEndUnder(under.parts, piece.x0 + 0.5 * l.size) : undefined;
      if (last && under.parts) {
        last.text = joinWords(last.text, piece.text);
        under.text = partsText(under.parts);
      } else under.text = joinWords(under.text, piece.text);
      under.x1 = Math.max(under.x1, piece.x1);
    }
    row = { ...row, cells, x0: Math.min(row.x0, l.x0), text: cells.map((c) => c.text).join(COLUMN_SEPARATOR) };
    // the next piece is measured from the line just joined
    out[out.length - 1] = { ...row, page: l.page, y: l.y };
  }
  return out;
}

/** A section heading or a table title, in simplified characters or traditional (四、…行政訴訟情況). */
const breaksTable = (l: PdfLine): boolean => TABLE_BREAK.test(toSimplified(l.text));

/** Longest line a table takes in between its rows without more ado. */
const MAX_BRIDGED_LINE = 25;

/** A short line inside a table (a label fragment such as 三、本年 or （三）不予公开), not a section heading. */
function bridgeable(l: PdfLine): boolean {
  return l.text.length <= MAX_BRIDGED_LINE && !breaksTable(l);
}

/** Align the rows of a block of column lines on the columns of its widest row. */
function alignRows(lines: PdfLine[]): string[][] {
  const widest = lines.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  const anchors = widest.cells.map((c) => (c.x0 + c.x1) / 2);
  return lines.map((l) => {
    const row = anchors.map(() => '');
    for (const c of l.cells) {
      const mid = (c.x0 + c.x1) / 2;
      let best = 0;
      let bestDistance = Infinity;
      anchors.forEach((a, k) => {
        if (Math.abs(a - mid) < bestDistance) (best = k), (bestDistance = Math.abs(a - mid));
      });
      row[best] = row[best] ? `${row[best]} ${c.text}` : c.text;
    }
    return row;
  });
}

/** Typical right edge of prose lines on each page (the 90th percentile, so a wide table does not set it). */
function rightMargins(pages: PdfLine[][]): number[] {
  return pages.map((lines) => {
    const xs = lines.filter((l) => l.cells.length === 1).map((l) => l.x1).sort((a, b) => a - b);
    return xs[Math.floor(xs.length * 0.9)] ?? Infinity;
  });
}

function leftMargins(pages: PdfLine[][]): number[] {
  return pages.map((lines) => {
    const xs = lines.filter((l) => l.cells.length === 1).map((l) => l.x0).sort((a, b) => a - b);
    return xs[Math.floor(xs.length * 0.1)] ?? 0;
  });
}

export function linesToText(pages: PdfLine[][]): { text: string; tables: RawTable[] } {
  const kept = dropPageFurniture(pages);
  const right = rightMargins(kept);
  const left = leftMargins(kept);
  const lines = kept.flat();
  let out = '';
  const tables: RawTable[] = [];
  let i = 0;
  let prev: PdfLine | null = null;
  while (i < lines.length) {
    const l = lines[i];
    if (!l) break;
    if (l.cells.length >= 2) {
      // a table: column lines, header lines with several cells, and short label fragments between rows
      let j = i + 1;
      let last = i;
      // the last row of numbers so far: a line left of its numbers and close below is a label's line, however long
      let numbersRow: PdfLine | null = isColumnLine(l) ? l : null;
      while (j < lines.length) {
        const m = lines[j];
        if (!m) break;
        const glued = numbersRow && j - last <= 3 ? ungluedRow(lines[j - 1] ?? m, m, numbersStart(numbersRow)) : null;
        if (glued) lines[j] = glued;
        const n = glued ?? m;
        if (isColumnLine(n) || n.cells.length >= 2) {
          last = j;
          if (isColumnLine(n)) numbersRow = n;
        } else {
          const labelLine = numbersRow !== null && inLabelColumn(lines[j - 1] ?? m, m, numbersStart(numbersRow));
          if (!(labelLine || bridgeable(m)) || (j - last > 3 && !labelLine)) break;
        }
        j++;
      }
      const numbers = numbersRow !== null;
      // several cells but no number anywhere: a spaced-out line of prose, not a table
      if (!numbers) {
        out += (out.length && !out.endsWith('\n') ? '\n' : '') + l.text;
        prev = l;
        i++;
        continue;
      }
      let block = lines.slice(i, last + 1);
      if (prev && prev.cells.length === 1 && out.endsWith(prev.text)) {
        // the line just above may be the label of a numbers-only first row
        out = out.slice(0, out.length - prev.text.length);
        block = joinWrappedLabels(mergeLabels([prev, ...block]));
        if (block[0] === prev) {
          // it was not: the line goes back to the prose
          block.shift();
          out += prev.text;
        }
      } else block = joinWrappedLabels(mergeLabels(block));
      if (out.length && !out.endsWith('\n')) out += '\n';
      const start = out.length;
      out += block.map((b) => b.text).join('\n');
      tables.push({ source: 'pdf', rows: alignRows(block), start, end: out.length });
      out += '\n';
      prev = null;
      i = last + 1;
      continue;
    }
    const continues =
      prev !== null &&
      prev.cells.length === 1 &&
      l.cells.length === 1 &&
      prev.x1 >= (right[prev.page] ?? Infinity) - 1.5 * prev.size &&
      !SENTENCE_END.test(prev.text) &&
      l.x0 <= (left[l.page] ?? 0) + 0.8 * l.size &&
      !PARAGRAPH_START.test(l.text) &&
      Math.abs(prev.size - l.size) < 1.5;
    if (continues) out = joinWords(out, l.text);
    else out += (out.length && !out.endsWith('\n') ? '\n' : '') + l.text;
    prev = l;
    i++;
  }
  return { text: out, tables };
}

export async function pdfToText(buf: Uint8Array): Promise<ExtractedPdf> {
  // verbosity 0: a damaged file is reported as a ReadError, not as pdf.js console warnings
  const pdf = await getDocumentProxy(new Uint8Array(buf), { verbosity: 0 });
  const pages: PdfLine[][] = [];
  let chars = 0;
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str.trim() === '') continue;
      const t = raw.transform as number[];
      const [, , b = 0, d = 0, x = 0, y = 0] = t;
      const size = Math.hypot(b, d) || raw.height || 10;
      items.push({ str: raw.str, x, y, w: raw.width, size });
      chars += raw.str.replace(/\s+/g, '').length;
    }
    pages.push(items.length ? pageLines(p - 1, items) : []);
    page.cleanup();
  }
  const pageCount = pdf.numPages;
  await pdf.destroy();
  return { ...linesToText(pages), pages: pageCount, chars };
}
