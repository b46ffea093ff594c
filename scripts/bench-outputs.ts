/**
 * npm run bench:outputs -- [--n N] [--jobs J] [--out DIR]
 *
 * N synthetic small reports (default 20,000; synthetic text, a few problem statements shared among many reports,
 * as a province's offices copy each other): the batch's analysis time against the time the outputs take
 * (themes, then each format), wall seconds, in one run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../src/util/random.js';
import { analyzeBatch } from '../src/pipeline/batch.js';
import { computeThemes } from '../src/pipeline/finish.js';
import { readRecords, writeOutputs, type OutputFormat } from '../src/outputs/index.js';
import { readReport, isReadError } from '../src/read/index.js';

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

rmSync(root, { recursive: true, force: true });
const inDir = join(root, 'in');
const out = join(root, 'out');
const rnd = mulberry32(7);
for (let i = 0; i < n; i++) {
  const sub = join(inDir, String(i % 100));
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, `${String(i).padStart(6, '0')}.txt`), report(rnd, i));
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;
let t = performance.now();
const summary = await analyzeBatch([inDir], { out, jobs, force: true });
const analysis = seconds(t);
console.log(`${n} reports, jobs ${jobs}: analysis ${analysis.toFixed(1)} s (${summary.ok} ok, ${summary.skipped} skipped)`);

// the outputs as finishBatch writes them, each step timed
const steps: [string, number][] = [];
t = performance.now();
const records = await readRecords(join(out, 'reports.jsonl'));
steps.push(['read records', seconds(t)]);
t = performance.now();
const themes = await computeThemes(records, { embedder: 'lsa' });
steps.push([`themes (${themes.items.length} statements, ${themes.report.themes.length} themes)`, seconds(t)]);
t = performance.now();
const texts = new Map<string, string>();
for (const r of records.filter((x) => x.status === 'ok' && (x.findings?.length ?? 0) > 0).slice(0, 2000)) {
  const doc = await readReport(r.file);
  if (!isReadError(doc)) texts.set(r.file, doc.original);
}
steps.push(['quoted texts', seconds(t)]);
const generatedAt = new Date().toISOString();
for (const format of ['jsonl', 'themes', 'csv', 'xlsx', 'sqlite', 'html'] as OutputFormat[]) {
  t = performance.now();
  await writeOutputs(out, records, { jsonl: true, texts, themes: themes.report, themeItems: themes.items, formats: [format], generatedAt });
  steps.push([format, seconds(t)]);
}
const outputs = steps.reduce((s, [, x]) => s + x, 0);
for (const [name, s] of steps) console.log(`  ${name.padEnd(44)} ${s.toFixed(1).padStart(7)} s`);
console.log(`outputs ${outputs.toFixed(1)} s against analysis ${analysis.toFixed(1)} s: ${outputs < analysis ? 'faster' : 'SLOWER'} (×${(outputs / analysis).toFixed(2)})`);
console.log(`peak RSS of the main thread ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
process.exitCode = outputs < analysis ? 0 : 1;
