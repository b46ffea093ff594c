import { describe, expect, it } from 'vitest';
import { build, balancedT3, TABLES_QINGSHI, T3_QINGSHI, T4_QINGSHI, T2_2021 } from './fixtures/builder.js';
import { t3Balance } from '../../src/checks/rules/t3_balance.js';
import { t3TotalProcessed } from '../../src/checks/rules/t3_total_processed.js';
import { t3RowSum } from '../../src/checks/rules/t3_row_sum.js';
import { t4GroupSum } from '../../src/checks/rules/t4_group_sum.js';
import { cellValueRule } from '../../src/checks/rules/cell_value.js';
import { runReportRules } from '../../src/checks/index.js';
import { at } from '../../src/util/at.js';

const withCells = (patch: Record<string, number | string>) => build({ cells: { ...TABLES_QINGSHI, ...patch } });

describe('table identities on a consistent report', () => {
  it('finds nothing when every identity holds', () => {
    const a = build({ cells: TABLES_QINGSHI });
    for (const rule of [t3Balance, t3TotalProcessed, t3RowSum, t4GroupSum, cellValueRule]) expect(rule.run(a)).toEqual([]);
    expect(runReportRules(a).filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('skips the identities of a table that was not parsed', () => {
    const a = build({ cells: T2_2021 });
    expect([...t3Balance.run(a), ...t3RowSum.run(a), ...t4GroupSum.run(a)]).toEqual([]);
  });
});

describe('t3_balance: 一 + 二 = (七)总计 + 四', () => {
  it('flags a column whose carried-forward count breaks the balance', () => {
    const a = withCells({ 't3.natural.carried_forward': 5, 't3.total.carried_forward': 6 });
    const f = t3Balance.run(a);
    expect(f.map((x) => x.metric)).toEqual(['t3.natural.total_processed', 't3.total.total_processed']);
    expect(at(f, 0).severity).toBe('error');
    expect(at(f, 0).status).toBe('fail');
    expect(at(f, 0).message).toContain('自然人列');
    expect(at(f, 0).message).toContain('本年新收43＋上年结转2＝45');
    expect(at(f, 0).expected).toBe(45);
    expect(at(f, 0).actual).toBe(47);
  });
  it('is not assessable, not passed, when a cell is "/"', () => {
    const a = withCells({ 't3.research.carried_over': '/' });
    const f = t3Balance.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).status).toBe('not_assessable');
    expect(at(f, 0).severity).toBe('info');
    expect(at(f, 0).message).toContain('科研机构列');
    expect(at(f, 0).message).toContain('“/”');
  });
});

describe('t3_total_processed: (七)总计 = (一)…(六)', () => {
  it('flags the columns whose result rows do not add up to (七)总计', () => {
    const a = withCells({ 't3.business.unable.not_held': 4, 't3.total.unable.not_held': 13 });
    const f = t3TotalProcessed.run(a);
    expect(f.map((x) => x.metric)).toEqual(['t3.business.total_processed', 't3.total.total_processed']);
    expect(at(f, 0).message).toContain('无法提供4');
  });
  it('reads the 2019 layout’s single (六)其他处理 row', () => {
    const t3 = balancedT3({ natural: { granted: 10, other: 2, carried_forward: 1 } }, '2019');
    const ok = build({ cells: t3, tablesLayout: '2019', layout: '2019', year: 2020 });
    expect(t3TotalProcessed.run(ok)).toEqual([]);
    const bad = build({ cells: { ...t3, 't3.natural.other': 3 }, tablesLayout: '2019', layout: '2019', year: 2020 });
    expect(t3TotalProcessed.run(bad).map((f) => f.metric)).toEqual(['t3.natural.total_processed']);
  });
  it('is not assessable when a row of a group is unreadable', () => {
    const a = withCells({ 't3.natural.denied.state_secret': '—' });
    const f = t3TotalProcessed.run(a);
    expect(f.every((x) => x.status === 'not_assessable')).toBe(true);
    expect(at(f, 0).message).toContain('“—”');
  });
});

describe('t3_row_sum: 总计 = six applicant columns', () => {
  it('flags a row whose 总计 differs from its parts', () => {
    const a = withCells({ 't3.total.granted': 30 });
    const f = t3RowSum.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).metric).toBe('t3.total.granted');
    expect(at(f, 0).expected).toBe(T3_QINGSHI['t3.total.granted']);
    expect(at(f, 0).actual).toBe(30);
    expect(at(f, 0).message).toContain('“予以公开”行');
  });
  it('gathers the rows it cannot read into one not_assessable finding', () => {
    const a = withCells({ 't3.social.granted': '', 't3.social.partial': '无' });
    const f = t3RowSum.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).status).toBe('not_assessable');
    expect(at(f, 0).message).toMatch(/“予以公开”行、“部分公开”行/);
  });
});

describe('t4_group_sum: 维持 + 纠正 + 其他 + 尚未审结 = 总计', () => {
  it('flags the group whose total is wrong, like a total printed as 0', () => {
    const a = withCells({ 't4.review.total': 0 });
    const f = t4GroupSum.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).metric).toBe('t4.review.total');
    expect(at(f, 0).message).toBe('表四行政复议：结果维持2＋结果纠正1＋其他结果0＋尚未审结1＝4，而总计0，相差4');
    expect(at(f, 0).expected).toBe(4);
    expect(at(f, 0).actual).toBe(0);
  });
  it('is not assessable when a result cell is blank', () => {
    const f = t4GroupSum.run(withCells({ 't4.litigation_direct.pending': '' }));
    expect(f.map((x) => x.status)).toEqual(['not_assessable']);
    expect(T4_QINGSHI['t4.litigation_direct.total']).toBe(1);
  });
});

describe('cell_value: non-negative integers', () => {
  it('flags a negative count and a fractional count', () => {
    const f = cellValueRule.run(withCells({ 't3.natural.partial': -6, 't2.licensing': 4217.5 }));
    expect(f.map((x) => [x.metric, x.severity])).toEqual([
      ['t2.licensing', 'error'],
      ['t3.natural.partial', 'error'],
    ]);
    expect(at(f, 1).message).toContain('不能为负');
  });
  it('accepts decimal fees in 万元 and signed 2019 增/减', () => {
    const a = build({ cells: { ...TABLES_QINGSHI, 't2.fees': 12.3456 } });
    expect(cellValueRule.run(a)).toEqual([]);
    const b = build({ cells: { 't2.licensing.change': -2, 't2.licensing.prev_items': 14 }, tablesLayout: '2019', layout: '2019', year: 2020 });
    expect(cellValueRule.run(b)).toEqual([]);
  });
  it('lists unreadable cells as not assessable rather than zero', () => {
    const f = cellValueRule.run(withCells({ 't2.fees': '/', 't2.coercion': '无' }));
    expect(f).toHaveLength(1);
    expect(at(f, 0).status).toBe('not_assessable');
    expect(at(f, 0).message).toContain('表二有2个单元格不是数字');
  });
});

describe('t2_totals: 现行有效 / 对外公开总数 not below this year’s new documents', () => {
  it('is quiet on a plausible 表二 and warns when in force is below issued − repealed', async () => {
    const { t2Totals } = await import('../../src/checks/rules/t2_totals.js');
    expect(t2Totals.run(build({ cells: T2_2021 }))).toEqual([]);
    const f = t2Totals.run(build({ cells: { ...T2_2021, 't2.normative.issued': 33, 't2.normative.in_force': 8 } }));
    expect(f.map((x) => [x.severity, x.message])).toEqual([['warning', '表二规范性文件现行有效8件，少于本年制发33件减本年废止3件']]);
  });
  it('checks 对外公开总数量 against 本年新公开数量 in the 2019 layout', async () => {
    const { t2Totals } = await import('../../src/checks/rules/t2_totals.js');
    const cells = { 't2.normative.made': 33, 't2.normative.published': 33, 't2.normative.public_total': 8 };
    const f = t2Totals.run(build({ cells, tablesLayout: '2019', layout: '2019', year: 2020 }));
    expect(f.map((x) => x.metric)).toEqual(['t2.normative.public_total']);
  });
  it('follows the printed 2019 columns even when the cells are also read under the 2021 keys', async () => {
    const { t2Totals } = await import('../../src/checks/rules/t2_totals.js');
    // 新制作 21, 新公开 6, 对外公开总数 6: fewer made public than made is no contradiction in the 2019 columns.
    const cells = {
      't2.normative.made': 21, 't2.normative.published': 6, 't2.normative.public_total': 6,
      't2.normative.issued': 21, 't2.normative.in_force': 6,
    };
    expect(t2Totals.run(build({ cells, tablesLayout: '2019', layout: '2019', year: 2020 }))).toEqual([]);
  });
});
