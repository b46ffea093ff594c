/**
 * npm run mutate [-- --synthetic 6 --real-sites 150 --seed 1 --max 4000]
 *
 * The mutation harness of the checks: take reports whose prose and tables agree, change one table cell or
 * one prose figure at a time, analyse the changed report and ask whether a new finding (error or warning)
 * appeared. Recall is counted over the changes that are detectable in principle (the cell takes part in a
 * table identity whose other cells are readable, or a prose figure has a readable counterpart, a stated
 * breakdown or a stated rate); the false-finding rate over the unmutated reports.
 *
 * Sources: synthetic reports (test/checks/fixtures/synthetic.ts), clean reports of the project's generator
 * (src/synth, text renderings, when it is built) and the real reports in ../shared/corpora
 * that carry standard tables (seeds 001 and 003, dev full-* in the 2019/2021 layouts, hongze-*).
 * Two measurements: `pipeline` runs the real stages (read → … → checks) on the changed text; `oracle` hands
 * the rules the synthetic reports' true cells and claims, measuring the rules apart from extraction.
 */
import { isReadError, readBuffer, readReport } from '../src/read/index.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';
import { runCorpusRules, runReportRules } from '../src/checks/index.js';
import { cellValue, metricValue, t3GroupValue } from '../src/checks/cells.js';
import { consistent } from '../src/checks/lexicon/approx.js';
import { rateMatches } from '../src/checks/rules/prose_rate.js';
import { GOLD_RULES } from '../src/eval/checks.js';
import { dev, hasShared, seeds, type LabelledReport } from '../src/eval/corpora.js';
import { T3_COLUMNS, T3_ROWS, T4_COLUMNS, isTableKey } from '../src/model/metrics.js';
import type { Claim, Finding, ParsedTable, ReportAnalysis } from '../src/model/types.js';
import { halfWidthDigits } from '../src/util/numerals.js';
import { oracleAnalysis, syntheticReport, type SyntheticReport } from '../test/checks/fixtures/synthetic.js';
import { at } from '../src/util/at.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const SYNTHETIC = opt('synthetic', 6);
const GENERATED = opt('generated', 12);
const INJECTED = opt('injected', 80);
const REAL_SITES = opt('real-sites', 150);
const MAX = opt('max', 4000);
let seed = opt('seed', 1) >>> 0;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** A change of one number: where (normalised offsets of the baseline), what it was, what it becomes. */
interface Mutation {
  source: string;
  kind: 'cell' | 'prose';
  key: string;
  start: number;
  end: number;
  from: number;
  to: number;
  detectable: boolean;
}

function newValue(v: number): number {
  if (!Number.isInteger(v)) {
    const opts = [v + 0.3, v - 0.5, v + 1.2].filter((x) => x > 0 && x <= 100);
    return Math.round(at(opts, Math.floor(random() * opts.length)) * 10) / 10;
  }
  const opts = [v + 1, v + 2, v + 10, v + 3, ...(v >= 1 ? [v - 1, v * 10] : [])];
  return at(opts, Math.floor(random() * opts.length));
}

const key = (f: Finding): string => `${f.rule}|${f.metric ?? ''}|${f.message}`;
const alarms = (fs: Finding[]): Finding[] => fs.filter((f) => f.status !== 'not_assessable' && f.severity !== 'info');
function detected(base: Finding[], after: Finding[]): boolean {
  const before = new Set(alarms(base).map(key));
  return alarms(after).some((f) => !before.has(key(f)));
}
/** The change made a check impossible and the report says so (a run-together row no longer splits). */
function flagged(base: Finding[], after: Finding[]): boolean {
  const before = new Set(base.filter((f) => f.status === 'not_assessable').map(key));
  return after.some((f) => f.status === 'not_assessable' && !before.has(key(f)));
}

// ─────────────────────── detectable in principle ───────────────────────

const T3_RESULT_ROWS = T3_ROWS.filter((r) => !['new_received', 'carried_over', 'total_processed', 'carried_forward'].includes(r.key)).map((r) => r.key);
const readable = (a: ReportAnalysis, keys: string[]): boolean => keys.every((k) => cellValue(a, k).ok);

/** A cell is checkable when some identity holding it has every other cell readable, or prose names it. */
function cellDetectable(a: ReportAnalysis, k: string): boolean {
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
function proseDetectable(a: ReportAnalysis, c: Claim, to: number): boolean {
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

interface Source {
  name: string;
  origin: 'synthetic' | 'generated' | 'real';
  file: string;
  original: string;
  baseline: ReportAnalysis;
  /** Error findings that are real problems of the report (gold expected findings), not false alarms. */
  expectedRules: Set<string>;
  mutations: Mutation[];
  oracle?: ReportAnalysis;
}

let crashes = 0;
/** Null when the file cannot be read or a stage throws (counted: a stage under construction may). */
async function analyzeText(original: string, file: string): Promise<ReportAnalysis | null> {
  const doc = await readBuffer(Buffer.from(original, 'utf8'), file);
  if (isReadError(doc)) return null;
  try {
    return analyzeDocument(doc);
  } catch {
    crashes++;
    return null;
  }
}

function syntheticMutations(r: SyntheticReport, name: string, truth: ReportAnalysis): Mutation[] {
  return r.sites.map((s) => {
    const to = newValue(s.value);
    let detectable: boolean;
    if (s.kind === 'cell') detectable = cellDetectable(truth, s.key);
    else detectable = proseDetectable(truth, truth.claims.find((c) => c.id === s.key)!, to);
    return { source: name, kind: s.kind, key: s.key, start: s.start, end: s.end, from: s.value, to, detectable };
  });
}

/** The digits of a claim's figure inside the normalised text. */
function quantitySpan(a: ReportAnalysis, c: Claim): { start: number; end: number } | null {
  if (c.quantity && /^\d+(\.\d+)?$/.test(a.doc.text.slice(c.quantity.start, c.quantity.end))) return c.quantity;
  const digits = String(c.value);
  const at = a.doc.text.slice(c.start, c.end).lastIndexOf(digits);
  if (at < 0) return null;
  const start = c.start + at;
  // Not part of a longer number (1.32万 scaled, 2021年…).
  if (/[\d.]/.test(a.doc.text[start - 1] ?? '') || /[\d.]/.test(a.doc.text[start + digits.length] ?? '')) return null;
  return { start, end: start + digits.length };
}

function realMutations(a: ReportAnalysis, name: string): Mutation[] {
  const out: Mutation[] = [];
  for (const t of a.tables.tables)
    for (const c of Object.values(t.cells)) {
      if (c.derived || c.kind !== 'number' || c.value === null || !c.span || !Number.isInteger(c.value)) continue;
      const text = a.doc.text.slice(c.span.start, c.span.end);
      const m = /\d+/.exec(text);
      if (!m || Number(m[0]) !== c.value) continue;
      const start = c.span.start + m.index;
      const to = newValue(c.value);
      out.push({ source: name, kind: 'cell', key: c.key, start, end: start + m[0].length, from: c.value, to, detectable: cellDetectable(a, c.key) });
    }
  for (const c of a.claims) {
    if (!Number.isInteger(c.value) && c.unit !== '%') continue;
    const q = quantitySpan(a, c);
    if (!q) continue;
    const to = newValue(c.value);
    out.push({ source: name, kind: 'prose', key: c.metric ?? c.id, start: q.start, end: q.end, from: c.value, to, detectable: proseDetectable(a, c, to) });
  }
  // A sample, keeping every detectable change when there are few.
  const shuffled = out.map((m) => ({ m, r: random() })).sort((x, y) => x.r - y.r).map((x) => x.m);
  return shuffled.slice(0, REAL_SITES);
}

function realReports(): LabelledReport[] {
  return [...seeds(), ...dev()].filter((r) => {
    if (r.name.startsWith('001_') || r.name.startsWith('003_') || r.name.startsWith('hongze-')) return true;
    return r.name.startsWith('full-') && (r.gold.format === '2021' || r.gold.format === '2019');
  });
}

function mutatedText(src: Source, m: Mutation): string | null {
  const doc = src.baseline.doc;
  const o1 = doc.toOriginal(m.start);
  const o2 = doc.toOriginal(m.end);
  const was = halfWidthDigits(src.original.slice(o1, o2));
  if (was !== String(m.from)) return null;
  return src.original.slice(0, o1) + String(m.to) + src.original.slice(o2);
}

/** Smallest normalised offset whose original offset is ≥ `orig`. */
function toNormalised(a: ReportAnalysis, orig: number): number {
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
function truthAnalysis(t: import('../src/synth/types.js').Truth, baseline: ReportAnalysis): ReportAnalysis {
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
  const groups = new Map<string, number[]>();
  t.claims.forEach((c, i) => c.group && groups.set(c.group, [...(groups.get(c.group) ?? []), i]));
  for (const members of groups.values()) {
    const role = (r: string) => members.filter((i) => at(t.claims, i).role === r);
    const [total] = role('total');
    if (total !== undefined) {
      at(claims, total).parts = role('part').map((i) => at(ids, i));
      for (const i of role('part')) at(claims, i).partOf = at(ids, total);
    }
    const [rate] = role('rate');
    const [num] = role('numerator');
    const [den] = role('denominator');
    if (rate !== undefined && num !== undefined && den !== undefined) at(claims, rate).rate = { numerator: at(ids, num), denominator: at(ids, den) };
  }
  return { ...baseline, tables: { layout: null, tables: Object.values(byTable), absent: [] }, values: { ...t.tables }, claims };
}

// ─────────────────────── run ───────────────────────

const t0 = performance.now();
const sources: Source[] = [];
for (let i = 0; i < SYNTHETIC; i++) {
  const r = syntheticReport(i);
  const file = `${r.name}.txt`;
  const baseline = await analyzeText(r.text, file);
  if (!baseline) continue;
  const oracle = oracleAnalysis(r);
  oracle.findings = runReportRules(oracle);
  sources.push({ name: r.name, origin: 'synthetic', file, original: r.text, baseline, expectedRules: new Set(), mutations: syntheticMutations(r, r.name, oracle), oracle });
}
// Clean reports of src/synth: prose sites from its truth file, cell sites from the parsed tables (the truth
// has no cell positions); what is detectable is judged on the truth (every 表三/表四 cell is printed).
type Generator = typeof import('../src/synth/index.js');
let synth: Generator | null = null;
try {
  synth = await import('../src/synth/index.js');
} catch {
  synth = null; // generator not built yet
}
if (synth)
  for (let i = 0; i < GENERATED; i++) {
    let r;
    try {
      r = synth.generateReport(11, i, { errorRate: 0, gbkRate: 0, traditionalRate: 0, renderings: ['markdown', 'flat', 'cell-per-line'], layouts: ['2021', '2019'] });
    } catch (e) {
      console.error(`src/synth failed on report ${i}: ${(e as Error).message}`);
      break;
    }
    const file = `${r.name}${r.extension}`;
    const original = r.bytes.toString('utf8');
    const baseline = await analyzeText(original, file);
    if (!baseline) continue;
    const truth = truthAnalysis(r.truth, baseline);
    const mutations: Mutation[] = [];
    for (const [k, c] of r.truth.claims.entries()) {
      if (c.start === undefined || c.end === undefined) continue;
      const digits = String(c.value);
      const at = c.quote.lastIndexOf(digits);
      if (at < 0 || /[\d.]/.test(c.quote[at - 1] ?? '') || /[\d.]/.test(c.quote[at + digits.length] ?? '')) continue;
      const to = newValue(c.value);
      const claim = truth.claims[k];
      if (claim === undefined) continue;
      // Offsets of the file text; mutatedText maps baseline offsets, so translate back to normalised ones.
      const start = toNormalised(baseline, c.start + at);
      mutations.push({ source: r.name, kind: 'prose', key: c.metric ?? `claim ${k}`, start, end: toNormalised(baseline, c.start + at + digits.length), from: c.value, to, detectable: proseDetectable(truth, claim, to) });
    }
    for (const m of realMutations(baseline, r.name)) if (m.kind === 'cell') mutations.push({ ...m, detectable: cellDetectable(truth, m.key) });
    sources.push({ name: r.name, origin: 'generated', file, original, baseline, expectedRules: new Set(), mutations });
  }

if (hasShared)
  for (const rep of realReports()) {
    const doc = await readReport(rep.path);
    if (isReadError(doc)) continue;
    const baseline = await analyzeText(doc.original, rep.path);
    if (!baseline) continue;
    const expectedRules = new Set((rep.gold.expected_findings ?? []).flatMap((g) => GOLD_RULES[g.rule] ?? []));
    sources.push({ name: rep.name, origin: 'real', file: rep.path, original: doc.original, baseline, expectedRules, mutations: realMutations(baseline, rep.name) });
  }

interface Tally {
  n: number;
  detectable: number;
  caught: number;
  /** Detectable changes not caught but reported as not assessable. */
  flagged: number;
  caughtUndetectable: number;
  misses: string[];
}
const tally = (): Tally => ({ n: 0, detectable: 0, caught: 0, flagged: 0, caughtUndetectable: 0, misses: [] });
const pipeline = new Map<string, Tally>();
const oracle = new Map<string, Tally>();
const bump = (map: Map<string, Tally>, group: string, m: Mutation, hit: boolean, detail: string, na = false) => {
  for (const g of [group, 'all']) {
    const t = map.get(g) ?? tally();
    map.set(g, t);
    t.n++;
    if (m.detectable) {
      t.detectable++;
      if (hit) t.caught++;
      else if (na) t.flagged++;
      if (!hit && t.misses.length < 8) t.misses.push(`${detail}${na ? ' (reported as not assessable)' : ''}`);
    } else if (hit) t.caughtUndetectable++;
  }
};

let done = 0;
let skipped = 0;
/** Changes whose digits could not be found at their place in the file (offset maps of markup-free text only). */
const skippedBy = new Map<string, number>();
for (const src of sources) {
  for (const m of src.mutations) {
    if (done >= MAX) break;
    const group = `${src.origin} ${m.kind}`;
    const where = `${src.name} ${m.kind} ${m.key}: ${m.from}→${m.to}`;
    if (src.oracle) {
      // The same change in the oracle analysis: cell value or claim value.
      const a = structuredClone({ ...src.oracle, doc: undefined }) as unknown as ReportAnalysis;
      a.doc = src.oracle.doc;
      if (m.kind === 'cell') {
        const t = a.tables.tables.find((x) => x.id === m.key.slice(0, 2))!;
        at(t.cells, m.key).value = m.to;
        a.values[m.key] = m.to;
      } else a.claims.find((c) => c.id === m.key)!.value = m.to;
      bump(oracle, `synthetic ${m.kind}`, m, detected(src.oracle.findings, runReportRules(a)), where);
    }
    const text = mutatedText(src, m);
    if (text === null) {
      skipped++;
      skippedBy.set(src.name, (skippedBy.get(src.name) ?? 0) + 1);
      continue;
    }
    const after = await analyzeText(text, src.file);
    bump(pipeline, group, m, !!after && detected(src.baseline.findings, after.findings), where, !!after && flagged(src.baseline.findings, after.findings));
    done++;
  }
}

// False findings on the unmutated reports: error findings that are not among the report's known problems.
const falseErrors = sources.map((s) => ({
  s,
  errors: s.baseline.findings.filter((f) => f.severity === 'error' && f.status !== 'not_assessable' && !s.expectedRules.has(f.rule)),
}));
const oracleFalse = sources.filter((s) => s.oracle).map((s) => ({ s, errors: alarms(s.oracle!.findings) }));

const pct = (x: number, n: number): string => (n ? `${(x / n).toFixed(3)} (${x}/${n})` : 'n/a');
if (process.env.MUTATE_DEBUG) console.log(skippedBy);
console.log(`nianbao mutate: ${sources.length} reports (${sources.filter((s) => s.origin === 'synthetic').length} synthetic, ${sources.filter((s) => s.origin === 'generated').length} from src/synth), ${done} mutations through the pipeline (${skipped} skipped, ${crashes} stage crashes), ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const [title, map] of [
  ['pipeline (read → structure → tables → figures → checks)', pipeline],
  ['oracle (synthetic reports, true cells and claims → checks)', oracle],
] as const) {
  console.log(`\n${title}`);
  console.log('  group              mutations  detectable  recall (target ≥ 0.98)       + not-assessable flags        caught though not detectable');
  for (const [g, t] of [...map.entries()].sort())
    console.log(`  ${g.padEnd(17)}  ${String(t.n).padStart(9)}  ${String(t.detectable).padStart(10)}  ${pct(t.caught, t.detectable).padEnd(28)} ${pct(t.caught + t.flagged, t.detectable).padEnd(28)}  ${t.caughtUndetectable}`);
  for (const [g, t] of [...map.entries()].sort()) {
    if (g === 'all' || !t.misses.length) continue;
    console.log(`  missed, ${g} (first few):`);
    for (const m of t.misses.slice(0, 6)) console.log(`    - ${m}`);
  }
}
console.log('\nfalse findings on unmutated reports (error severity, not a known problem of the report):');
console.log(`  pipeline: ${falseErrors.filter((x) => x.errors.length).length}/${sources.length} reports with an error finding, ${falseErrors.reduce((s, x) => s + x.errors.length, 0)} findings`);
for (const x of falseErrors.filter((y) => y.errors.length).slice(0, 10)) console.log(`    - ${x.s.name}: ${at(x.errors, 0).rule} ${at(x.errors, 0).message.slice(0, 90)}`);
console.log(`  oracle:   ${oracleFalse.filter((x) => x.errors.length).length}/${oracleFalse.length} synthetic reports with an error or warning finding`);
for (const x of oracleFalse.filter((y) => y.errors.length).slice(0, 5)) console.log(`    - ${x.s.name}: ${at(x.errors, 0).rule} ${at(x.errors, 0).message.slice(0, 90)}`);

// ─────────────────────── src/synth's own injected errors ───────────────────────
// The generator plants one inconsistency in a report (a table cell, a prose figure, a breakdown, a rate, a
// year-to-year carry-over, an old layout, an image table, a fee sentence) and names the rule that should catch it.
if (synth && INJECTED > 0) {
  const reports: { truth: import('../src/synth/types.js').Truth; analysis: ReportAnalysis }[] = [];
  for (let i = 0; i < INJECTED; i++) {
    const r = synth.generateReport(23, i, { errorRate: 1, gbkRate: 0, renderings: ['markdown', 'flat', 'cell-per-line', 'html'] });
    const doc = await readBuffer(r.bytes, `${r.name}${r.extension}`);
    if (isReadError(doc)) continue;
    try {
      reports.push({ truth: r.truth, analysis: analyzeDocument(doc) });
    } catch {
      crashes++;
    }
  }
  const corpus = runCorpusRules(reports.map((x) => x.analysis));
  const byKind = new Map<string, { n: number; caught: number; misses: string[] }>();
  for (const { truth, analysis } of reports) {
    const findings = [...analysis.findings, ...(corpus.get(analysis.doc.file) ?? [])].filter((f) => f.status !== 'not_assessable');
    for (const inj of truth.injected) {
      const t = byKind.get(inj.kind) ?? { n: 0, caught: 0, misses: [] };
      byKind.set(inj.kind, t);
      t.n++;
      if (findings.some((f) => f.rule === inj.rule)) t.caught++;
      else if (t.misses.length < 3) t.misses.push(`${truth.name} (${truth.rendering}): ${inj.detail}`);
    }
  }
  console.log(`\nsrc/synth injected errors (${reports.length} reports, each with one injection; corpus rules over the batch):`);
  console.log('  kind               injected  caught by the named rule');
  for (const [k, t] of [...byKind.entries()].sort()) console.log(`  ${k.padEnd(17)}  ${String(t.n).padStart(8)}  ${pct(t.caught, t.n)}`);
  for (const [k, t] of byKind) for (const m of t.misses) console.log(`    - missed ${k}: ${m.slice(0, 140)}`);
}
