/**
 * Stage 3: 表二, 表三 and 表四 read from every rendering into the metric keys of
 * ../shared/spec/output.md.
 *
 * Grids given by the reader (HTML/DOCX/PDF/markdown tables, spans expanded) are preferred; otherwise each
 * table is located in the text by its own markers and read from a token stream (see tokens.ts): label-led
 * first, then — for PDF text whose labels drifted — in the standard row order, confirmed by the arithmetic.
 */
import type {
  MetricKey,
  ParsedTable,
  SourceDocument,
  Span,
  Structure,
  TableGrid,
  TableId,
  TableRendering,
  TablesResult,
} from '../model/types.js';
import { absenceReason, findRegions, type Headings, type TableRegion } from './regions.js';
import { tokeniseGrid, tokeniseRegion, type TokenStream } from './tokens.js';
import { readT3, type TableRead } from './t3.js';
import { readT2, t2Layout, type KnownCells } from './t2.js';
import { readT4 } from './t4.js';
import { textRendering } from './cells.js';
import { deriveT2Aliases, deriveT3Groups, deriveT4 } from './derive.js';
import { readLegacy } from './legacy.js';
import { GRID_CUES, PAGE_MARKER, T2_BLOCK_CUES, T4_HEADER } from './lexicon/rows.js';
import { tableView } from './wording.js';

export { cleanLabel, matchRowLabel } from './labels.js';
export { tokeniseRegion, tokeniseGrid } from './tokens.js';
export { proseKnownCells } from './resolve.js';

const GRID_RENDERING: Record<TableGrid['source'], TableRendering> = {
  html: 'html',
  docx: 'docx',
  markdown: 'markdown',
  pdf: 'pdf-columns',
};

/** Which standard table a reader grid holds, from its words. */
function gridTable(grid: TableGrid): TableId | null {
  const text = grid.rows.flat().join('').replace(/\s+/g, '');
  return GRID_CUES.find((c) => c.cue.test(text))?.id ?? null;
}

/**
 * Reader grids by standard table. A table is often printed as several grids (表二 one per 第二十条 item, 表三
 * broken by a page or split into header and body): a grid without cue words continues the previous one
 * unless a section heading lies between them; grids of the same table are joined in order.
 */
function groupGrids(doc: SourceDocument, headings: Headings): Map<TableId, TableGrid> {
  const out = new Map<TableId, TableGrid>();
  const headingStarts = [headings.t2, headings.t3, headings.t4, headings.after].filter((h): h is NonNullable<typeof h> => !!h).map((h) => h.start);
  let previous: { id: TableId; end: number } | null = null;
  for (const g of [...doc.tables].sort((a, b) => a.start - b.start)) {
    const hasNumbers = g.rows.some((r) => r.some((c) => /\d/.test(c)));
    const prevEnd: number = previous?.end ?? -1;
    const headingBetween: boolean = headingStarts.some((h) => h >= prevEnd && h < g.start);
    const id: TableId | null = gridTable(g) ?? (previous && hasNumbers && !headingBetween ? previous.id : null);
    if (!id) continue;
    const seen = out.get(id);
    out.set(id, seen ? { ...seen, rows: [...seen.rows, ...g.rows], end: Math.max(seen.end, g.end) } : g);
    previous = { id, end: g.end };
  }
  return out;
}

function read(id: TableId, stream: TokenStream, regionText: string, regionStart?: number, known?: KnownCells, gridHeader?: string): TableRead | null {
  // likewise 表二 by its 第二十条 items or its column heads (本年制发…), not by a row named 规章 or 行政许可
  if (id === 't2') return regionStart === undefined && !isT2Grid(regionText) ? null : readT2(stream, regionText, known);
  if (id === 't3') return readT3(stream);
  // A grid is 表四 by its column heads (结果维持…尚未审结), not by naming 行政复议 somewhere: a pre-2019 statistics table
  // (行政复议数量 | 件 | 0) has the words and no such heads, and its figures in order are no 表四.
  if (regionStart === undefined) return T4_HEADER.test(regionText) ? readT4(stream, undefined, 0, gridHeader) : null;
  return readT4(stream, regionText, regionStart);
}

/** Whether a grid's text has 表二's items or column heads (compared without blanks). */
function isT2Grid(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return compact.includes('第二十条') || Object.values(T2_BLOCK_CUES).some((words) => words.some((w) => compact.includes(w)));
}

/** A grid's rows before its first number, as one text: its header. */
const gridHeaderText = (grid: TableGrid): string => {
  const firstNumbers = grid.rows.findIndex((r) => r.some((c) => /\d/.test(c)));
  return (firstNumbers < 0 ? grid.rows : grid.rows.slice(0, firstNumbers)).flat().join(' ');
};

export interface ParseOptions {
  /** Values known for some 表二 cells (from the report's prose, see resolve.ts): ambiguous rows keep the readings that agree. */
  known?: KnownCells;
}

/**
 * A table's region up to the page's chrome below it (上一篇…, 主办单位…, 网站标识码 0000000000): a page excerpt that stops
 * inside a table runs into its footer, whose numbers are no cells.
 */
function clippedToPage(text: string, region: TableRegion | null, chrome: readonly Span[]): TableRegion | null {
  if (!region) return null;
  // page numbers are furniture inside a table too (a PDF page turns in it): only the page's own chrome ends one
  const end = chrome.reduce((e, c) => (c.start > region.start && c.start < e && !PAGE_MARKER.test(text.slice(c.start, c.end)) ? c.start : e), region.end);
  return end === region.end ? region : { ...region, end };
}

export function parseTables(source: SourceDocument, structure: Structure, opts: ParseOptions = {}): TablesResult {
  const doc = tableView(source);
  const regions = findRegions(doc.text);
  const grids = groupGrids(doc, regions.headings);
  const tables: ParsedTable[] = [];
  const result: TablesResult = { layout: null, tables, absent: [] };
  for (const id of ['t2', 't3', 't4'] as const) {
    const grid = grids.get(id);
    let parsed: ParsedTable | null = null;
    if (grid) {
      const stream = tokeniseGrid(grid);
      const r = read(id, stream, grid.rows.flat().join(' '), undefined, opts.known, gridHeaderText(grid));
      if (r) parsed = { id, start: grid.start, end: grid.end, layout: r.layout, rendering: GRID_RENDERING[grid.source], cells: r.cells, readBy: r.drifted ? 'standard-order' : 'labels' };
    }
    const region: TableRegion | null = clippedToPage(doc.text, regions[id], structure.boilerplate);
    if (!parsed && region) {
      const stream = tokeniseRegion(doc.text, region.start, region.end);
      const regionText = doc.text.slice(region.start, region.end);
      const r = read(id, stream, regionText, region.start, opts.known);
      if (r && Object.values(r.cells).some((c) => c.kind === 'number' || c.kind === 'unreadable')) {
        const rendering = textRendering(stream, { split: r.split, drifted: r.drifted, pdf: doc.format === 'pdf' });
        parsed = { id, start: region.start, end: region.end, layout: r.layout, rendering, cells: r.cells, readBy: r.drifted ? 'standard-order' : 'labels' };
      }
    }
    if (parsed) {
      if (id === 't2') deriveT2Aliases(parsed.cells);
      if (id === 't3') deriveT3Groups(parsed.cells);
      if (id === 't4') deriveT4(parsed.cells);
      tables.push(parsed);
    } else {
      const why = absenceReason(id, doc, structure, regions.headings);
      result.absent.push({ id, reason: why.reason, evidence: why.evidence });
    }
  }
  // Pre-2019 reports: their statistics table answers some 表三/表四 questions (applications, 复议, 诉讼).
  if (!tables.some((t) => t.id === 't3' || t.id === 't4')) {
    const legacy = readLegacy(doc.text);
    if (legacy) {
      for (const id of ['t3', 't4'] as const) {
        const cells = Object.fromEntries(Object.entries(legacy.cells).filter(([k]) => k.startsWith(id)));
        if (!Object.keys(cells).length) continue;
        tables.push({ id, start: legacy.start, end: legacy.end, layout: null, rendering: legacy.split ? 'run-together' : 'flat', cells, readBy: 'labels' });
        result.absent = result.absent.filter((a) => a.id !== id);
      }
    }
  }
  const t2 = tables.find((t) => t.id === 't2');
  const t3 = tables.find((t) => t.id === 't3');
  result.layout = t2?.layout ?? t3?.layout ?? (regions.t2 ? t2Layout(doc.text.slice(regions.t2.start, regions.t2.end)) : null);
  return result;
}

/** Flat values by metric key: printed number cells plus derived group sums. */
export function tableValues(result: TablesResult): Record<MetricKey, number> {
  const out: Record<MetricKey, number> = {};
  for (const t of result.tables) for (const c of Object.values(t.cells)) if (c.kind === 'number' && c.value !== null) out[c.key] = c.value;
  return out;
}
