/**
 * A report as a text PDF (pdfkit). PDF needs a font with CJK glyphs: Noto Sans SC from the npm package
 * `@expo-google-fonts/noto-sans-sc` (an optional dependency; without it PDF rendering is unavailable).
 * Tables are drawn cell by cell at column positions, as PDFs of Word tables are, without ruling lines.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Block, Composed } from '../blocks.js';
import type { Grid } from '../tables.js';
import { at } from '../../util/at.js';

let fontPath: string | null | undefined;

/** Path of the CJK font, or null when the font package is not installed. */
export function cjkFontPath(): string | null {
  if (fontPath !== undefined) return fontPath;
  try {
    const req = createRequire(import.meta.url);
    const dir = dirname(req.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
    const p = join(dir, '400Regular', 'NotoSansSC_400Regular.ttf');
    fontPath = existsSync(p) ? p : null;
  } catch {
    fontPath = null;
  }
  return fontPath;
}

let fontBytes: Buffer | null = null;

export function pdfAvailable(): boolean {
  return cjkFontPath() !== null;
}

/** Column widths: label columns wide, number columns narrow, scaled to the page. */
function widths(grid: Grid, page: number): number[] {
  const labelCols = grid.id === 't3' ? 3 : grid.id === 't2' ? 1 : 0;
  const raw = Array.from({ length: grid.columns }, (_, i) => (i < labelCols ? (grid.id === 't3' ? at([70, 60, 150], i) : 150) : 40));
  const sum = raw.reduce((s, x) => s + x, 0);
  return raw.map((x) => (x * page) / sum);
}

export async function renderPdf(composed: Composed, grids: Partial<Record<'t2' | 't3' | 't4', Grid>>, conv: (s: string) => string, meta: { agency: string; date: string }): Promise<Buffer> {
  const font = cjkFontPath();
  if (!font) throw new Error('PDF 渲染需要中文字体包 @expo-google-fonts/noto-sans-sc，当前未安装');
  const [y, m, d] = meta.date.split('-').map(Number);
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: conv(composed.title), Author: meta.agency, CreationDate: new Date(Date.UTC(y!, m! - 1, d!, 9)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  fontBytes ??= readFileSync(font); // read once: the font is 10 MB
  doc.registerFont('cjk', fontBytes);
  doc.font('cjk');
  const left = doc.page.margins.left;
  const pageWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  const table = (grid: Grid) => {
    const ws = widths(grid, pageWidth);
    const xs = ws.map((_, i) => left + ws.slice(0, i).reduce((s, x) => s + x, 0));
    doc.fontSize(grid.id === 't4' ? 6 : 7);
    const occupied: boolean[][] = grid.rows.map(() => []);
    grid.rows.forEach((row, r) => {
      // where each cell starts, skipping slots covered by spans from above
      const placed: { col: number; w: number; text: string }[] = [];
      let col = 0;
      for (const c of row) {
        while (at(occupied, r)[col]) col++;
        const cs = c.colspan ?? 1;
        for (let i = 0; i < (c.rowspan ?? 1); i++) for (let j = 0; j < cs; j++) (occupied[r + i] ??= [])[col + j] = true;
        placed.push({ col, w: ws.slice(col, col + cs).reduce((s, x) => s + x, 0) - 10, text: conv(c.text) }); // a gap, so a wrapped label never touches the first number
        col += cs;
      }
      const height = Math.max(...placed.map((p) => doc.heightOfString(p.text, { width: p.w })), 10) + 3;
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      for (const p of placed) doc.text(p.text, at(xs, p.col), top, { width: p.w, lineBreak: true });
      doc.x = left;
      doc.y = top + height;
    });
    doc.moveDown(0.5);
  };

  const block = (b: Block) => {
    switch (b.kind) {
      case 'title':
        doc.fontSize(15).text(conv(b.text), { align: 'center' }).moveDown(0.6);
        return;
      case 'heading':
        doc.fontSize(b.level === 1 ? 12 : 11).text(conv(b.text), left, doc.y).moveDown(0.2);
        return;
      case 'para':
        doc.fontSize(10.5).text(b.segs.map((s) => conv(s.text)).join(''), left, doc.y, { indent: 21, lineGap: 2 }).moveDown(0.3);
        return;
      case 'image':
        doc.fontSize(9).text(b.src.split('/').pop()!, left, doc.y).moveDown(0.3);
        return;
      case 'table': {
        const g = grids[b.id];
        if (g) table(g);
        return;
      }
    }
  };
  composed.blocks.forEach(block);
  doc.end();
  return done;
}
