import { describe, expect, it } from 'vitest';
import { build, reportText, TABLES_QINGSHI, T3_QINGSHI, T4_QINGSHI, balancedT3, T2_2021 } from './fixtures/builder.js';
import { sectionMissing } from '../../src/checks/rules/section_missing.js';
import { tableMissing } from '../../src/checks/rules/table_missing.js';
import { tableImage } from '../../src/checks/rules/table_image.js';
import { layoutOutdated } from '../../src/checks/rules/layout_outdated.js';
import { yearMismatch } from '../../src/checks/rules/year_mismatch.js';
import { feeContradiction } from '../../src/checks/rules/fee_contradiction.js';
import { multipleDocuments } from '../../src/checks/rules/multiple_documents.js';
import { at } from '../../src/util/at.js';

describe('section_missing', () => {
  it('is quiet on a complete report', () => {
    expect(sectionMissing.run(build({ cells: TABLES_QINGSHI }))).toEqual([]);
  });
  it('reports a missing and an empty section (an empty table part once, by table_missing)', () => {
    const text = reportText().replace(/五、存在的主要问题及改进情况\n[^\n]*\n/, '').replace('(表四见下)', ' ').replace(/本年度未收取信息处理费。/, ' ');
    const a = build({ text, cells: { ...T2_2021, ...T3_QINGSHI } });
    const f = sectionMissing.run(a);
    expect(f.map((x) => x.message)).toEqual(['报告缺少第五部分“存在的主要问题及改进情况”', '第六部分“其他需要报告的事项”只有标题，没有内容']);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    expect(tableMissing.run(a).map((x) => x.message)).toEqual(['未发布表四（政府信息公开行政复议、行政诉讼情况）：第四部分只有标题，没有表格']);
  });
  it('lists all missing parts in one finding', () => {
    const text = `${reportText().split('\n').slice(0, 4).join('\n')}\n六、其他需要报告的事项\n本年度未收取信息处理费。`;
    const f = sectionMissing.run(build({ text, cells: TABLES_QINGSHI }));
    expect(f).toHaveLength(1);
    expect(at(f, 0).message).toMatch(/^报告缺少第二部分.*、第五部分“存在的主要问题及改进情况”$/);
    expect(at(f, 0).actual).toBe(4);
  });
  it('does not apply to a legacy (2008–2018) report', () => {
    const text = '青石县人民政府2016年政府信息公开工作年度报告\n一、概述\n全年主动公开信息800条。';
    expect(sectionMissing.run(build({ text, year: 2016, layout: 'legacy', tablesLayout: null }))).toEqual([]);
  });
});

describe('table_missing and table_image', () => {
  it('reports the tables stage’s absences', () => {
    const a = build({
      cells: T4_QINGSHI,
      absent: [
        { id: 't2', reason: 'image', evidence: { start: 10, end: 30 } },
        { id: 't3', reason: 'empty-section', evidence: null },
      ],
    });
    expect(tableImage.run(a).map((f) => f.message)).toEqual(['表二以图片形式发布，无法核对']);
    const m = tableMissing.run(a);
    expect(m.map((f) => [f.severity, f.message])).toEqual([['warning', '未发布表三（收到和处理政府信息公开申请情况）：第三部分只有标题，没有表格']]);
  });
  it('infers an image or an empty section when the tables stage said nothing', () => {
    const text = reportText().replace('(表二见下)', '1644455739385263.png').replace('(表四见下)', '');
    const a = build({ text, cells: T3_QINGSHI });
    expect(a.doc.imageSpans.length).toBeGreaterThan(0);
    expect(tableImage.run(a).map((f) => f.message)).toEqual(['表二以图片形式发布，无法核对']);
    expect(tableMissing.run(a).map((f) => f.message)).toEqual(['未发布表四（政府信息公开行政复议、行政诉讼情况）：第四部分只有标题，没有表格']);
  });
  it('marks a table it could not recognise as not assessable, not as missing', () => {
    const text = reportText().replace('(表四见下)', '本机关政府信息公开行政复议、行政诉讼情况如下表所示');
    const a = build({ text, cells: { ...T2_2021, ...T3_QINGSHI } });
    const f = tableMissing.run(a);
    expect(f.map((x) => [x.status, x.severity])).toEqual([['not_assessable', 'info']]);
  });
  it('expects no tables of a legacy report, whatever the tables stage says', () => {
    const text = '青石县人民政府2016年政府信息公开工作年度报告\n一、概述\n全年主动公开信息800条。';
    const absent = [{ id: 't2' as const, reason: 'section-missing' as const, evidence: null }];
    const a = build({ text, year: 2016, layout: 'legacy', tablesLayout: null, absent });
    expect([...tableMissing.run(a), ...tableImage.run(a)]).toEqual([]);
  });
  it('expects no tables of a page excerpt that shows only its first part', () => {
    const text = '青石县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息800条。';
    const absent = (['t2', 't3', 't4'] as const).map((id) => ({ id, reason: 'section-missing' as const, evidence: null }));
    const a = build({ text, layout: 'unknown', tablesLayout: null, absent });
    expect(tableMissing.run(a)).toEqual([]);
  });
});

describe('layout_outdated', () => {
  it('flags a 2022 report in the 2019 layout', () => {
    const a = build({ cells: balancedT3({ natural: { granted: 3 } }, '2019'), tablesLayout: '2019', layout: '2019' });
    const f = layoutOutdated.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).message).toContain('2022年度报告仍使用2019年格式');
  });
  it('flags a 2021-layout report whose 表三 keeps the single (六) row', () => {
    const t3 = balancedT3({ natural: { granted: 3, other: 1 } }, '2019');
    const f = layoutOutdated.run(build({ cells: { ...T2_2021, ...t3 }, tablesLayout: '2021' }));
    expect(f.map((x) => x.message)).toEqual(['2022年度报告的表三“(六)其他处理”只列一行（2019年格式），2021年格式应分为三项']);
  });
  it('accepts the 2019 layout for a 2020 report and the 2021 layout for 2022', () => {
    expect(layoutOutdated.run(build({ year: 2020, cells: balancedT3({}, '2019'), tablesLayout: '2019', layout: '2019' }))).toEqual([]);
    expect(layoutOutdated.run(build({ cells: TABLES_QINGSHI }))).toEqual([]);
  });
});

describe('year_mismatch', () => {
  it('is quiet when title, period and figures agree', () => {
    expect(yearMismatch.run(build({ cells: TABLES_QINGSHI }))).toEqual([]);
  });
  it('takes no other report\'s title for the report\'s own: a page excerpt\'s links to other years\' reports', () => {
    const text = ['政府信息公开工作年度报告', '一、总体情况', '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。本年度报告电子版可在', '上一篇:桐庐县民政局2023年政府信息公开工作年度报告', '下一篇:宁乡市财政局2021年政府信息公开工作年度报告'].join('\n');
    expect(yearMismatch.run(build({ text, year: 2022 }))).toEqual([]);
  });
  it('flags a 统计期限 left from last year’s report', () => {
    const text = reportText({ year: 2022, period: 2021 });
    const f = yearMismatch.run(build({ text }));
    expect(f).toHaveLength(1);
    expect(at(f, 0).message).toBe('标题为2022年度报告，统计期限却是2021年');
    expect(at(f, 0).severity).toBe('error');
    expect(text.slice(at(at(f, 0).evidence, 1).start, at(at(f, 0).evidence, 1).end)).toContain('统计期限');
  });
  /** year_mismatch on a report whose part 三 is `prose`, with these claims in it. */
  const onProse = (prose: string, claims: string[]) =>
    yearMismatch.run(build({ text: reportText({ prose: { 3: prose } }), claims: claims.map((c) => ({ text: c, value: Number(/\d+(?=件)/.exec(c)?.[0]) })) }));
  it('warns when the figures are dated another year', () => {
    const f = onProse('2021年,共收到申请55件。2021年,予以公开29件。2021年,不予公开3件。', ['收到申请55件', '予以公开29件', '不予公开3件']);
    expect(f.map((x) => [x.severity, x.actual])).toEqual([['warning', 2021]]);
  });
  it('does not count a year the figures are compared with (与2021年相比, 较2021年, 2021年同期)', () => {
    const prose = '与2021年相比,共收到申请55件。较2021年,予以公开29件。2021年同期不予公开5件,本年不予公开3件。';
    expect(onProse(prose, ['收到申请55件', '予以公开29件', '本年不予公开3件'])).toEqual([]);
  });
});

describe('fee_contradiction', () => {
  it('points at fees in 表二 beside a section 六 that charged none (info only)', () => {
    const a = build({ cells: { ...TABLES_QINGSHI, 't2.fees': 36.5 } });
    const f = feeContradiction.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).severity).toBe('info');
    expect(at(f, 0).message).toContain('36.5万元');
    expect(at(f, 0).message).toContain('未收取信息处理费');
  });
  it('is quiet when 表二 shows no fees or section 六 says nothing of them', () => {
    expect(feeContradiction.run(build({ cells: TABLES_QINGSHI }))).toEqual([]);
    const text = reportText({ prose: { 6: '本年度办理人大代表建议12件。' } });
    expect(feeContradiction.run(build({ text, cells: { ...TABLES_QINGSHI, 't2.fees': 36.5 } }))).toEqual([]);
  });
});

describe('multiple_documents', () => {
  const filler = (body: string) => `${body}各单位按照统一部署推进公开工作,完善制度,规范流程,加强监督检查,及时回应社会关切。`.repeat(12);
  it('finds several documents bundled in one file', () => {
    const text = [
      '青石县水利局政府信息公开工作总结',
      filler('本局全年主动公开信息120条。'),
      '篇2:白河县人民政府政府信息公开工作年度报告',
      filler('白河县全年主动公开信息860条。'),
    ].join('\n');
    const f = multipleDocuments.run(build({ text, year: null, layout: 'unknown', tablesLayout: null }));
    expect(f).toHaveLength(1);
    expect(at(f, 0).message).toContain('本文件似乎包含2篇文档');
    expect(at(f, 0).evidence).toHaveLength(2);
  });
  it('does not count the report’s own title repeated as a caption', () => {
    const title = '青石县人民政府2022年政府信息公开工作年度报告';
    const text = [title, filler('全年主动公开信息860条。'), '二、主动公开政府信息情况', title, '1644455739385263.png', filler('其他情况说明。')].join('\n');
    expect(multipleDocuments.run(build({ text }))).toEqual([]);
  });
  it('does not count the report\'s title repeated as a running header, its name on the line above it at the top', () => {
    const text = ['青石县人民政府', '2022年政府信息公开工作年度报告', filler('全年主动公开信息860条。'), '青石县人民政府2022年政府信息公开工作年度报告', '- 2 -', filler('其他情况说明。')].join('\n');
    expect(multipleDocuments.run(build({ text }))).toEqual([]);
  });

  it('takes no line of a sentence for a title, as a page wraps it or as a clause between its commas', () => {
    const title = '青石县人民政府2022年政府信息公开工作年度报告';
    // a sentence wrapped by a page, its second line reading like a title; a clause between commas after a sentence's end
    const wrapped = ['年初印发通知,组织各单位认真开展2022年度', '政务公开工作要点落实情况自查及政府信息公开工作年度报告编', '制工作,按期完成全部任务。'];
    const clause = ['全年工作总体平稳。', '落实整改,进一步健全完善政府信息公开工作制度,强化督查'];
    for (const inside of [wrapped, clause]) {
      const text = [title, filler('全年主动公开信息860条。'), ...inside, filler('其他情况说明。')].join('\n');
      expect(multipleDocuments.run(build({ text })), inside.join('⏎')).toEqual([]);
    }
    // a title after a sentence's end still counts
    const bundled = [title, filler('全年主动公开信息860条。'), '白河县人民政府政府信息公开工作年度报告', filler('白河县全年主动公开信息500条。')].join('\n');
    expect(multipleDocuments.run(build({ text: bundled }))).toHaveLength(1);
  });
});
