/**
 * Reading table values for the checks: printed cells, group sums and the few prose-only aggregates,
 * keeping track of what could not be read (an unreadable cell is never a zero).
 */
import type { Claim, MetricKey, ParsedTable, ReportAnalysis, Span, TableCell, TableId } from '../model/types.js';
import { T3_ROWS, type T3Group, t3Key } from '../model/metrics.js';
import { ALL_OF_THEM_WORDS, APPLICATIONS_AFTER_FIGURE, ON_TIME_WORDS } from './lexicon/cells.js';
import { withoutBlanks } from '../util/chars.js';

export type Lookup =
  | { ok: true; value: number; spans: Span[] }
  | { ok: false; reason: 'unreadable' | 'missing'; cells: { key: MetricKey; raw: string; span?: Span }[] };

export function tableById(a: ReportAnalysis, id: TableId): ParsedTable | undefined {
  return a.tables.tables.find((t) => t.id === id);
}

/** Whether a table was read: parsed, or (for the corpus stand-ins the batch keeps) present in `values`. */
export function hasTable(a: ReportAnalysis, id: TableId): boolean {
  return !!tableById(a, id) || Object.keys(a.values).some((k) => k.startsWith(`${id}.`));
}

export function findCell(a: ReportAnalysis, key: MetricKey): TableCell | undefined {
  const id = key.slice(0, 2) as TableId;
  for (const t of a.tables.tables) if (t.id === id && t.cells[key]) return t.cells[key];
  for (const t of a.tables.tables) if (t.cells[key]) return t.cells[key];
  return undefined;
}

const missing = (key: MetricKey): Lookup => ({ ok: false, reason: 'missing', cells: [{ key, raw: '' }] });

/** One printed (or derived) cell. Falls back to `values` when no cell object exists. */
export function cellValue(a: ReportAnalysis, key: MetricKey): Lookup {
  const c = findCell(a, key);
  if (c) {
    if (c.kind === 'number' && c.value !== null && Number.isFinite(c.value))
      return { ok: true, value: c.value, spans: c.span ? [c.span] : [] };
    return { ok: false, reason: 'unreadable', cells: [{ key, raw: c.raw, span: c.span }] };
  }
  const v = a.values[key];
  if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: v, spans: [] };
  return missing(key);
}

/** Sum of lookups: unreadable wins over missing, both list every offending cell. */
export function sum(list: Lookup[]): Lookup {
  let total = 0;
  const spans: Span[] = [];
  const bad: { key: MetricKey; raw: string; span?: Span }[] = [];
  let reason: 'unreadable' | 'missing' = 'missing';
  for (const l of list) {
    if (l.ok) {
      total += l.value;
      spans.push(...l.spans);
    } else {
      bad.push(...l.cells);
      if (l.reason === 'unreadable') reason = 'unreadable';
    }
  }
  if (bad.length) return { ok: false, reason, cells: bad };
  return { ok: true, value: total, spans };
}

export const T3_GROUP_ROWS: Record<T3Group, string[]> = {
  denied: T3_ROWS.filter((r) => r.group === 'denied').map((r) => r.key),
  unable: T3_ROWS.filter((r) => r.group === 'unable').map((r) => r.key),
  not_processed: T3_ROWS.filter((r) => r.group === 'not_processed').map((r) => r.key),
  other: T3_ROWS.filter((r) => r.group === 'other').map((r) => r.key),
};

function printed(a: ReportAnalysis, key: MetricKey): TableCell | undefined {
  const c = findCell(a, key);
  return c && !c.derived ? c : undefined;
}

/**
 * A 表三 group ((三)…(六)) in one column: the printed group cell when the table prints one (the 2019 layout
 * prints (六)其他处理 as a single row under the group key), otherwise the sum of its sub-rows, otherwise a
 * derived value from the tables stage.
 */
export function t3GroupValue(a: ReportAnalysis, column: string, group: T3Group): Lookup {
  const gk = t3Key(column, group);
  const g = printed(a, gk);
  if (g && g.kind === 'number') return cellValue(a, gk);
  const subKeys = T3_GROUP_ROWS[group].map((r) => t3Key(column, r));
  const present = subKeys.filter((k) => findCell(a, k));
  if (present.length) return sum(subKeys.map((k) => cellValue(a, k)));
  return cellValue(a, gk); // printed but unreadable, derived, or missing

}

/** Any metric key a claim may name: cells, 表三 group sums, t4.litigation.total. */
export function metricValue(a: ReportAnalysis, key: MetricKey): Lookup {
  const m = /^t3\.([a-z_]+)\.(denied|unable|not_processed|other)$/.exec(key);
  if (m?.[1] && m[2]) return t3GroupValue(a, m[1], m[2] as T3Group);
  if (key === 't4.litigation.total') {
    const direct = cellValue(a, 't4.litigation_direct.total');
    const after = cellValue(a, 't4.litigation_after_review.total');
    const stored = a.values[key];
    if (!direct.ok && !after.ok && typeof stored === 'number') return { ok: true, value: stored, spans: [] };
    return sum([direct, after]);
  }
  return cellValue(a, key);
}

/** "表三…(自然人)为“/”、…" — the unreadable cells of a failed lookup, for a message. */
export function describeBad(l: Lookup, name: (key: MetricKey) => string): string {
  if (l.ok) return '';
  const items = l.cells.slice(0, 3).map((c) => (c.raw ? `${name(c.key)}为“${c.raw}”` : `${name(c.key)}缺失`));
  return items.join('、') + (l.cells.length > 3 ? `等${l.cells.length}处` : '');
}

/**
 * The figure is followed by the applications it counts and, later in its sentence, by a word for all of them
 * (74件申请均在法定期限内答复): it may count those received rather than those answered.
 */
export function countsTheApplications(a: ReportAnalysis, c: Claim): boolean {
  if (!c.quantity) return false;
  const text = a.doc.text;
  if (!APPLICATIONS_AFTER_FIGURE.test(text.slice(c.quantity.end, c.quantity.end + 12))) return false;
  const rest = withoutBlanks(text.slice(c.quantity.end, c.sentence.end));
  return ALL_OF_THEM_WORDS.some((w) => rest.includes(w));
}

/**
 * A figure of 表三's handled total that counts those handled in time (按时办结8件, 在法定期限内答复12件): it may be
 * less than the total (some answered after an extension), never more. Read in the figure's own words, up to the figure.
 */
export function countsTheTimely(c: Claim): boolean {
  if (!/\.total_processed$/.test(c.metric ?? '')) return false;
  const words = withoutBlanks(c.quantity ? c.text.slice(0, c.quantity.start - c.start) : c.text);
  return ON_TIME_WORDS.some((w) => words.includes(w));
}
