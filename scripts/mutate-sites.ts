/**
 * The mutation harness's sites: which one-number changes to make in a report, whether a change is detectable
 * in principle, and how a changed report is built and analysed. The run itself is scripts/mutate.ts.
 */
import { isReadError, readBuffer, readReport } from '../src/read/index.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';
import { runCorpusRules, runReportRules } from '../src/checks/index.js';
import { cellValue, metricValue, t3GroupValue } from '../src/checks/cells.js';
import { consistent } from '../src/checks/lexicon/approx.js';
import { rateMatches } from '../src/checks/rules/prose_rate.js';
import { dev, seeds, type LabelledReport } from '../src/eval/corpora.js';
import { T3_COLUMNS, T3_ROWS, T4_COLUMNS, isTableKey } from '../src/model/metrics.js';
import type { Claim, Finding, ParsedTable, ReportAnalysis } from '../src/model/types.js';
import { halfWidthDigits } from '../src/util/numerals.js';
import { linkTruthGroups } from '../src/synth/claims.js';
import { at } from '../src/util/at.js';

export interface Mutation {
  source: string;
  kind: 'cell' | 'prose';
  key: string;
  start: number;
  end: number;
  from: number;
  to: number;
  detectable: boolean;
  /** A prose change's claim in the oracle analysis (generated reports). */
  claimId?: string;
}

export function newValue(v: number, random: () => number): number {
  if (!Number.isInteger(v)) {
    const opts = [v + 0.3, v - 0.5, v + 1.2].filter((x) => x > 0 && x <= 100);
    return Math.round(at(opts, Math.floor(random() * opts.length)) * 10) / 10;
  }
  const opts = [v + 1, v + 2, v + 10, v + 3, ...(v >= 1 ? [v - 1, v * 10] : [])];
  return at(opts, Math.floor(random() * opts.length));
}

export const key = (f: Finding): string => `${f.rule}|${f.metric ?? ''}|${f.message}`;
export const alarms = (fs: Finding[]): Finding[] => fs.filter((f) => f.status !== 'not_assessable' && f.severity !== 'info');
export function detected(base: Finding[], after: Finding[]): boolean {
  const before = new Set(alarms(base).map(key));
  return alarms(after).some((f) => !before.has(key(f)));
}
/** The change made a check impossible and the report says so (a run-together row no longer splits). */
export function flagged(base: Finding[], after: Finding[]): boolean {
  const before = new Set(base.filter((f) => f.status === 'not_assessable').map(key));
  return after.some((f) => f.status === 'not_assessable' && !before.has(key(f)));
}

// ─────────────────────── detectable in principle ───────────────────────

export const T3_RESULT_ROWS = T3_ROWS.filter((r) => !['new_received', 'carried_over', 'total_processed', 'carried_forward'].includes(r.key)).map((r) => r.key);
export const readable = (a: ReportAnalysis, keys: string[]): boolean => keys.every((k) => cellValue(a, k).ok);

/** A cell is checkable when some identity holding it has every other cell readable, or prose names it. */
export function cellDetectable(a: ReportAnalysis, k: string): boolean {
  const exactClaim = a.claims.some((c) => c.metric === k && c.approx === null && c.upper === undefined);
  if (exactClaim) return true;
  const t3 = /^t3\.([a-z_]+)\.(.+)$/.exec(k);
  if (t3) {
    const [, col, row] = t3 as unknown as [string, string, string];
    if (readable(a, T3_COLUMNS.map((c) => `t3.${c.key}.${row}`))) return true;
    if (['new_received', 'carried_over', 'total_processed', 'carried_forward'].includes(row) && readable(a, ['new_received', 'carried_over', 'total_processed', 'carried_forward'].map((r) => `t3.${col}.${r}`)))
      return true;
    if ((row === 'total_processed' || T3_RESULT_ROWS.includes(row) || ['denied', 'unable', 'not_processed', 'other'].includes(row)) &&
      cellValue(a, `t3.${col}.total_processed`).ok &&
      cellValue(a, `t3.${col}.granted`).ok &&
      cellValue(a, `t3.${col}.partial`).ok &&
      (['denied', 'unable', 'not_processed', 'other'] as const).every((g) => t3GroupValue(a, col, g).ok))
      return true;
    return false;
  }
  const t4 = /^t4\.([a-z_]+)\.[a-z]+$/.exec(k);
  if (t4) return readable(a, T4_COLUMNS.map((c) => `t4.${t4[1]}.${c.key}`));
  return false;
}

/** A prose figure is checkable when its new value contradicts a readable cell, its breakdown or its rate. */
export function proseDetectable(a: ReportAnalysis, c: Claim, to: number): boolean {
  if (isTableKey(c.metric) && c.unit !== '%') {
    const cell = metricValue(a, c.metric!);
    if (cell.ok) {
      const alts = [cell.value];
      const nr = /^t3\.([a-z_]+)\.new_received$/.exec(c.metric!);
      const co = nr ? cellValue(a, `t3.${nr[1]}.carried_over`) : null;
      if (co?.ok) alts.push(cell.value + co.value);
      if (!alts.some((v) => consistent(to, c.approx, c.upper, v))) return true;
    }
  }
  const byId = new Map(a.claims.map((x) => [x.id, x]));
  const whole = c.parts ? c : c.partOf ? byId.get(c.partOf) : undefined;
  if (whole?.parts && whole.approx === null) {
    const parts = whole.parts.map((id) => byId.get(id)).filter((x): x is Claim => !!x && x.approx === null);
    if (parts.length === whole.parts.length && parts.length >= 2) {
      const total = whole === c ? to : whole.value;
      const sum = parts.reduce((s, p) => s + (p === c ? to : p.value), 0);
      if (sum !== total && (whole.partsExhaustive || sum > total || parts.length >= 3)) return true;
    }
  }
  for (const r of a.claims) {
    if (!r.rate) continue;
    const num = byId.get(r.rate.numerator);
    const den = byId.get(r.rate.denominator);
    if (!num || !den || ![r, num, den].includes(c)) continue;
    const n = num === c ? to : num.value;
    const d = den === c ? to : den.value;
    const stated = r === c ? to : r.value;
    if (d > 0 && !rateMatches(stated, (100 * n) / d, r.approx !== null)) return true;
  }
  return false;
}

// ─────────────────────── sources ───────────────────────

export interface Source {
  name: string;
  origin: 'generated' | 'real';
  file: string;
  original: string;
  baseline: ReportAnalysis;
  /** Error findings that are real problems of the report (gold expected findings), not false alarms. */
  expectedRules: Set<string>;
  mutations: Mutation[];
  oracle?: ReportAnalysis;
}

/** Stage crashes met while analysing changed reports (counted, not thrown: one bad change must not stop the run). */
export const stats = { crashes: 0 };
/** Null when the file cannot be read or a stage throws (counted: a stage under construction may). */
export async function analyzeText(original: string, file: string): Promise<ReportAnalysis | null> {
  const doc = await readBuffer(Buffer.from(original, 'utf8'), file);
  if (isReadError(doc)) return null;
  try {
    return analyzeDocument(doc);
  } catch {
    stats.crashes++;
    return null;
  }
}

/** The digits of a claim's figure inside the normalised text. */
export function quantitySpan(a: ReportAnalysis, c: Claim): { start: number; end: number } | null {
  if (c.quantity && /^\d+(\.\d+)?$/.test(a.doc.text.slice(c.quantity.start, c.quantity.end))) return c.quantity;
  const digits = String(c.value);
  const at = a.doc.text.slice(c.start, c.end).lastIndexOf(digits);
  if (at < 0) return null;
  const start = c.start + at;
  // Not part of a longer number (1.32万 scaled, 2021年…).
  if (/[\d.]/.test(a.doc.text[start - 1] ?? '') || /[\d.]/.test(a.doc.text[start + digits.length] ?? '')) return null;
  return { start, end: start + digits.length };
}

export function realMutations(a: ReportAnalysis, name: string, random: () => number, limit: number): Mutation[] {
  const out: Mutation[] = [];
  for (const t of a.tables.tables)
    for (const c of Object.values(t.cells)) {
      if (c.derived || c.kind !== 'number' || c.value === null || !c.span || !Number.isInteger(c.value)) continue;
      const text = a.doc.text.slice(c.span.start, c.span.end);
      const m = /\d+/.exec(text);
      if (!m || Number(m[0]) !== c.value) continue;
      const start = c.span.start + m.index;
      const to = newValue(c.value, random);
      out.push({ source: name, kind: 'cell', key: c.key, start, end: start + m[0].length, from: c.value, to, detectable: cellDetectable(a, c.key) });
    }
  for (const c of a.claims) {
    if (!Number.isInteger(c.value) && c.unit !== '%') continue;
    const q = quantitySpan(a, c);
    if (!q) continue;
    const to = newValue(c.value, random);
    out.push({ source: name, kind: 'prose', key: c.metric ?? c.id, start: q.start, end: q.end, from: c.value, to, detectable: proseDetectable(a, c, to) });
  }
  // A sample, keeping every detectable change when there are few.
  const shuffled = out.map((m) => ({ m, r: random() })).sort((x, y) => x.r - y.r).map((x) => x.m);
  return shuffled.slice(0, limit);
}

export function realReports(): LabelledReport[] {
  return [...seeds(), ...dev()].filter((r) => {
    if (r.name.startsWith('001_') || r.name.startsWith('003_') || r.name.startsWith('hongze-')) return true;
    return r.name.startsWith('full-') && (r.gold.format === '2021' || r.gold.format === '2019');
  });
}

export function mutatedText(src: Source, m: Mutation): string | null {
  const doc = src.baseline.doc;
  const o1 = doc.toOriginal(m.start);
  const o2 = doc.toOriginal(m.end);
  const was = halfWidthDigits(src.original.slice(o1, o2));
  if (was !== String(m.from)) return null;
  return src.original.slice(0, o1) + String(m.to) + src.original.slice(o2);
}

/** Smallest normalised offset whose original offset is ≥ `orig`. */
export function toNormalised(a: ReportAnalysis, orig: number): number {
  let lo = 0;
  let hi = a.doc.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.doc.toOriginal(mid) < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The generator's truth as an analysis: every printed value as a readable cell, claims with their relations. */
export function truthAnalysis(t: import('../src/synth/types.js').Truth, baseline: ReportAnalysis): ReportAnalysis {
  const byTable: Record<string, ParsedTable> = {};
  for (const [k, v] of Object.entries(t.tables)) {
    const id = k.slice(0, 2) as 't2' | 't3' | 't4';
    if (!['t2', 't3', 't4'].includes(id)) continue;
    byTable[id] ??= { id, layout: t.layout === '2019' ? '2019' : '2021', rendering: 'flat', start: 0, end: 0, cells: {} };
    at(byTable, id).cells[k] = { key: k, kind: 'number', value: v, raw: String(v), derived: false };
  }
  const ids = t.claims.map((_, i) => `g${i}`);
  const claims: Claim[] = t.claims.map((c, i) => ({
    id: at(ids, i), text: c.quote, start: c.start ?? 0, end: c.end ?? 0, value: c.value, unit: c.unit, approx: c.approx, subject: '',
    metric: c.metric, section: c.section, scope: 'report', sentence: { start: 0, end: 0 },
  }));
  linkTruthGroups(t.claims, claims, ids);
  return { ...baseline, tables: { layout: null, tables: Object.values(byTable), absent: [] }, values: { ...t.tables }, claims };
}
