/** Table grids in the reader's coordinates: cells found in the original text, later mapped to the normalised view. */
import type { TableGrid } from '../model/types.js';
import { CELL_NOTE_MARK } from './lexicon/html.js';

/** A table found while extracting text; start/end are offsets in the extracted (original) text. */
export interface RawTable {
  source: TableGrid['source'];
  rows: string[][];
  start: number;
  end: number;
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'g');

const BLANK_OR_PIPE = /[\s|]/;

/**
 * Cell text on one line: whitespace collapsed, line breaks inside Chinese words closed up, '|' kept out of the row
 * syntax, notes' marks dropped.
 */
export function cellText(s: string): string {
  const t = s.includes('注') ? s.replace(CELL_NOTE_MARK, '') : s;
  // most cells have no blank and no pipe: nothing below would change them
  if (!BLANK_OR_PIPE.test(t)) return t;
  return t.replace(/[\s\u00a0\u3000]+/g, ' ').trim().replace(SPACE_BETWEEN_CJK, '').replace(/\|/g, '/');
}

/** One line per row, cells separated by ' | ' (the form later stages read). */
export function rowsToText(rows: string[][]): string {
  return rows.map((r) => r.join(' | ').replace(/ +$/, '')).join('\n');
}

interface SpanCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/** Expand row/col spans: a spanned cell repeats its text in every slot it covers; short rows are padded with ''. */
export function expandSpans(rows: SpanCell[][]): string[][] {
  const grid: (string | undefined)[][] = [];
  rows.forEach((row, r) => {
    const here = (grid[r] ??= []);
    let c = 0;
    for (const cell of row) {
      while (here[c] !== undefined) c++;
      const rs = Math.max(1, Math.min(cell.rowspan, 500));
      const cs = Math.max(1, Math.min(cell.colspan, 100));
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        const below = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc++) below[c + dc] = cell.text;
      }
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}
