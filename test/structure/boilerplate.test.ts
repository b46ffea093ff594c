import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../src/structure/index.js';
import { leadingChromeLength, lineWords } from '../../src/structure/boilerplate.js';

describe('page chrome lines', () => {
  const chrome = [
    '当前位置:首页 > 政务公开 > 政府信息公开年报',
    '| 当前位置:首页 |',
    '来源:青石县人民政府 2024-01-20 09:30:00',
    '发布时间: 2024-01-20 09:30',
    '2024年01月20日来源:本站',
    '字号:大 中 小',
    '[字体: ] 打印',
    '【打印】【关闭】',
    '[ 打印本页 | 关闭窗口 ]',
    '分享到:',
    '责任编辑:王某',
    '主办:青石县人民政府办公室 承办:县大数据中心',
    '网站标识码:0000000000 某ICP备00000000号-1',
    '相关词条',
    '首页 | 政务公开 | 政务服务 | 互动交流',
    '更多精彩内容欢迎扫描下方二维码关注我们!',
    '==================== 正文 ====================',
  ];
  const content = [
    '一、总体情况',
    '本年度未收取信息处理费。',
    '信息来源于各乡镇报送,经审核后发布。',
    '2024年,我局共发布信息120条。',
    '行政复议 | 行政诉讼',
    '主动公开政府信息情况',
  ];
  for (const line of chrome) it(`chrome: ${line}`, () => expect(isBoilerplateLine(line)).toBe(true));
  for (const line of content) it(`content: ${line}`, () => expect(isBoilerplateLine(line)).toBe(false));

  it('finds the chrome at the head of a page reduced to one line', () => {
    const line = '当前位置: 首页政务公开年报 青石县2023年报告 来源:青石县人民政府 时间:2024-01-20 09:30 微信 微博 相关链接: --> 根据《条例》规定编制本报告。' + '一、总体情况'.repeat(40);
    const n = leadingChromeLength(line);
    expect(line.slice(n).trim().startsWith('根据《条例》')).toBe(true);
  });
});

describe('lineWords', () => {
  it('trims what /^[\\s|]+|[\\s|]+$/g trims, Unicode spaces included, and nothing inside', () => {
    const lines = [
      '', ' ', '|', ' | | ', '\u3000\u3000当前位置：首页 > 政务公开\u00a0', '| 规章 | 0 | 0 |', '\ufeff\t一、总体情况\r',
      '\u2003\u2028|x|\u202f', 'a', '  中 间 有 空 格  ', '\u200b零宽空格不算空白\u200b',
    ];
    for (const line of lines) expect(lineWords(line)).toBe(line.replace(/^[\s|]+|[\s|]+$/g, ''));
  });

  it('gives the same answer for a line asked again (answers are remembered)', () => {
    for (let k = 0; k < 3; k++) {
      expect(isBoilerplateLine('  当前位置：首页 > 政务公开 > 年度报告  ')).toBe(true);
      expect(isBoilerplateLine('全年主动公开政府信息1280条。')).toBe(false);
    }
  });
});
