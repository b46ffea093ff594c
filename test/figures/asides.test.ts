/**
 * Figures set beside the year's own (a comparison with last year or another year, a change against it, an average, several
 * years together): no part, total or rate of the year's figures, no cell, no year of the report. Sentences in the
 * genre's wording, with a fictional township's numbers.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import type { Claim } from '../../src/model/types.js';
import { recordFromAnalysis } from '../../src/pipeline/record.js';
import { claimRows } from '../../src/outputs/rows.js';

function analyse(prose: string, year = 2022) {
  const text = [`石门乡人民政府${year}年政府信息公开工作年度报告`, '一、总体情况', prose, '二、主动公开政府信息情况', '本年主动公开工作平稳推进。'].join('\n');
  return analyzeDocument(documentFromText(text, { file: `shimen-${year}.txt` }));
}
const byText = (claims: readonly Claim[], text: string): Claim => {
  const c = claims.find((x) => x.text.includes(text));
  if (!c) throw new Error(`no claim with ${text}: ${claims.map((x) => x.text).join(' / ')}`);
  return c;
};
const arithmetic = (prose: string, year?: number) =>
  analyse(prose, year).findings.filter((f) => f.rule === 'prose_parts' || f.rule === 'prose_rate').map((f) => `${f.severity} ${f.rule}`);

describe('figures set beside the year\'s own', () => {
  it("last year's figure between a total and its list is no part, and the list stays the total's", () => {
    const a = analyse('全年主动公开政府信息640条，较上年的610条有所增加，其中政策文件40条，较上年的36条有所增加，工作动态500条，通知公告100条。');
    const total = byText(a.claims, '主动公开政府信息640条');
    expect(byText(a.claims, '较上年的610条').aside).toBe(true);
    expect(byText(a.claims, '较上年的36条').aside).toBe(true);
    expect(total.parts?.map((id) => a.claims.find((c) => c.id === id)?.value)).toEqual([40, 500, 100]);
    expect(a.claims.filter((c) => c.aside).map((c) => c.metric)).toEqual([null, null]);
    expect(a.findings.filter((f) => f.rule === 'prose_parts')).toEqual([]);
  });

  it('changes, averages and other years are asides too', () => {
    for (const aside of ['比上年多3件', '同比减少3件', '环比增加3件', '平均每月2件', '上年同期为21件', '(2021年为21件)', '较2021年的21件有所增加']) {
      expect(arithmetic(`全年共办理政府信息公开申请24件，${aside}，其中予以公开20件，不予公开4件。`), aside).toEqual([]);
      expect(analyse(`全年共办理政府信息公开申请24件，${aside}，其中予以公开20件。`).claims.filter((c) => c.aside), aside).toHaveLength(1);
    }
  });

  it('a target for a later year is no cell, and no finding against the tables', () => {
    for (const target of ['力争明年办结政府信息公开申请50件以上', '预计下一年度主动公开信息300条', '下一步,争取全年公开政策解读20篇']) {
      const a = analyse(`全年共办理政府信息公开申请24件。${target}。`);
      expect(a.claims.filter((c) => c.aside).map((c) => c.metric), target).toEqual([null]);
    }
  });

  it('several years set after the year\'s figure do not take its list, nor its shares', () => {
    expect(arithmetic('共收到政府信息公开申请88件，近三年累计268件，其中予以公开42件，占47.73%，部分公开46件，占52.27%。')).toEqual([]);
  });

  it('several years opening their own sentence keep their own list, and its arithmetic is checked', () => {
    const a = analyse('条例实施以来累计受理政府信息公开申请120件，其中予以公开80件、部分公开30件、不予公开20件。');
    expect(byText(a.claims, '受理政府信息公开申请120件').aside).toBeUndefined();
    expect(a.findings.filter((f) => f.rule === 'prose_parts').map((f) => f.actual)).toEqual([130]);
    // parts dated year by year are its parts too (a year that dates a figure is no comparison)
    expect(arithmetic('近三年累计受理政府信息公开申请120件，其中2020年40件、2021年45件、2022年50件。')).toEqual(['error prose_parts']);
  });

  it('a real shortfall beside a comparison is still found', () => {
    expect(arithmetic('全年主动公开政府信息640条，较上年的610条有所增加，分别为政策文件40条、工作动态500条、通知公告80条。')).toEqual(['error prose_parts']);
  });

  it('what was carried over from last year is the year\'s own figure', () => {
    const a = analyse('全年收到政府信息公开申请30件，上年结转2件，其中予以公开20件，部分公开12件。');
    expect(byText(a.claims, '上年结转2件').aside).toBeUndefined();
    expect(byText(a.claims, '上年结转2件').metric).toBe('t3.total.carried_over');
  });

  it('figures compared with last year do not date the report in last year', () => {
    const prose = '全年收到政府信息公开申请52件(2021年为45件)，办结政府信息公开申请50件(2021年为44件)，其中予以公开30件(2021年为28件)，部分公开20件(2021年为16件)。';
    expect(analyse(prose).findings.filter((f) => f.rule === 'year_mismatch')).toEqual([]);
    // figures dated in last year, as a report copied from last year's leaves them, still are
    const copied = '2021年，全年收到政府信息公开申请52件，办结政府信息公开申请50件，其中予以公开30件，部分公开20件。';
    expect(analyse(copied).findings.filter((f) => f.rule === 'year_mismatch').map((f) => f.actual)).toEqual([2021]);
  });
});

describe('an aside in the outputs', () => {
  it('is marked in the record and in claims.csv, so a reviewer sees why the figure has no cell', () => {
    const a = analyse('全年共收到政府信息公开申请45件，较上年的52件有所减少，均已按期答复。');
    const record = recordFromAnalysis(a, 'sha1');
    const byValue = (v: number) => record.claims?.find((c) => c.value === v);
    expect(byValue(52)?.aside).toBe(true);
    expect(byValue(45)?.aside).toBeUndefined();
    const rows = claimRows([record]).rows;
    expect(rows.find((r) => r.value === 52)?.aside).toBe(1);
    expect(rows.find((r) => r.value === 45)?.aside).toBeNull();
  });
});
