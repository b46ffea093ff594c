/**
 * Plain-text renderings: markdown tables, flattened tables (label + numbers per line, header words broken over lines,
 * as text copied from web pages), and one cell per line. Output offsets are exact for every claim and problem.
 */
import type { Block, Composed } from '../blocks.js';
import type { Grid } from '../tables.js';
import { expand, type GridSlot } from '../tables.js';
import { Writer } from './common.js';
import { Rng } from '../random.js';
import type { Rendering } from '../types.js';

export interface TextRenderInput {
  composed: Composed;
  grids: Partial<Record<'t2' | 't3' | 't4', Grid>>;
  rendering: Extract<Rendering, 'markdown' | 'flat' | 'cell-per-line'>;
  conv: (s: string) => string;
  rng: Rng;
  chrome: { agency: string; date: string; column: string } | null;
}

function markdownTable(w: Writer, grid: Grid, split: boolean): void {
  const m = expand(grid);
  const line = (cells: readonly GridSlot[]) => {
    w.raw('| ');
    cells.forEach((c, i) => {
      if (i > 0) w.raw(' | ');
      // a slot a span covers prints empty
      if (c.origin) w.cell(c);
    });
    w.raw(' |\n');
  };
  const sep = () => w.raw(`|${Array.from({ length: grid.columns }, () => '---').join('|')}|\n`);
  if (split && grid.headRows > 0) {
    m.slice(0, grid.headRows).forEach((row, i) => {
      line(row);
      if (i === 0) sep();
    });
    w.raw('\n');
    line(Array.from({ length: grid.columns }, () => ({ text: '', origin: true, head: false })));
    sep();
    m.slice(grid.headRows).forEach((row) => line(row));
  } else {
    m.forEach((row, i) => {
      line(row);
      if (i === 0) sep();
    });
  }
}

/** Header words of four or more characters break in two, as narrow web-table columns wrap them. */
function broken(rng: Rng, text: string): string {
  if (text.length >= 4 && text.length <= 6 && rng.chance(0.5)) {
    const k = Math.floor(text.length / 2);
    return `${text.slice(0, k)}\n${text.slice(k)}`;
  }
  return text;
}

function flatTable(w: Writer, grid: Grid, rng: Rng): void {
  grid.rows.forEach((row, r) => {
    if (r < grid.headRows) {
      w.text(row.map((c) => broken(rng, c.text)).join(rng.chance(0.5) ? '\n' : ' ')).raw('\n');
      return;
    }
    const gap = grid.id === 't4' && rng.chance(0.5) ? '  ' : ' ';
    row.forEach((c, i) => (i > 0 ? w.raw(gap) : w).cell(c));
    w.raw('\n');
  });
}

function cellPerLine(w: Writer, grid: Grid): void {
  for (const row of grid.rows) for (const c of row) w.cell(c).raw('\n');
}

export function renderText(input: TextRenderInput): { text: string; writer: Writer } {
  const { composed, grids, rendering, rng } = input;
  const w = new Writer(input.conv);
  const md = rendering === 'markdown';
  const hashes = md && rng.chance(0.5);
  const paraGap = md ? '\n\n' : rng.chance(0.3) ? '\n\n' : '\n';
  if (input.chrome && rendering !== 'markdown') {
    w.text(`当前位置：首页 > ${input.chrome.column} > 年度报告`).raw('\n\n');
  }
  for (const b of composed.blocks) renderBlock(b);
  if (input.chrome && rendering !== 'markdown') w.raw('\n').text(`打印本页  关闭窗口\n主办：${input.chrome.agency}  版权所有\n`);
  return { text: w.toString(), writer: w };

  function renderBlock(b: Block): void {
    switch (b.kind) {
      case 'title':
        w.raw(md ? '# ' : '').text(b.text).raw('\n\n');
        if (input.chrome && !md) w.text(`来源：${input.chrome.agency}  发布时间：${input.chrome.date}`).raw('\n\n');
        return;
      case 'heading':
        w.raw(hashes ? (b.level === 1 ? '## ' : '### ') : '').text(b.text).raw(md ? '\n\n' : '\n');
        return;
      case 'para':
        w.segs(b.segs).raw(paraGap);
        return;
      case 'image':
        w.raw(md ? `![](${b.src})` : b.src.split('/').pop()!).raw(md ? '\n\n' : '\n');
        return;
      case 'table': {
        const grid = grids[b.id];
        if (!grid) return;
        if (rendering === 'markdown') markdownTable(w, grid, b.id === 't3' && rng.chance(0.4));
        else if (rendering === 'flat') flatTable(w, grid, rng);
        else cellPerLine(w, grid);
        w.raw(md ? '\n' : rng.chance(0.5) ? ' \n' : '\n');
        return;
      }
    }
  }
}
