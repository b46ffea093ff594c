/**
 * 表二 主动公开政府信息情况, 2021 or 2019 layout (decided from its own column headers and rows).
 * No arithmetic ties its cells together, so a run-together cell with several possible splits stays unreadable.
 */
import type { MetricKey, TableCell } from '../model/types.js';
import { T2_LAYOUT_CUES, T2_ROWS_2019, T2_ROWS_2021, type T2RowSpec } from './lexicon/rows.js';
import { assembleRows } from './rows.js';
import { readRow, settle, type RowVector } from './solve.js';
import type { TokenStream, ValueToken } from './tokens.js';
import { toCell } from './cells.js';
import type { TableRead } from './t3.js';

export function t2Layout(text: string): '2021' | '2019' | null {
  const compact = text.replace(/\s+/g, '');
  const hits = (cues: readonly string[]) => cues.filter((c) => compact.includes(c)).length;
  const a = hits(T2_LAYOUT_CUES['2021']);
  const b = hits(T2_LAYOUT_CUES['2019']);
  if (a === 0 && b === 0) return null;
  return a >= b ? '2021' : '2019';
}

const keyOf = (spec: T2RowSpec, col: string) => (spec.single ? `t2.${spec.key}` : `t2.${spec.key}.${col}`);

function put(cells: Record<MetricKey, TableCell>, spec: T2RowSpec, vectors: RowVector[]): void {
  const { cells: settled, candidates } = settle(vectors, spec.columns.length);
  settled.forEach((g, c) => {
    const key = keyOf(spec, spec.columns[c]!);
    cells[key] = toCell(key, g, candidates[c]);
  });
}

export function readT2(stream: TokenStream, regionText: string): TableRead | null {
  const layout = t2Layout(regionText) ?? '2021';
  const specs = layout === '2019' ? T2_ROWS_2019 : T2_ROWS_2021;
  const { rows } = assembleRows(stream.tokens, { specs });
  const cells: Record<MetricKey, TableCell> = {};
  let complete = 0;
  let split = false;
  const seen = new Set<string>();
  for (const r of rows) {
    const spec = r.spec as T2RowSpec;
    if (seen.has(spec.key)) continue;
    const reading = readRow(r.values, spec.columns.length);
    if (reading.how === 'empty') continue;
    seen.add(spec.key);
    if (reading.how === 'direct' || reading.how === 'split') complete++;
    if (reading.how === 'split') split = true;
    put(cells, spec, reading.vectors);
  }
  // Labels drifted away from their numbers (PDF text): when the table holds exactly its number of cells,
  // read them in the known row order instead.
  const width = specs.reduce((s, r) => s + r.columns.length, 0);
  const values = stream.tokens.filter((t): t is ValueToken => t.t === 'value' && t.kind !== 'blank');
  let drifted = false;
  if (complete < specs.length && values.length === width && !values.some((v) => v.splittable && rows.length === 0)) {
    let i = 0;
    const ordered: Record<MetricKey, TableCell> = {};
    for (const spec of specs) {
      const vals = values.slice(i, i + spec.columns.length);
      i += spec.columns.length;
      put(ordered, spec, readRow(vals, spec.columns.length).vectors);
    }
    const readable = (c: Record<MetricKey, TableCell>) => Object.values(c).filter((x) => x.kind === 'number').length;
    if (readable(ordered) >= readable(cells)) {
      drifted = true;
      for (const k of Object.keys(cells)) delete cells[k];
      Object.assign(cells, ordered);
    }
  }
  if (!Object.keys(cells).length) return null;
  return { cells, layout, split, drifted, rowsRead: seen.size };
}
