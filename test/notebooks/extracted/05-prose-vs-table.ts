// Generated from notebooks/05-prose-vs-table.ipynb by `npx tsx notebooks/run.ts --sync`; edit the notebook, not this file.
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

const records = readRecords(path.join(OUT, 'reports.jsonl')).filter((r) => r.status === 'ok');
const RULE = 'prose_vs_table';
const all = records.flatMap((r) => (r.findings ?? []).filter((f) => f.rule === RULE).map((f) => ({ r, f })));
const mismatches = all.filter(({ f }) => (f.status ?? 'fail') === 'fail');
console.log(`正文与表格不符 ${mismatches.length} 处，涉及 ${new Set(mismatches.map(({ r }) => r.file)).size} 份报告；另有 ${all.length - mismatches.length} 处无法判断`);

/** The prose figure a finding points at: the claim overlapping its first evidence span. */
const claimAt = (r: ReportRecord, f: Finding) => {
  const ev = f.evidence[0];
  return ev ? (r.claims ?? []).find((c) => c.start < ev.end && ev.start < c.end) : undefined;
};
const rows = mismatches.map(({ r, f }) => ({
  机关: r.agency ?? '(未识别)',
  年度: r.year ?? '',
  级别: f.severity,
  指标: f.metric ?? '',
  正文数: f.expected ?? '',
  表格数: f.actual ?? '',
  差: f.expected != null && f.actual != null ? f.expected - f.actual : '',
  正文: claimAt(r, f)?.text ?? '',
}));
console.table(rows.slice(0, 30));

const byMetric = new Map<string, { 不符: number; 错误: number; 报告: Set<string> }>();
for (const { r, f } of mismatches) {
  const k = f.metric ?? '(无指标)';
  const s = byMetric.get(k) ?? { 不符: 0, 错误: 0, 报告: new Set<string>() };
  s.不符++;
  if (f.severity === 'error') s.错误++;
  s.报告.add(r.file);
  byMetric.set(k, s);
}
console.table([...byMetric].map(([指标, s]) => ({ 指标, 不符: s.不符, 错误级: s.错误, 报告数: s.报告.size })).sort((a, b) => b.不符 - a.不符 || a.指标.localeCompare(b.指标)));

const linked = records.flatMap((r) =>
  (r.claims ?? []).filter((c) => c.metric && /^t[234]\./.test(c.metric) && r.tables && c.metric in r.tables).flatMap((c) => { const table = r.tables?.[c.metric ?? '']; return table === undefined ? [] : [{ c, table }]; }),
);
const equal = linked.filter(({ c, table }) => c.value === table).length;
console.log(`可比对的正文数字 ${linked.length} 个，与表格相同 ${equal} 个，约数 ${linked.filter(({ c }) => c.approx).length} 个`);

// Not in the notebook: the library's records must fit the notebook's own ReportRecord.
import type { ReportRecord as LibraryRecord } from '../../../src/model/types.js';
export const fitsLibrary = (r: LibraryRecord): ReportRecord => r;
