/**
 * Pre-2019 statistics tables (政府信息公开情况统计表: 指标名称 | 计量单位 | 本年度 | 历年累计), usually flattened
 * with the two figures run together (`728` = 7 | 28). The split is decided by the table's own rule that the
 * year's figure never exceeds the cumulative one; rows with several such splits stay unreadable.
 */
import type { MetricKey, TableCell } from '../model/types.js';
import { LEGACY_HEADER, LEGACY_ROWS, LEGACY_UNIT } from './lexicon/rows.js';
import { assembleRows } from './rows.js';
import { readRow, settle } from './solve.js';
import { tokeniseRegion } from './tokens.js';
import { toCell } from './cells.js';
import { blankTolerant, withoutHanBlanks } from '../util/chars.js';

export interface LegacyRead {
  cells: Record<MetricKey, TableCell>;
  start: number;
  end: number;
  split: boolean;
}

/** The header with its words read through a PDF's blanks and wraps too (指标 名称), where it is not found as written. */
const HEADER = new RegExp(blankTolerant(LEGACY_HEADER.source));

export function readLegacy(text: string): LegacyRead | null {
  const h = LEGACY_HEADER.exec(text) ?? HEADER.exec(text);
  if (!h) return null;
  const start = h.index;
  const end = Math.min(text.length, start + 2500);
  const header = withoutHanBlanks(text.slice(start, start + 60));
  const width = /累计/.test(header) ? 2 : 1;
  const stream = tokeniseRegion(text, start + h[0].length, end);
  // The unit column ends each label (…总数条728); drop it so the label matches.
  for (const t of stream.tokens) if (t.t === 'label') t.text = t.text.replace(LEGACY_UNIT, '');
  const { rows } = assembleRows(stream.tokens, { specs: LEGACY_ROWS });
  const cells: Record<MetricKey, TableCell> = {};
  let split = false;
  const yearWithinTotal = (v: (number | null)[]) => v.length < 2 || v[0] == null || v[1] == null || v[0] <= v[1];
  for (const r of rows) {
    if (r.spec.key === 'ignored' || cells[r.spec.key]) continue;
    const reading = readRow(r.values, width, width === 2 ? yearWithinTotal : undefined);
    if (!reading.vectors.length) continue;
    if (reading.how === 'split') split = true;
    const { cells: settled, candidates } = settle(reading.vectors, width);
    const first = settled[0];
    if (first) cells[r.spec.key] = toCell(r.spec.key, first, candidates[0]);
  }
  if (!Object.keys(cells).length) return null;
  return { cells, start, end, split };
}
