/**
 * npm run bench [-- --n 2000 --jobs 2 --seed 7 --passes 3 --keep --no-outputs]
 * Throughput of the whole batch on a generated corpus, beside raw nodejieba.cut throughput over the
 * same text in the same run (so the ratio holds on a noisy machine), and peak RSS. Then the output phase as
 * `nianbao analyze` runs it after the batch (finishBatch: themes, CSVs, workbook, database, dashboard), with its
 * own time, CPU and the peak RSS of the whole command; --no-outputs leaves it out.
 *
 * The batch runs before anything else loads jieba or the readers in this thread, and its peak RSS is taken
 * when it ends: the raw-cut baseline afterwards is measuring apparatus, not part of the batch's memory.
 * CPU seconds (all threads) are printed too: on a shared machine they vary far less than wall time.
 *
 * Per report, on the same sample of files in this thread: the floor (the file's bytes read, decoded with the
 * encoding they were written in, and nodejieba.cut of the text the pipeline analyses) beside the project's own
 * CPU for the file (processFile, bundled as the workers run it: read, decode, structure, tables, figures, checks), and their ratio. Both are
 * process CPU time, so a loaded machine shifts them little and alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport, TEXT_RENDERINGS } from '../src/synth/index.js';
import { analyzeBatch } from '../src/pipeline/batch.js';
import { finishBatch } from '../src/pipeline/finish.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const n = opt('n', 2000);
const jobs = opt('jobs', 2);
const seed = opt('seed', 7);

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const corpusDir = join(dir, 'corpus');
const t0 = performance.now();
let bytes = 0;
const files: string[] = [];
const encodingOf = new Map<string, string>();
{
  const { mkdirSync } = await import('node:fs');
  mkdirSync(corpusDir);
  for (let i = 0; i < n; i++) {
    const r = generateReport(seed, i, { renderings: TEXT_RENDERINGS });
    const f = join(corpusDir, `${r.name}${r.extension}`);
    writeFileSync(f, r.bytes);
    files.push(f);
    encodingOf.set(f, r.encoding === 'gbk' ? 'gb18030' : 'utf-8');
    bytes += r.bytes.length;
  }
}
const genSeconds = (performance.now() - t0) / 1000;

const c0 = process.cpuUsage();
const ta = performance.now();
const summary = await analyzeBatch([corpusDir], { out: join(dir, 'out'), jobs, force: true });
const analyzeSeconds = (performance.now() - ta) / 1000;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rss = process.resourceUsage().maxRSS / 1024; // KiB → MiB, all threads of this process

// The output phase, as the CLI runs it after the batch (default themes embedder).
const withOutputs = !args.includes('--no-outputs');
let outputs: { seconds: number; cpuSeconds: number; rss: number } | null = null;
if (withOutputs) {
  const o0 = process.cpuUsage();
  const to = performance.now();
  await finishBatch(join(dir, 'out'), { themes: true });
  const oc = process.cpuUsage(o0);
  outputs = { seconds: (performance.now() - to) / 1000, cpuSeconds: (oc.user + oc.system) / 1e6, rss: process.resourceUsage().maxRSS / 1024 };
}

// Raw segmentation over the same corpus's decoded text, one thread.
// nodejieba.cut with the dictionaries the pipeline loads (src/nlp/segment.ts), so both sides segment alike.
const { cut: jiebaCut } = await import('../src/nlp/segment.js');
const { readReport, isReadError } = await import('../src/read/index.js');
const texts: string[] = [];
const sample = files.slice(0, Math.min(files.length, 500));
for (const f of sample) {
  const d = await readReport(f);
  if (!isReadError(d)) texts.push(d.original);
}
const sampleBytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
// The corpus as UTF-8 text (what jieba cuts), estimated from the sample: file bytes count markup and 2-byte code pages.
const textMB = (sampleBytes / Math.max(1, sample.length)) * n / 1e6;
jiebaCut('预热分词器');
const tc = performance.now();
for (const t of texts) jiebaCut(t);
const cutSeconds = (performance.now() - tc) / 1000;
const cutMBs = sampleBytes / 1e6 / cutSeconds;

// Floor and analysis per report, same files, this thread (jieba is loaded and the code warmed up first).
const { readFileSync } = await import('node:fs');
const { default: iconv } = await import('iconv-lite');
// processFile as the batch's workers run it: bundled by esbuild (pipeline/bundle.ts). Through tsx some of the code
// runs about twice as slowly, which would charge the loader to the analysis.
const { workerBundle } = await import('../src/pipeline/bundle.js');
const bundled = await workerBundle('process');
const { processFile } = (bundled ? await import(bundled.href) : await import('../src/pipeline/process.js')) as typeof import('../src/pipeline/process.js');
const analysedTexts = new Map<string, string>();
for (const f of sample) {
  const d = await readReport(f);
  if (!isReadError(d)) analysedTexts.set(f, d.text);
}
const perReport = [...analysedTexts.keys()];
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
for (const f of perReport.slice(0, 20)) await processFile(f);
// Alternating passes, the least of each kept: garbage left by one pass is collected in the next, and other
// processes on a shared machine slow some passes more than others.
const passes = opt('passes', 3);
let floorMs = Infinity;
let analysisMs = Infinity;
for (let k = 0; k < passes; k++) {
  const f0 = process.cpuUsage();
  for (const f of perReport) {
    iconv.decode(readFileSync(f), encodingOf.get(f) ?? 'utf-8');
    jiebaCut(analysedTexts.get(f) ?? '');
  }
  floorMs = Math.min(floorMs, cpuMs(process.cpuUsage(f0)) / Math.max(1, perReport.length));
  const a0 = process.cpuUsage();
  for (const f of perReport) await processFile(f);
  analysisMs = Math.min(analysisMs, cpuMs(process.cpuUsage(a0)) / Math.max(1, perReport.length));
}

const mb = bytes / 1e6;
const rows: [string, string][] = [
  ['reports', String(n)],
  ['corpus size', `${mb.toFixed(1)} MB`],
  ['generation', `${genSeconds.toFixed(1)} s`],
  ['jobs', String(jobs)],
  ['analyze time', `${analyzeSeconds.toFixed(1)} s`],
  ['reports/s', (n / analyzeSeconds).toFixed(1)],
  ['phases: analyse / corpus rules / merge', `${summary.phases.analyse.toFixed(1)} / ${summary.phases.corpusRules.toFixed(1)} / ${summary.phases.merge.toFixed(1)} s`],
  ['analyze file MB/s (per core)', `${(mb / analyzeSeconds).toFixed(2)} (${(mb / analyzeSeconds / jobs).toFixed(2)})`],
  ['analyze text MB/s (per core)', `${(textMB / analyzeSeconds).toFixed(2)} (${(textMB / analyzeSeconds / jobs).toFixed(2)})`],
  ['raw nodejieba.cut text MB/s (1 core)', cutMBs.toFixed(2)],
  // The target (analyze ≥ 0.5× raw segmentation) can be read two ways; both are printed.
  ['analyze (all workers) / raw cut (1 thread)', ((textMB / analyzeSeconds) / cutMBs).toFixed(2)],
  ['analyze / raw cut, per core (text)', ((textMB / analyzeSeconds / jobs) / cutMBs).toFixed(2)],
  ['CPU time, all threads (per report)', `${cpuSeconds.toFixed(1)} s (${((cpuSeconds / n) * 1000).toFixed(1)} ms)`],
  ['per report: sample (1 thread), passes', `${perReport.length}, least of ${passes}`],
  ['per report: floor CPU (read + decode + cut)', `${floorMs.toFixed(2)} ms`],
  [`per report: analysis CPU (processFile, ${bundled ? 'bundled' : 'through tsx'})`, `${analysisMs.toFixed(2)} ms`],
  ['per report: analysis / floor', (analysisMs / floorMs).toFixed(2)],
  ['peak RSS (batch)', `${rss.toFixed(0)} MiB`],
  ...(outputs
    ? ([
        ['outputs (finishBatch): time, CPU', `${outputs.seconds.toFixed(1)} s, ${outputs.cpuSeconds.toFixed(1)} CPU-s`],
        ['peak RSS (batch + outputs: the analyze command)', `${outputs.rss.toFixed(0)} MiB`],
      ] as [string, string][])
    : []),
  ['peak RSS (with raw-cut baseline)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`],
  ['ok / errors', `${summary.ok} / ${summary.files - summary.ok}`],
];
for (const [k, v] of rows) console.log(`${k.padEnd(48)} ${v}`);
writeFileSync(join(dir, 'bench.json'), JSON.stringify(Object.fromEntries(rows), null, 2));
// --keep leaves the corpus and the batch's output folder (its summaries, for profiling the corpus pass alone)
if (args.includes('--keep')) console.log(`kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
