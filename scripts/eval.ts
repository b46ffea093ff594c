/**
 * npm run eval — analyse the real labelled reports in ../shared/corpora (seeds, dev, pdf) once and
 * score every stage against the gold labels. Stages whose scorer is not built yet print n/a. The review stage prints
 * error and warning precision from the verdicts in eval/review.tsv (all real reports, wild included).
 * Usage: npm run eval [-- --only seeds|dev|pdf] [--misses N] [--json FILE]
 */
import { writeFileSync } from 'node:fs';
import { readReport, isReadError } from '../src/read/index.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';
import { seeds, dev, pdfs, hasShared, SHARED_CORPORA } from '../src/eval/corpora.js';
import type { EvalItem, StageScore } from '../src/eval/types.js';
import { option } from './args.js';

const maxMisses = Number(option('misses') ?? 8);

if (!hasShared) {
  console.error(`nianbao eval: ${SHARED_CORPORA} not found (the real corpora live in ../shared beside the repository)`);
  process.exit(2);
}

const only = option('only');
const reports = [
  ...(!only || only === 'seeds' ? seeds() : []),
  ...(!only || only === 'dev' ? dev() : []),
  ...(!only || only === 'pdf' ? pdfs() : []),
];

const t0 = performance.now();
const items: EvalItem[] = [];
for (const report of reports) {
  const doc = await readReport(report.path);
  items.push({ report, analysis: isReadError(doc) ? null : analyzeDocument(doc) });
}
const seconds = (performance.now() - t0) / 1000;

type Scorer = (items: EvalItem[]) => StageScore | Promise<StageScore>;
const STAGES: { stage: string; module: string; fn: string }[] = [
  { stage: 'read', module: '../src/eval/read.js', fn: 'scoreRead' },
  // the wild pages are not labelled reports: scored against wild/sources.tsv, read by the scorer itself
  { stage: 'read (wild)', module: '../src/eval/read.js', fn: 'scoreWild' },
  { stage: 'structure', module: '../src/eval/structure.js', fn: 'scoreStructure' },
  { stage: 'tables', module: '../src/eval/tables.js', fn: 'scoreTables' },
  { stage: 'figures', module: '../src/eval/figures.js', fn: 'scoreFigures' },
  { stage: 'checks', module: '../src/eval/checks.js', fn: 'scoreChecks' },
  { stage: 'themes', module: '../src/eval/themes.js', fn: 'scoreThemes' },
  { stage: 'review', module: '../src/eval/review.js', fn: 'scoreReview' },
  // last: it trains the paragraph classifier once per agency (most of the run's time)
  { stage: 'structure', module: '../src/eval/structure.js', fn: 'scoreParagraphClassifier' },
];

/** Column widths of the table: fixed, so each stage's lines print as soon as it is scored. */
const WIDTHS = [12, 96, 6, 8];
const fmt = (v: number | null): string => (v === null ? 'n/a' : v <= 1 && v >= 0 && !Number.isInteger(v) ? v.toFixed(3) : String(v));
const printRow = (r: string[]): void => console.log(r.map((c, i) => (i < WIDTHS.length ? c.padEnd(WIDTHS[i] ?? 0) : c)).join('  ').trimEnd());

console.log(`nianbao eval: ${items.length} labelled reports (${items.filter((i) => !i.analysis).length} unreadable), analysed in ${seconds.toFixed(1)} s`);
printRow(['stage', 'measure', 'value', 'target', 'detail']);
const scores: StageScore[] = [];
for (const s of STAGES) {
  let scorer: Scorer | undefined;
  try {
    scorer = ((await import(s.module)) as Record<string, Scorer>)[s.fn];
  } catch {
    scorer = undefined; // stage not built yet
  }
  let score: StageScore;
  if (!scorer) score = { stage: s.stage, lines: [{ name: '(not built)', value: null }], misses: [] };
  else {
    try {
      score = await scorer(items);
    } catch (e) {
      score = { stage: s.stage, lines: [{ name: `scorer failed: ${(e as Error).message}`, value: null }], misses: [] };
    }
  }
  scores.push(score);
  for (const l of score.lines)
    printRow([score.stage, l.name, fmt(l.value), l.target === undefined ? '' : (l.value !== null && l.value >= l.target ? '✓ ' : '✗ ') + String(l.target), l.detail ?? '']);
}

for (const s of scores) {
  if (s.misses.length === 0) continue;
  console.log(`\nworst misses — ${s.stage}:`);
  for (const m of s.misses.slice(0, maxMisses)) console.log(`  - ${m}`);
}
const jsonOut = option('json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ seconds, scores }, null, 2));
