/** The few table cells a corpus rule keeps of a report, and reading them back. */
import type { ReportAnalysis, TableId } from '../model/types.js';
import { findCell } from './cells.js';

/** Cell values by metric key, and the keys of cells printed but not readable as a number. JSON-safe. */
export interface CorpusCells {
  values: Record<string, number>;
  unreadable?: string[];
}

export function cellsOf(a: ReportAnalysis, keys: readonly string[]): CorpusCells {
  const values: Record<string, number> = {};
  const unreadable: string[] = [];
  for (const k of keys) {
    const v = a.values[k as keyof typeof a.values];
    if (typeof v === 'number' && Number.isFinite(v)) values[k] = v;
    else if (findCell(a, k as keyof typeof a.values)) unreadable.push(k);
  }
  return unreadable.length ? { values, unreadable } : { values };
}

/** Whether any value of the table was read (what a rule comparing two reports' tables needs). */
export function hasTableValues(a: ReportAnalysis, id: TableId): boolean {
  // the prefix made once, not once per key looked at
  const prefix = `${id}.`;
  return Object.keys(a.values).some((k) => k.startsWith(prefix));
}

export type CorpusLookup = { ok: true; value: number } | { ok: false; unreadable: boolean };

export function corpusCell(c: CorpusCells, key: string): CorpusLookup {
  const v = c.values[key];
  if (v !== undefined) return { ok: true, value: v };
  return { ok: false, unreadable: c.unreadable?.includes(key) ?? false };
}

/** The cells with values settled elsewhere (across years) for those that were unreadable. */
export function withSettled(c: CorpusCells, settled: Readonly<Record<string, number>>): CorpusCells {
  if (!c.unreadable?.some((k) => settled[k] !== undefined)) return c;
  const values = { ...c.values };
  const unreadable: string[] = [];
  for (const k of c.unreadable) {
    const v = settled[k];
    if (v === undefined) unreadable.push(k);
    else values[k] = v;
  }
  return unreadable.length ? { values, unreadable } : { values };
}
