/**
 * npm run fuzz -- --n N --seed S [--out DIR] [--jobs J] [--size S]
 *
 * Writes N malformed and pathological inputs (binary noise, truncated and mislabelled files, empty and
 * whitespace-only files, wrong encodings, zip bombs, deep markup, huge one-line texts past --max-chars, runs of
 * letters/digits/dots/percentages/headings, symlink loops), runs the batch over them, and prints crashes, hangs
 * (timeouts), missing or duplicate records, peak RSS, and the time growth of each pathological text from s to 2s
 * characters, measured in this run.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { mulberry32 } from '../src/util/random.js';
import { PATHOLOGICAL_TEXTS, pathologicalText } from '../src/pipeline/pathological.js';
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
const rnd = mulberry32(seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const bytes = (k: number) => Buffer.from(Array.from({ length: k }, () => Math.floor(rnd() * 256)));
const REPORT = '某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年主动公开信息1,234条，办结率99.1%。\n五、存在的主要问题及改进情况\n公开质量有待提高。\n';

function zip(name: string, data: Buffer, declared: number): Buffer {
  const nm = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nm.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nm.length, 28);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + nm.length, 12);
  eocd.writeUInt32LE(30 + nm.length + data.length, 16);
  return Buffer.concat([local, nm, data, central, nm, eocd]);
}

const BOMB = zip('word/document.xml', deflateRawSync(Buffer.alloc(200 * 1024 * 1024, 0x20)), 1000);

/** The categories: name → [extension, content]. */
const CATEGORIES: Record<string, () => [string, Buffer]> = {
  noise: () => [pick(['txt', 'html', 'pdf', 'docx', 'md']), bytes(1 + Math.floor(rnd() * 4000))],
  empty: () => [pick(['txt', 'html', 'docx']), Buffer.alloc(0)],
  blank: () => ['txt', Buffer.from(' \n\t\u3000'.repeat(1 + Math.floor(rnd() * 100)))],
  truncatedPdf: () => ['pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n' + 'x'.repeat(Math.floor(rnd() * 500)))],
  truncatedDocx: () => ['docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml'), bytes(200)])],
  zipBomb: () => ['docx', BOMB],
  deepHtml: () => ['html', Buffer.from(`<html><body>${'<div>'.repeat(2000 + Math.floor(rnd() * 20000))}一、总体情况</body></html>`)],
  tableFlood: () => ['html', Buffer.from(`<html><body>${'<table><tr><td>1</td></tr></table>'.repeat(1000 + Math.floor(rnd() * 5000))}</body></html>`)],
  huge: () => ['txt', Buffer.from('年'.repeat(1_100_000))],
  gbkMislabel: () => ['txt', Buffer.from(REPORT, 'latin1')],
  utf16: () => ['txt', Buffer.from('\ufeff' + REPORT, 'utf16le')],
  pathological: () => ['txt', Buffer.from(pathologicalText(pick(Object.values(PATHOLOGICAL_TEXTS)), 1000 + Math.floor(rnd() * 30000)))],
  report: () => [pick(['txt', 'md']), Buffer.from(REPORT)],
  mixedControl: () => ['txt', Buffer.from(REPORT.split('').map((c) => (rnd() < 0.05 ? String.fromCharCode(Math.floor(rnd() * 32)) : c)).join(''))],
};

rmSync(root, { recursive: true, force: true });
const inDir = join(root, 'in');
mkdirSync(inDir, { recursive: true });
const names = Object.keys(CATEGORIES);
for (let i = 0; i < n; i++) {
  const cat = names[i % names.length]!;
  const [ext, data] = CATEGORIES[cat]!();
  const sub = join(inDir, String(i % 50));
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, `${String(i).padStart(6, '0')}-${cat}.${ext}`), data);
}
symlinkSync(inDir, join(inDir, '0', 'loop')); // a symlink loop

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
