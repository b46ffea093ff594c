/**
 * npm run bench:outputs -- [--n N] [--jobs J] [--out DIR] [--reuse]
 *
 * N synthetic small reports (default 20,000; synthetic text, a few problem statements shared among many reports,
 * as a province's offices copy each other): the batch's analysis time against the time the outputs take
 * (finishBatch as analyze runs it: records read back, themes, quoted texts, then the formats), wall and CPU seconds
 * (CPU of all the process's threads), in one run. --reuse takes the analysis of an earlier run in the same folder.
 * Memory: after each step, the highest RSS seen during it (sampled by a thread of its own, so a step that keeps the
 * main thread busy is still sampled; RSS counts every thread, the writer thread's too) and the RSS at its end.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { mulberry32 } from '../src/util/random.js';
import { analyzeBatch } from '../src/pipeline/batch.js';
import { finishBatch } from '../src/pipeline/finish.js';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : d;
};
const n = arg('n', 20_000);
const jobs = arg('jobs', 2);
const outIdx = process.argv.indexOf('--out');
const root = (outIdx >= 0 ? process.argv[outIdx + 1] : undefined) ?? '/tmp/nianbao-bench-outputs';

/** Problem statements, invented for the bench; each report takes two or three of them. */
const PROBLEMS = [
  '信息发布的及时性还不够，部分栏目更新偏慢',
  '政策解读的形式比较单一，图解和视频解读偏少',
  '工作人员业务能力有待提升，培训次数不多',
  '依申请公开答复的规范性仍需加强',
  '政务新媒体的维护和管理还不到位',
  '基层公开目录的标准化建设推进较慢',
  '公开内容的完整性和准确性还有差距',
];
const PLACES = ['东山', '西河', '南岭', '北川', '青石', '白沙', '红星', '绿洲'];

function report(rnd: () => number, i: number): string {
  const pick = (xs: readonly string[]) => xs[Math.floor(rnd() * xs.length)] ?? '';
  const year = 2020 + (i % 5);
  const place = `${pick(PLACES)}${pick(PLACES)}镇`;
  const items = 100 + Math.floor(rnd() * 900);
  const problems = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(PROBLEMS));
  return [
    `${place}人民政府${year}年政府信息公开工作年度报告`,
    '一、总体情况',
    `本年度主动公开政府信息${items}条，其中政策文件${Math.floor(items / 10)}条。`,
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    `本年收到政府信息公开申请${i % 7}件。`,
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    ...problems.map((p, k) => `${k + 1}.${p}。`),
    '六、其他需要报告的事项',
    '本机关未收取信息处理费。',
    '',
  ].join('\n');
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;
const cpuSeconds = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};
const out = join(root, 'out');
const saved = join(root, 'analysis.json');
let analysis: { wall: number; cpu: number };
if (process.argv.includes('--reuse') && existsSync(saved)) {
  analysis = JSON.parse(readFileSync(saved, 'utf8')) as { wall: number; cpu: number };
  console.log(`analysis of an earlier run: ${analysis.wall.toFixed(1)} s (CPU ${analysis.cpu.toFixed(1)} s)`);
} else {
  rmSync(root, { recursive: true, force: true });
  const inDir = join(root, 'in');
  const rnd = mulberry32(7);
  for (let i = 0; i < n; i++) {
    const sub = join(inDir, String(i % 100));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}.txt`), report(rnd, i));
  }
  const t = performance.now();
  const c = process.cpuUsage();
  const summary = await analyzeBatch([inDir], { out, jobs, force: true });
  analysis = { wall: seconds(t), cpu: cpuSeconds(c) };
  writeFileSync(saved, JSON.stringify(analysis));
  console.log(`${n} reports, jobs ${jobs}: analysis ${analysis.wall.toFixed(1)} s, CPU ${analysis.cpu.toFixed(1)} s (${summary.ok} ok, ${summary.skipped} skipped)`);
}

/**
 * The process's RSS sampled every few milliseconds by a thread of its own: the highest value since the last `take`.
 * Slot 0 holds it in KiB; `take` reads and resets it.
 */
function rssSampler(ms = 5): { take(): number; stop(): Promise<number> } {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const code = `
    const { workerData } = require('node:worker_threads');
    const peak = workerData;
    const sample = () => Atomics.store(peak, 0, Math.max(Atomics.load(peak, 0), Math.round(process.memoryUsage.rss() / 1024)));
    sample();
    setInterval(sample, ${ms});`;
  const worker = new Worker(code, { eval: true, workerData: shared });
  worker.unref();
  const take = (): number => Math.max(Atomics.exchange(shared, 0, 0), Math.round(process.memoryUsage.rss() / 1024));
  return { take, stop: async () => (await worker.terminate(), take()) };
}
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

// the outputs as analyze writes them (finishBatch), each step's end on one clock
const steps: { name: string; s: number; peak: number; rss: number }[] = [];
const sampler = rssSampler();
sampler.take();
const t = performance.now();
const c = process.cpuUsage();
let last = t;
await finishBatch(out, {
  themes: true,
  embedder: 'lsa',
  onStep: (step) => {
    const now = performance.now();
    steps.push({ name: step, s: (now - last) / 1000, peak: sampler.take(), rss: Math.round(process.memoryUsage.rss() / 1024) });
    last = now;
  },
});
const outputs = { wall: seconds(t), cpu: cpuSeconds(c) };
const outputsPeak = Math.max(await sampler.stop(), ...steps.map((x) => x.peak));
let at = 0;
for (const { name, s, peak, rss } of steps)
  console.log(`  ${name.padEnd(44)} +${s.toFixed(1).padStart(5)} s  (at ${(at += s).toFixed(1).padStart(4)} s)  peak ${mib(peak).padStart(8)}, at its end ${mib(rss).padStart(8)}`);
console.log(
  `outputs ${outputs.wall.toFixed(1)} s (CPU ${outputs.cpu.toFixed(1)} s) against analysis ${analysis.wall.toFixed(1)} s (CPU ${analysis.cpu.toFixed(1)} s): ` +
    `${outputs.wall < analysis.wall ? 'faster' : 'SLOWER'} (×${(outputs.wall / analysis.wall).toFixed(2)})`,
);
// maxRSS covers the whole run: the analysis too, unless --reuse
console.log(`peak RSS of the outputs ${mib(outputsPeak)} (sampled); of the process ${mib(process.resourceUsage().maxRSS)}`);
process.exitCode = outputs.wall < analysis.wall ? 0 : 1;
