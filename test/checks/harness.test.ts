import { describe, expect, it } from 'vitest';
import { oracleAnalysis } from './fixtures/oracle.js';
import { generateReport } from '../../src/synth/index.js';
import { normalise } from '../../src/read/normalise.js';
import { runReportRules } from '../../src/checks/index.js';
import { scoreChecks, sameTarget } from '../../src/eval/checks.js';
import type { EvalItem } from '../../src/eval/types.js';
import type { Finding } from '../../src/model/types.js';
import { at } from '../../src/util/at.js';

/** Clean 2021-layout reports of the generator in the renderings the oracle takes. */
const clean = (index: number) =>
  generateReport(3, index, { errorRate: 0, renderings: ['markdown', 'flat'], layouts: ['2021'], gbkRate: 0, traditionalRate: 0 });

describe('the rules on generated reports, handed over as perfect stages would', () => {
  it('find nothing above info in clean reports, every prose figure placed at its quote', () => {
    for (let i = 0; i < 12; i++) {
      const r = clean(i);
      const a = oracleAnalysis(r);
      expect(a.claims.map((c) => a.doc.text.slice(c.start, c.end)), r.truth.name).toEqual(r.truth.claims.map((c) => normalise(c.quote).text));
      expect(runReportRules(a).filter((f) => f.severity !== 'info'), r.truth.name).toEqual([]);
    }
  });
  it('turn one changed cell into a finding', () => {
    const a = oracleAnalysis(clean(4));
    const t4 = a.tables.tables.find((t) => t.id === 't4');
    const cell = t4?.cells['t4.review.upheld'];
    if (cell?.value == null) throw new Error('generated report without 表四 行政复议 维持');
    cell.value += 1;
    expect(runReportRules(a).map((f) => f.rule)).toContain('t4_group_sum');
  });
  it('turn one changed prose figure into a finding', () => {
    const a = oracleAnalysis(clean(4));
    const claim = a.claims.find((c) => c.metric === 't3.total.new_received');
    if (!claim) throw new Error('generated report without the 本年新收 figure');
    claim.value += 7;
    expect(runReportRules(a).filter((f) => f.rule === 'prose_vs_table' && f.severity !== 'info')).not.toEqual([]);
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
