// Generated from notebooks/01-corpus-overview.ipynb by `npx tsx notebooks/run.ts --sync`; edit the notebook, not this file.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The output folder of `nianbao analyze` (environment variable NIANBAO_OUT; default ../out/sample). */
const OUT = process.env.NIANBAO_OUT ?? '../out/sample';

/** The fields of a reports.jsonl line that this notebook reads (../shared/spec/output.md). */
interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  status?: 'fail' | 'not_assessable';
  metric?: string | null;
  message: string;
  expected?: number | null;
  actual?: number | null;
  evidence: { start: number; end: number }[];
}
interface ReportRecord {
  file: string;
  status: 'ok' | 'error' | 'skipped';
  error?: string;
  errorReason?: string;
  agency?: string | null;
  body?: { name: string; province: string | null; city: string | null; county: string | null } | null;
  year?: number | null;
  layout?: string;
  title?: string | null;
  tables?: Record<string, number>;
  claims?: { text: string; start: number; end: number; value: number; unit: string | null; approx: string | null; metric: string | null }[];
  findings?: Finding[];
  problems?: { text: string; start: number; end: number; period: 'current' | 'previous' | 'measure'; theme?: string }[];
}
/** reports.jsonl: one record per line. */
function readRecords(file: string): ReportRecord[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ReportRecord);
}

const records: ReportRecord[] = readRecords(path.join(OUT, 'reports.jsonl'));
const ok = records.filter((r) => r.status === 'ok');
const skippedCount = records.filter((r) => r.status === 'skipped').length;
console.log(`输出目录 ${OUT}：共 ${records.length} 份报告，成功读取 ${ok.length} 份，失败 ${records.length - ok.length - skippedCount} 份${skippedCount ? `，不是报告已跳过 ${skippedCount} 份` : ''}`);

/** Counts of a key over items, largest first. */
function countBy<T>(items: readonly T[], key: (t: T) => string | number | null | undefined): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) {
    const k = String(key(it) ?? '(无)');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
const asRows = (pairs: [string, number][], name: string) => pairs.map(([k, n]) => ({ [name]: k, 报告数: n }));

const failed = records.filter((r) => r.status === 'error');
if (failed.length === 0) console.log('没有读取失败的文件');
else {
  console.table(asRows(countBy(failed, (r) => r.errorReason), '失败原因'));
  console.table(failed.slice(0, 20).map((r) => ({ 文件: r.file, 原因: r.errorReason, 说明: r.error })));
}

const layoutNames = ['2021', '2019', 'legacy', 'unknown'] as const;
const years = [...new Set(ok.map((r) => r.year ?? null))].sort((a, b) => (a ?? 0) - (b ?? 0));
const byYearLayout = years.map((y) => {
  const row: Record<string, string | number> = { 年度: y ?? '未知' };
  // Keys that look like integers would be listed before 年度, so the layouts are labelled.
  for (const l of layoutNames) row[/^\d+$/.test(l) ? `${l}版` : l] = ok.filter((r) => (r.year ?? null) === y && (r.layout ?? 'unknown') === l).length;
  row['合计'] = ok.filter((r) => (r.year ?? null) === y).length;
  return row;
});
console.table(byYearLayout);

const findings = ok.flatMap((r) => (r.findings ?? []).map((f) => ({ r, f })));
const rules = [...new Set(findings.map(({ f }) => f.rule))].sort();
const ruleTable = rules
  .map((rule) => {
    const hits = findings.filter(({ f }) => f.rule === rule);
    const reports = new Set(hits.filter(({ f }) => f.status !== 'not_assessable').map(({ r }) => r.file)).size;
    return {
      规则: rule,
      错误: hits.filter(({ f }) => f.severity === 'error').length,
      警告: hits.filter(({ f }) => f.severity === 'warning').length,
      无法判断: hits.filter(({ f }) => f.status === 'not_assessable').length,
      不符报告数: reports,
      占成功报告: ok.length ? `${((100 * reports) / ok.length).toFixed(1)}%` : '—',
    };
  })
  .sort((a, b) => b.不符报告数 - a.不符报告数);
console.table(ruleTable);

const byAgency = new Map<string, { 报告数: number; 错误: number; 全部发现: number; 年度: Set<number> }>();
for (const r of ok) {
  const a = r.agency ?? '(未识别)';
  const s = byAgency.get(a) ?? { 报告数: 0, 错误: 0, 全部发现: 0, 年度: new Set<number>() };
  s.报告数++;
  s.全部发现 += r.findings?.length ?? 0;
  s.错误 += (r.findings ?? []).filter((f) => f.severity === 'error').length;
  if (r.year != null) s.年度.add(r.year);
  byAgency.set(a, s);
}
console.table(
  [...byAgency]
    .sort((a, b) => b[1].错误 - a[1].错误 || b[1].全部发现 - a[1].全部发现)
    .slice(0, 15)
    .map(([机关, s]) => ({ 机关, 年度: [...s.年度].sort().join('、'), 报告数: s.报告数, 错误: s.错误, 全部发现: s.全部发现 })),
);

const METRIC = 't3.total.new_received';
const METRIC_NAME = '表三本年新收政府信息公开申请数量(总计)'; // change with METRIC
const quantile = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const summarise = (label: string | number, xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { 分组: label, 报告数: s.length, 合计: s.reduce((a, b) => a + b, 0), 最小: s[0], 中位数: quantile(s, 0.5), P90: quantile(s, 0.9), 最大: s[s.length - 1] };
};
const withMetric = ok.filter((r) => r.tables && METRIC in r.tables);
console.log(`${METRIC_NAME}：${withMetric.length} 份报告有此单元格`);
console.table([
  summarise('全部', withMetric.flatMap((r) => r.tables?.[METRIC] ?? [])),
  ...[...new Set(withMetric.map((r) => r.year ?? 0))].sort().map((y) =>
    summarise(y, withMetric.filter((r) => (r.year ?? 0) === y).flatMap((r) => r.tables?.[METRIC] ?? [])),
  ),
]);

const paired = ok.flatMap((r) =>
  (r.claims ?? [])
    .filter((c) => c.metric && /^t[234]\./.test(c.metric) && r.tables && c.metric in r.tables)
    .map((c) => ({ 机关: r.agency, 年度: r.year, 正文: c.text, 正文数值: c.value, 表格数值: r.tables?.[c.metric ?? ''], 一致: c.value === r.tables![c.metric!] })),
);
const agree = paired.filter((p) => p.一致).length;
console.log(`可比对的正文数字 ${paired.length} 个，与表格一致 ${agree} 个(${paired.length ? ((100 * agree) / paired.length).toFixed(1) : '—'}%)`);
console.table(paired.filter((p) => !p.一致).slice(0, 20));

const RULE = ruleTable[0]?.规则 ?? 'prose_vs_table';
const subset = ok.map((r) => ({ ...r, findings: (r.findings ?? []).filter((f) => f.rule === RULE) })).filter((r) => r.findings.length);
const csvCell = (v: unknown) => {
  const t = v == null ? '' : String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};
const csv = [
  'file,agency,year,rule,severity,status,metric,message',
  ...subset.flatMap((r) => r.findings.map((f) => [r.file, r.agency, r.year, f.rule, f.severity, f.status ?? 'fail', f.metric, f.message].map(csvCell).join(','))),
].join('\r\n');
console.log(`${RULE}：${subset.length} 份报告，CSV ${csv.length} 字符`);
// import { writeFileSync } from 'node:fs'; writeFileSync(`findings-${RULE}.csv`, csv);

// Not in the notebook: the library's records must fit the notebook's own ReportRecord.
import type { ReportRecord as LibraryRecord } from '../../../src/model/types.js';
export const fitsLibrary = (r: LibraryRecord): ReportRecord => r;
