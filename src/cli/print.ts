/** Human-readable renderings for the terminal (`nianbao check`, `nianbao rules`, batch summary). */
import type { Finding, ReportAnalysis, Severity } from '../model/types.js';
import { metricName } from '../model/metrics.js';
import { SECTION_TITLES } from '../model/sections.js';
import type { BatchSummary } from '../pipeline/batch.js';

const SEVERITY_TITLE: Record<Severity, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };

function snippet(text: string, start: number, end: number, pad = 16): string {
  const a = Math.max(0, start - pad);
  const b = Math.min(text.length, end + pad);
  return `${a > 0 ? '…' : ''}${text.slice(a, start)}【${text.slice(start, end)}】${text.slice(end, b)}${b < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

export function formatCheck(a: ReportAnalysis): string {
  const { doc } = a;
  const out: string[] = [];
  out.push(`文件 file: ${doc.file}`);
  out.push(`机关 agency: ${doc.meta.agency ?? '（未识别）'}   年度 year: ${doc.meta.year ?? '（未识别）'}   版式 layout: ${a.layout}   编码 encoding: ${doc.encoding}${doc.traditional ? '（繁体）' : ''}`);
  out.push('');
  out.push('章节 sections:');
  for (const n of [1, 2, 3, 4, 5, 6] as const) {
    const s = a.structure.sections.find((x) => x.n === n);
    out.push(`  ${n}. ${SECTION_TITLES[n]}: ${s ? `${s.heading || '（无标题，按内容推定）'} [${s.end - s.start} 字]` : '未找到'}`);
  }
  out.push('');
  const printed = a.tables.tables.map((t) => `${t.id}(${t.rendering}, ${Object.keys(t.cells).length} 格)`).join(', ');
  out.push(`表格 tables: ${printed || '无'}${a.tables.absent.length ? `；缺失: ${a.tables.absent.map((x) => `${x.id}(${x.reason})`).join(', ')}` : ''}`);
  out.push(`正文数字 claims: ${a.claims.length}，其中可与表格对应 ${a.claims.filter((c) => c.metric?.startsWith('t')).length}`);
  out.push(`存在问题 problems: ${a.problems.filter((p) => p.period === 'current').length} 条本年问题，${a.problems.filter((p) => p.period === 'previous').length} 条上年问题，${a.problems.filter((p) => p.period === 'measure').length} 条改进措施`);
  out.push('');
  out.push(formatFindings(a.findings, doc.text, a.values));
  return out.join('\n');
}

export function formatFindings(findings: readonly Finding[], text: string, values: Record<string, number>): string {
  if (findings.length === 0) return '未发现问题 no findings.';
  const out: string[] = [];
  for (const sev of ['error', 'warning', 'info'] as const) {
    const group = findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    out.push(`── ${SEVERITY_TITLE[sev]} (${group.length}) ──`);
    for (const f of group) {
      out.push(`• [${f.rule}] ${f.message}`);
      const ev = f.evidence[0];
      const cell = f.metric && values[f.metric] !== undefined ? `${metricName(f.metric)} = ${values[f.metric]}` : f.metric ? metricName(f.metric) : '';
      if (ev) out.push(`    正文: ${snippet(text, ev.start, ev.end)}${cell ? `\n    表格: ${cell}` : ''}`);
      else if (cell) out.push(`    表格: ${cell}`);
    }
  }
  return out.join('\n');
}

const SEVERITIES = ['error', 'warning', 'info'] as const;
const SEVERITY_SHORT: Record<Severity, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };

/** "错误 error 3, 警告 warning 5, 提示 info 1" for one finding status. */
function bySeverity(counts: Record<string, number> | undefined): string {
  return SEVERITIES.map((s) => `${SEVERITY_SHORT[s]} ${counts?.[s] ?? 0}`).join(', ');
}

export function formatSummary(s: BatchSummary): string {
  const out: string[] = [];
  const errs = Object.values(s.errors).reduce((a, b) => a + b, 0);
  out.push(
    `nianbao: ${s.files} 份文件 files: ${s.ok} 份已分析 analysed, ${s.skipped} 份跳过（不是报告）skipped (not reports), ${errs} 份失败 failed` +
      `${s.reused ? `; ${s.reused} 份未变化沿用上次结果 reused` : ''}; ${s.seconds.toFixed(1)} s`,
  );
  if (errs) out.push(`  失败原因 failed by reason: ${Object.entries(s.errors).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const fail = s.findingsByStatus['fail'];
  const na = s.findingsByStatus['not_assessable'];
  out.push(`  不符 disagree (fail): ${bySeverity(fail)}`);
  out.push(`  无法判断 not assessable: ${bySeverity(na)}`);
  const rules = Object.entries(s.findingsByRule).sort((a, b) => b[1] - a[1]);
  if (rules.length) out.push(`  按规则 findings by rule: ${rules.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  out.push(`  输出 output: ${s.reportsPath}`);
  return out.join('\n');
}

/**
 * The lines that must not be missed after a batch: files that failed, and above all files that failed with an
 * internal error (a crashed worker, a broken install), which say nothing about the reports.
 */
export function formatFailures(s: BatchSummary): string[] {
  const out: string[] = [];
  const errs = Object.values(s.errors).reduce((a, b) => a + b, 0);
  const internal = s.errors['internal'] ?? 0;
  if (internal > 0) {
    out.push(
      `nianbao: ${internal} 份文件因内部错误未能分析，与报告内容无关 / ${internal} of ${s.files} files failed with an internal error, not because of their content: ${s.firstInternalError ?? ''}`.trimEnd(),
    );
  }
  if (s.ok === 0) {
    out.push(`nianbao: 没有任何报告得到分析 / no report could be analysed (${errs} failed, ${s.skipped} skipped as not reports).`);
  } else if (errs > 0) {
    out.push(`nianbao: ${errs} 份文件无法读取，见 reports.jsonl 中 status 为 error 的记录 / ${errs} of ${s.files} files could not be read (status "error" in reports.jsonl).`);
  }
  return out;
}
