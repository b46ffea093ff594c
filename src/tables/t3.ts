/**
 * 表三 收到和处理政府信息公开申请情况: 25 rows (2021 layout) or 23 (a single (六)其他处理 row) × 7 columns.
 */
import type { MetricKey, TableCell } from '../model/types.js';
import { T3_COLUMNS, t3Key } from '../model/metrics.js';
import { T3_GROUP_SPECS, T3_ORDER_2021, T3_ORDER_SINGLE_OTHER, T3_ROW_SPECS } from './lexicon/rows.js';
import { assembleRows } from './rows.js';
import { chooseReadings, readRow, settle, t3RowIdentity, type RowHow, type RowVector } from './solve.js';
import type { TokenStream, ValueToken } from './tokens.js';
import { toCell } from './cells.js';

export interface TableRead {
  cells: Record<MetricKey, TableCell>;
  layout: '2021' | '2019' | null;
  split: boolean;
  drifted: boolean;
  /** Rows recognised (for choosing between readings). */
  rowsRead: number;
}

const WIDTH = 7;
const GOOD: readonly RowHow[] = ['direct', 'split', 'inserted', 'repaired'];

const valueOf = (v: RowVector | undefined, c: number): number | null => {
  const cell = v?.[c];
  return cell && cell.kind === 'number' ? cell.value : null;
};

/**
 * The column rules of 表三 (identities 1 and 2 of the format) in one column, checked where every term is
 * readable; `at(row)` is the row's number in that column (null when it is not a number).
 */
function t3ColumnOk(at: (row: string) => number | null, leaves: readonly string[]): boolean {
  const a = at('new_received');
  const b = at('carried_over');
  const t = at('total_processed');
  const f = at('carried_forward');
  if (a !== null && b !== null && t !== null && f !== null && a + b !== t + f) return false;
  if (t !== null && leaves.length >= 3) {
    let sum = 0;
    for (const k of leaves) {
      const x = at(k);
      if (x === null) return true;
      sum += x;
    }
    if (sum !== t) return false;
  }
  return true;
}

const leavesOf = (rows: Iterable<string>): string[] =>
  [...rows].filter((k) => k.includes('.') || ['granted', 'partial', 'other'].includes(k));

/** The column rules of 表三 (identities 1 and 2 of the format), checked where every term is readable. */
export function t3ColumnsOk(pick: Map<string, RowVector>): boolean {
  const leaves = leavesOf(pick.keys());
  for (let c = 0; c < WIDTH; c++) if (!t3ColumnOk((row) => valueOf(pick.get(row), c), leaves)) return false;
  return true;
}

function cellsFrom(readings: Map<string, RowVector[]>): Record<MetricKey, TableCell> {
  const chosen = chooseReadings(readings, t3ColumnsOk);
  const cells: Record<MetricKey, TableCell> = {};
  for (const [row, vectors] of chosen) {
    const { cells: settled, candidates } = settle(vectors, WIDTH);
    settled.forEach((g, c) => {
      const column = T3_COLUMNS[c];
      if (!column) return;
      const key = t3Key(column.key, row);
      cells[key] = toCell(key, g, candidates[c]);
    });
  }
  return cells;
}

function layoutOf(rows: Iterable<string>): '2021' | '2019' | null {
  const keys = [...rows];
  if (keys.some((k) => k.startsWith('other.'))) return '2021';
  if (keys.includes('other')) return '2019';
  return null;
}

/**
 * A row's cells without a 小计 column some bodies add to 法人或其他组织 (自然人 | five kinds | 小计 | 总计, or the 小计
 * before the five kinds): dropped where the row proves it one, the subtotal being the five kinds' sum and the total
 * 自然人 plus it. Any other row is left as it is (eight cells stay too many: the row is not read).
 */
function withoutSubtotal(values: ValueToken[]): ValueToken[] {
  const filled = values.filter((t) => t.kind !== 'blank');
  if (filled.length !== WIDTH + 1 || filled.some((t) => t.kind !== 'number' || t.value === null)) return values;
  const v = filled.map((t) => t.value ?? 0);
  const sum = (from: number, to: number) => v.slice(from, to).reduce((a, b) => a + b, 0);
  const total = v[WIDTH] ?? -1;
  for (const at of [WIDTH - 1, 1]) {
    const kinds = at === 1 ? sum(2, WIDTH) : sum(1, WIDTH - 1);
    const subtotal = v[at] ?? -1;
    if (subtotal === kinds && total === (v[0] ?? 0) + subtotal) return filled.filter((_, i) => i !== at);
  }
  return values;
}

/** Label-led reading: each row label followed by its seven cells. */
function readLabelled(stream: TokenStream): TableRead & { bad: number } {
  const { rows } = assembleRows(stream.tokens, { specs: T3_ROW_SPECS, groups: T3_GROUP_SPECS });
  const readings = new Map<string, RowVector[]>();
  let bad = 0;
  let split = false;
  for (const r of rows) {
    const reading = readRow(withoutSubtotal(r.values), WIDTH, t3RowIdentity);
    if (reading.how === 'empty') continue; // a heading such as (三)不予公开 with no cells of its own
    if (readings.has(r.spec.key)) {
      bad++;
      continue;
    }
    if (!GOOD.includes(reading.how)) bad++;
    if (reading.how === 'split') split = true;
    readings.set(r.spec.key, reading.vectors);
  }
  if (totalFirst(readings)) for (const [row, vectors] of readings) readings.set(row, vectors.map((v) => [...v.slice(1), ...v.slice(0, 1)]));
  return { cells: cellsFrom(readings), layout: layoutOf(readings.keys()), split, drifted: false, rowsRead: readings.size, bad };
}

/**
 * Whether 表三 was printed with 总计 as its first column (总计 | 自然人 | 商业企业 …): at least three rows whose cells are
 * all numbers add up with the first cell as their total and not in the standard order, and no such row adds up in the
 * standard order only.
 */
function totalFirst(readings: ReadonlyMap<string, RowVector[]>): boolean {
  let rows = 0;
  for (const vectors of readings.values()) {
    const [only, ...more] = vectors;
    if (!only || more.length || only.length !== WIDTH) continue;
    const v = only.map((c) => (c.kind === 'number' ? c.value : null));
    if (v.some((x) => x === null)) continue;
    const standard = t3RowIdentity(v);
    const first = t3RowIdentity([...v.slice(1), ...v.slice(0, 1)]);
    if (standard && first) continue; // zeros, or one applicant kind beside 总计: both orders add up
    if (standard || !first) return false;
    rows++;
  }
  return rows >= 3;
}

/**
 * Cells in the known row order, for PDF text where the labels drifted away from their numbers. PDF text
 * gives some stretches row by row and others column by column (seven equal runs of k numbers, one per line,
 * are k rows printed column-wise); both are put back into row order before the standard order is applied.
 */
export function orderedT3Values(stream: TokenStream): ValueToken[][] | null {
  const values = stream.tokens.filter((t): t is ValueToken => t.t === 'value' && t.kind !== 'blank');
  // Reordering keeps every value once: a count that fills neither standard order fills it in no order.
  if (values.length !== WIDTH * T3_ORDER_2021.length && values.length !== WIDTH * T3_ORDER_SINGLE_OTHER.length) return null;
  const tokensPerLine = new Map<number, number>();
  for (const t of stream.tokens) if (t.t === 'label' || t.kind !== 'blank') tokensPerLine.set(t.line, (tokensPerLine.get(t.line) ?? 0) + 1);
  const runs: ValueToken[][] = [];
  for (const v of values) {
    const alone = tokensPerLine.get(v.line) === 1;
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (alone && prev && tokensPerLine.get(prev.line) === 1 && v.line === prev.line + 1 && !stream.gapBefore.has(v.line)) last!.push(v);
    else runs.push([v]);
  }
  const ordered: ValueToken[] = [];
  for (let i = 0; i < runs.length; ) {
    const run = runs[i] ?? [];
    const k = run.length;
    const block = runs.slice(i, i + WIDTH);
    if (k > 1 && block.length === WIDTH && block.every((r) => r.length === k)) {
      // a block of WIDTH columns printed one under another: read it row by row
      for (let r = 0; r < k; r++) for (const column of block) ordered.push(...column.slice(r, r + 1));
      i += WIDTH;
    } else {
      ordered.push(...run);
      i++;
    }
  }
  const order = ordered.length === WIDTH * T3_ORDER_2021.length ? T3_ORDER_2021 : ordered.length === WIDTH * T3_ORDER_SINGLE_OTHER.length ? T3_ORDER_SINGLE_OTHER : null;
  if (!order) return null;
  const rows: ValueToken[][] = [];
  for (let r = 0; r < order.length; r++) rows.push(ordered.slice(r * WIDTH, r * WIDTH + WIDTH));
  return rows;
}

function readOrdered(stream: TokenStream): TableRead | null {
  const rows = orderedT3Values(stream);
  if (!rows) return null;
  const order = rows.length === T3_ORDER_2021.length ? T3_ORDER_2021 : T3_ORDER_SINGLE_OTHER;
  const readings = new Map<string, RowVector[]>();
  let holds = 0;
  rows.forEach((vals, r) => {
    const reading = readRow(vals, WIDTH);
    const first = reading.vectors[0];
    const key = order[r];
    if (first && t3RowIdentity(first.map((c) => (c.kind === 'number' ? c.value : null)))) holds++;
    if (key !== undefined) readings.set(key, reading.vectors);
  });
  // The order is trusted only when the table's own row totals confirm it.
  if (holds < rows.length * 0.9) return null;
  return { cells: cellsFrom(readings), layout: layoutOf(readings.keys()), split: false, drifted: true, rowsRead: rows.length };
}

/** How many of the table's rules a reading satisfies (row totals, and the two column rules per column). */
export function t3Agreement(cells: Record<MetricKey, TableCell>): number {
  // keys are t3.<column>.<row…>: the row is everything after the second dot
  const rows = new Set(Object.keys(cells).map((k) => k.slice(k.indexOf('.', 3) + 1)));
  // per row, each column's number (null when the cell is not a number)
  const numbers = new Map<string, (number | null)[]>();
  let score = 0;
  for (const row of rows) {
    const values: (number | null)[] = [];
    let allNumbers = true;
    for (const col of T3_COLUMNS) {
      const c = cells[t3Key(col.key, row)];
      if (c?.kind === 'number') values.push(c.value ?? null);
      else {
        values.push(null);
        allNumbers = false;
      }
    }
    numbers.set(row, values);
    if (allNumbers && t3RowIdentity(values)) score++;
  }
  const leaves = leavesOf(rows);
  for (let c = 0; c < WIDTH; c++) {
    const at = (row: string): number | null => numbers.get(row)?.[c] ?? null;
    if (at('new_received') !== null && at('carried_over') !== null && at('total_processed') !== null && at('carried_forward') !== null && t3ColumnOk(at, leaves)) score++;
  }
  return score;
}

export function readT3(stream: TokenStream): TableRead | null {
  const labelled = readLabelled(stream);
  const ordered = readOrdered(stream);
  // PDF text may print a label after its numbers: then reading label-led shifts every row by one, which the
  // arithmetic exposes. The reading that satisfies more of the table's rules wins; ties go to the labels.
  if (ordered && (labelled.bad > 0 || labelled.rowsRead < 20 || t3Agreement(ordered.cells) > t3Agreement(labelled.cells))) return ordered;
  return labelled.rowsRead > 0 ? labelled : null;
}
