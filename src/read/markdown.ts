/** Pipe tables (markdown and text copies of web tables) → grids; the text itself already holds their rows. */
import { cellText, type RawTable } from './grid.js';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function splitRow(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(cellText);
}

/**
 * Runs of two or more lines that start and end with '|' and have at least two cells with text in
 * some row; separator rows (|---|) are dropped from the grid.
 */
export function findPipeTables(text: string): RawTable[] {
  const tables: RawTable[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let block: { start: number; end: number; lines: string[] } | null = null;
  const flush = () => {
    if (block && block.lines.length >= 2) {
      const rows = block.lines.filter((l) => !SEPARATOR_ROW.test(l)).map(splitRow);
      const width = Math.max(0, ...rows.map((r) => r.length));
      const informative = rows.filter((r) => r.filter((c) => c !== '').length >= 2).length;
      if (width >= 2 && informative >= 1) {
        tables.push({ source: 'markdown', rows: rows.map((r) => [...r, ...Array(width - r.length).fill('')]), start: block.start, end: block.end });
      }
    }
    block = null;
  };
  for (const line of lines) {
    if (PIPE_ROW.test(line) && line.replace(/[|\s]/g, '').length > 0) {
      if (!block) block = { start: offset, end: offset + line.length, lines: [] };
      block.lines.push(line);
      block.end = offset + line.length;
    } else if (!(block && SEPARATOR_ROW.test(line))) flush();
    else block.lines.push(line);
    offset += line.length + 1;
  }
  flush();
  return tables;
}

/**
 * Markdown → plain report text: heading marks, block quotes, emphasis and link syntax dropped so headings
 * read as they were printed (## 一、总体情况 → 一、总体情况). Image lines and pipe tables stay as written.
 */
export function markdownToText(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(line) || /^\s*\|/.test(line)) return line;
      return line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, '$2')
        .replace(/(?<!!)\[([^\]\n]+)\]\([^)\n]*\)/g, '$1');
    })
    .join('\n');
}
