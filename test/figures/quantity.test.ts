import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/figures/quantity.js';
import { parseChineseNumeral } from '../../src/util/numerals.js';

type Row = [text: string, expected: [raw: string, value: number, unit: string | null, approx: null | 'gt' | 'lt' | 'about', upper?: number][]];

/** Figures that are quantities: every written form the reports use. */
const QUANTITIES: Row[] = [
  // Arabic numbers, separators, spaces
  ['全年公开信息3521条', [['3521条', 3521, '条', null]]],
  ['办件量为2,468件', [['2,468件', 2468, '件', null]]],
  ['主动公开信息 4127 条', [['4127 条', 4127, '条', null]]],
  ['收到申请12件,办结11件', [['12件', 12, '件', null], ['11件', 11, '件', null]]],
  ['缴纳费用0元', [['0元', 0, '元', null]]],
  // decimals and multipliers
  ['上传数据2.46万条', [['2.46万条', 24600, '条', null]]],
  ['覆盖用户1.5亿人次', [['1.5亿人次', 150000000, '人次', null]]],
  ['发送短信376万条', [['376万条', 3760000, '条', null]]],
  ['访问量超27.3万人次', [['超27.3万人次', 273000, '人次', 'gt']]],
  ['累计4万余条', [['4万余条', 40000, '条', 'gt']]],
  ['推送数据6.1万余条', [['6.1万余条', 61000, '条', 'gt']]],
  // money keeps its own scale
  ['收费金额37.5万元', [['37.5万元', 37.5, '万元', null]]],
  ['投入资金80余万元', [['80余万元', 80, '万元', 'gt']]],
  ['预算3亿元', [['3亿元', 3, '亿元', null]]],
  // Chinese numerals
  ['制定三十二件', [['三十二件', 32, '件', null]]],
  ['开设一百零五个栏目', [['一百零五个', 105, '个', null]]],
  ['印发两千份', [['两千份', 2000, '份', null]]],
  ['发布十二期', [['十二期', 12, '期', null]]],
  ['形成两种模式', [['两种', 2, '种', null]]],
  ['建立七项制度', [['七项', 7, '项', null]]],
  ['组织三万人次', [['三万人次', 30000, '人次', null]]],
  ['收到十余件', [['十余件', 10, '件', 'gt']]],
  ['二十多个部门', [['二十多个', 20, '个', 'gt']]],
  // percentages
  ['办结率97.6%', [['97.6%', 97.6, '%', null]]],
  ['同比增长18.2 %', [['18.2 %', 18.2, '%', null]]],
  ['满意率百分之九十八点五', [['百分之九十八点五', 98.5, '%', null]]],
  ['上升2.5个百分点', [['2.5个百分点', 2.5, '个百分点', null]]],
  ['达到百分之百分百', []],
  // ranges
  ['每月更新15-25条', [['15-25条', 15, '条', null, 25]]],
  ['培训40至60人次', [['40至60人次', 40, '人次', null, 60]]],
  // a reversed range is still one range (the slip is for the checks to see), not a lost figure
  ['每月更新25-15条', [['25-15条', 25, '条', null, 15]]],
  // approximations
  ['公开信息700余条', [['700余条', 700, '条', 'gt']]],
  ['40多个部门', [['40多个', 40, '个', 'gt']]],
  ['近2000条', [['近2000条', 2000, '条', 'lt']]],
  ['约15件', [['约15件', 15, '件', 'about']]],
  ['超过300篇', [['超过300篇', 300, '篇', 'gt']]],
  ['解读率95%以上', [['95%以上', 95, '%', 'gt']]],
  ['每期50人左右', [['50人左右', 50, '人', 'about']]],
  ['不足10件', [['不足10件', 10, '件', 'lt']]],
  ['5件以下', [['5件以下', 5, '件', 'lt']]],
  ['不超过3小时', [['3小时', 3, '小时', null]]],
  // units and measure words of the corpora
  ['收到申请9宗', [['9宗', 9, '宗', null]]],
  ['受理诉求86起', [['86起', 86, '起', null]]],
  ['热线电话14通', [['14通', 14, '通', null]]],
  ['检测3150批次', [['3150批次', 3150, '批次', null]]],
  ['开展活动17场次', [['17场次', 17, '场次', null]]],
  ['新增市场主体622户', [['622户', 622, '户', null]]],
  ['现行有效4部规章', [['4部', 4, '部', null]]],
  ['公开6大类信息', [['6大类', 6, '大类', null]]],
  ['15个工作日内', [['15个工作日', 15, '个工作日', null]]],
  ['连续3个季度', [['3个季度', 3, '季度', null]]],
  ['由35分钟缩至12分钟', [['35分钟', 35, '分钟', null], ['12分钟', 12, '分钟', null]]],
  ['公开政府常务会议 8\n期', [['8\n期', 8, '期', null]]],
  // a PDF line wrapped inside a compound unit, or right before the word a counter starts
  ['之日起20个工\n作日内', [['20个工\n作日', 20, '个工作日', null]]],
  ['连续3个季\n度', [['3个季\n度', 3, '季度', null]]],
  ['变更之日起20个 工作日内', [['20个 工作日', 20, '个工作日', null]]],
  ['变更之日起20个 工作 日内', [['20个 工作 日', 20, '个工作日', null]]],
  ['新增5个\n人员编制', [['5', 5, null, null]]],
  // a Chinese numeral split by a wrap is not a count after it: 第二⏎十条 is article 20, not 10 items
  ['依据第二\n十条规定', []],
  ['共收到建议二\n十件', []],
  // a blank between a Chinese numeral and its unit, as between an Arabic one and its unit
  ['共收到申请二十一 件', [['二十一 件', 21, '件', null]]],
  ['共收到申请二十一\n件', [['二十一\n件', 21, '件', null]]],
  ['办理提案三十二 件', [['三十二 件', 32, '件', null]]],
  ['一是 加强', []],
  ['三 是', []],
  ['12345热线31件', [['31件', 31, '件', null]]],
  ['召开3次会议', [['3次', 3, '次', null]]],
  ['受理2起诉讼案件', [['2起', 2, '起', null]]],
  ['覆盖17条线路', [['17条', 17, '条', null]]],
  ['编印12期刊物', [['12期', 12, '期', null]]],
  // a measure word that begins another word is none (flattened tables, 件数, 部门)
  ['予以公开 24 部分公开 6', [['24', 24, null, null], ['6', 6, null, null]]],
  ['本年制发件数 3', [['3', 3, null, null]]],
  ['协调5部门', [['5', 5, null, null]]],
  // bare numbers stay, without a unit
  ['点击量达4521', [['4521', 4521, null, null]]],
  ['本年增/减 | -2 | 0', [['-2', -2, null, null], ['0', 0, null, null]]],
];

/** Figures that are not quantities. */
const NON_QUANTITIES: string[] = [
  '2021年',
  '2022年度',
  '12月31日',
  '自2021年1月1日起至2021年12月31日止',
  '(2021-2035年)',
  '2022-07-05 09:46:03',
  '国办公开办函〔2021〕30号',
  '国务院令第711号',
  '第二十条第(一)项',
  '第十四个五年规划和二〇三五年远景目标',
  '二〇二一年',
  '联系电话:0716-8880718',
  '手机13800138000',
  '电子邮箱:xxgk2021@example.gov.cn',
  'www.example.gov.cn/2021/12/t20211231_88.html',
  '邮编:350400',
  '一是加强组织领导',
  '(一)主动公开情况',
  '(3)依申请公开',
  '1.属于国家秘密',
  '2、没有现成信息',
  '坚持五公开',
  '建设“三首之区”',
  '打造“四个中心”',
  '推进一网通办',
  '落实三同步',
  '十九届六中全会精神',
  '“十四五”规划',
  '双随机一公开',
  '三安全一稳定',
  '进一步规范',
  '统一部署',
  '通过H5等形式',
  '5G基站',
  '附件1.png',
  '召开第3次会议',
  '承办市五届政协六次会议提案',
  '三季度开展检查',
  '收到数十条留言',
  '十几个部门',
  '区十八届人大三次会议',
];

describe('parseQuantities', () => {
  it.each(QUANTITIES)('%s', (text, expected) => {
    const got = parseQuantities(text).map((q) => {
      const row: unknown[] = [q.raw, q.value, q.unit, q.approx];
      if (q.upper !== undefined) row.push(q.upper);
      return row;
    });
    expect(got).toEqual(expected);
  });

  it.each(NON_QUANTITIES)('not a quantity: %s', (text) => {
    expect(parseQuantities(text)).toEqual([]);
  });

  it('offsets point at the figure in the text', () => {
    const text = '本年度共受理申请23件,其中予以公开15件。';
    for (const q of parseQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.raw);
  });

  it('digits split by one space after a word (PDF text) give no count of the tail alone; spaced single digits are one number', () => {
    for (const text of ['收到政府信息公开申请1 23件', '主动公开政府信息2 568条', '办结12 3件']) {
      expect(parseQuantities(text).filter((q) => q.unit !== null).map((q) => q.raw), text).toEqual([]);
    }
    expect(parseQuantities('收到政府信息公开申请1 2 3件').map((q) => [q.value, q.unit])).toEqual([[123, '件']]);
    expect(parseQuantities('2023年 收到申请12件').map((q) => q.value)).toEqual([12]);
  });

  it('a comma that was a full-width comma in the original is not a thousands separator', () => {
    const text = '分别为12,345件';
    expect(parseQuantities(text, { isThousandsSeparator: () => false }).map((q) => q.value)).toEqual([12, 345]);
    expect(parseQuantities(text).map((q) => q.value)).toEqual([12345]);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['三十二', 32],
    ['一百零五', 105],
    ['两千', 2000],
    ['十', 10],
    ['十五', 15],
    ['二〇二一', 2021],
    ['一万二千', 12000],
    ['三亿五千万', 350000000],
    ['九十九点一', 99.1],
  ] as const)('%s = %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });
});
