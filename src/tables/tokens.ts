/**
 * Turns a stretch of report text (or a table grid) into a stream of label and value tokens.
 *
 * Every rendering ends up here: pipe lines (markdown, HTML/DOCX written as ' | ' cells), flattened lines of
 * label + numbers, one cell per line (or a line per cell closed by a pipe, as a web table copied cell by cell
 * reads), PDF text, and scraped text where labels and numbers run together
 * (`规章000行政规范性文件693665`). A value token keeps its raw digits; whether `693665` is one cell or several
 * is decided later, with the table's arithmetic.
 */
import type { CellKind, TableGrid } from '../model/types.js';
import { RUNNING_TITLE_HINT } from '../read/lexicon/pages.js';
import { CELL_COUNT_UNIT, HEADER_NOTE, MARKER_CELLS, ZERO_CELLS, DATE_UNIT, PAGE_MARKER, PAGE_MARKER_WORD, RUNNING_TITLE_IN_TABLE, RUNNING_TITLE_PAGE, T3_ROW_SPECS, TEXT_CELLS, UNIT_SUFFIX } from './lexicon/rows.js';
import { matchRowLabel } from './labels.js';

export interface LabelToken {
  t: 'label';
  text: string;
  start: number;
  end: number;
  line: number;
}

export interface ValueToken {
  t: 'value';
  raw: string;
  kind: CellKind;
  value: number | null;
  start: number;
  end: number;
  line: number;
  /** A digit string that may hold several cells run together. */
  splittable: boolean;
  /** Printed right after label text with no space between (规章555): text that lost its cell boundaries. */
  glued?: boolean;
  /** Unit word printed right after the number (件, 万元, 年 …), if any. */
  unit?: string;
  /** Index of the grid or pipe cell it was printed in (absent in text without cell separators). */
  cell?: number;
  /**
   * A blank cell known to stand among the table's value columns (a web or Word grid, whose spanned labels repeat
   * rather than leave blanks): an empty cell of the row, never padding, even before or after its numbers.
   */
  ownCell?: boolean;
  /**
   * An empty cell printed as a line of pipes alone, in text of one cell a line (规章 |⏎|⏎3 |): a cell of its row, but a
   * spanned label's filler cells print the same way, right after the label or at the row's end.
   */
  lone?: boolean;
}

export type Token = LabelToken | ValueToken;

export interface TokenStream {
  tokens: Token[];
  /** Line numbers preceded by a blank line (used to see column blocks in PDF text). */
  gapBefore: Set<number>;
  /** Whether the stretch had pipe-separated cells, and markdown separator rows. */
  pipes: boolean;
  markdown: boolean;
}

// Thousands separators (1,234.5) first; otherwise plain digit runs with an optional fraction.
const NUMBER = /[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[+-]?\d+(?:\.\d+)?/g;

const TEXT_CELL_SET: ReadonlySet<string> = new Set(TEXT_CELLS);

export function valueKindOf(raw: string): { kind: CellKind; value: number | null } {
  const s = raw.trim();
  if (s === '') return { kind: 'blank', value: null };
  const marker = MARKER_CELLS[s];
  if (marker) return { kind: marker, value: null };
  if (ZERO_CELLS.has(s)) return { kind: 'number', value: 0 };
  if (TEXT_CELL_SET.has(s)) return { kind: 'text', value: null };
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return { kind: 'number', value: Number(s.replace(/,/g, '')) };
  if (/^[+-]?\d+(?:\.\d+)?$/.test(s)) return { kind: 'number', value: Number(s) };
  // a count with its measure word (193件): the number, not a label (nor a span's copy of the cell beside it)
  const counted = /^(\d+)\s*(\D+)$/.exec(s);
  if (counted?.[1] && counted[2] && CELL_COUNT_UNIT.test(counted[2])) return { kind: 'number', value: Number(counted[1]) };
  return { kind: 'text', value: null };
}

/** The text of `original` between `from` and `to` as a label token (a function, not a closure: see quantity.ts). */
function pushLabel(out: Token[], original: string, at: number, line: number, from: number, to: number): void {
  if (to > from) out.push({ t: 'label', text: original.slice(from, to), start: at + from, end: at + to, line });
}

/** What follows a date's number right after it, or after a blank. */
const DATE_AFTER = new RegExp(`^${DATE_UNIT.source}`);
const DATE_AFTER_BLANK = new RegExp(`^[ \\t\\u3000]+${DATE_UNIT.source}`);

/** Whitespace-separated words, read with one shared global regex: tokeniseText runs for every cell and line. */
const WORD = /\S+/g;
const HAS_DIGIT = /\d/;
/** A row's number in brackets before its label (（1）属于国家秘密, (2) 其他…): one or two digits, the bracket closed, words next. */
const BRACKET_NUMBERING = /^\d{1,2}$/;
const OPENING_BRACKET = /^[(（]$/;
const NUMBERING_CLOSE = /^[)）][ \t\u3000]?[^\d\s)）(（|]/;

/** Tokenise one cell or one line of text at offset `base`, word by word. */
function tokeniseText(s: string, base: number, line: number, out: Token[]): void {
  // Header notes such as (单位:万元,保留4位小数) hold digits that are not cells (only a '(' can open one).
  const masked = s.includes('(') ? s.replace(HEADER_NOTE, (m) => '＿'.repeat(m.length)) : s;
  WORD.lastIndex = 0;
  for (let w = WORD.exec(masked); w; w = WORD.exec(masked)) {
    const word = w[0];
    const wStart = w.index;
    const original = word === masked ? s : s.slice(wStart, wStart + word.length);
    const marker = MARKER_CELLS[word] ?? (TEXT_CELL_SET.has(word) ? 'text' : undefined);
    if (marker) {
      out.push({ t: 'value', raw: word, kind: marker, value: null, start: base + wStart, end: base + wStart + word.length, line, splittable: false });
      continue;
    }
    if (ZERO_CELLS.has(word)) {
      out.push({ t: 'value', raw: word, kind: 'number', value: 0, start: base + wStart, end: base + wStart + word.length, line, splittable: false });
      continue;
    }
    let cursor = 0;
    // a word without a digit is all label (the common case: row and column names)
    if (!HAS_DIGIT.test(word)) {
      pushLabel(out, original, base + wStart, line, 0, word.length);
      continue;
    }
    if (PAGE_MARKER_WORD.test(word)) continue;
    for (const m of word.matchAll(NUMBER)) {
      let raw = m[0];
      let at = m.index!;
      // A sign belongs to the number only at the start of a word (`-1`, `+2`); elsewhere it is text.
      if ((raw[0] === '-' || raw[0] === '+') && at > 0) {
        raw = raw.slice(1);
        at += 1;
      }
      let end = at + raw.length;
      const after = word.slice(end);
      // A date is no cell (a running header's 2023年 left in a line run together, 2024年1月): it stays in the label text.
      if (DATE_AFTER.test(after) || (after === '' && DATE_AFTER_BLANK.test(masked.slice(wStart + end)))) continue;
      // Row numbering in brackets: `（1）属于国家秘密`, `(2) 其他法律行政法规禁止公开` — stays in the label text.
      if (BRACKET_NUMBERING.test(raw) && OPENING_BRACKET.test(word[at - 1] ?? '') && (at === 1 || !HAS_DIGIT.test(word[at - 2] ?? ''))) {
        const rest = masked.slice(wStart + end);
        if (NUMBERING_CLOSE.test(rest)) continue;
      }
      // Row numbering: `1.属于国家秘密`, and `00000002.其他…` where the last digit numbers the next label.
      if (/^[.、]/.test(after) && !/^[.、]\d/.test(after) && /^\d+$/.test(raw.replace(/^[+-]/, ''))) {
        const digits = raw;
        if (digits.length === 1) continue; // all numbering, stays in the label text
        raw = digits.slice(0, -1);
        end = at + raw.length;
      }
      pushLabel(out, original, base + wStart, line, cursor, at);
      const { kind, value } = valueKindOf(raw);
      out.push({
        t: 'value',
        raw,
        kind,
        value,
        start: base + wStart + at,
        end: base + wStart + end,
        line,
        splittable: /^\d{2,}(?:\.\d+)?$/.test(raw),
        ...(at > cursor ? { glued: true } : {}),
      });
      cursor = end;
      const unit = word.slice(end).match(UNIT_SUFFIX);
      if (unit) {
        cursor += unit[0].length;
        (out[out.length - 1] as ValueToken).unit = unit[0];
      }
    }
    pushLabel(out, original, base + wStart, line, cursor, word.length);
  }
}

/** A running title is a line of its own, short: a long line holding one is a page run together, table and all. */
const RUNNING_TITLE_LINE = 60;

/** Lines of one cell each, closed by a pipe (a table copied cell by cell from a web page), with at least this many cells. */
const MIN_PIPE_LINE_CELLS = 8;

/**
 * Whether [start, end) prints one cell a line, each closed by a pipe (规章 |⏎0 |⏎|⏎), its empty cells as lines of
 * pipes alone: no line holds a pipe between two cells, some lines are pipes alone, and enough lines hold a cell.
 */
function cellsOnePerPipeLine(text: string, start: number, end: number): boolean {
  let cells = 0;
  let bare = 0;
  for (let pos = start; pos < end; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const line = text.slice(pos, nl).trim();
    pos = nl + 1;
    if (!line.includes('|')) continue;
    if (/^\|+$/.test(line)) bare++;
    else if (/^[^|]+\|$/.test(line)) cells++;
    else return false;
  }
  return bare > 0 && cells >= MIN_PIPE_LINE_CELLS;
}

/** Tokenise [start, end) of `text`, line by line. */
export function tokeniseRegion(text: string, start: number, end: number): TokenStream {
  const perPipeLine = cellsOnePerPipeLine(text, start, end);
  const tokens: Token[] = [];
  const gapBefore = new Set<number>();
  let pipes = false;
  let markdown = false;
  let lineNo = 0;
  let pendingGap = false;
  let pos = start;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const line = text.slice(pos, nl);
    const base = pos;
    pos = nl + 1;
    if (line.trim() === '') {
      pendingGap = true;
      continue;
    }
    if (PAGE_MARKER.test(line) || (line.length <= RUNNING_TITLE_LINE && line.includes(RUNNING_TITLE_HINT) && RUNNING_TITLE_IN_TABLE.test(line))) continue;
    lineNo++;
    if (pendingGap) gapBefore.add(lineNo);
    pendingGap = false;
    if (line.includes('|')) {
      pipes = true;
      if (/^\s*\|?\s*:?-{2,}/.test(line) && /^[\s|:-]+$/.test(line)) {
        markdown = true;
        continue;
      }
      // Strip one leading and one trailing pipe; a line of pipes only separates rows.
      let body = line;
      let offset = base;
      const lead = body.match(/^\s*\|/);
      if (lead) {
        offset += lead[0].length;
        body = body.slice(lead[0].length);
      }
      body = body.replace(/\|\s*$/, '');
      if (body.replace(/[\s|]/g, '') === '') {
        // one cell a line, each closed by its pipe: a line of pipes alone is that many empty cells
        if (perPipeLine) {
          const pipes = line.split('|').length - 1;
          for (let k = 0; k < pipes; k++) tokens.push({ t: 'value', raw: '', kind: 'blank', value: null, start: base, end: base + line.length, line: lineNo, splittable: false, lone: true });
        }
        continue;
      }
      let cellStart = 0;
      const cells = body.split('|');
      const lineTokens: Token[] = [];
      cells.forEach((cell, index) => {
        const first = lineTokens.length;
        if (cell.trim() === '') {
          lineTokens.push({ t: 'value', raw: '', kind: 'blank', value: null, start: offset + cellStart, end: offset + cellStart + cell.length, line: lineNo, splittable: false });
        } else {
          tokeniseText(cell, offset + cellStart, lineNo, lineTokens);
        }
        for (let i = first; i < lineTokens.length; i++) { const t = lineTokens[i]; if (t?.t === 'value') t.cell = index; }
        cellStart += cell.length + 1;
      });
      tokens.push(...lineTokens);
    } else {
      // a running header and its page number inside a line run together are blanked out, offsets kept
      const unpaged = line.includes(RUNNING_TITLE_HINT) && RUNNING_TITLE_IN_TABLE.test(line) ? line.replace(RUNNING_TITLE_PAGE, (m) => ' '.repeat(m.length)) : line;
      tokeniseText(unpaged, base, lineNo, tokens);
    }
  }
  return { tokens, gapBefore, pipes, markdown };
}

/** Tokenise a grid given by the reader (rows of cell strings, spans expanded). */
/**
 * Where the value columns start in each row length of a web or Word grid, for rows with a label and for rows of
 * values alone. A labelled row's values start at the first column any such row prints a number in (a row whose
 * first value cells are empty starts further right); a row of values alone (表四's under its header) starts where
 * the grid's cells do, at the first column any row of its length fills. Null for a PDF's grid, whose blanks are
 * its layout's as much as the table's; none for a markdown table's rows whose columns are out of line.
 */
function valueColumns(grid: TableGrid): Map<number, { labelled: number; plain: number }> | null {
  // a PDF's grid, whose blanks are its layout's as much as the table's
  if (grid.source !== 'html' && grid.source !== 'docx' && grid.source !== 'markdown') return null;
  const start = new Map<
    number,
    { labelled: number; plain: number; afterLabel: number; headed: Set<number>; figures: boolean; numbers: Set<number>; labels: Set<number> }
  >();
  for (const row of grid.rows) {
    const kinds = row.map((cell, i) => (isSerialCell(row, i) ? 'text' : valueKindOf(cell.trim()).kind));
    const s = start.get(row.length) ?? {
      labelled: Infinity, plain: Infinity, afterLabel: Infinity, headed: new Set<number>(), figures: false, numbers: new Set<number>(), labels: new Set<number>(),
    };
    // where rows of figures hold their figures, and their labels
    if (kinds.includes('number')) kinds.forEach((k, i) => (k === 'number' ? s.numbers.add(i) : k === 'text' && s.labels.add(i)));
    const filled = kinds.findIndex((k) => k !== 'blank');
    if (filled >= 0) s.plain = Math.min(s.plain, filled);
    const first = kinds.indexOf('number');
    // in a row with a label, a number in the first cell is the label's (a serial number), not a value column's start
    if (first > 0 && kinds.includes('text')) {
      s.labelled = Math.min(s.labelled, first);
      s.afterLabel = Math.min(s.afterLabel, kinds.lastIndexOf('text', first) + 1);
    }
    // a header row (words, no figures, above the first row of figures) names the columns below it; rows of words
    // further down are labels (a group's name on a row of its own, sub-rows whose zeros were left empty)
    if (first < 0 && !s.figures) kinds.forEach((k, i) => k === 'text' && s.headed.add(i));
    if (first >= 0) s.figures = true;
    start.set(row.length, s);
  }
  // Columns right after the labels that are blank in every row (a column of zeros printed empty, 自然人 in a report
  // with no such requester) are value columns still when a header names them; a blank column no header names is the
  // grid's spacing.
  const out = new Map<number, { labelled: number; plain: number }>();
  for (const [length, s] of start) {
    // A markdown table whose columns hold figures in some rows and labels in others was converted with its cells out
    // of line (a spanned label written as empty cells in some rows only): its blanks are padding, not cells.
    if (grid.source === 'markdown' && [...s.numbers].some((i) => s.labels.has(i))) continue;
    let labelled = s.labelled;
    while (labelled > s.afterLabel && s.headed.has(labelled - 1)) labelled--;
    out.set(length, { labelled, plain: s.plain });
  }
  return out;
}

/** A sub-row's number in a cell of its own (1, 2.): 表三 numbers its groups' rows 1 to 8. */
const SERIAL_CELL = /^[1-8][.、．]?$/;

/**
 * Whether cell `i` of a grid row numbers the row (1 | 属于国家秘密 | 0 | 0 | …): the label's, not a figure, as 1.属于国家秘密
 * in one cell is. Only before a cell that is one of 表三's row labels, with figures after it: a figure before words
 * that are no row label (行政许可 | 5 | 无变化 | 30, 本年增/减 in words) stays a figure.
 */
function isSerialCell(row: readonly string[], i: number): boolean {
  if (!SERIAL_CELL.test((row[i] ?? '').trim())) return false;
  let next = i + 1;
  while (next < row.length && (row[next] ?? '').trim() === '') next++;
  const label = (row[next] ?? '').trim();
  // 3.其他 is a row label only under (六)其他处理: as the group is not known here, its rows count too
  if (next >= row.length || valueKindOf(label).kind !== 'text' || !matchRowLabel(label, T3_ROW_SPECS, { group: 'other' })) return false;
  return row.slice(next + 1).some((c) => valueKindOf(c.trim()).kind === 'number');
}

/**
 * How many columns of a web or Word grid stand empty in every row before its first written column (a narrow spacer
 * column left of the labels): the grid's layout, not the table's cells. Only leading ones: an empty column among
 * the values may be a column of zeros left empty whose header stands out of line, and trailing blanks are padding
 * anyway. Not in markdown, which writes a spanned label's other slots as empty cells, nor in a PDF's grid.
 */
function leadingSpacers(grid: TableGrid): number {
  if ((grid.source !== 'html' && grid.source !== 'docx') || grid.rows.length < 2) return 0;
  const written = (i: number) => grid.rows.some((r) => (r[i] ?? '').trim() !== '');
  const width = Math.max(...grid.rows.map((r) => r.length));
  let n = 0;
  while (n < width && !written(n)) n++;
  return n < width ? n : 0;
}

export function tokeniseGrid(grid: TableGrid): TokenStream {
  const tokens: Token[] = [];
  let lineNo = 0;
  const columns = valueColumns(grid);
  const spacers = leadingSpacers(grid);
  for (const row of grid.rows) {
    lineNo++;
    // A spanned label repeats in every slot it covers: keep the first copy only.
    let prev: string | null = null;
    // In a PDF's grid the blanks left of a row's first number are the grid's, not the table's: a row of label text
    // alone is a line of a label its cell wrapped (2.申请人逾期未按收费… above its numbers' line), whose words go on
    // into the next row's label, and a blank before a label does not close the label before it.
    const firstValue = grid.source === 'pdf' ? row.findIndex((cell) => !['text', 'blank'].includes(valueKindOf(cell).kind)) : 0;
    const labelled = columns !== null && row.some((cell) => valueKindOf(cell.trim()).kind === 'text');
    const labelColumns = firstValue < 0 ? row.length : firstValue;
    for (const [index, cell] of row.entries()) {
      if (index < spacers || isSerialCell(row, index)) continue;
      const c = cell.replace(/\s+/g, ' ').trim();
      if (c === '') {
        if (index < labelColumns) continue;
        const from = columns?.get(row.length);
        const valuesFrom = from ? (labelled ? from.labelled : from.plain) : Infinity;
        const ownCell = index >= valuesFrom;
        tokens.push({ t: 'value', raw: '', kind: 'blank', value: null, start: grid.start, end: grid.start, line: lineNo, splittable: false, cell: index, ...(ownCell ? { ownCell } : {}) });
        prev = null;
        continue;
      }
      const kv = valueKindOf(c);
      if (kv.kind === 'text') {
        if (c === prev) continue;
        prev = c;
        const sub: Token[] = [];
        tokeniseText(c, grid.start, lineNo, sub);
        for (const t of sub) {
          t.start = grid.start;
          t.end = grid.end;
          if (t.t === 'value') t.cell = index;
        }
        tokens.push(...sub);
      } else {
        prev = null;
        tokens.push({ t: 'value', raw: c, kind: kv.kind, value: kv.value, start: grid.start, end: grid.end, line: lineNo, splittable: /^\d{2,}(?:\.\d+)?$/.test(c), cell: index });
      }
    }
  }
  return { tokens, gapBefore: new Set(), pipes: true, markdown: false };
}
