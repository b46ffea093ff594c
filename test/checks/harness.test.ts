import { describe, expect, it } from 'vitest';
import { oracleAnalysis, syntheticReport } from './fixtures/synthetic.js';
import { runReportRules } from '../../src/checks/index.js';
import { scoreChecks, sameTarget } from '../../src/eval/checks.js';
import type { EvalItem } from '../../src/eval/types.js';
import type { Finding } from '../../src/model/types.js';
import { at } from '../../src/util/at.js';

describe('synthetic reports for the mutation harness', () => {
  it('are consistent: every site holds its number and the rules find nothing', () => {
    for (const seed of [0, 1, 2]) {
      const r = syntheticReport(seed);
      for (const s of r.sites) expect(r.text.slice(s.start, s.end)).toBe(String(s.value));
      const a = oracleAnalysis(r);
      expect(runReportRules(a).filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
  it('turn one changed cell into a finding', () => {
    const r = syntheticReport(4);
    const a = oracleAnalysis(r);
    const t4 = a.tables.tables.find((t) => t.id === 't4')!;
    at(t4.cells, 't4.review.upheld').value! += 1;
    expect(runReportRules(a).map((f) => f.rule)).toContain('t4_group_sum');
  });
});

describe('scoreChecks', () => {
  const finding = (rule: string, message: string, severity: Finding['severity'] = 'error'): Finding => ({ rule, severity, message, status: 'fail', evidence: [] });
  const item = (name: string, expected: { rule: string; detail: string }[], findings: Finding[]): EvalItem =>
    ({ report: { name, path: '', gold: { expected_findings: expected } }, analysis: { findings } }) as unknown as EvalItem;

  it('matches gold kinds to rule ids, by table and 表四 group', () => {
    expect(sameTarget('表三 absent: heading …', finding('table_missing', '未发布表三（…）'))).toBe(true);
    expect(sameTarget('表三 absent: heading …', finding('table_missing', '未发布表二（…）'))).toBe(false);
    expect(sameTarget('表四 行政诉讼 复议后起诉: 5 ≠ 0', finding('t4_group_sum', '表四行政复议：…'))).toBe(false);
    const s = scoreChecks([
      item('001_x', [{ rule: 'prose_parts', detail: '…' }], [finding('prose_parts', '…', 'warning'), finding('t3_balance', '表三…')]),
      item('004_y', [{ rule: 'table_missing', detail: '表二 absent' }, { rule: 't4.group_sum', detail: '表四 行政复议: …' }], [finding('table_missing', '未发布表二')]),
    ]);
    expect(s.lines[0]).toMatchObject({ value: 2 / 3, detail: '2/3' });
    expect(at(s.lines, 1).value).toBe(1);
    expect(s.misses.some((m) => m.includes('missed t4.group_sum'))).toBe(true);
  });
});
