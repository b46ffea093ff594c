import { describe, expect, it } from 'vitest';
import { build, reportText, balancedT3, T2_2021, T4_QINGSHI } from './fixtures/builder.js';
import { PROSE_A, PROSE_B } from './fixtures/prose.js';
import { carryover } from '../../src/checks/rules/carryover.js';
import { inForceContinuity } from '../../src/checks/rules/in_force_continuity.js';
import { nearDuplicate, proseOf } from '../../src/checks/rules/near_duplicate.js';
import { runCorpusRules, runCorpusSummaries, summariseForCorpus, type CorpusSummary } from '../../src/checks/index.js';
import { corpusItems } from '../../src/checks/corpus.js';
import { containment, shingles, signature, sortedShingles } from '../../src/checks/minhash.js';
import { at } from '../../src/util/at.js';

// 青石县 2021 ends with 4 applications to carry forward (3 from 自然人, 1 from 商业企业).
const T3_2021 = balancedT3({ natural: { granted: 18, partial: 2, carried_forward: 3 }, business: { granted: 4, carried_forward: 1 } });
const T2_2021_Y1 = { ...T2_2021, 't2.normative.issued': 9, 't2.normative.repealed': 2, 't2.normative.in_force': 77 };
const t3For2022 = (natural: number, business: number) =>
  balancedT3({ natural: { granted: 25, carried_over: natural, carried_forward: 2 }, business: { granted: 6, carried_over: business } });

const year = (y: number, cells: Record<string, number>, prose = '', agency = '青石县人民政府', file = `qingshi-${y}.txt`) =>
  build({ year: y, agency, file, cells, text: reportText({ year: y, agency, prose: prose ? { 1: prose } : {} }) });

describe('carryover: 上年结转 = last year’s 结转下年度', () => {
  it('is quiet when the two years chain', () => {
    const all = [year(2021, { ...T2_2021_Y1, ...T3_2021 }), year(2022, { ...T2_2021, ...t3For2022(3, 1) })];
    expect(carryover.run(corpusItems(carryover, all)).size).toBe(0);
  });
  it('flags the later report, per column', () => {
    const all = [year(2021, { ...T2_2021_Y1, ...T3_2021 }), year(2022, { ...T2_2021, ...t3For2022(2, 1) })];
    const f = carryover.run(corpusItems(carryover, all)).get('qingshi-2022.txt')!;
    expect(f.map((x) => x.metric)).toEqual(['t3.natural.carried_over', 't3.total.carried_over']);
    expect(at(f, 1).message).toBe('表三总计列“上年结转”为3件，而青石县人民政府2021年度报告（qingshi-2021.txt）表三“结转下年度继续办理”为4件');
    expect(f[1]).toMatchObject({ expected: 4, actual: 3, severity: 'error' });
  });
  it('says it could not check when last year’s 表三 was not read', () => {
    const f = carryover.run(corpusItems(carryover, [year(2021, T2_2021_Y1), year(2022, t3For2022(3, 1))])).get('qingshi-2022.txt')!;
    expect(f.map((x) => [x.status, x.message])).toEqual([['not_assessable', '无法与青石县人民政府2021年度报告核对结转数：青石县人民政府2021年度报告（qingshi-2021.txt）未能读到表三']]);
  });
  it('leaves different bodies and non-consecutive years alone', () => {
    const all = [year(2021, T3_2021), year(2022, t3For2022(0, 0), '', '白河县人民政府'), year(2023, t3For2022(0, 0))];
    expect(carryover.run(corpusItems(carryover, all)).size).toBe(0);
  });
  it('is not assessable when the 总计 carried-over cell is unreadable', () => {
    const later = build({ year: 2022, file: 'qingshi-2022.txt', cells: { ...t3For2022(3, 1), 't3.total.carried_over': '/' } as Record<string, number | string> });
    const f = carryover.run(corpusItems(carryover, [year(2021, T3_2021), later])).get('qingshi-2022.txt')!;
    expect(f.map((x) => x.status)).toEqual(['not_assessable']);
  });
});

describe('in_force_continuity: 现行有效 follows 制发 and 废止', () => {
  it('accepts 77 + 12 − 3 = 86 and warns otherwise', () => {
    const ok = [year(2021, { ...T2_2021_Y1, ...T3_2021 }), year(2022, { ...T2_2021, ...t3For2022(3, 1) })];
    expect(inForceContinuity.run(corpusItems(inForceContinuity, ok)).size).toBe(0);
    const bad = [year(2021, { ...T2_2021_Y1, ...T3_2021 }), year(2022, { ...T2_2021, 't2.normative.in_force': 95, ...t3For2022(3, 1) })];
    const f = inForceContinuity.run(corpusItems(inForceContinuity, bad)).get('qingshi-2022.txt')!;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', expected: 86, actual: 95, metric: 't2.normative.in_force' });
  });
});

describe('near_duplicate (MinHash)', () => {
  it('sorted shingles are the distinct shingles in ascending order, none across a cut', () => {
    for (const text of [PROSE_A, PROSE_B, `${PROSE_A}|${PROSE_A}`, '甲乙丙丁戊|己庚', '短', '']) {
      expect([...sortedShingles(text)]).toEqual([...shingles(text)].sort((x, y) => x - y));
    }
    expect(sortedShingles('甲乙丙丁戊甲乙丙丁戊').length).toBe(5);
  });
  it('estimates containment close to the true share', () => {
    const a = shingles(PROSE_A);
    const half = shingles(PROSE_A.slice(0, Math.floor(PROSE_A.length / 2)) + PROSE_B);
    const est = containment(signature(half), signature(a));
    const truth = [...half].filter((x) => a.has(x)).length / half.size;
    expect(Math.abs(est - truth)).toBeLessThan(0.15);
  });
  it('estimates containment within 0.12 at every overlap, for sets as small as the rule compares', () => {
    // integer "shingles": A has n, B shares a fraction of them and adds its own
    for (const n of [300, 1500]) {
      for (const shared of [0, 0.3, 0.6, 0.9, 1]) {
        const a = Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 0);
        const k = Math.round(n * shared);
        const b = [...a.slice(0, k), ...Array.from({ length: n - k }, (_, i) => ((i + n) * 2246822519) >>> 0)];
        const est = containment(signature(b), signature(a));
        expect(Math.abs(est - shared), `n=${n} shared=${shared}`).toBeLessThan(0.12);
      }
    }
  });
  it('flags a report that copies last year’s prose with new numbers, and says how much', () => {
    const copied = PROSE_A.replace('五个', '三个').replace('每季度', '每月');
    const all = [year(2021, T4_QINGSHI, PROSE_A), year(2022, T4_QINGSHI, copied), year(2022, T4_QINGSHI, PROSE_B, '青石县市场监督管理局', 'scj-2022.txt')];
    expect(proseOf(at(all, 1)).length).toBeGreaterThan(300);
    const found = nearDuplicate.run(corpusItems(nearDuplicate, all));
    expect([...found.keys()]).toEqual(['qingshi-2022.txt']);
    const f = at(found.get('qingshi-2022.txt') ?? [], 0);
    expect(f.message).toMatch(/^本报告约(9\d|100)%的文字与本机关上年度报告（qingshi-2021\.txt）相同$/);
    expect(f.severity).toBe('warning');
  });
  it('flags two bodies copying each other once, naming the other, and ignores unrelated reports', () => {
    const all = [year(2022, T4_QINGSHI, PROSE_A), year(2022, T4_QINGSHI, PROSE_A, '白河县人民政府', 'baihe-2022.txt'), year(2022, T4_QINGSHI, PROSE_B, '青石县市场监督管理局', 'scj-2022.txt')];
    const found = runCorpusRules(all);
    expect([...found.keys()]).toEqual(['qingshi-2022.txt']);
    const f = found.get('qingshi-2022.txt')!.filter((x) => x.rule === 'near_duplicate');
    expect(f).toHaveLength(1);
    expect(at(f, 0).message).toMatch(/^本报告与另外1份报告的文字大量相同.*白河县人民政府2022年度报告（baihe-2022\.txt）$/);
  });
  it('reports n copies of one text as one group: one finding listing the members, not n² pairs', () => {
    // nine: below TEMPLATE_MIN_BATCH, where wording shared by most of a batch would count as its template
    const bodies = Array.from({ length: 9 }, (_, k) => `第${k + 1}测试县人民政府`);
    const all = bodies.map((b, k) => year(2022, T4_QINGSHI, PROSE_A, b, `copy-${k}.txt`));
    const found = nearDuplicate.run(corpusItems(nearDuplicate, all));
    expect([...found.keys()]).toEqual(['copy-0.txt']);
    expect(found.get('copy-0.txt')).toHaveLength(1);
    const [f] = found.get('copy-0.txt')!;
    expect(f!.message).toMatch(/^本报告与另外8份报告的文字大量相同（相互照搬约100%）：/);
    for (let k = 1; k < 9; k++) expect(f!.message).toContain(`（copy-${k}.txt）`);
  });
});

describe('one body under two names', () => {
  it('pairs 淮安市洪泽区人民政府 with 洪泽区人民政府 but not 人民政府 with anything', async () => {
    const { sameBody } = await import('../../src/checks/corpus.js');
    expect(sameBody('淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(true);
    expect(sameBody('江苏省淮安市洪泽区人民政府', '淮安市洪泽区人民政府')).toBe(true);
    expect(sameBody('白河县人民政府', '青石县人民政府')).toBe(false);
    expect(sameBody('青石县人民政府', '人民政府')).toBe(false);
    expect(sameBody('青石县人民政府办公室', '青石县人民政府')).toBe(false);
  });
});

describe('corpus rules on the summaries a batch keeps (through JSON)', () => {
  it('chains 上年结转 and 现行有效 across years from summaries round-tripped through JSON', () => {
    const all = [year(2021, { ...T2_2021_Y1, ...T3_2021 }), year(2022, { ...T2_2021, 't2.normative.in_force': 95, ...t3For2022(2, 1) })].map(
      (a) => JSON.parse(JSON.stringify(summariseForCorpus(a))) as CorpusSummary,
    );
    const f = runCorpusSummaries(all).get('qingshi-2022.txt')!;
    expect(f.map((x) => x.rule).sort()).toEqual(['carryover', 'carryover', 'in_force_continuity']);
  });
});
