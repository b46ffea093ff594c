import { describe, expect, it } from 'vitest';
import { build, reportText, TABLES_QINGSHI, type ClaimSpec } from './fixtures/builder.js';
import { proseVsTable } from '../../src/checks/rules/prose_vs_table.js';
import { at } from '../../src/util/at.js';

// 表三 of the fictional body: 本年新收55, 上年结转3, 予以公开29, 结转下年度4; 表四 复议4, 诉讼1.
const prose3 =
  '2022年,我县共收到政府信息公开申请55件,上年结转3件,其中予以公开29件,部分公开7件,本机关不掌握相关信息11件。截至年底尚未办结4件。';
const prose4 = '全年发生政府信息公开行政复议4件,结果维持2件;行政诉讼1件。';
const text = reportText({ prose: { 3: prose3, 4: prose4 } });

const CLAIMS: ClaimSpec[] = [
  { text: '收到政府信息公开申请55件', value: 55, metric: 't3.total.new_received' },
  { text: '上年结转3件', value: 3, metric: 't3.total.carried_over' },
  { text: '予以公开29件', value: 29, metric: 't3.total.granted' },
  { text: '部分公开7件', value: 7, metric: 't3.total.partial' },
  { text: '本机关不掌握相关信息11件', value: 11, metric: 't3.total.unable.not_held' },
  { text: '尚未办结4件', value: 4, metric: 't3.total.carried_forward' },
  { text: '行政复议4件', value: 4, metric: 't4.review.total' },
  { text: '结果维持2件', value: 2, metric: 't4.review.upheld' },
  { text: '行政诉讼1件', value: 1, metric: 't4.litigation.total' },
];

const analysis = (claims: ClaimSpec[], cells: Record<string, number | string> = TABLES_QINGSHI) => build({ text, cells, claims });

/** prose_vs_table on one sentence of part 三 whose figure (its words `text`) is linked to 表三's handled total (54). */
const handledSentence = (s: string, text: string, value: number) => {
  const t = reportText({ prose: { 3: s } });
  return proseVsTable.run(build({ text: t, cells: TABLES_QINGSHI, claims: [{ text, value, metric: 't3.total.total_processed' }] }));
};

describe('prose_vs_table', () => {
  it('accepts prose that agrees with the tables', () => {
    expect(proseVsTable.run(analysis(CLAIMS))).toEqual([]);
  });

  it('flags an exact figure that differs from its cell, in Chinese with both numbers and evidence', () => {
    const a = analysis(CLAIMS, { ...TABLES_QINGSHI, 't3.total.new_received': 54 });
    const f = proseVsTable.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).message).toBe('正文称“收到政府信息公开申请55件”，表三本年新收政府信息公开申请数量(总计)为54件，加上年结转为57件');
    expect(f[0]).toMatchObject({ rule: 'prose_vs_table', severity: 'error', metric: 't3.total.new_received', expected: 55, actual: 54 });
    const claim = at(a.claims, 0);
    expect(at(f, 0).evidence[0]).toEqual({ start: claim.start, end: claim.end });
    expect(a.doc.text.slice(claim.start, claim.end)).toBe('收到政府信息公开申请55件');
  });

  it('is at most a warning for every figure of a sentence about a whole place (全县…行政复议7件、行政诉讼3件)', () => {
    const t = reportText({ prose: { 4: '全县因政府信息公开引发的行政复议7件、行政诉讼3件。' } });
    const a = build({
      text: t,
      cells: TABLES_QINGSHI,
      claims: [
        { text: '全县因政府信息公开引发的行政复议7件', value: 7, metric: 't4.review.total' },
        { text: '行政诉讼3件', value: 3, metric: 't4.litigation.total' },
      ],
    });
    const f = proseVsTable.run(a);
    expect(f.map((x) => [x.expected, x.severity])).toEqual([
      [7, 'warning'],
      [3, 'warning'],
    ]);
    expect(at(f, 1).message).toContain('“全县”的数字可能是各机关的合计');
  });

  it('accepts 收到申请 as 本年新收 plus 上年结转', () => {
    const t = reportText({ prose: { 3: '全年共受理政府信息公开申请58件。' } });
    const a = build({ text: t, cells: TABLES_QINGSHI, claims: [{ text: '受理政府信息公开申请58件', value: 58, metric: 't3.total.new_received' }] });
    expect(proseVsTable.run(a)).toEqual([]);
  });

  it('reads 55件申请均在法定期限内答复 as the applications received, not those answered', () => {
    // 表三 answers 54: the 4 carried into next year are counted among those answered in time
    expect(handledSentence('全年55件申请均在法定期限内答复。', '55件申请均在法定期限内答复', 55)).toEqual([]);
    expect(handledSentence('上述58件申请全部按时办结。', '58件申请', 58)).toEqual([]);
    // without a word for all of them, or with the figure after its verb, it is what was answered
    expect(handledSentence('全年55件申请在法定期限内答复。', '55件申请在法定期限内答复', 55)).toHaveLength(1);
    expect(handledSentence('全年答复申请55件,均在法定期限内。', '答复申请55件', 55)).toHaveLength(1);
  });

  it('accepts fewer answered in time (按时办结, 在法定期限内答复) than 表三 answered, never more', () => {
    // 表三 answers 54
    expect(handledSentence('按时办结52件,延期答复2件。', '按时办结52件', 52)).toEqual([]);
    expect(handledSentence('在法定期限内答复50件。', '在法定期限内答复50件', 50)).toEqual([]);
    expect(handledSentence('按时办结56件。', '按时办结56件', 56)).toMatchObject([{ severity: 'error', expected: 56, actual: 54 }]);
    // without such words fewer is a mismatch
    expect(handledSentence('办结52件。', '办结52件', 52)).toHaveLength(1);
  });

  it('checks group sums and 表四 litigation against the sum of its two groups', () => {
    const f = proseVsTable.run(analysis([{ text: '行政诉讼1件', value: 2, metric: 't4.litigation.total' }]));
    expect(at(f, 0).actual).toBe(1);
    expect(at(f, 0).message).toContain('表四行政诉讼总计为1件');
  });

  it('treats 余/多 as a lower bound, 近/不足 as an upper bound and 约 as within 10%', () => {
    const t = reportText({ prose: { 3: '全年收到申请50余件,办结近60件,予以公开约30件。' } });
    const claims = (gt: number, lt: number, about: number): ClaimSpec[] => [
      { text: '收到申请50余件', value: gt, approx: 'gt', metric: 't3.total.new_received' },
      { text: '办结近60件', value: lt, approx: 'lt', metric: 't3.total.total_processed' },
      { text: '予以公开约30件', value: about, approx: 'about', metric: 't3.total.granted' },
    ];
    expect(proseVsTable.run(build({ text: t, cells: TABLES_QINGSHI, claims: claims(50, 60, 30) }))).toEqual([]);
    const f = proseVsTable.run(build({ text: t, cells: TABLES_QINGSHI, claims: claims(60, 50, 40) }));
    expect(f.map((x) => x.metric)).toEqual(['t3.total.new_received', 't3.total.total_processed', 't3.total.granted']);
    expect(at(f, 0).message).toContain('表中数字应不少于60件');
  });

  it('only warns about a figure whose scope is another body', () => {
    const f = proseVsTable.run(analysis([{ text: '收到政府信息公开申请55件', value: 55, metric: 't3.total.new_received', scope: 'other' }], { ...TABLES_QINGSHI, 't3.total.new_received': 95, 't3.total.carried_over': 0 }));
    expect(f).toHaveLength(1);
    expect(at(f, 0).severity).toBe('warning');
    expect(at(f, 0).message).toContain('可能另有所指');
  });

  it('is not assessable when the cell is unreadable or the table absent', () => {
    const f = proseVsTable.run(analysis(CLAIMS.slice(2, 3), { ...TABLES_QINGSHI, 't3.total.granted': '/' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ status: 'not_assessable', severity: 'info' });
    expect(at(f, 0).message).toContain('“/”');
    const g = proseVsTable.run(analysis(CLAIMS.slice(0, 1), {}));
    expect(at(g, 0).status).toBe('not_assessable');
    expect(at(g, 0).message).toContain('未能读到表三');
  });

  it('ignores claims without a table metric', () => {
    const t = reportText({ prose: { 1: '全年主动公开政府信息1234条。' } });
    const a = build({ text: t, cells: TABLES_QINGSHI, claims: [{ text: '主动公开政府信息1234条', value: 1234, unit: '条', metric: 'prose.proactive.items' }] });
    expect(proseVsTable.run(a)).toEqual([]);
  });
});

describe('prose_vs_table severity', () => {
  const mismatch = { ...TABLES_QINGSHI, 't3.total.new_received': 40, 't3.total.carried_over': 0 };

  it('is an error, with high confidence, only for an exact figure its own words link to the cell', () => {
    const f = proseVsTable.run(analysis([at(CLAIMS, 0)], mismatch));
    expect(f).toHaveLength(1);
    expect(at(f, 0).severity).toBe('error');
    expect(at(f, 0).confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('is at most a warning when the link was inferred from the sentence or the section', () => {
    const a = analysis([at(CLAIMS, 0)], mismatch);
    at(a.claims, 0).inferred = true;
    const f = proseVsTable.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).severity).toBe('warning');
    expect(at(f, 0).confidence).toBeLessThan(0.9);
    expect(at(f, 0).message).toContain('据上下文推断');
  });

  it('checks a qualified figure as a bound: silent inside it, a warning outside', () => {
    const t = reportText({ prose: { 3: '全年收到申请近50件。' } });
    const claim = (value: number): ClaimSpec[] => [{ text: '收到申请近50件', value, approx: 'lt', metric: 't3.total.new_received' }];
    expect(proseVsTable.run(build({ text: t, cells: mismatch, claims: claim(50) }))).toEqual([]);
    const f = proseVsTable.run(build({ text: t, cells: mismatch, claims: claim(30) }));
    expect(f).toHaveLength(1);
    expect(at(f, 0).severity).toBe('warning');
  });

  it('is at most a warning for digits a PDF spaced apart', () => {
    const t = reportText({ prose: { 3: '全年收到申请4 5件。' } });
    const a = build({ text: t, cells: mismatch, claims: [{ text: '收到申请4 5件', value: 45, metric: 't3.total.new_received' }] });
    const c = at(a.claims, 0);
    c.quantity = { start: c.start + 4, end: c.end };
    const f = proseVsTable.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).severity).toBe('warning');
  });
});

describe('prose against a table read by inference', () => {
  it('is at most a warning when the table was placed by the standard order, its labels lost', async () => {
    const { runReportRules } = await import('../../src/checks/index.js');
    const a = analysis([{ text: '收到政府信息公开申请55件', value: 55, metric: 't3.total.new_received' }], { ...TABLES_QINGSHI, 't3.total.new_received': 50 });
    const severity = () => runReportRules(a).find((f) => f.rule === 'prose_vs_table')?.severity;
    expect(severity()).toBe('error');
    a.tables.tables.find((t) => t.id === 't3')!.readBy = 'standard-order';
    expect(severity()).toBe('warning');
    // another table's inferred reading does not touch it
    a.tables.tables.find((t) => t.id === 't3')!.readBy = 'labels';
    a.tables.tables.find((t) => t.id === 't4')!.readBy = 'standard-order';
    expect(severity()).toBe('error');
  });
});
