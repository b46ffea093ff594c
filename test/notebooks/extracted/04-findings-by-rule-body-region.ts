// Generated from notebooks/04-findings-by-rule-body-region.ipynb by `npx tsx notebooks/run.ts --sync`; edit the notebook, not this file.
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

const records = readRecords(path.join(OUT, 'reports.jsonl'));
const ok = records.filter((r) => r.status === 'ok');
const findings = ok.flatMap((r) => (r.findings ?? []).map((f) => ({ r, f, fails: (f.status ?? 'fail') === 'fail' })));
console.log(`${ok.length} 份已分析的报告，${findings.length} 条发现：不符 ${findings.filter((x) => x.fails).length} 条，无法判断 ${findings.filter((x) => !x.fails).length} 条`);

/** A horizontal bar chart as SVG: one bar per label, stacked by series (colours in order). */
function barChart(title: string, rows: { label: string; values: number[] }[], series: string[]): string {
  const colours = ['#c0392b', '#e67e22', '#2980b9', '#7f8c8d'];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const [labelW, barW, rowH] = [220, 420, 22];
  const height = 50 + rows.length * rowH;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 80}" height="${height}" font-family="sans-serif" font-size="12">`];
  parts.push(`<text x="4" y="16" font-weight="bold">${esc(title)}</text>`);
  series.forEach((s, i) => parts.push(`<rect x="${labelW + i * 110}" y="26" width="10" height="10" fill="${colours[i % colours.length]}"/><text x="${labelW + 14 + i * 110}" y="35">${esc(s)}</text>`));
  rows.forEach((r, k) => {
    const y = 44 + k * rowH;
    parts.push(`<text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${esc(r.label.length > 18 ? r.label.slice(0, 17) + '…' : r.label)}</text>`);
    let x = labelW;
    r.values.forEach((v, i) => {
      const w = (barW * v) / max;
      parts.push(`<rect x="${x}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${colours[i % colours.length]}"><title>${esc(series[i] ?? '')} ${v}</title></rect>`);
      x += w;
    });
    parts.push(`<text x="${x + 4}" y="${y + 14}">${r.values.reduce((a, b) => a + b, 0)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The notebook's HTML display when running in Jupyter (tslab kernel), else null. */
function notebookDisplay(): ((html: string) => void) | null {
  try {
    if (typeof require !== 'function') return null;
    const tslab = require('tslab') as { display: { html(s: string): void } };
    return (html) => tslab.display.html(html);
  } catch {
    return null;
  }
}

/** In Jupyter the chart is drawn in the notebook; elsewhere it is written into the output folder. */
function show(svg: string, fileName: string): void {
  const display = notebookDisplay();
  if (display) display(svg);
  else {
    fs.writeFileSync(path.join(OUT, fileName), svg);
    console.log(`图表已写入 chart written to ${path.join(OUT, fileName)}`);
  }
}

const SEVERITIES = ['error', 'warning', 'info'] as const;
const ruleRows = [...new Set(findings.map((x) => x.f.rule))]
  .map((rule) => {
    const hits = findings.filter((x) => x.f.rule === rule);
    const fails = hits.filter((x) => x.fails);
    return {
      规则: rule,
      错误: fails.filter((x) => x.f.severity === 'error').length,
      警告: fails.filter((x) => x.f.severity === 'warning').length,
      提示: fails.filter((x) => x.f.severity === 'info').length,
      无法判断: hits.length - fails.length,
      不符报告数: new Set(fails.map((x) => x.r.file)).size,
    };
  })
  .sort((a, b) => b.错误 - a.错误 || b.警告 - a.警告 || a.规则.localeCompare(b.规则));
console.table(ruleRows);
show(barChart('不符的发现，按规则 / disagreements by rule', ruleRows.map((r) => ({ label: r.规则, values: [r.错误, r.警告, r.提示] })), ['错误 error', '警告 warning', '提示 info']), 'findings-by-rule.svg');

const bodyOf = (r: ReportRecord) => r.body?.name ?? r.agency ?? '(未识别)';
const bodies = new Map<string, { 报告数: number; 错误: number; 警告: number; 无法判断: number }>();
for (const r of ok) {
  const s = bodies.get(bodyOf(r)) ?? { 报告数: 0, 错误: 0, 警告: 0, 无法判断: 0 };
  s.报告数++;
  for (const f of r.findings ?? []) {
    if ((f.status ?? 'fail') !== 'fail') s.无法判断++;
    else if (f.severity === 'error') s.错误++;
    else if (f.severity === 'warning') s.警告++;
  }
  bodies.set(bodyOf(r), s);
}
const bodyRows = [...bodies].map(([机关, s]) => ({ 机关, ...s })).sort((a, b) => b.错误 - a.错误 || b.警告 - a.警告 || a.机关.localeCompare(b.机关));
console.table(bodyRows.slice(0, 15));
show(barChart('错误与警告最多的机关 / bodies with the most disagreements', bodyRows.slice(0, 15).map((r) => ({ label: r.机关, values: [r.错误, r.警告] })), ['错误 error', '警告 warning']), 'findings-by-body.svg');

const regionOf = (r: ReportRecord) => r.body?.province ?? '(未知)';
const regionRows = [...new Set(ok.map(regionOf))]
  .map((region) => {
    const rs = ok.filter((r) => regionOf(r) === region);
    const withError = rs.filter((r) => (r.findings ?? []).some((f) => f.severity === 'error' && (f.status ?? 'fail') === 'fail')).length;
    return { 地区: region, 报告数: rs.length, 有错误的报告: withError, 占比: `${((100 * withError) / rs.length).toFixed(1)}%` };
  })
  .sort((a, b) => b.报告数 - a.报告数 || a.地区.localeCompare(b.地区));
console.table(regionRows);
show(barChart('各地区报告：有错误 / 无错误 · reports by region', regionRows.map((r) => ({ label: r.地区, values: [r.有错误的报告, r.报告数 - r.有错误的报告] })), ['有错误 with errors', '无错误 without']), 'reports-by-region.svg');

// Not in the notebook: the library's records must fit the notebook's own ReportRecord.
import type { ReportRecord as LibraryRecord } from '../../../src/model/types.js';
export const fitsLibrary = (r: LibraryRecord): ReportRecord => r;
