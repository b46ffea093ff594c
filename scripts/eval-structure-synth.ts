/**
 * Structure stage against synthetic truth: the section headings found (normalised) against the truth's `headings`,
 * and the layout (structure.layoutHint and the analysis layout, tables first) against the truth's `layout`, on
 * corpora/sample (every rendering) and on a freshly generated corpus.
 *
 *   npx tsx scripts/eval-structure-synth.ts [--seed 11] [--n 140] [--text] [--only sample|fresh] [--misses 30]
 *
 * --text generates text renderings only (fast); by default docx and pdf are generated too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuffer, isReadError, normalise } from '../src/read/index.js';
import { segmentStructure, isBoilerplateLine } from '../src/structure/index.js';
import { isPageMarker } from '../src/structure/boilerplate.js';
import { INLINE_TRAILERS } from '../src/structure/lexicon/boilerplate.js';
import { parseTables } from '../src/tables/index.js';
import { ALL_RENDERINGS, TEXT_RENDERINGS, generateReport, generateReportAsync, type Truth } from '../src/synth/index.js';
import type { SourceDocument, Structure } from '../src/model/types.js';
import { flag, option } from './args.js';

const seed = Number(option('seed') ?? 11);
const n = Number(option('n') ?? 140);
const maxMisses = Number(option('misses') ?? 30);
const only = option('only');
const textOnly = flag('text');

/** A heading compared without its spaces, markdown marks and trailing colon, in simplified half-width form. */
function headingKey(h: string): string {
  return normalise(h, { traditional: true })
    .text.replace(/[\s#*|>]/g, '')
    .replace(/[::。]$/, '');
}

interface FileScore {
  name: string;
  rendering: string;
  layout: string;
  truthHeadings: number;
  hit: number;
  found: number;
  /** Found headings that are not truth headings. */
  extra: string[];
  /** Truth headings not found as a section heading. */
  missed: string[];
  layoutHint: string;
  analysisLayout: string;
  /** Lines of page chrome (or page numbers) inside a section's span, as src/eval/structure.ts counts them. */
  chromeInside: string[];
}

function score(name: string, doc: SourceDocument, truth: Truth): FileScore {
  const structure: Structure = segmentStructure(doc);
  // the analysis layout as src/pipeline/analyze.ts decides it (the tables' own layout first)
  const tables = parseTables(doc, structure);
  const analysisLayout = tables.layout ?? structure.layoutHint ?? doc.meta.layout;
  const want = truth.headings.map(headingKey);
  const got = structure.sections.filter((s) => s.headingSpan).map((s) => headingKey(s.heading));
  const left = [...want];
  const extra: string[] = [];
  for (const g of got) {
    const k = left.indexOf(g);
    if (k >= 0) left.splice(k, 1);
    else extra.push(g);
  }
  const chromeInside: string[] = [];
  for (const sec of structure.sections) {
    for (const l of doc.text.slice(sec.start, sec.end).split('\n')) {
      if (isBoilerplateLine(l) || INLINE_TRAILERS.test(l) || isPageMarker(l)) chromeInside.push(l.trim().slice(0, 30));
    }
  }
  return {
    chromeInside,
    name,
    rendering: truth.rendering,
    layout: truth.layout,
    truthHeadings: want.length,
    hit: want.length - left.length,
    found: got.length,
    extra,
    missed: left,
    layoutHint: structure.layoutHint,
    analysisLayout,
  };
}

async function sample(dir: string): Promise<FileScore[]> {
  const out: FileScore[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth;
    const doc = await readBuffer(readFileSync(join(dir, truth.file)), truth.file);
    if (isReadError(doc)) {
      console.error(`${truth.file}: ${doc.reason}`);
      continue;
    }
    out.push(score(truth.name, doc, truth));
  }
  return out;
}

async function fresh(): Promise<FileScore[]> {
  const out: FileScore[] = [];
  for (let i = 0; i < n; i++) {
    const r = textOnly ? generateReport(seed, i, { renderings: TEXT_RENDERINGS }) : await generateReportAsync(seed, i, { renderings: ALL_RENDERINGS });
    const doc = await readBuffer(r.bytes, r.name + r.extension);
    if (isReadError(doc)) {
      console.error(`${r.name}: ${doc.reason}`);
      continue;
    }
    out.push(score(`${r.name} (seed ${seed}, #${i})`, doc, r.truth));
  }
  return out;
}

interface Tally {
  files: number;
  allHeadings: number;
  truth: number;
  hit: number;
  found: number;
  hint: number;
  analysis: number;
  chrome: number;
}
const empty = (): Tally => ({ files: 0, allHeadings: 0, truth: 0, hit: 0, found: 0, hint: 0, analysis: 0, chrome: 0 });

function add(t: Tally, f: FileScore): void {
  t.files++;
  if (f.missed.length === 0 && f.extra.length === 0) t.allHeadings++;
  t.truth += f.truthHeadings;
  t.hit += f.hit;
  t.found += f.found;
  if (f.layoutHint === f.layout) t.hint++;
  if (f.analysisLayout === f.layout) t.analysis++;
  t.chrome += f.chromeInside.length;
}

const r3 = (a: number, b: number) => (b ? (a / b).toFixed(3) : ' n/a ');
function line(label: string, t: Tally): string {
  return (
    `${label.padEnd(18)} files ${String(t.files).padStart(4)}  all-headings ${r3(t.allHeadings, t.files)}` +
    `  heading R ${r3(t.hit, t.truth)} (${t.hit}/${t.truth})  P ${r3(t.hit, t.found)}` +
    `  layoutHint ${r3(t.hint, t.files)}  analysis layout ${r3(t.analysis, t.files)}  chrome in sections ${t.chrome}`
  );
}

function report(title: string, files: FileScore[]): void {
  const all = empty();
  const byRendering = new Map<string, Tally>();
  const byLayout = new Map<string, Tally>();
  for (const f of files) {
    add(all, f);
    for (const [m, k] of [[byRendering, f.rendering], [byLayout, f.layout]] as const) {
      if (!m.has(k)) m.set(k, empty());
      add(m.get(k)!, f);
    }
  }
  console.log(`\n══ ${title}: ${files.length} reports`);
  console.log(line('all', all));
  for (const [name, m] of [['rendering', byRendering], ['layout', byLayout]] as const) {
    console.log(`── by ${name}`);
    for (const [k, t] of [...m.entries()].sort((a, b) => b[1].files - a[1].files)) console.log(line(`  ${k}`, t));
  }
  const misses = files.filter((f) => f.missed.length || f.extra.length || f.layoutHint !== f.layout || f.analysisLayout !== f.layout || f.chromeInside.length);
  if (misses.length) console.log(`── misses (${misses.length})`);
  for (const f of misses.slice(0, maxMisses)) {
    const parts = [`${f.name} [${f.rendering}, ${f.layout}]`];
    if (f.missed.length) parts.push(`缺 ${f.missed.join(' / ')}`);
    if (f.extra.length) parts.push(`多 ${f.extra.join(' / ')}`);
    if (f.layoutHint !== f.layout) parts.push(`layoutHint ${f.layoutHint}`);
    if (f.analysisLayout !== f.layout) parts.push(`analysis ${f.analysisLayout}`);
    if (f.chromeInside.length) parts.push(`杂项在部分内 ${f.chromeInside.join(' / ')}`);
    console.log(`  - ${parts.join('  ')}`);
  }
}

if (only !== 'fresh') report('corpora/sample', await sample('corpora/sample'));
if (only !== 'sample') report(`fresh (seed ${seed}, ${textOnly ? 'text renderings' : 'all renderings'})`, await fresh());
