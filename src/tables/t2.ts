/**
 * 表二 主动公开政府信息情况, 2021 or 2019 layout (decided from its own column headers and rows).
 *
 * Each 第二十条 block is read with the columns its own header names (a table may mix the layouts); a row printed
 * with the other layout's number of cells under no header of its own takes that layout's columns. No arithmetic
 * ties 表二's cells together, so a run-together or space-split row with several possible readings stays
 * unreadable unless values known from elsewhere (the report's prose, see resolve.ts) leave one.
 */
import type { MetricKey, TableCell } from '../model/types.js';
import { T2_BLOCK_CUES, T2_BLOCK_START, T2_COLUMN_CUES, T2_LAYOUT_CUES, T2_ROWS_2019, T2_ROWS_2021, type T2RowSpec } from './lexicon/rows.js';
import { assembleRows } from './rows.js';
import { headerOrder } from './labels.js';
import { overfullReadings, pinReadings, readRow, settle, type RowReading, type RowVector } from './solve.js';
import type { TokenStream, ValueToken } from './tokens.js';
import { matchRowLabel } from './labels.js';
import { toCell } from './cells.js';
import type { TableRead } from './t3.js';

type T2Layout = '2021' | '2019';

export function t2Layout(text: string): T2Layout | null {
  const compact = text.replace(/\s+/g, '');
  const hits = (cues: readonly string[]) => cues.filter((c) => compact.includes(c)).length;
  const a = hits(T2_LAYOUT_CUES['2021']);
  const b = hits(T2_LAYOUT_CUES['2019']);
  if (a === 0 && b === 0) return null;
  return a >= b ? '2021' : '2019';
}

/** The layout a block header names, when it names exactly one. */
function blockLayout(header: string): T2Layout | null {
  const compact = header.replace(/\s+/g, '');
  const a = T2_BLOCK_CUES['2021'].some((c) => compact.includes(c));
  const b = T2_BLOCK_CUES['2019'].some((c) => compact.includes(c));
  return a === b ? null : a ? '2021' : '2019';
}

const SPECS: Record<T2Layout, readonly T2RowSpec[]> = { '2021': T2_ROWS_2021, '2019': T2_ROWS_2019 };
const other = (l: T2Layout): T2Layout => (l === '2021' ? '2019' : '2021');
/** Row of `key` under `layout`; rows only the 2019 layout has (其他对外管理服务事项, 政府集中采购) keep theirs. */
const specFor = (key: string, layout: T2Layout): T2RowSpec => SPECS[layout].find((s) => s.key === key) ?? T2_ROWS_2019.find((s) => s.key === key)!;
/** Every row label of either layout, for matching. */
const LABEL_SPECS: readonly T2RowSpec[] = T2_ROWS_2019;

const keyOf = (spec: T2RowSpec, col: string) => (spec.single ? `t2.${spec.key}` : `t2.${spec.key}.${col}`);

/** Values known for some 表二 cells (from the report's prose), by metric key. */
export type KnownCells = ReadonlyMap<MetricKey, number>;

function knownColumns(spec: T2RowSpec, known: KnownCells | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (known) spec.columns.forEach((c, i) => { const v = known.get(keyOf(spec, c)); if (v !== undefined) out.set(i, v); });
  return out;
}

function put(cells: Record<MetricKey, TableCell>, spec: T2RowSpec, vectors: RowVector[]): void {
  const { cells: settled, candidates } = settle(vectors, spec.columns.length);
  settled.forEach((g, c) => {
    const column = spec.columns[c];
    if (column === undefined) return;
    const key = keyOf(spec, column);
    cells[key] = toCell(key, g, candidates[c]);
  });
}

const filled = (values: ValueToken[]) => values.filter((v) => v.kind !== 'blank').length;

/**
 * One row under `layout`. More numbers than cells: the other layout's row when the count fits it and no header
 * said otherwise; else the numbers a space cut apart joined back, kept unreadable when several joins fit.
 */
function readT2Row(values: ValueToken[], key: string, layout: T2Layout, headed: boolean, known: KnownCells | undefined): { spec: T2RowSpec; reading: RowReading } {
  let spec = specFor(key, layout);
  let reading = readRow(values, spec.columns.length);
  if (reading.how === 'overfull') {
    const alt = specFor(key, other(layout));
    if (!headed && alt !== spec && filled(values) === alt.columns.length) return { spec: alt, reading: readRow(values, alt.columns.length) };
    // Without cell separators the extra numbers may also belong elsewhere: the row's first cells stay a reading.
    const joined = overfullReadings(values, spec.columns.length);
    const direct = reading.vectors[0];
    if (joined.length && direct && values.some((v) => v.cell === undefined)) joined.push(direct);
    const raw = values.filter((v) => v.kind !== 'blank').map((v) => v.raw).join(' ');
    reading = joined.length
      ? { vectors: joined, how: 'repaired' }
      : { vectors: [spec.columns.map(() => ({ kind: 'unreadable' as const, value: null, raw }))], how: 'unsplittable' };
  }
  if (reading.vectors.length > 1) reading = { ...reading, vectors: pinReadings(reading.vectors, knownColumns(spec, known)) };
  return { spec, reading };
}

interface RowPlan {
  key: string;
  header: string;
  values: ValueToken[];
}

/**
 * The columns a block's header prints, in its order, when it names every column of `spec` once in another order than
 * the standard one; null otherwise (the standard order holds).
 */
function printedColumns(header: string, spec: T2RowSpec): readonly string[] | null {
  if (spec.columns.length < 2) return null;
  const order = headerOrder(header, spec.columns.map((c) => T2_COLUMN_CUES[c] ?? []));
  return order ? order.map((i) => spec.columns[i] ?? '') : null;
}

/** Read planned rows in order; each block's header decides its columns, and their order. */
function readPlanned(plan: RowPlan[], layout: T2Layout, known: KnownCells | undefined) {
  const cells: Record<MetricKey, TableCell> = {};
  let complete = 0;
  let split = false;
  const seen = new Set<string>();
  let current: T2Layout | null = null;
  let blockHeader = '';
  for (const r of plan) {
    const named = blockLayout(r.header);
    if (named) current = named;
    else if (T2_BLOCK_START.test(r.header)) current = null;
    if (named || T2_BLOCK_START.test(r.header)) blockHeader = r.header;
    if (seen.has(r.key)) continue;
    const { spec, reading } = readT2Row(r.values, r.key, current ?? layout, current !== null, known);
    if (reading.how === 'empty') continue;
    seen.add(r.key);
    if (reading.how === 'direct' || reading.how === 'split' || reading.how === 'repaired') complete++;
    if (reading.how === 'split') split = true;
    // only in grids and pipe tables, whose header is cells too: PDF text may move a header word
    const inCells = r.values.length > 0 && r.values.every((v) => v.cell !== undefined);
    const printed = current !== null && inCells ? printedColumns(blockHeader, spec) : null;
    put(cells, printed ? { ...spec, columns: printed } : spec, reading.vectors);
  }
  return { cells, complete, split, rowsRead: seen.size };
}

/**
 * Pipe-separated rows (markdown, HTML as text) whose label cell is empty: each line is one row, so an unlabelled
 * line takes the row that follows the previous one in the standard order. Used only when the labelled lines
 * agree with that order.
 */
function planByLines(stream: TokenStream, specs: readonly T2RowSpec[]): RowPlan[] | null {
  const lines = new Map<number, { label: string; values: ValueToken[] }>();
  for (const t of stream.tokens) {
    const l = lines.get(t.line) ?? { label: '', values: [] };
    if (t.t === 'label') l.label += t.text;
    else l.values.push(t);
    lines.set(t.line, l);
  }
  const plan: RowPlan[] = [];
  let header = '';
  let at = -1;
  let unlabelled = 0;
  for (const { label, values } of [...lines.values()]) {
    const numbers = filled(values) > 0;
    const m = label ? matchRowLabel(label, LABEL_SPECS) : null;
    if (!numbers) {
      header += label;
      continue;
    }
    let index: number;
    if (m) {
      index = specs.findIndex((s) => s.key === m.spec.key);
      if (index < 0 || index <= at) return null;
      if (unlabelled && index !== at + 1) return null;
    } else {
      if (label.replace(/[\s\d]/g, '')) return null;
      index = at + 1;
      unlabelled++;
      if (index >= specs.length) return null;
    }
    const spec = specs[index];
    if (spec) plan.push({ key: spec.key, header: header + label, values });
    header = '';
    at = index;
  }
  return unlabelled ? plan : null;
}

const readable = (c: Record<MetricKey, TableCell>) => Object.values(c).filter((x) => x.kind === 'number').length;

/** The layout the cells read show when no header word said: rows and columns only one layout has. */
function layoutOfCells(cells: Record<MetricKey, TableCell>): T2Layout | null {
  const keys = Object.keys(cells);
  // (一) has three columns in both layouts: only the other blocks' widths and the 2019-only rows tell
  const only2019 = keys.some((k) => /^t2\.(?:other_services|procurement)\.|\.(?:prev_items|change|decisions)$/.test(k));
  const only2021 = keys.some((k) => /^t2\.(?:licensing|punishment|coercion|fees)$/.test(k));
  return only2019 === only2021 ? null : only2019 ? '2019' : '2021';
}

export function readT2(stream: TokenStream, regionText: string, known?: KnownCells): TableRead | null {
  const named = t2Layout(regionText);
  const layout = named ?? '2021';
  const specs = SPECS[layout];
  const { rows } = assembleRows(stream.tokens, { specs: LABEL_SPECS });
  let { cells, complete, split, rowsRead } = readPlanned(rows.map((r) => ({ key: r.spec.key, header: r.label, values: r.values })), layout, known);
  let drifted = false;
  // text of one cell a line (its empty cells lines of pipes alone) has no rows by lines
  const onePerLine = stream.tokens.some((t) => t.t === 'value' && t.lone);
  if (complete < specs.length && stream.pipes && !onePerLine) {
    const plan = planByLines(stream, specs);
    if (plan) {
      const byLines = readPlanned(plan, layout, known);
      if (readable(byLines.cells) > readable(cells)) ({ cells, complete, split, rowsRead } = byLines);
    }
  }
  // Labels drifted away from their numbers (PDF text): when the table holds exactly its number of cells,
  // read them in the known row order instead. Not in text with cell separators (pipes, web and Word grids, whose
  // empty cells are cells too), whose labels stay in their rows: there a count that fits is chance (a figure of a
  // note below the table making up for an empty cell), no sign of drift.
  const width = specs.reduce((s, r) => s + r.columns.length, 0);
  const values = stream.tokens.filter((t): t is ValueToken => t.t === 'value' && t.kind !== 'blank');
  if (complete < specs.length && !stream.pipes && values.length === width && !values.some((v) => v.splittable && rows.length === 0)) {
    let i = 0;
    const ordered: Record<MetricKey, TableCell> = {};
    for (const spec of specs) {
      const vals = values.slice(i, i + spec.columns.length);
      i += spec.columns.length;
      put(ordered, spec, readRow(vals, spec.columns.length).vectors);
    }
    if (readable(ordered) >= readable(cells)) {
      drifted = true;
      cells = ordered;
    }
  }
  if (!Object.keys(cells).length) return null;
  // The rows' shapes outweigh header words: (五)(六)(八)(九) outnumber the (一) block whose header may be the other layout's.
  return { cells, layout: layoutOfCells(cells) ?? named, split, drifted, rowsRead };
}
