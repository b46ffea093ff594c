/**
 * Synthetic reports written for these tests (invented agency, wording and numbers).
 */
import { SECTION_TITLES } from '../../src/model/sections.js';
import { at } from '../../src/util/at.js';

export interface SyntheticOptions {
  /** Heading numbering: 一、 (default), 一. , 一, , 一␠, 第一部分, or none. */
  numbering?: 'dun' | 'dot' | 'comma' | 'space' | 'part' | 'none';
  /** Long template variants (行政机关…/因政府信息公开工作被申请…/政府信息公开工作存在的…). */
  long?: boolean;
  /** Headings run into the paragraph that follows them. */
  runIn?: boolean;
  /** The whole report on one line. */
  oneLine?: boolean;
  /** Web-page chrome before and after the report. */
  chrome?: boolean;
}

const CN = ['一', '二', '三', '四', '五', '六'];

/** The template's own titles. */
export const SHORT_HEADINGS: readonly string[] = ([1, 2, 3, 4, 5, 6] as const).map((n) => SECTION_TITLES[n]);
export const LONG_HEADINGS = [
  '总体情况',
  '行政机关主动公开政府信息情况',
  '行政机关收到和处理政府信息公开申请情况',
  '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  '政府信息公开工作存在的主要问题及改进情况',
  '其他需要报告的事项',
];

function numbered(k: number, words: string, numbering: SyntheticOptions['numbering']): string {
  switch (numbering) {
    case 'dot':
      return `${CN[k]}.${words}`;
    case 'comma':
      return `${CN[k]},${words}`;
    case 'space':
      return `${CN[k]} ${words}`;
    case 'part':
      return `第${CN[k]}部分 ${words}`;
    case 'none':
      return words;
    default:
      return `${CN[k]}、${words}`;
  }
}

/** Section bodies, one array of paragraphs per section. */
export const BODIES: string[][] = [
  [
    '本年度,青石县农业农村局坚持把政务公开作为转变作风的抓手,健全领导小组,明确专人负责,全年召开专题会议三次。',
    '(一)主动公开。依托县政府门户网站发布通知公告、项目审批和惠农补贴信息共812条,政策解读材料与文件同步上网。',
    '(二)依申请公开。畅通网上、信函和当面三种申请渠道,规范登记、审核、答复各环节,全部在法定期限内办结。',
    '(三)政府信息管理。落实发布前保密审查,对失效文件及时标注,动态更新信息公开指南和目录。',
    '(四)平台建设。整合政务新媒体账号,关停更新缓慢的公众号两个,网站栏目按季度检查。',
    '(五)监督保障。把政务公开纳入年度目标考核,组织业务培训两期,参训人员六十余人次。',
  ],
  [
    '第二十条第(一)项',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
    '规章 | 0 | 0 | 0',
    '行政规范性文件 | 4 | 1 | 19',
    '第二十条第(五)项',
    '行政许可 | 356',
    '第二十条第(八)项',
    '行政事业性收费 | 12.5',
  ],
  [
    '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)',
    '一、本年新收政府信息公开申请数量 | 17 | 2 | 0 | 0 | 0 | 0 | 19',
    '二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
    '三、本年度办理结果 | (一)予以公开 | 9 | 1 | 0 | 0 | 0 | 0 | 10',
    '(三)不予公开 | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0',
    '(七)总计 | 18 | 2 | 0 | 0 | 0 | 0 | 20',
    '四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
  ],
  [
    '行政复议 | 行政诉讼',
    '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计',
    '1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
  ],
  [
    '本年度存在的问题:一是部分股室信息报送不及时,二是政策解读形式比较单调,三是基层站所公开栏更新慢。',
    '改进措施:下一年我局将健全信息报送通报制度,增加图解和短视频解读,并每季度抽查基层公开栏。',
  ],
  ['本年度未收取信息处理费。对人大代表建议和政协提案的办理结果均已公开。'],
];

export const PREAMBLE = [
  '青石县农业农村局2023年政府信息公开工作年度报告',
  '根据《中华人民共和国政府信息公开条例》规定,编制本报告。全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。',
];

export const CHROME_BEFORE = ['当前位置:首页 > 政务公开 > 年度报告', '来源:青石县农业农村局 发布时间:2024-01-20', '字号:大 中 小'];
export const CHROME_AFTER = ['【打印】【关闭】', '分享到:', '责任编辑:王某', '主办:青石县人民政府 网站标识码:0000000000 某ICP备00000000号'];

export function syntheticReport(opts: SyntheticOptions = {}): { text: string; headings: string[] } {
  const words = opts.long ? LONG_HEADINGS : SHORT_HEADINGS;
  const headings = words.map((w, k) => numbered(k, w, opts.numbering));
  const lines: string[] = [];
  if (opts.chrome) lines.push(...CHROME_BEFORE);
  lines.push(...PREAMBLE);
  headings.forEach((h, k) => {
    const body = at(BODIES, k);
    if (opts.runIn) {
      lines.push(h + at(body, 0), ...body.slice(1));
    } else {
      lines.push(h, ...body);
    }
  });
  if (opts.chrome) lines.push(...CHROME_AFTER);
  const text = opts.oneLine ? lines.join(' ') : lines.join('\n');
  return { text, headings };
}

/** A report in the pre-2019 style (2008 regulations), parts numbered 一 to 七. */
export const LEGACY_REPORT = [
  '青石县民政局2016年政府信息公开工作年度报告',
  '本报告依据《中华人民共和国政府信息公开条例》编制,统计期限为2016年1月1日至12月31日。',
  '一、概述',
  '2016年,我局调整了信息公开工作领导小组,修订了公开指南,在县政府网站开设救助政策专栏。',
  '二、主动公开政府信息情况',
  '全年主动公开政府信息356条,其中机构职能类21条,业务动态类240条,其他类95条。',
  '三、依申请公开政府信息情况',
  '全年收到公开申请4件,均已按期答复。',
  '四、政府信息公开的收费及减免情况',
  '本年度未向申请人收取任何费用。',
  '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
  '本年度未发生相关行政复议和行政诉讼案件。',
  '六、政府信息公开工作存在的主要问题和改进措施',
  '信息更新还不够及时,下一步将落实专人每周检查栏目。',
  '七、其他需要报告的事项',
  '无。',
].join('\n');

/** A department work summary: generic part headings. */
export const SUMMARY_REPORT = [
  '青石县水利局2015年政务公开工作总结',
  '今年以来,我局按照县委县政府的部署,扎实推进政务公开工作,现总结如下。',
  '一、加强组织领导',
  '局党组把政务公开列入重要议事日程,成立了以局长为组长的领导小组,各股室明确一名联络员。',
  '二、主动公开水利工程建设信息',
  '全年主动公开水利项目招投标和资金使用信息120条,在公示栏张贴工程进度公告。',
  '三、存在的不足',
  '个别股室对公开工作重视不够,信息报送不及时。',
  '四、明年工作打算',
  '进一步健全制度,加强培训,按时更新网站栏目。',
].join('\n');
