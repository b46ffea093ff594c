/**
 * npm run fuzz -- --n N --seed S [--out DIR] [--jobs J] [--size S] [--reps R]
 *
 * Writes N malformed and pathological inputs (binary noise, truncated and mislabelled files, empty and
 * whitespace-only files, wrong encodings, zip bombs, deep markup, huge one-line texts past --max-chars, runs of
 * letters/digits/dots/percentages/headings, symlink loops), runs the batch over them, and prints crashes, hangs
 * (timeouts), missing or duplicate records, peak RSS, and the time growth of each pathological text from s to 2s
 * characters, measured in this run as CPU time per call (scripts/fuzz-growth.ts).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT, writeFuzzInputs } from './fuzz-inputs.js';
import { measureGrowth } from './fuzz-growth.js';
import { analyzeBatch } from '../src/pipeline/batch.js';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : d;
};
const n = arg('n', 500);
const seed = arg('seed', 1);
const jobs = arg('jobs', 2);
const S = arg('size', 20_000);
const outIdx = process.argv.indexOf('--out');
const root = (outIdx >= 0 ? process.argv[outIdx + 1] : undefined) ?? `/tmp/nianbao-fuzz-${seed}`;
/** The growth the target allows from s to 2s characters. */
const MAX_GROWTH = 2.5;
rmSync(root, { recursive: true, force: true });
const inDir = join(root, 'in');
mkdirSync(inDir, { recursive: true });
writeFuzzInputs(inDir, n, seed);

// time growth of each pathological text, s → 2s characters, in CPU time per call (median of --reps)
const reps = arg('reps', 5);
console.log(`time growth from ${S} to ${2 * S} characters (CPU time of one file's analysis, median of ${reps}):`);
const growth = await measureGrowth(S, reps, REPORT);
for (const g of growth) {
  console.log(`  ${g.name.padEnd(10)} ${g.small.toFixed(1).padStart(8)} → ${g.large.toFixed(1).padStart(8)} ms  ×${g.ratio.toFixed(2)}${g.ratio > MAX_GROWTH ? '  (over ×' + MAX_GROWTH + ')' : ''}`);
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
const tooSteep = growth.filter((g) => g.ratio > MAX_GROWTH).length;
process.exitCode = crashes.length + hangs.length + missing + duplicates + tooSteep > 0 ? 1 : 0;
