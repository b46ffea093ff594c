import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { at } from '../../src/util/at.js';

/** prose_parts findings on a report whose part 一 holds `prose`. */
function partsFindings(prose: string) {
  const text = ['石门乡人民政府2022年政府信息公开工作年度报告', '一、总体情况', prose, '二、主动公开政府信息情况', '本年主动公开工作平稳推进。'].join('\n');
  return analyzeDocument(documentFromText(text, { file: 'shimen-2022.txt' })).findings.filter((f) => f.rule === 'prose_parts');
}

describe('prose arithmetic: what is not a breakdown', () => {
  it('a list opened by 包括 or 主要包括 names what is among the whole: nothing when it falls short, a warning when it runs over', () => {
    expect(partsFindings('全年主动公开政府信息1200条,包括政策文件300条、工作动态800条。').filter((f) => f.severity === 'error')).toEqual([]);
    expect(partsFindings('全年主动公开政府信息1200条,主要包括政策文件300条、工作动态800条。')).toEqual([]);
    expect(partsFindings('全年主动公开政府信息1200条,包括政策文件300条、工作动态1000条。').map((f) => [f.severity, f.actual])).toEqual([['warning', 1300]]);
    // two breakdowns of the whole in one list (when handled, then how): each adds up, or the second is a selection
    expect(partsFindings('共办理申请52件,其中按时办结50件,延期办结2件,予以公开30件,部分公开22件。')).toEqual([]);
    expect(partsFindings('共办理申请52件,其中按时办结50件,延期办结2件,予以公开30件,部分公开20件。')).toEqual([]);
    // …but single parts that each happen to equal the whole are no breakdowns
    expect(partsFindings('共收到申请1件,分别为予以公开1件,部分公开1件,不予公开1件。').map((f) => f.severity)).toEqual(['error']);
    // 分别为 says the parts are all of it
    expect(partsFindings('全年主动公开政府信息1200条,分别为政策文件300条、工作动态800条。').map((f) => f.severity)).toEqual(['error']);
  });

  it('a selection above its whole is an error only when its parts split applications one way (requester, channel, outcome)', () => {
    const severities = (prose: string) => partsFindings(prose).map((f) => f.severity);
    // one conference attended by both, one item in both catalogues, one session attended by both groups
    expect(severities('全年召开新闻发布会15场，其中主要负责同志出席9场、部门负责人出席12场。')).toEqual(['warning']);
    expect(severities('更新政务公开专栏信息860条，其中重点领域信息500条，基层政务公开标准目录信息520条。')).toEqual(['warning']);
    expect(severities('组织业务培训8次，其中全体干部参加5次，业务骨干参加6次。')).toEqual(['warning']);
    expect(severities('全年受理申请36件，其中自然人申请30件，法人或其他组织申请10件。')).toEqual(['error']);
    expect(severities('全年受理申请36件，其中当面申请20件，网上申请12件，信函申请6件。')).toEqual(['error']);
    expect(severities('全年办结申请36件，其中予以公开20件，部分公开10件，其他处理8件。')).toEqual(['error']);
  });

  it('parts that split the whole two ways at once (a channel and a subject, a requester and an outcome), or by court instance, are no breakdown', () => {
    expect(partsFindings('全年受理申请36件，其中网上申请20件，涉及房屋征收的申请25件。')).toEqual([]);
    expect(partsFindings('全年受理申请36件，其中自然人申请30件，予以公开20件。')).toEqual([]);
    expect(partsFindings('全年受理申请36件，其中自然人申请30件，涉及征地拆迁的12件。')).toEqual([]);
    // court instances: one suit is counted under each it went through
    expect(partsFindings('全年被提起行政诉讼5件，其中一审4件，二审3件。')).toEqual([]);
    // one way, with the rest (其他) beside it, is still summed
    expect(partsFindings('全年受理申请36件，其中网上申请30件，其他10件。').map((f) => f.severity)).toEqual(['error']);
  });

  it('a part with its own parts in the list is not summed with them as siblings', () => {
    expect(partsFindings('全年公开信息320条，其中政务动态150条，含区级动态90条、乡镇动态60条，通知公告120条，政策解读50条。')).toEqual([]);
  });

  it('but a nested list that really falls short is still checked', () => {
    const f = partsFindings('全年公开信息320条，分别为政务动态150条，含区级动态90条、乡镇动态60条，通知公告120条，政策解读30条。');
    expect(f.map((x) => x.message)).toEqual(['正文称“全年公开信息320条”，所列分项150＋120＋30＝300条，与总数相差20条']);
    expect(at(f, 0).confidence).toBeGreaterThan(0.5);
  });

  it('small parts that happen to add up to an earlier one are still siblings (no 含/包括 before them)', () => {
    const f = partsFindings('共公开信息90条，其中政策解读3条，乡文件2条，财政决算1条，机构职能27条，工作动态48条，通知公告5条。');
    expect(f.map((x) => [x.severity, x.actual])).toEqual([['warning', 86]]);
  });

  it('a list the text stops in (a page excerpt) may go on: no shortfall', () => {
    const text = ['石门乡人民政府2022年政府信息公开工作年度报告', '一、总体情况', '共公开信息90条，其中政策解读3条，乡文件2条，财政决算1条，机构职能27条，工作动态48条'].join('\n');
    const findings = analyzeDocument(documentFromText(text, { file: 'shimen-2022.txt' })).findings;
    expect(findings.filter((f) => f.rule === 'prose_parts')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'input_incomplete')).toHaveLength(1);
  });

  it('a list with a part in another unit (条 and 个/篇) is not summed short', () => {
    expect(partsFindings('全年公开信息420条，其中文件类信息200条、动态类信息180条、通知公告类信息30条、其他类信息10个。')).toEqual([]);
  });

  it('label numbers (五个中心, 三位一体) are not quantities', () => {
    expect(partsFindings('全乡建成五个便民中心，其中两个中心已投入运行、两个中心正在装修、两个中心完成选址。')).toEqual([]);
  });

  it('a 其中 list naming only some parts (…版块中：A、B、C) is not a complete breakdown', () => {
    expect(partsFindings('全年公开信息420条，其中在“政务动态”版块中：工作动态74条、部门动态43条、乡镇动态51条、区县动态201条。')).toEqual([]);
  });

  it('a few highlights far below the whole are a selection, not a breakdown that lost an item', () => {
    expect(partsFindings('全年在门户网站发布动态类信息1380条，其中文件14条、政策解读9条、工作报告1条、财政预决算信息3条。')).toEqual([]);
  });

  it('a list goes on past a line a page wrapped: a figure after the wrap that is not a part still makes it no breakdown', () => {
    const list = '全年主动公开政府信息3120条,其中政策文件412条、工作动态1908条、通知公告600条,信息公开年度报告3篇。';
    expect(partsFindings(list)).toEqual([]);
    expect(partsFindings(list.replace('通知公告600条,信息', '通知公告600条,信息\n'))).toEqual([]);
    // a line that ends the list (its sentence ended) still ends it
    expect(partsFindings('全年主动公开政府信息3120条,其中政策文件412条、工作动态1908条、通知公告600条。\n本年制作信息公开年度报告3篇。').map((x) => x.severity)).toEqual(['warning']);
  });

  it('a breakdown that covers most of the whole and falls short is still a warning', () => {
    const f = partsFindings('全年主动公开政府信息3120条，其中政策文件412条、工作动态1908条、通知公告600条。');
    expect(f.map((x) => [x.severity, x.actual])).toEqual([['warning', 2920]]);
  });
});

describe('severity discipline', () => {
  it('a rate paired with figures from other sentences is at most a warning; in one sentence it is an error', async () => {
    const { build, reportText } = await import('./fixtures/builder.js');
    const { proseRate } = await import('../../src/checks/rules/prose_rate.js');
    const claims = [
      { id: 'd', text: '受理便民事项2400件', value: 2400 },
      { id: 'n', text: '办结2200件', value: 2200 },
      { id: 'r', text: '办结率98%', value: 98, unit: '%', rate: { numerator: 'n', denominator: 'd' } },
    ];
    const apart = reportText({ prose: { 1: '全年受理便民事项2400件。其后办结2200件。全年办结率98%。' } });
    expect(proseRate.run(build({ text: apart, claims })).map((f) => [f.severity, f.confidence])).toEqual([['warning', 0.6]]);
    const together = reportText({ prose: { 1: '全年受理便民事项2400件,办结2200件,办结率98%。' } });
    expect(proseRate.run(build({ text: together, claims })).map((f) => f.severity)).toEqual(['error']);
  });

  it('every finding of the pipeline carries a confidence between 0 and 1', async () => {
    const { analyzeDocument: analyse } = await import('../../src/pipeline/analyze.js');
    const text = ['石门乡人民政府2022年政府信息公开工作年度报告', '一、总体情况', '共收到申请10件，其中予以公开4件、部分公开6件、不予公开3件。', '二、主动公开政府信息情况'].join('\n');
    const findings = analyse(documentFromText(text, { file: 'x.txt' })).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.confidence).toBeGreaterThanOrEqual(0), expect(f.confidence).toBeLessThanOrEqual(1);
  });
});

describe('announced counts against the enumeration that follows', () => {
  it('six kinds announced, seven enumerated: a warning', () => {
    const f = partsFindings('在乡政府网站上公开5类信息：一是机构职能信息。二是规范性文件。三是财政预决算。四是重点项目。五是惠民补贴。六是办事指南。');
    expect(f.map((x) => [x.severity, x.expected, x.actual])).toEqual([['warning', 5, 6]]);
  });
  it('as many enumerated as announced: nothing', () => {
    expect(partsFindings('在乡政府网站上公开5类信息：一是机构职能信息。二是规范性文件。三是财政预决算。四是重点项目。五是惠民补贴。')).toEqual([]);
  });
  it('an inner list of X items inside an outer item X: the outer list going on is not an extra item', () => {
    expect(partsFindings('一是建好网站。二是公开两类信息：一是政策文件。二是工作动态。三是加强培训。')).toEqual([]);
  });
});
