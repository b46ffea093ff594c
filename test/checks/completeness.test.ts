import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { inputCut } from '../../src/checks/completeness.js';
import { at } from '../../src/util/at.js';

const analyse = (text: string) => analyzeDocument(documentFromText(text, { file: 'baishui-2022.txt' }));
const rules = (text: string) => analyse(text).findings.map((f) => f.rule);

const HEAD = [
  '白水乡人民政府2022年政府信息公开工作年度报告',
  '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
  '一、总体情况',
  '2022年,白水乡围绕群众关心的事项做好政务公开,全年在门户网站发布各类信息386条。',
  '二、主动公开政府信息情况',
];

const T3_START = [
  '三、收到和处理政府信息公开申请情况',
  '| (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) |  |  | 申请人情况 |  |  |  |  |  |  |',
  '|---|---|---|---|---|---|---|---|---|---|',
  '|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |',
  '|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |',
  '| 一、本年新收政府信息公开申请数量 |  |  | 4 | 1 | 0 | 0 | 0 | 0 | 5 |',
  '| 二、上年结转政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| 三、本年度办理结果 | (一)予以公开 |  | 3 | 1 | 0 | 0 | 0 | 0 | 4 |',
  '|  | (二)部分公开(区分处理的，只计这一情形，不计其他情形) |  | 1 | 0 |',
];

describe('incomplete input', () => {
  it('a page excerpt cut mid-sentence in part 二: one input_incomplete finding, no missing sections or tables', () => {
    const text = [...HEAD, '本年度我乡通过政府网站、政务新媒体和村务公开栏等渠道,持续加大基层政务公开力度,重点公开了惠农补贴发放'].join('\n');
    const a = analyse(text);
    const incomplete = a.findings.filter((f) => f.rule === 'input_incomplete');
    expect(incomplete).toHaveLength(1);
    expect(at(incomplete, 0).message).toContain('第二部分中途截断');
    expect(at(incomplete, 0).message).toContain('惠农补贴发放');
    expect(at(at(incomplete, 0).evidence, 0).end).toBe(a.doc.text.length);
    expect(at(incomplete, 0).confidence).toBeGreaterThan(0);
    expect(a.findings.filter((f) => f.rule === 'section_missing' || f.rule === 'table_missing')).toEqual([]);
  });

  it('an excerpt cut mid-sentence with the page\'s print and share links after it: still cut where the report stops', () => {
    const cut = '本年度我乡通过政府网站、政务新媒体和村务公开栏等渠道,持续加大基层政务公开力度,重点公开了惠农补贴发放';
    const a = analyse([...HEAD, cut, '【打印】【关闭】', '扫一扫在手机打开当前页'].join('\n'));
    const incomplete = a.findings.filter((f) => f.rule === 'input_incomplete');
    expect(incomplete.map((f) => f.message)).toHaveLength(1);
    expect(at(incomplete, 0).message).toContain('惠农补贴发放');
    expect(a.findings.filter((f) => f.rule === 'section_missing' || f.rule === 'table_missing')).toEqual([]);
  });

  it('a text that stops inside 表三: no table identity findings about its absent rows, no 表四 missing', () => {
    const text = [...HEAD, '本年主动公开情况见下。', ...T3_START].join('\n');
    const a = analyse(text);
    expect(inputCut(a)).toMatchObject({ kind: 'stops-in-table', section: 3 });
    const found = rules(text);
    expect(found.filter((r) => r === 'input_incomplete')).toHaveLength(1);
    for (const r of ['t3_balance', 't3_total_processed', 't3_row_sum', 'cell_value', 'section_missing']) expect(found).not.toContain(r);
    expect(a.findings.filter((f) => f.message.includes('表四'))).toEqual([]);
  });

  it('a table followed by the next part’s heading and a short paragraph: the text went on past the table', () => {
    const text = [...HEAD, '本年主动公开情况见下。', ...T3_START, '四、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政复议。'].join('\n');
    expect(inputCut(analyse(text))?.kind).not.toBe('stops-in-table');
  });

  it('page numbers that jump (a PDF with a page lost): said once, and the parts on the lost pages are not missing', () => {
    const text = [
      ...HEAD,
      '全年主动公开政府信息386条。',
      '- 1 -',
      '三、收到和处理政府信息公开申请情况',
      '全年收到政府信息公开申请5件,均按期答复。',
      '- 2 -',
      '六、其他需要报告的事项',
      '本年度未收取信息处理费。',
      '- 4 -',
    ].join('\n');
    const a = analyse(text);
    const f = a.findings.filter((x) => x.rule === 'input_incomplete');
    expect(f).toHaveLength(1);
    expect(at(f, 0).message).toContain('第2页跳到第4页');
    expect(at(f, 0).evidence).toHaveLength(2);
    expect(a.findings.filter((x) => x.rule === 'section_missing' && x.message.startsWith('报告缺少'))).toEqual([]);
  });

  it('a whole report that lacks parts still gets section_missing (the text ends as a report ends)', () => {
    const text = [...HEAD, '全年主动公开政府信息386条。', '三、收到和处理政府信息公开申请情况', '全年收到政府信息公开申请5件,均按期答复。', '白水乡人民政府', '2023年1月18日'].join('\n');
    const found = rules(text);
    expect(found).not.toContain('input_incomplete');
    expect(analyse(text).findings.find((f) => f.rule === 'section_missing')?.message).toMatch(/^报告缺少第四部分/);
  });

  it('consecutive page numbers say nothing', () => {
    const text = [...HEAD, '全年主动公开政府信息386条。', '- 1 -', '三、收到和处理政府信息公开申请情况', '全年收到申请5件。', '- 2 -', '四、政府信息公开行政复议、行政诉讼情况', '本年度无复议诉讼案件。', '- 3 -'].join('\n');
    expect(inputCut(analyse(text))).toBeNull();
  });
});

describe('an excerpt that ends at a paragraph', () => {
  it('after part 一 or 二, none of the later parts in it: input_incomplete, not five missing parts and three missing tables', () => {
    for (const text of [
      [...HEAD.slice(0, 4)].join('\n'),
      [...HEAD, '全年主动公开政府信息386条,其中政策文件42条。'].join('\n'),
    ]) {
      const a = analyse(text);
      expect(inputCut(a)).toMatchObject({ kind: 'stops-after-part' });
      const incomplete = a.findings.filter((f) => f.rule === 'input_incomplete');
      expect(incomplete).toHaveLength(1);
      expect(at(incomplete, 0).message).toMatch(/^输入文本不完整：文本在第[一二]部分之后结束/);
      expect(a.findings.filter((f) => f.rule === 'section_missing' || f.rule === 'table_missing')).toEqual([]);
    }
  });

  it('before any part (a page showing the title and the opening only): no part and no table said to be missing', () => {
    const opening = '本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)编制。';
    const a = analyse([...HEAD.slice(0, 2), opening].join('\n'));
    expect(a.layout).toBe('2021');
    expect(a.structure.sections).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'section_missing' || f.rule === 'table_missing')).toEqual([]);
  });

  it('after part 四, only 五 and 六 absent: a report that left them out, said by section_missing', () => {
    const text = [
      ...HEAD, '全年主动公开政府信息386条。', '三、收到和处理政府信息公开申请情况', '全年收到政府信息公开申请5件,均按期答复。',
      '四、政府信息公开行政复议、行政诉讼情况', '本年度未发生政府信息公开行政复议、行政诉讼案件。',
    ].join('\n');
    const a = analyse(text);
    expect(inputCut(a)).toBeNull();
    expect(a.findings.find((f) => f.rule === 'section_missing')?.message).toMatch(/^报告缺少第五部分/);
  });
});
