/**
 * npm run mutate [-- --generated 18 --sites 400 --real-sites 150 --seed 1 --max 4000]
 *
 * The mutation harness of the checks: take reports whose prose and tables agree, change one table cell or
 * one prose figure at a time, analyse the changed report and ask whether a new finding (error or warning)
 * appeared. Recall is counted over the changes that are detectable in principle (the cell takes part in a
 * table identity whose other cells are readable, or a prose figure has a readable counterpart, a stated
 * breakdown or a stated rate); the false-finding rate over the unmutated reports.
 *
 * Sources: clean reports of the project's generator (src/synth, text renderings; its truth gives the offset of
 * every printed figure and table value) and the real reports in ../shared/corpora
 * that carry standard tables (seeds 001 and 003, dev full-* in the 2019/2021 layouts, hongze-*).
 * Two measurements: `pipeline` runs the real stages (read → … → checks) on the changed text; `oracle` hands
 * the rules the generated reports' true cells and claims, measuring the rules apart from extraction.
 */
import { isReadError, readBuffer, readReport } from '../src/read/index.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';
import { runCorpusRules, runReportRules } from '../src/checks/index.js';
import type { ReportAnalysis } from '../src/model/types.js';
import { GOLD_RULES } from '../src/eval/checks.js';
import { hasShared } from '../src/eval/corpora.js';
import { generateReport } from '../src/synth/index.js';
import { at } from '../src/util/at.js';
import {
  alarms, analyzeText, cellDetectable, detected, flagged, mutatedText, newValue, proseDetectable, realMutations, realReports,
  stats, toNormalised, truthAnalysis, type Mutation, type Source,
} from './mutate-sites.js';
import { numberOption } from './args.js';

const GENERATED = numberOption('generated', 18);
const SITES = numberOption('sites', 400);
const INJECTED = numberOption('injected', 80);
const REAL_SITES = numberOption('real-sites', 150);
const MAX = numberOption('max', 4000);
let seed = numberOption('seed', 1) >>> 0;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** A change of one number: where (normalised offsets of the baseline), what it was, what it becomes. */
// ─────────────────────── run ───────────────────────

const t0 = performance.now();
const sources: Source[] = [];
// Clean reports of src/synth: prose and cell sites from its truth (offsets in the file text); what is detectable is
// judged on the truth, which is also the oracle analysis the rules get in the second measurement.
for (let i = 0; i < GENERATED; i++) {
  const r = generateReport(11, i, { errorRate: 0, gbkRate: 0, traditionalRate: 0, renderings: ['markdown', 'flat', 'cell-per-line'], layouts: ['2021', '2019'], cellOffsets: true });
  const file = `${r.name}${r.extension}`;
  const original = r.bytes.toString('utf8');
  const baseline = await analyzeText(original, file);
  if (!baseline) continue;
  const truth = truthAnalysis(r.truth, baseline);
  const oracle: ReportAnalysis = { ...truth, findings: runReportRules(truth) };
  const mutations: Mutation[] = [];
  // Offsets of the file text; mutatedText maps baseline offsets, so they are translated to normalised ones.
  const site = (start: number, end: number) => ({ start: toNormalised(baseline, start), end: toNormalised(baseline, end) });
  for (const [k, c] of r.truth.claims.entries()) {
    if (c.start === undefined || c.end === undefined) continue;
    const digits = String(c.value);
    const at = c.quote.lastIndexOf(digits);
    if (at < 0 || /[\d.]/.test(c.quote[at - 1] ?? '') || /[\d.]/.test(c.quote[at + digits.length] ?? '')) continue;
    const claim = truth.claims[k];
    if (claim === undefined) continue;
    const to = newValue(c.value, random);
    mutations.push({ source: r.name, kind: 'prose', key: c.metric ?? `claim ${k}`, claimId: claim.id, ...site(c.start + at, c.start + at + digits.length), from: c.value, to, detectable: proseDetectable(truth, claim, to) });
  }
  for (const c of r.truth.cells ?? []) {
    if (!Number.isInteger(c.value) || c.end - c.start !== String(c.value).length) continue; // signed changes, amounts
    mutations.push({ source: r.name, kind: 'cell', key: c.metric, ...site(c.start, c.end), from: c.value, to: newValue(c.value, random), detectable: cellDetectable(truth, c.metric) });
  }
  const sample = mutations.map((m) => ({ m, r: random() })).sort((x, y) => x.r - y.r).slice(0, SITES).map((x) => x.m);
  sources.push({ name: r.name, origin: 'generated', file, original, baseline, expectedRules: new Set(), mutations: sample, oracle });
}

if (hasShared)
  for (const rep of realReports()) {
    const doc = await readReport(rep.path);
    if (isReadError(doc)) continue;
    const baseline = await analyzeText(doc.original, rep.path);
    if (!baseline) continue;
    const expectedRules = new Set((rep.gold.expected_findings ?? []).flatMap((g) => GOLD_RULES[g.rule] ?? []));
    sources.push({ name: rep.name, origin: 'real', file: rep.path, original: doc.original, baseline, expectedRules, mutations: realMutations(baseline, rep.name, random, REAL_SITES) });
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
      const cell = m.kind === 'cell' ? a.tables.tables.find((x) => x.id === m.key.slice(0, 2))?.cells[m.key] : undefined;
      const claim = m.kind === 'prose' ? a.claims.find((c) => c.id === m.claimId) : undefined;
      if (cell) {
        cell.value = m.to;
        a.values[m.key] = m.to;
      }
      if (claim) claim.value = m.to;
      if (cell || claim) bump(oracle, `generated ${m.kind}`, m, detected(src.oracle.findings, runReportRules(a)), where);
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
console.log(`nianbao mutate: ${sources.length} reports (${sources.filter((s) => s.origin === 'generated').length} from src/synth), ${done} mutations through the pipeline (${skipped} skipped, ${stats.crashes} stage crashes), ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const [title, map] of [
  ['pipeline (read → structure → tables → figures → checks)', pipeline],
  ['oracle (generated reports, true cells and claims → checks)', oracle],
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
console.log(`  oracle:   ${oracleFalse.filter((x) => x.errors.length).length}/${oracleFalse.length} generated reports with an error or warning finding`);
for (const x of oracleFalse.filter((y) => y.errors.length).slice(0, 5)) console.log(`    - ${x.s.name}: ${at(x.errors, 0).rule} ${at(x.errors, 0).message.slice(0, 90)}`);

// ─────────────────────── src/synth's own injected errors ───────────────────────
// The generator plants one inconsistency in a report (a table cell, a prose figure, a breakdown, a rate, a
// year-to-year carry-over, an old layout, an image table, a fee sentence) and names the rule that should catch it.
if (INJECTED > 0) {
  const reports: { truth: import('../src/synth/types.js').Truth; analysis: ReportAnalysis }[] = [];
  for (let i = 0; i < INJECTED; i++) {
    const r = generateReport(23, i, { errorRate: 1, gbkRate: 0, renderings: ['markdown', 'flat', 'cell-per-line', 'html'] });
    const doc = await readBuffer(r.bytes, `${r.name}${r.extension}`);
    if (isReadError(doc)) continue;
    try {
      reports.push({ truth: r.truth, analysis: analyzeDocument(doc) });
    } catch {
      stats.crashes++;
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
