/** Pipe tables (markdown and text copies of web tables) → grids; the text itself already holds their rows. */
import { cellText, type RawTable } from './grid.js';
import { EMPHASIS, HEADING_MARKS, IMAGE_LINE, PIPE_ROW, QUOTE_MARK, SEPARATOR_CELL } from './lexicon/markdown.js';

/** Whitespace as `\s` reads it (String.prototype.trim removes the same characters). */
const isSpace = (c: string | undefined): boolean => c !== undefined && c.trim() === '' && c !== '';

/**
 * A separator row (|---|:---:|), read cell by cell: a single pattern for the whole row re-reads a run of
 * blanks from each of its positions.
 */
function isSeparatorRow(line: string): boolean {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').every((cell) => SEPARATOR_CELL.test(cell.trim()));
}

function splitRow(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(cellText);
}

/**
 * Runs of two or more lines that start and end with '|' and have at least two cells with text in
 * some row; separator rows (|---|) are dropped from the grid.
 */
export function findPipeTables(text: string): RawTable[] {
  const tables: RawTable[] = [];
  let block: { start: number; end: number; lines: string[] } | null = null;
  const flush = () => {
    if (block && block.lines.length >= 2) {
      const rows = block.lines.filter((l) => !isSeparatorRow(l)).map(splitRow);
      const width = Math.max(0, ...rows.map((r) => r.length));
      const informative = rows.filter((r) => r.filter((c) => c !== '').length >= 2).length;
      if (width >= 2 && informative >= 1) {
        tables.push({ source: 'markdown', rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]), start: block.start, end: block.end });
      }
    }
    block = null;
  };
  // lines by index rather than split('\n'): a text of many short lines would otherwise become one huge array
  for (let offset = 0; offset <= text.length; ) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(offset, lineEnd);
    if (PIPE_ROW.test(line) && line.replace(/[|\s]/g, '').length > 0) {
      if (!block) block = { start: offset, end: offset + line.length, lines: [] };
      block.lines.push(line);
      block.end = offset + line.length;
    } else if (!(block && isSeparatorRow(line))) flush();
    else block.lines.push(line);
    offset = lineEnd + 1;
  }
  flush();
  return tables;
}

/** The line without its closing heading marks (一、总体情况 ## → 一、总体情况): blanks, hashes, blanks at the end. */
function withoutClosingHashes(line: string): string {
  let end = line.length;
  while (isSpace(line[end - 1])) end--;
  let hashes = end;
  while (line[hashes - 1] === '#') hashes--;
  if (hashes === end) return line;
  let blanks = hashes;
  while (isSpace(line[blanks - 1])) blanks--;
  return blanks === hashes ? line : line.slice(0, blanks);
}

/**
 * [words](target) → words, except images (![…]). Scanned by hand: a pattern for it re-reads the rest of the
 * line from every '[' that is never closed. Each search for ']' or ')' resumes from the last one found.
 */
function withoutLinks(line: string): string {
  let out = '';
  let copied = 0;
  // the first ']' after the current '[' and the first ')' after its '](' (-1: none left in the line)
  let close = 0;
  let paren = 0;
  for (let i = line.indexOf('['); i >= 0; i = line.indexOf('[', i + 1)) {
    if (line[i - 1] === '!') continue;
    if (close <= i) close = line.indexOf(']', i + 1);
    if (close < 0) break;
    if (close === i + 1 || line[close + 1] !== '(') continue;
    if (paren < close + 2) paren = line.indexOf(')', close + 2);
    if (paren < 0) break;
    out += line.slice(copied, i) + line.slice(i + 1, close);
    copied = paren + 1;
    i = paren;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/**
 * Markdown → plain report text: heading marks, block quotes, emphasis and link syntax dropped so headings
 * read as they were printed (## 一、总体情况 → 一、总体情况). Image lines and pipe tables stay as written.
 */
export function markdownToText(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      if (IMAGE_LINE.test(line) || /^\s*\|/.test(line)) return line;
      const bare = withoutClosingHashes(line.replace(HEADING_MARKS, '')).replace(QUOTE_MARK, '').replace(EMPHASIS, '$2');
      return withoutLinks(bare);
    })
    .join('\n');
}
