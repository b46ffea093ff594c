import { describe, expect, it } from 'vitest';
import { seeds, dev, hasShared } from '../helpers/corpora.js';
import { readReport, isReadError, guessMeta, documentFromText } from '../../src/read/index.js';
import { scoreRead } from '../../src/eval/read.js';
import type { EvalItem } from '../../src/eval/types.js';
import type { ReportAnalysis, SourceDocument } from '../../src/model/types.js';
import { expectOffsetsRoundTrip, sampleSpans } from './helpers.js';
import { closeLetterSpacing } from '../../src/util/chars.js';

async function readDoc(path: string): Promise<SourceDocument> {
  const doc = await readReport(path);
  if (isReadError(doc)) throw new Error(doc.messageEn);
  return doc;
}

/** An EvalItem whose final layout is the reader's guess (the later stages are not run here). */
const item = (report: EvalItem['report'], doc: SourceDocument): EvalItem => ({
  report,
  analysis: { doc, layout: doc.meta.layout } as ReportAnalysis,
});

describe.runIf(hasShared)('metadata on the real reports', () => {
  it('gets agency, year and layout of all five seeds', async () => {
    for (const report of seeds()) {
      const doc = await readDoc(report.path);
      const { agency, year, format } = report.gold;
      const { agency: gotAgency, year: gotYear, layout } = doc.meta;
      expect({ name: report.name, agency: gotAgency, year: gotYear, layout }).toEqual({ name: report.name, agency, year, layout: format });
    }
  });

  it('scores the reader on the dev reports', async () => {
    const items: EvalItem[] = [];
    for (const report of dev()) items.push(item(report, await readDoc(report.path)));
    const score = scoreRead(items);
    const value = (name: string) => score.lines.find((l) => l.name === name)!.value!;
    // floors just under the figures the reader reaches (35/38 agency, 29/31 body, 28/30 region, 38/38 year and layout;
    // the misses name their body nowhere in the text), so a change that loses any shows
    expect(value('agency accuracy')).toBeGreaterThanOrEqual(0.9);
    expect(value('body accuracy (labelled body)')).toBeGreaterThanOrEqual(0.93);
    expect(value('region accuracy (label pins it)')).toBeGreaterThanOrEqual(0.93);
    expect(value('year accuracy')).toBeGreaterThanOrEqual(0.95);
    expect(value('layout accuracy')).toBeGreaterThanOrEqual(0.9);
    expect(value('readable')).toBe(1);
  });

  it('maps offsets of the traditional seed 000 back exactly', async () => {
    const report = seeds().find((r) => r.name.startsWith('000'))!;
    const doc = await readDoc(report.path);
    expect(doc.traditional).toBe(true);
    expect(doc.text).toContain('一、总体情况');
    expect(doc.text).toContain('二、主动公开政府信息情况');
    expect(expectOffsetsRoundTrip(doc, sampleSpans(doc.text))).toEqual([]);
    // image lines stand where the tables were
    expect(doc.imageSpans.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the markdown tables of seed 003 as grids', async () => {
    const report = seeds().find((r) => r.name.startsWith('003'))!;
    const doc = await readDoc(report.path);
    expect(doc.tables.length).toBeGreaterThanOrEqual(2);
    for (const t of doc.tables) {
      expect(t.source).toBe('markdown');
      expect(doc.text.slice(t.start, t.end).startsWith('|')).toBe(true);
    }
  });
});

describe('guessMeta on synthetic openings', () => {
  it('prefers a 来源 line that names the body of a bare place', () => {
    const m = guessMeta('当前位置:首页 > 信息公开\n\n云溪区2022年政府信息公开工作年度报告\n\n来源: 云溪区人民政府 2023-01-20 10:00\n\n一、总体情况');
    expect(m).toMatchObject({ agency: '云溪区人民政府', year: 2022 });
  });

  it('reads the name line above a title split over two lines', () => {
    const m = guessMeta('松江市生态环境局\n2020 年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。');
    expect(m).toMatchObject({ agency: '松江市生态环境局', year: 2020 });
  });

  it('reads a title set with letter-spacing, its year and name included, and leaves spaced table rows alone', () => {
    const m = guessMeta('青 溪 区 人 民 政 府\n2 0 2 3 年 政 府 信 息 公 开 工 作 年 度 报 告\n一、总体情况\n全年共收到申请36件。');
    expect(m).toMatchObject({ agency: '青溪区人民政府', year: 2023 });
    expect(closeLetterSpacing('表 头\n2 0 2 3 5 6 7\n总 体 情 况 良 好\n')).toBe('表 头\n2 0 2 3 5 6 7\n总体情况良好     \n');
  });

  it('takes the title out of the preamble sentence and drops 以下简称', () => {
    const m = guessMeta('根据《条例》规定,现公布白鹭市河西区人民政府办公室(以下简称区政府办公室)2023年政府信息公开工作年度报告。');
    expect(m.agency).toBe('白鹭市河西区人民政府办公室');
    expect(m.year).toBe(2023);
  });

  it('takes the fullest form of the name the text writes, a PDF line wrap inside its places read through', () => {
    const opening = '2022年,春城街道办事处认真贯彻《条例》,扎实推进政务公开。\n一、总体情况\n';
    const contact = '如对本报告有任何疑问,请联系长春市\n绿园区春城街道办事处(地址:某某大街1号)。';
    expect(guessMeta(`${opening}${contact}`).agency).toBe('长春市绿园区春城街道办事处');
    expect(guessMeta(`${opening}${contact.replace('\n', '')}`).agency).toBe('长春市绿园区春城街道办事处');
    // no fuller form written: the name as the text gives it
    expect(guessMeta(`${opening}如对本报告有任何疑问,请联系春城街道办事处。`).agency).toBe('春城街道办事处');
  });

  it('takes the year of the statistics period and the opening over a title copied from last year, however the heading is marked', () => {
    const lines = ['横村镇2022年政府信息公开工作年度报告', '本报告所列数据的统计期限自2023年1月1日起至12月31日止。', '一、总体情况', '2023年度,我镇认真落实《条例》,全年公开信息88条。'];
    expect(guessMeta(lines.join('\n')).year).toBe(2023);
    expect(guessMeta(lines.map((l) => l.replace(/^(一、.*)$/, '**$1**')).join('\n')).year).toBe(2023);
    expect(guessMeta(lines.map((l) => l.replace('2023年度,', '2023年 度,')).join('\n')).year).toBe(2023);
  });

  it("takes no year from last year's report that the opening cites in 《》, when the title gives none", () => {
    const cited = '对照《横村镇2022年政府信息公开工作年度报告》提出的问题,我镇逐项整改。';
    const withPeriod = ['横村镇政府信息公开工作年度报告', cited, '本报告所列数据的统计期限自2023年1月1日起至12月31日止。', '一、总体情况', '全年公开信息88条。'];
    expect(guessMeta(withPeriod.join('\n')).year).toBe(2023);
    const withOpening = ['横村镇政府信息公开工作年度报告', cited, '一、总体情况', '2023年,我镇认真落实《条例》,全年公开信息88条。'];
    expect(guessMeta(withOpening.join('\n')).year).toBe(2023);
    // the report's own title named in its opening keeps its year
    const given = guessMeta('现将《横村镇2023年政府信息公开工作年度报告》予以公布。\n一、总体情况\n全年公开信息88条。');
    expect(given.year).toBe(2023);
    // and the checks are told which title is cited and which is the report's own
    expect(given.titleCited).toBeUndefined();
    expect(guessMeta(withPeriod.join('\n'))).toMatchObject({ title: '横村镇2022年政府信息公开工作年度报告', titleCited: true });
  });

  it('reads the year and the opening\'s subject written in Chinese numerals', () => {
    const lines = ['横村镇2022年政府信息公开工作年度报告', '本报告所列数据的统计期限自二〇二三年一月一日起至十二月三十一日止。', '一、总体情况', '二〇二三年度,我镇认真落实《条例》,全年公开信息88条。'];
    expect(guessMeta(lines.join('\n')).year).toBe(2023);
    const untitled = guessMeta('一、总体情况\n二〇二三年,桐庐县水利局认真贯彻落实《条例》,全年公开信息120条。');
    expect(untitled).toMatchObject({ year: 2023, agency: '桐庐县水利局' });
  });

  it('takes no year from the links to other reports on the page', () => {
    const text = ['一、政府信息公开总体工作情况', '市政府进一步理顺了政府信息公开工作管理体制,全年主动公开信息1200条。', '上一篇:桐庐县民政局2023年政府信息公开工作年度报告', '下一篇:宁乡市财政局2023年政府信息公开工作年度报告', '相关文章', '盱眙县水利局2023年政府信息公开工作年度报告', '横村镇人民政府2022年政府信息公开工作年度报告'];
    expect(guessMeta(text.join('\n')).year).toBeNull();
    // a year the report's own text gives still counts, and no linked title names the body
    const own = guessMeta(['2021年,市政府进一步理顺了政府信息公开工作管理体制。', ...text.slice(2)].join('\n'));
    expect(own).toMatchObject({ year: 2021, agency: null, title: null });
  });

  it('does not name a body the text only calls 我局 or 区政府办公室', () => {
    const m = guessMeta('一、总体情况\n2022年,区政府办公室认真贯彻《条例》。本报告中所列数据统计期限为2022年1月1日至12月31日。我局收到申请3件。');
    expect(m.agency).toBeNull();
    expect(m.year).toBe(2022);
  });

  it('decides the layout from table columns, notices, legacy parts and the year', () => {
    expect(guessMeta('某县2022年政府信息公开工作年度报告\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数').layout).toBe('2021');
    expect(guessMeta('某县2023年政府信息公开工作年度报告\n依据国办公开办函〔2021〕30号。信息内容 本年新制作数量 本年新公开数量 对外公开总数量').layout).toBe('2019');
    expect(guessMeta('某县2016年政府信息公开工作年度报告\n一、概述').layout).toBe('legacy');
    expect(guessMeta('某县2019年政府信息公开工作年度报告\n五、政府信息公开的收费及减免情况').layout).toBe('legacy');
    expect(guessMeta('某局工作总结\n**年,我局认真开展政务公开工作,依申请公开情况良好。').layout).toBe('unknown');
    expect(guessMeta('某县2022年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。').layout).toBe('unknown');
  });

  it('documentFromText keeps working for later stages', () => {
    const doc = documentFromText('某县2022年政府信息公开工作年度报告\n一、总体情况');
    expect(doc.format).toBe('txt');
    expect(doc.meta.year).toBe(2022);
  });
});
