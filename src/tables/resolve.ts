/**
 * 表二 cells left unreadable (run together, split by spaces) read again with what the report's own prose says
 * about them. 表二 has no arithmetic of its own, so its prose is the only evidence inside the report: a figure
 * such as 本年制发行政规范性文件88件 that the figures stage linked to exactly one 表二 cell, stated exactly (no
 * 余/约/近), about the body itself, and equal to one of that cell's possible readings. The row is then read
 * keeping only the readings that agree; cells still disagreeing stay unreadable. A prose figure equal to no
 * reading is left alone (the prose/table check reports it).
 *
 * The tables stage runs before the figures stage, so the pipeline calls this after both (pipeline/analyze.ts)
 * and parses the tables once more with the values found; reports without such a cell are not parsed again.
 */
import type { Claim, MetricKey, TablesResult } from '../model/types.js';
import { T2_2019_ALIASES } from './lexicon/rows.js';
import type { KnownCells } from './t2.js';

/** Units a 表二 count or amount may be stated in (fees: 万元). */
const T2_UNITS: ReadonlySet<string> = new Set(['件', '个', '部', '份', '项', '条', '万元']);

const ALIAS_SOURCE: ReadonlyMap<MetricKey, MetricKey> = new Map(T2_2019_ALIASES.map((a) => [a.to, a.from]));

/** The 表二 values the prose pins down for cells the tables stage could not read, by printed cell key. */
export function proseKnownCells(tables: TablesResult, claims: readonly Claim[]): KnownCells {
  const t2 = tables.tables.find((t) => t.id === 't2');
  const out = new Map<MetricKey, number>();
  if (!t2 || !Object.values(t2.cells).some((c) => c.kind === 'unreadable' && c.candidates?.length)) return out;
  const conflicting = new Set<MetricKey>();
  for (const c of claims) {
    if (!c.metric?.startsWith('t2.') || c.approx !== null || c.upper !== undefined || c.scope !== 'report') continue;
    if (c.unit !== null && !T2_UNITS.has(c.unit)) continue;
    let key: MetricKey = c.metric;
    let cell = t2.cells[key];
    if (cell?.derived) {
      const source = ALIAS_SOURCE.get(key);
      if (!source) continue;
      key = source;
      cell = t2.cells[key];
    }
    if (!cell || cell.kind !== 'unreadable' || !cell.candidates?.includes(c.value)) continue;
    const seen = out.get(key);
    if (seen !== undefined && seen !== c.value) conflicting.add(key);
    out.set(key, c.value);
  }
  for (const k of conflicting) out.delete(k);
  return out;
}
