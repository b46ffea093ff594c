import { describe, expect, it } from 'vitest';
import { formatFailures, formatSummary } from '../../src/cli/print.js';
import type { BatchSummary } from '../../src/pipeline/batch.js';

const summary = (over: Partial<BatchSummary>): BatchSummary => ({
  files: 10,
  ok: 10,
  skipped: 0,
  errors: {},
  findingsByRule: {},
  findingsBySeverity: {},
  findingsByStatus: {},
  reused: 0,
  reportsPath: 'out/reports.jsonl',
  seconds: 1,
  phases: { analyse: 1, corpusRules: 0, merge: 0 },
  ...over,
});

describe('batch summary for a person', () => {
  it('counts disagreements and unassessable findings apart, per severity, Chinese first', () => {
    const text = formatSummary(summary({ findingsByStatus: { fail: { error: 3, warning: 5 }, not_assessable: { info: 4, warning: 1 } } }));
    expect(text).toContain('  不符 disagree (fail): 错误 error 3, 警告 warning 5, 提示 info 0');
    expect(text).toContain('  无法判断 not assessable: 错误 error 0, 警告 warning 1, 提示 info 4');
  });

  it('says nothing more when every file was analysed', () => {
    expect(formatFailures(summary({}))).toEqual([]);
  });

  it('cannot miss files that failed with an internal error, nor a batch where nothing was analysed', () => {
    const lines = formatFailures(summary({ ok: 0, errors: { internal: 10 }, firstInternalError: '分析该文件时工作线程崩溃。 (The worker crashed (ENOENT).)' }));
    expect(lines).toEqual([
      'nianbao: 10 份文件因内部错误未能分析，与报告内容无关 / 10 of 10 files failed with an internal error, not because of their content: 分析该文件时工作线程崩溃。 (The worker crashed (ENOENT).)',
      'nianbao: 没有任何报告得到分析 / no report could be analysed (10 failed, 0 skipped as not reports).',
    ]);
    expect(formatFailures(summary({ ok: 8, errors: { empty: 2 } }))).toEqual([
      'nianbao: 2 份文件无法读取，见 reports.jsonl 中 status 为 error 的记录 / 2 of 10 files could not be read (status "error" in reports.jsonl).',
    ]);
  });
});
