/**
 * npm run bench:corpus [-- --n 2000,10000 --jobs 1,2 --seed 7 --keep]
 * The batch's corpus pass alone (copies of one report, year-to-year and near-duplicate rules) over n reports:
 * wall time, CPU time and peak RSS. The summaries of a hundred analysed synthetic reports are varied into n
 * (body, year, and a share of the prose shingles kept, some reports copying another body's nearly whole) and
 * written as a batch writes them; the pass then runs in a child process, so the peak RSS is the pass's own
 * (plus the runtime's baseline, printed beside it).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './args.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => option(name) ?? dflt;
const MiB = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;

if (args[0] === '--run') {
  // The child: one corpus pass over a summaries file.
  const path = args[1] ?? '';
  const jobs = Number(args[2] ?? '1');
  const { corpusPass } = await import('../src/pipeline/corpus.js');
  const { createHash } = await import('node:crypto');
  const before = process.resourceUsage().maxRSS;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { findings, duplicates } = await corpusPass([path], { jobs });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  let n = 0;
  for (const list of findings.values()) n += list.length;
  // A digest of the findings in file order: equal across --jobs when the pass is deterministic.
  const digest = createHash('sha1').update(JSON.stringify([...findings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))).digest('hex').slice(0, 12);
  process.stdout.write(JSON.stringify({ digest, seconds, cpu: (cpu.user + cpu.system) / 1e6, baseRss: before, peakRss: process.resourceUsage().maxRSS, findings: n, duplicates: duplicates.size }) + '\n');
  process.exit(0);
}

const { generateReport } = await import('../src/synth/index.js');
const { readBuffer, isReadError } = await import('../src/read/index.js');
const { analyzeDocument } = await import('../src/pipeline/analyze.js');
const { summariseForCorpus } = await import('../src/checks/index.js');
const { decodeShingles, encodeShingles } = await import('../src/checks/rules/near_duplicate.js');
const { mulberry32 } = await import('../src/util/random.js');

const sizes = opt('n', '2000,10000').split(',').map(Number);
const jobsList = opt('jobs', '1,2').split(',').map(Number);
const seed = Number(opt('seed', '7'));
const BASES = 100;
/** Years each body reports, consecutive, so the year-to-year rules have pairs. */
const YEARS = [2019, 2020, 2021, 2022, 2023];
/** Share of a base report's shingles a varied report keeps (the rest replaced): unrelated reports sharing a template. */
const KEEP = 0.6;
/** One report in COPY_EVERY copies another body's prose nearly whole. */
const COPY_EVERY = 50;

const bases = [];
for (let i = 0; i < BASES; i++) {
  const r = generateReport(seed, i);
  const doc = await readBuffer(r.bytes, `${r.name}${r.extension}`);
  if (isReadError(doc)) continue;
  bases.push(summariseForCorpus(analyzeDocument(doc)));
}

function vary(xs: Uint32Array, keep: number, rnd: () => number): Uint32Array {
  const out = new Set<number>();
  for (const x of xs) out.add(rnd() < keep ? x : Math.floor(rnd() * 0x100000000));
  return Uint32Array.from(out).sort();
}

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-corpus-'));
const self = fileURLToPath(import.meta.url);
const rows: string[] = [];
for (const n of sizes) {
  const rnd = mulberry32(seed * 1000 + n);
  const path = join(dir, `summaries-${n}.jsonl`);
  // Written line by line: at 100k the file is over a gigabyte, more than one string can hold.
  const fd = openSync(path, 'w');
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length];
    if (!base) continue;
    const body = `第${Math.floor(i / YEARS.length)}测试县人民政府`;
    const copying = i % COPY_EVERY === COPY_EVERY - 1;
    const prose = decodeShingles((base.rules['near_duplicate'] as { prose: string }).prose);
    const rules = { ...base.rules, near_duplicate: { prose: encodeShingles(vary(prose, copying ? 0.97 : KEEP, rnd)) } };
    writeSync(fd, JSON.stringify({ report: { file: `r${i}.txt`, agency: body, year: YEARS[i % YEARS.length] ?? null, titleYear: null }, rules }) + '\n');
  }
  closeSync(fd);
  for (const jobs of jobsList) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, '--run', path, String(jobs)], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { digest: string; seconds: number; cpu: number; baseRss: number; peakRss: number; findings: number; duplicates: number };
    rows.push(
      `${String(n).padStart(6)} reports, --jobs ${jobs}: ${r.seconds.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, peak RSS ${MiB(r.peakRss)} (runtime before the pass ${MiB(r.baseRss)}), ${r.findings} findings (digest ${r.digest}), ${r.duplicates} copies`,
    );
  }
}
if (args.includes('--keep')) process.stdout.write(`summaries kept in ${dir}\n`);
else rmSync(dir, { recursive: true, force: true });
process.stdout.write(`corpus pass (bench-corpus, seed ${seed}):\n${rows.join('\n')}\n`);
