/**
 * npm run fuzz -- --n N --seed S [--out DIR] [--jobs J] [--size S]
 *
 * Writes N malformed and pathological inputs (binary noise, truncated and mislabelled files, empty and
 * whitespace-only files, wrong encodings, zip bombs, deep markup, huge one-line texts past --max-chars, runs of
 * letters/digits/dots/percentages/headings, symlink loops), runs the batch over them, and prints crashes, hangs
 * (timeouts), missing or duplicate records, peak RSS, and the time growth of each pathological text from s to 2s
 * characters, measured in this run.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PATHOLOGICAL_TEXTS, pathologicalText } from '../src/pipeline/pathological.js';
import { REPORT, writeFuzzInputs } from './fuzz-inputs.js';
import { analyzeBatch } from '../src/pipeline/batch.js';
import { readBuffer, isReadError } from '../src/read/index.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : d;
};
const n = arg('n', 500);
const seed = arg('seed', 1);
const jobs = arg('jobs', 2);
const S = arg('size', 20_000);
const outIdx = process.argv.indexOf('--out');
const root = outIdx >= 0 ? process.argv[outIdx + 1]! : `/tmp/nianbao-fuzz-${seed}`;
rmSync(root, { recursive: true, force: true });
const inDir = join(root, 'in');
mkdirSync(inDir, { recursive: true });
writeFuzzInputs(inDir, n, seed);

// time growth of each pathological text, s → 2s characters (best of three each)
const time = async (text: string) => {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const doc = await readBuffer(Buffer.from(text), 'x.txt');
    if (!isReadError(doc)) analyzeDocument(doc);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};
await time(REPORT);
for (const unit of Object.values(PATHOLOGICAL_TEXTS)) await time(pathologicalText(unit, 1000)); // lazy loads (classifier, jieba) out of the figures
console.log(`time growth from ${S} to ${2 * S} characters:`);
for (const [name, unit] of Object.entries(PATHOLOGICAL_TEXTS)) {
  const a = await time(pathologicalText(unit, S));
  const b = await time(pathologicalText(unit, 2 * S));
  console.log(`  ${name.padEnd(10)} ${a.toFixed(0).padStart(6)} → ${b.toFixed(0).padStart(6)} ms  ×${(b / a).toFixed(2)}`);
}

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
const t0 = Date.now();
const summary = await analyzeBatch([inDir], { out: join(root, 'out'), jobs, force: true, timeoutSeconds: 60 });
clearInterval(sampler);
const records = readFileSync(summary.reportsPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; status: string; errorReason?: string; error?: string });
const seen = new Map<string, number>();
for (const r of records) seen.set(r.file, (seen.get(r.file) ?? 0) + 1);
const duplicates = [...seen].filter(([, k]) => k > 1).length;
const missing = n - records.filter((r) => /\/\d{6}-/.test(r.file)).length;
const crashes = records.filter((r) => r.errorReason === 'internal');
const hangs = records.filter((r) => r.errorReason === 'timeout');
const noSentence = records.filter((r) => r.status === 'error' && !/[。]/.test(r.error ?? ''));
console.log(`\n${n} inputs, ${records.length} records in ${((Date.now() - t0) / 1000).toFixed(1)} s (jobs ${jobs}); errors by reason ${JSON.stringify(summary.errors)}`);
console.log(`crashes ${crashes.length}, hangs ${hangs.length}, missing ${missing}, duplicate records ${duplicates}, errors without a sentence ${noSentence.length}`);
for (const r of [...crashes, ...hangs].slice(0, 10)) console.log(`  ${r.file}: ${r.error}`);
console.log(`peak RSS of the main thread and its workers: ${(peak / 2 ** 20).toFixed(0)} MiB`);
process.exitCode = crashes.length + hangs.length + missing + duplicates > 0 ? 1 : 0;
