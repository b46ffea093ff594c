import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { segmentStructure } from '../../src/structure/index.js';
import { at } from '../../src/util/at.js';

const sectionsOf = (text: string) => {
  const doc = documentFromText(text, { file: 'x.txt' });
  return segmentStructure(doc).sections.map((s) => ({ n: s.n, heading: s.heading.replace(/\s+/g, '') }));
};

describe('part titles listed in a sentence', () => {
  const LISTING =
    '本报告共分六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。';

  it('are not six empty headings when the report then starts its parts', () => {
    const text = [
      '柳湾街道办事处2022年政府信息公开工作年度报告',
      LISTING,
      '一、总体情况',
      '2022年,柳湾街道在辖区公示栏和门户网站公开各类事项,全年发布信息172条。',
      '二、主动公开政府信息情况',
      '本年度新增公开便民服务事项指南,并按季度更新',
    ].join('\n');
    const s = sectionsOf(text);
    expect(s.map((x) => x.n)).toEqual([1, 2]);
    expect(at(s, 0).heading).toBe('一、总体情况');
  });

  it('are not headings when the excerpt holds no part at all', () => {
    const text = ['柳湾街道办事处2022年政府信息公开工作年度报告', LISTING, '2022年,柳湾街道在辖区公示栏和门户网站公开各类事项,全年发布信息172条。'].join('\n');
    expect(sectionsOf(text).filter((x) => x.heading)).toEqual([]);
  });

  it('headings left empty on lines of their own are still headings', () => {
    const text = [
      '一、总体情况',
      '全年发布信息172条。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '个别栏目更新不及时。',
      '六、其他需要报告的事项',
      '无。',
    ].join('\n');
    expect(sectionsOf(text).map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('parts numbered differently from the template', () => {
  it('are recognised by their titles (三、…行政复议 when the applications part is left out)', () => {
    const text = [
      '一、总体情况',
      '2021年,本镇主动公开信息共计120条。',
      '二、主动公开政府信息情况',
      '本年主动公开工作平稳推进,发布各类信息。',
      '三、政府信息公开行政复议、行政诉讼情况',
      '本年度未发生行政复议和行政诉讼。',
      '四、存在的主要问题及改进情况',
      '公开内容不够丰富,下一步将加强培训。',
      '五、其他需要报告的事项',
      '本年度未收取信息处理费。',
    ].join('\n');
    expect(sectionsOf(text).map((x) => x.n)).toEqual([1, 2, 4, 5, 6]);
  });
});

describe('part headings in the template order', () => {
  const REST = [
    '二、主动公开政府信息情况', '全年主动公开政府信息210条。', '三、收到和处理政府信息公开申请情况', '本年新收申请12件,均按期答复。',
    '四、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政复议和行政诉讼。', '五、存在的主要问题及改进情况', '一是公开内容不够全面。',
    '六、其他需要报告的事项', '本机关未收取信息处理费。',
  ];
  const report = (first: string) => ['槐荫区财政局2023年政府信息公开工作年度报告', first, '本年度,本局持续推进政务公开,公开质量稳步提升。', ...REST].join('\n');

  it('a part titled in its own words takes its own number when the named parts carry theirs', () => {
    expect(sectionsOf(report('一、坚持高位推动,夯实公开基础')).map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a title set with letter-spacing is still the template title', () => {
    const s = sectionsOf(report('一、 总 体 情 况'));
    expect(s.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(at(s, 0).heading).toBe('一、总体情况');
  });

  it('a title with one space inside it (a PDF extractor joining two runs) is still the template title, on its own line or run in', () => {
    const parts = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const body = '本年度本局持续推进政务公开,全年发布信息58条。';
    for (const [k, part] of parts.entries())
      for (let i = 3; i < part.length; i++) {
        const spaced = parts.map((p, j) => (j === k ? `${part.slice(0, i)} ${part.slice(i)}` : p));
        const ownLines = ['槐荫区财政局2023年政府信息公开工作年度报告', ...spaced.flatMap((p) => [p, body])].join('\n');
        const runIn = `槐荫区财政局2023年政府信息公开工作年度报告 ${spaced.map((p) => `${p} ${body}`).join(' ')}`;
        for (const text of [ownLines, runIn]) {
          const s = sectionsOf(text);
          expect(s.map((x) => x.n), spaced[k]).toEqual([1, 2, 3, 4, 5, 6]);
          expect(at(s, k).heading, spaced[k]).toBe(part);
        }
      }
  });

  it('a title whose numeral lost its separator (a PDF that set 五 apart by position) is a part title on a line of its own', () => {
    const parts = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
    const numerals = '一二三四五六';
    const body = '本年度本局持续推进政务公开,全年发布信息58条。';
    for (let k = 0; k < parts.length; k++) {
      // the first part keeps its blank (一 总体情况) and one other has lost it, or all have
      for (const glued of [[k], [0, 1, 2, 3, 4, 5]]) {
        const lines = parts.map((p, j) => `${numerals[j]}${glued.includes(j) ? '' : ' '}${p}`);
        const s = sectionsOf(['槐荫区财政局2023年政府信息公开工作年度报告', ...lines.flatMap((l) => [l, body])].join('\n'));
        expect(s.map((x) => x.n), lines[k]).toEqual([1, 2, 3, 4, 5, 6]);
      }
    }
    // a line that only starts like one is none: 五是…, and a heading's words with more after them
    const prose = ['槐荫区财政局2023年政府信息公开工作年度报告', '一、总体情况', body, '五是其他需要报告的事项均已按时办结。', '三收到和处理政府信息公开申请情况良好,全年无投诉'].join('\n');
    expect(sectionsOf(prose).map((x) => x.n)).toEqual([1]);
  });

  it('a title run into a long line that a page wrapped inside the title is still the template title', () => {
    const parts = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const body = '本年度本局持续推进政务公开,全年发布信息58条。';
    for (const [k, part] of parts.entries())
      for (let i = 3; i < part.length; i++) {
        if (part.charAt(i) === '、') continue; // typesetting starts no line with it
        // one line for the report, as a page reduced to one line gives it, then wrapped inside part k's title
        const wrapped = parts.map((p, j) => (j === k ? `${part.slice(0, i)}\n${part.slice(i)}` : p));
        const text = `槐荫区财政局2023年政府信息公开工作年度报告 ${wrapped.map((p) => `${body}${p}`).join('')}${body}`;
        const s = sectionsOf(text);
        expect(s.map((x) => x.n), wrapped[k]).toEqual([1, 2, 3, 4, 5, 6]);
        expect(at(s, k).heading.replace('\n', ''), wrapped[k]).toBe(part);
      }
  });

  it('an appendix title that a page wrapped still closes the report\'s parts', () => {
    const body = '本年度全县持续推进政府信息公开,全年发布信息58条,群众满意度稳步提高。';
    const parts = ['一、概述', '二、主动公开政府信息情况', '三、政府信息依申请公开工作情况', '四、政府信息公开工作存在的主要问题及改进情况'];
    const annex = '附件1:青石县人民政府2013年政府信息公开情况统计表';
    const report = `青石县人民政府2013年政府信息公开工作年度报告 ${parts.map((p) => `${p}${body}`).join('')} 青石县人民政府 `;
    for (let i = 4; i < annex.length; i++) {
      if (/\d/.test(annex.charAt(i - 1)) && /\d/.test(annex.charAt(i))) continue; // never inside a number
      const s = sectionsOf(`${report}${annex.slice(0, i)}\n${annex.slice(i)} 指标名称 计量单位 2013年度 历年累计`);
      expect(s.map((x) => x.n), `${i}`).toEqual([1, 2, 3, 5, 6]);
      expect(at(s, 4).heading, `${i}`).toBe(annex);
    }
  });

  it('a bare title that opens a long run-together line, a space before its text, is a part title', () => {
    const body = '本年度本局持续推进政务公开,全年发布信息58条,群众满意度稳步提高。'.repeat(8);
    // the report's part titles without numbers, each on its own line but the last
    const parts = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'];
    const lines = ['槐荫区财政局2023年政府信息公开工作年度报告', ...parts.flatMap((p) => [p, body]), `存在的主要问题及改进情况 一是主动公开的时效性有待加强;二是政策解读形式较为单一。${body}`];
    const s = sectionsOf(lines.join('\n'));
    expect(s.map((x) => x.n)).toEqual([1, 2, 3, 4, 5]);
    expect(at(s, 4).heading).toBe('存在的主要问题及改进情况');
  });

  it('a title with the report\'s year before its words is still the template title', () => {
    const parts = ['一、{y}政府信息公开总体情况', '二、{y}主动公开政府信息情况', '三、{y}收到和处理政府信息公开申请情况', '四、{y}政府信息公开行政复议、行政诉讼情况', '五、{y}存在的主要问题及改进情况', '六、{y}其他需要报告的事项'];
    const body = '本年度本局持续推进政务公开,全年发布信息58条。';
    for (const year of ['2020年', '2023年度', '2022 年']) {
      const titled = parts.map((p) => p.replace('{y}', year));
      const s = sectionsOf(['槐荫区财政局2023年政府信息公开工作年度报告', ...titled.flatMap((p) => [p, body])].join('\n'));
      expect(s.map((x) => x.n), year).toEqual([1, 2, 3, 4, 5, 6]);
      expect(s.map((x) => x.heading.replace(/\s/g, '')), year).toEqual(titled.map((t) => t.replace(/\s/g, '')));
    }
  });

  it('a generic part between two named ones stays between them, whatever its text sounds like', () => {
    // 表三's part split in two: the numbers then run one ahead of the sections, so they do not decide
    const text = [
      '槐荫区财政局2023年政府信息公开工作年度报告', '一、总体情况', '本年度,本局持续推进政务公开。', '二、主动公开政府信息情况', '全年主动公开政府信息210条。',
      '三、收到和处理政府信息公开申请情况', '本年新收申请12件,均按期答复。', '四、规范答复流程,提升办理质量', '全年主动公开政府信息35条,其中政策文件5条。',
      '五、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政复议和行政诉讼。', '六、存在的主要问题及改进情况', '一是公开内容不够全面。',
      '七、其他需要报告的事项', '本机关未收取信息处理费。',
    ].join('\n');
    const n = sectionsOf(text).map((x) => x.n);
    expect([n.slice(0, 3), n.slice(4)]).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect([3, 4]).toContain(n[3]);
  });
});

describe('a table caption that repeats a part title', () => {
  it('is no part heading, even in the template’s own words (表四 政府信息公开行政复议、行政诉讼情况 under its table)', () => {
    const text = [
      '柳湾街道办事处2022年政府信息公开工作年度报告',
      '一、总体情况',
      '2022年,柳湾街道在辖区公示栏和门户网站公开各类事项,全年发布信息172条。',
      '四、因政府信息公开被申请行政复议、提起行政诉讼情况',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '|---|---|---|---|---|',
      '| 0 | 0 | 0 | 0 | 0 |',
      '表四 政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '人员不足,将加强培训。',
    ].join('\n');
    const s = sectionsOf(text);
    expect(s.map((x) => x.n)).toEqual([1, 4, 5]);
    expect(at(s, 1).heading).toBe('四、因政府信息公开被申请行政复议、提起行政诉讼情况');
  });
});
