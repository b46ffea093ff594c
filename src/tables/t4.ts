/**
 * 表四 行政复议、行政诉讼: one row of 15 cells (three groups of 结果维持/结果纠正/其他结果/尚未审结/总计).
 * Its headers carry no digits, so the cells are the value tokens in order; lines without any number are
 * header rows whose blank cells are layout, not cells.
 */
import type { MetricKey, TableCell } from '../model/types.js';
import { T4_COLUMNS, T4_GROUPS, t4Key } from '../model/metrics.js';
import { readRow, settle, t4RowIdentity } from './solve.js';
import type { TokenStream, ValueToken } from './tokens.js';
import { PROSE_SUFFIX, T4_HEADER } from './lexicon/rows.js';
import { toCell } from './cells.js';
import { headerOrder } from './labels.js';
import type { TableRead } from './t3.js';

const WIDTH = 15;
const GROUP = T4_COLUMNS.length;
const STANDARD_ORDER: readonly number[] = T4_COLUMNS.map((_, i) => i);

/**
 * Which column each printed position of a group holds (an index into T4_COLUMNS). The standard order (结果维持 …
 * 总计) unless the header prints the five column words in another order (总计 first, as some bodies do) and the
 * cells prove it: every group adds up in the header's order and not in the standard one. PDF text may move a header
 * word, so the header alone decides nothing.
 */
function printedOrder(header: string, cells: readonly (number | null)[]): readonly number[] {
  if (cells.length !== WIDTH || cells.some((c) => c === null)) return STANDARD_ORDER;
  const order = headerOrder(header, T4_COLUMNS.map((c) => [c.name]));
  if (!order) return STANDARD_ORDER;
  const inStandardOrder = cells.map((_, i) => {
    const g = Math.floor(i / GROUP);
    return cells[g * GROUP + order.indexOf(i % GROUP)] ?? null;
  });
  return !t4RowIdentity([...cells]) && t4RowIdentity(inStandardOrder) ? order : STANDARD_ORDER;
}


/**
 * `regionText` and `regionStart`: the text region the stream was read from, if any; `gridHeader`: a grid's rows
 * before its first number (its header), for a table the reader gave as a grid.
 */
export function readT4(stream: TokenStream, regionText?: string, regionStart = 0, gridHeader?: string): TableRead | null {
  // Cells follow the first header word (PDF text may drift a later 总计 in between, which is harmless);
  // a stretch without header words is prose about 复议/诉讼, not the table.
  let from = -Infinity;
  if (regionText !== undefined) {
    const h = T4_HEADER.exec(regionText);
    if (!h) return null;
    from = regionStart + h.index;
  }
  // Numbers with a counting unit or a date suffix belong to prose about 复议/诉讼, not to the table.
  stream = { ...stream, tokens: stream.tokens.filter((t) => t.start >= from && !(t.t === 'value' && t.unit && PROSE_SUFFIX.test(t.unit))) };
  const linesWithValues = new Set<number>();
  for (const t of stream.tokens) if (t.t === 'value' && t.kind !== 'blank') linesWithValues.add(t.line);
  const values = stream.tokens.filter((t): t is ValueToken => t.t === 'value' && linesWithValues.has(t.line));
  if (!values.some((v) => v.kind !== 'blank')) return null;
  // Fifteen cells need at least fifteen printed characters (digits, markers or blank slots).
  const printed = values.reduce((s, v) => s + (v.kind === 'number' ? v.raw.replace(/\D/g, '').length : 1), 0);
  if (printed < 15) return null;
  const reading = readRow(values, WIDTH, t4RowIdentity);
  if (reading.how === 'empty') return null;
  const { cells: settled, candidates } = settle(reading.vectors, WIDTH);
  const first = values.find((v) => v.kind !== 'blank');
  const header = gridHeader ?? (regionText !== undefined && first ? regionText.slice(0, first.start - regionStart) : '');
  const order = printedOrder(header, settled.map((g) => (g.kind === 'number' ? g.value : null)));
  const cells: Record<MetricKey, TableCell> = {};
  settled.forEach((g, i) => {
    const group = T4_GROUPS[Math.floor(i / GROUP)];
    const column = T4_COLUMNS[order[i % GROUP] ?? -1];
    if (!group || !column) return;
    const key = t4Key(group.key, column.key);
    cells[key] = toCell(key, g, candidates[i]);
  });
  return { cells, layout: null, split: reading.how === 'split', drifted: false, rowsRead: 1 };
}
