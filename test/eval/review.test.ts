import { describe, expect, it } from 'vitest';
import { hasShared } from '../helpers/corpora.js';
import { analyseRealReports, parseVerdicts, readVerdicts, review, REVIEW_HEADER, unjudgedRows, type Reviewed } from '../../src/eval/review.js';
import type { Finding } from '../../src/model/types.js';

const finding = (rule: string, severity: Finding['severity'], message: string, metric: string | null = null): Finding => ({
  rule,
  severity,
  metric,
  message,
  status: 'fail',
  evidence: [],
});

describe('review verdicts', () => {
  const tsv = [
    REVIEW_HEADER,
    'dev/a.txt\tprose_parts\t\t正文称“共10件”\ttrue\tread it',
    'dev/a.txt\tt3_balance\tt3.total.total_processed\t表三总计列不平\tfalse\ttable misread',
    'dev/b.txt\tsection_missing\t\t报告缺少第六部分\t\t',
  ].join('\n');

  it('matches findings by file, rule, metric and message, and counts precision per severity', () => {
    const found: Reviewed[] = [
      { file: 'dev/a.txt', finding: finding('prose_parts', 'error', '正文称“共10件”') },
      { file: 'dev/a.txt', finding: finding('t3_balance', 'error', '表三总计列不平', 't3.total.total_processed') },
      { file: 'dev/b.txt', finding: finding('section_missing', 'warning', '报告缺少第六部分') },
      { file: 'dev/c.txt', finding: finding('prose_rate', 'error', '办结率不符') },
      { file: 'dev/c.txt', finding: { ...finding('table_missing', 'info', '未能识别'), status: 'not_assessable' } },
    ];
    const r = review(found, parseVerdicts(tsv));
    expect(r.error).toMatchObject({ findings: 3, judged: 2, true: 1, precision: 0.5 });
    expect(r.error.unjudged.map((x) => x.file)).toEqual(['dev/c.txt']);
    expect(r.error.falses.map((x) => x.verdict.reason)).toEqual(['table misread']);
    expect(r.warning).toMatchObject({ findings: 1, judged: 0, precision: null });
    expect(r.stale).toEqual([]);
    // Rows to fill in: one per unjudged finding, verdict left empty, no tabs or line breaks inside a cell.
    expect(unjudgedRows(r)).toEqual(['dev/c.txt\tprose_rate\t\t办结率不符\t\t', 'dev/b.txt\tsection_missing\t\t报告缺少第六部分\t\t']);
  });

  it('a message with a line break (PDF text) matches its one-line row', () => {
    const r = review([{ file: 'pdf/x.pdf', finding: finding('prose_vs_table', 'warning', '受理政府\n信息公开申请') }], parseVerdicts('pdf/x.pdf\tprose_vs_table\t\t受理政府 信息公开申请\ttrue\t'));
    expect(r.warning.precision).toBe(1);
  });
});

describe.skipIf(!hasShared)('eval/review.tsv on the real reports', () => {
  it('judges every error finding the current code makes on ../shared', async () => {
    const { reviewed } = await analyseRealReports();
    const r = review(reviewed, readVerdicts());
    expect(r.error.unjudged.map((x) => `${x.file} ${x.finding.rule}: ${x.finding.message}`)).toEqual([]);
    expect(r.error.findings).toBeGreaterThan(0);
  }, 120_000);
});
