/**
 * Figures stage against synthetic truth: claim precision, recall and metric accuracy on corpora/sample
 * (every rendering, docx and pdf included) and on a freshly generated corpus of text renderings.
 *
 *   npx tsx scripts/eval-synth.ts [--seed 7] [--n 120] [--misses 20] [--only sample|fresh] [--grep 漏|指标|误]
 *                                 [--error-rate 0.2] [--traditional-rate 0.15]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuffer, readReport, isReadError } from '../src/read/index.js';
import { segmentStructure } from '../src/structure/index.js';
import { extractClaims } from '../src/figures/index.js';
import { generateReport, TEXT_RENDERINGS, type Truth } from '../src/synth/index.js';
import { rates, scoreSynthFile, summarise, type SynthFileScore, type Tally } from '../src/eval/synth-claims.js';
import type { SourceDocument } from '../src/model/types.js';
import { option } from './args.js';

const seed = Number(option('seed') ?? 7);
const n = Number(option('n') ?? 120);
const maxMisses = Number(option('misses') ?? 20);
const only = option('only');
const grep = option('grep');
const generate = {
  renderings: TEXT_RENDERINGS,
  ...(option('error-rate') ? { errorRate: Number(option('error-rate')) } : {}),
  ...(option('traditional-rate') ? { traditionalRate: Number(option('traditional-rate')) } : {}),
};

function score(doc: SourceDocument, truth: Truth): SynthFileScore {
  return scoreSynthFile(doc, truth, extractClaims(doc, segmentStructure(doc)));
}

async function sample(dir: string): Promise<SynthFileScore[]> {
  const out: SynthFileScore[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth;
    const doc = await readReport(join(dir, truth.file));
    if (isReadError(doc)) {
      console.error(`${truth.file}: ${doc.reason}`);
      continue;
    }
    out.push(score(doc, truth));
  }
  return out;
}

async function fresh(): Promise<SynthFileScore[]> {
  const out: SynthFileScore[] = [];
  for (let i = 0; i < n; i++) {
    const r = generateReport(seed, i, generate);
    const doc = await readBuffer(r.bytes, r.name + r.extension);
    if (isReadError(doc)) {
      console.error(`${r.name}: ${doc.reason}`);
      continue;
    }
    out.push(score(doc, r.truth));
  }
  return out;
}

const pct = (v: number | null) => (v === null ? ' n/a ' : v.toFixed(3));
function line(label: string, t: Tally): string {
  const r = rates(t);
  return `${label.padEnd(34)} truth ${String(t.truth).padStart(5)}  P ${pct(r.precision)}  R ${pct(r.recall)}  metric ${pct(r.metricAccuracy)}  R+metric ${pct(r.recallWithMetric)}  strict ${pct(r.strictRecall)}`;
}

function report(title: string, files: SynthFileScore[]): void {
  const s = summarise(files);
  console.log(`\n══ ${title}: ${files.length} reports`);
  console.log(line('all', s.all));
  const la = s.linkable.found ? (s.linkable.ok / s.linkable.found).toFixed(3) : 'n/a';
  console.log(`metric accuracy on linkable truth keys (t2/t3/t4, prose.proactive.items): ${la} (${s.linkable.ok}/${s.linkable.found})`);
  const l = s.links;
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  console.log(`links: precision ${ratio(l.right, l.made)} (${l.right}/${l.made} linked claims right), recall ${ratio(l.kept, l.due)} (${l.kept}/${l.due} claims with a cell linked right)`);
  for (const [name, m] of [['layout', s.byLayout], ['rendering', s.byRendering], ['script', s.byScript], ['metric', s.byMetric]] as const) {
    console.log(`── by ${name}`);
    for (const [k, t] of [...m.entries()].sort((a, b) => b[1].truth - a[1].truth)) console.log(line(`  ${k}`, t));
  }
  const misses = grep ? s.misses.filter((m) => m.includes(grep)) : s.misses;
  if (misses.length) {
    console.log(`── misses (${misses.length}, first ${Math.min(maxMisses, misses.length)})`);
    for (const m of misses.slice(0, maxMisses)) console.log(`  - ${m}`);
  }
}

if (!only || only === 'sample') report('corpora/sample', await sample('corpora/sample'));
if (!only || only === 'fresh') report(`generated (seed ${seed}, n ${n}, text renderings)`, await fresh());
