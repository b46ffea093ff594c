/**
 * Table cells a report leaves ambiguous (run together, split by spaces: several readings fit its own arithmetic and
 * prose), read again with the same body's report for the year before or after in the batch. The relations are those
 * spec/format.md gives across years: 表三's 上年结转 is last year's 结转下年度, column by column (exact), and the 2021
 * layout's 表二 现行有效 is last year's plus 本年制发 minus 本年废止 (soft: documents also lapse, so a reading is
 * taken only when it is the one reading that makes the relation hold). A cell is settled only when every reading of its
 * row that passes the relations (each checkable one, at least one) gives it the same value; otherwise it stays
 * unreadable.
 */
import type { AmbiguousRow, MetricKey, TablesResult } from '../model/types.js';
import { T3_COLUMNS } from '../model/metrics.js';
import { T2_2019_ALIASES } from './lexicon/rows.js';

/** What the batch knows of one report: its body and year, readable values and ambiguous rows. */
export interface YearCells {
  id: string;
  /** The canonical body's name: reports of one body share it. */
  body: string | null;
  year: number | null;
  values: Readonly<Record<MetricKey, number>>;
  rows: readonly AmbiguousRow[];
}

/** A linear relation between a year's report (`later`) and the year before (`earlier`): Σ later − Σ earlier = 0. */
interface Relation {
  later: { key: MetricKey; sign: 1 | -1 }[];
  earlier: { key: MetricKey; sign: 1 | -1 }[];
}

const RELATIONS: readonly Relation[] = [
  ...T3_COLUMNS.map((c) => ({
    later: [{ key: `t3.${c.key}.carried_over`, sign: 1 as const }],
    earlier: [{ key: `t3.${c.key}.carried_forward`, sign: 1 as const }],
  })),
  ...['regulations', 'normative'].map((r) => ({
    later: [
      { key: `t2.${r}.in_force`, sign: 1 as const },
      { key: `t2.${r}.issued`, sign: -1 as const },
      { key: `t2.${r}.repealed`, sign: 1 as const },
    ],
    earlier: [{ key: `t2.${r}.in_force`, sign: 1 as const }],
  })),
];

/** More combinations than this in one row are not enumerated (the row stays as it is). */
const MAX_READINGS = 20000;

/** The row a cell key belongs to: 表二 row (t2.normative), 表三 row across columns (t3.*.carried_over). */
function rowOf(key: MetricKey): string {
  const parts = key.split('.');
  if (parts[0] === 't3') return `t3.*.${parts.slice(2).join('.')}`;
  if (parts[0] === 't4') return `t4.${parts[1] ?? ''}`;
  return parts.slice(0, 2).join('.');
}

/** The rows of a report's tables that hold an unreadable cell with candidate readings, cells in printed order. */
export function ambiguousRows(tables: TablesResult): AmbiguousRow[] {
  const out: AmbiguousRow[] = [];
  for (const t of tables.tables) {
    const cells = Object.values(t.cells).filter((c) => !c.derived);
    const open = new Set(cells.filter((c) => c.kind === 'unreadable' && c.candidates?.length).map((c) => rowOf(c.key)));
    for (const row of open) {
      const inRow = cells.filter((c) => rowOf(c.key) === row);
      const raw = inRow.find((c) => c.kind === 'unreadable')?.raw ?? '';
      out.push({
        keys: inRow.map((c) => c.key),
        values: inRow.map((c) => (c.kind === 'number' ? c.value : null)),
        candidates: inRow.map((c) => (c.kind === 'unreadable' && c.candidates?.length ? [...c.candidates] : null)),
        raw,
      });
    }
  }
  return out;
}

/** Every reading of a row its candidates allow whose unread values appear, in order, among the row's printed digits. */
function readingsOf(row: AmbiguousRow): number[][] | null {
  const open = row.candidates.flatMap((c, i) => (c ? [i] : []));
  let size = 1;
  for (const i of open) size *= row.candidates[i]?.length ?? 1;
  if (!open.length || size > MAX_READINGS) return null;
  const digits = row.raw.replace(/[^\d.]/g, '');
  const out: number[][] = [];
  const pick = (at: number, acc: number[]): void => {
    if (at === open.length) {
      const values = row.values.map((v, i) => v ?? acc[open.indexOf(i)] ?? Number.NaN);
      if (digits.includes(open.map((i) => String(values[i])).join(''))) out.push(values);
      return;
    }
    const i = open[at];
    for (const c of i === undefined ? [] : (row.candidates[i] ?? [])) pick(at + 1, [...acc, c]);
  };
  pick(0, []);
  return out;
}

/** Σ of a relation's side, from a reading of one row and the report's readable values; null when a term is unknown. */
function side(terms: Relation['later'], values: Readonly<Record<MetricKey, number>>, reading: ReadonlyMap<MetricKey, number> | null): number | null {
  let sum = 0;
  for (const { key, sign } of terms) {
    const v = reading?.get(key) ?? values[key];
    if (v === undefined || Number.isNaN(v)) return null;
    sum += sign * v;
  }
  return sum;
}

/**
 * Whether a reading of `self`'s row fits the relations with `other` (a year apart) that involve one of the row's
 * unread cells (`open`): true, false, or null when none can be checked.
 */
function fits(reading: ReadonlyMap<MetricKey, number>, open: ReadonlySet<MetricKey>, self: YearCells, other: YearCells, selfLater: boolean): boolean | null {
  let checked = false;
  for (const r of RELATIONS) {
    if (!(selfLater ? r.later : r.earlier).some((t) => open.has(t.key))) continue;
    const later = selfLater ? side(r.later, self.values, reading) : side(r.later, other.values, null);
    const earlier = selfLater ? side(r.earlier, other.values, null) : side(r.earlier, self.values, reading);
    if (later === null || earlier === null) continue;
    if (Math.abs(later - earlier) > 1e-9) return false;
    checked = true;
  }
  return checked ? true : null;
}

/**
 * Values settled across years, by report id and printed cell key: only cells that were unreadable, only when the
 * readings of their row that fit the same body's adjacent year(s) all agree on them. Pure; reports without a body or year are left out.
 */
export function resolveAcrossYears(reports: readonly YearCells[]): Map<string, Record<MetricKey, number>> {
  const byBodyYear = new Map<string, YearCells[]>();
  for (const r of reports) {
    if (r.body === null || r.year === null) continue;
    const k = `${r.body}|${r.year}`;
    byBodyYear.set(k, [...(byBodyYear.get(k) ?? []), r]);
  }
  const out = new Map<string, Record<MetricKey, number>>();
  for (const self of reports) {
    if (!self.rows.length || self.body === null || self.year === null) continue;
    const before = byBodyYear.get(`${self.body}|${self.year - 1}`) ?? [];
    const after = byBodyYear.get(`${self.body}|${self.year + 1}`) ?? [];
    const settled: Record<MetricKey, number> = {};
    for (const row of self.rows) {
      const readings = readingsOf(row);
      if (!readings) continue;
      const open = new Set(row.keys.filter((_, i) => row.candidates[i]));
      const passing = readings.filter((values) => {
        const reading = new Map(row.keys.map((k, i) => [k, values[i] ?? Number.NaN] as const));
        const verdicts = [...before.map((o) => fits(reading, open, self, o, true)), ...after.map((o) => fits(reading, open, self, o, false))];
        return verdicts.includes(true) && !verdicts.includes(false);
      });
      const first = passing[0];
      if (!first) continue;
      // a cell is settled where every reading that fits agrees on it (one reading: all its cells)
      row.keys.forEach((k, i) => {
        const v = first[i];
        if (row.candidates[i] && v !== undefined && passing.every((p) => p[i] === v)) settled[k] = v;
      });
    }
    if (Object.keys(settled).length) out.set(self.id, settled);
  }
  return out;
}

const ALIAS_TARGET: ReadonlyMap<MetricKey, MetricKey> = new Map(T2_2019_ALIASES.map((a) => [a.from, a.to]));

/** Settled printed cells with the 2021 names their 2019 cells also go by (t2.normative.made → t2.normative.issued). */
export function withAliases(settled: Readonly<Record<MetricKey, number>>): Record<MetricKey, number> {
  const out: Record<MetricKey, number> = { ...settled };
  for (const [k, v] of Object.entries(settled)) {
    const to = ALIAS_TARGET.get(k);
    if (to !== undefined && out[to] === undefined) out[to] = v;
  }
  return out;
}

/** Every cell the relations read: what a report's continuity summary keeps of its values. */
const RELATION_KEYS: readonly MetricKey[] = [...new Set(RELATIONS.flatMap((r) => [...r.later, ...r.earlier].map((t) => t.key)))];

/** What the batch keeps of a report to settle its (or a neighbour's) ambiguous rows: relation cells and ambiguous rows. JSON-safe. */
export interface ContinuitySummary {
  values: Record<MetricKey, number>;
  rows: AmbiguousRow[];
}

/** A report's continuity summary; null when it has neither a relation cell nor an ambiguous row (nothing to give or take). */
export function continuitySummary(values: Readonly<Record<MetricKey, number>>, tables: TablesResult): ContinuitySummary | null {
  const kept: Record<MetricKey, number> = {};
  for (const k of RELATION_KEYS) {
    const v = values[k];
    if (v !== undefined && Number.isFinite(v)) kept[k] = v;
  }
  const rows = ambiguousRows(tables);
  return rows.length || Object.keys(kept).length ? { values: kept, rows } : null;
}

/** A record with cells settled across years: their values in `tables`, no longer among `unreadableCells`. */
export function recordWithSettled<R extends { tables?: Record<MetricKey, number>; unreadableCells?: Record<MetricKey, string> }>(rec: R, settled: Readonly<Record<MetricKey, number>>): R {
  const all = withAliases(settled);
  const unreadable = { ...(rec.unreadableCells ?? {}) };
  for (const k of Object.keys(all)) delete unreadable[k];
  return { ...rec, tables: { ...(rec.tables ?? {}), ...all }, unreadableCells: unreadable };
}
