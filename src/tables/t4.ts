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
import type { TableRead } from './t3.js';

const WIDTH = 15;


export function readT4(stream: TokenStream, regionText?: string, regionStart = 0): TableRead | null {
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
  const cells: Record<MetricKey, TableCell> = {};
  settled.forEach((g, i) => {
    const group = T4_GROUPS[Math.floor(i / 5)];
    const column = T4_COLUMNS[i % 5];
    if (!group || !column) return;
    const key = t4Key(group.key, column.key);
    cells[key] = toCell(key, g, candidates[i]);
  });
  return { cells, layout: null, split: reading.how === 'split', drifted: false, rowsRead: 1 };
}
