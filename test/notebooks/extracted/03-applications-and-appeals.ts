// Generated from notebooks/03-applications-and-appeals.ipynb by `npx tsx notebooks/run.ts --sync`; edit the notebook, not this file.
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

const records: ReportRecord[] = readRecords(path.join(OUT, 'reports.jsonl')).filter((r) => r.status === 'ok');
const cell = (r: ReportRecord, key: string): number | undefined => r.tables?.[key];
const withT3 = records.filter((r) => cell(r, 't3.total.new_received') !== undefined);
console.log(`${records.length} 份报告，其中 ${withT3.length} 份读出了表三“本年新收”总计`);

const sumOf = (rs: ReportRecord[], key: string) => rs.reduce((a, r) => a + (cell(r, key) ?? 0), 0);
const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '—');
const years = [...new Set(withT3.map((r) => r.year).filter((y): y is number => y != null))].sort();
console.table(
  years.map((y) => {
    const rs = withT3.filter((r) => r.year === y);
    const processed = sumOf(rs, 't3.total.total_processed');
    return {
      年度: y,
      报告数: rs.length,
      新收申请: sumOf(rs, 't3.total.new_received'),
      每份中位数: [...rs.map((r) => cell(r, 't3.total.new_received')!)].sort((a, b) => a - b)[Math.floor(rs.length / 2)],
      公开比例: pct(sumOf(rs, 't3.total.granted') + sumOf(rs, 't3.total.partial'), processed),
      不予公开: pct(sumOf(rs, 't3.total.denied'), processed),
      无法提供: pct(sumOf(rs, 't3.total.unable'), processed),
      不予处理: pct(sumOf(rs, 't3.total.not_processed'), processed),
    };
  }),
);

const groups = ['review', 'litigation_direct', 'litigation_after_review'] as const;
const GROUP_NAMES: Record<(typeof groups)[number], string> = { review: '行政复议', litigation_direct: '未经复议直接起诉', litigation_after_review: '复议后起诉' };
const withT4 = records.filter((r) => groups.some((g) => cell(r, `t4.${g}.total`) !== undefined));
console.table(
  [...new Set(withT4.map((r) => r.year).filter((y): y is number => y != null))].sort().map((y) => {
    const rs = withT4.filter((r) => r.year === y);
    const row: Record<string, string | number> = { 年度: y, 报告数: rs.length };
    for (const g of groups) {
      const total = sumOf(rs, `t4.${g}.total`);
      row[GROUP_NAMES[g]] = `${total} 件，纠正 ${pct(sumOf(rs, `t4.${g}.corrected`), total)}`;
    }
    return row;
  }),
);

const byBody = new Map<string, ReportRecord[]>();
for (const r of withT3) if (r.agency && r.year != null) byBody.set(r.agency, [...(byBody.get(r.agency) ?? []), r]);
const breaks: { 机关: string; 上年: number; 上年结转下年度: number | undefined; 本年: number; 本年上年结转: number | undefined }[] = [];
let pairs = 0;
for (const [agency, rs] of byBody) {
  const sorted = [...rs].sort((a, b) => a.year! - b.year!);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1], sorted[i]];
    if (!prev || !cur || cur.year! - prev.year! !== 1) continue;
    const forward = cell(prev, 't3.total.carried_forward');
    const over = cell(cur, 't3.total.carried_over');
    if (forward === undefined || over === undefined) continue;
    pairs++;
    if (forward !== over) breaks.push({ 机关: agency, 上年: prev.year!, 上年结转下年度: forward, 本年: cur.year!, 本年上年结转: over });
  }
}
console.log(`可比较的相邻年度 ${pairs} 对，不衔接 ${breaks.length} 对`);
console.table(breaks.slice(0, 20));

// Not in the notebook: the library's records must fit the notebook's own ReportRecord.
import type { ReportRecord as LibraryRecord } from '../../../src/model/types.js';
export const fitsLibrary = (r: LibraryRecord): ReportRecord => r;
