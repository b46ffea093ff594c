/** Vocabularies for the reader's metadata guess: report titles, agency names, layout markers. */

/**
 * The report-title phrase after the year: 政府信息公开工作年度报告 and its variants (…工作的年度报告, …工作情况的报告). A title
 * wrapped over two lines may break inside the phrase (政府信息公开\n工作年度报告).
 */
export const TITLE_PHRASE = String.raw`(?:本级)?(?:政府)?(?:信息|政务)\s?公开\s?(?:工作)?(?:情况的|的)?\s?(?:年度)?\s?(?:工作)?\s?(?:报告|年报)`;

/** Labelled metadata lines of web pages and archives: 来源: 沙市区人民政府 2022-07-05. */
export const SOURCE_LABELS = ['来源', '信息来源', '发布机构', '发布单位', '发文机关', '发文单位', '发布部门', '编制单位'];

/**
 * Labels of a web page's links to other pages (上一篇:…, 相关文章 above a list): a report title after one of them, once
 * the report's text has begun, is another report's.
 */
export const PAGE_LINK_LABELS = [
  '上一篇', '下一篇', '上一条', '下一条', '上篇', '下篇', '相关文章', '相关链接', '相关阅读', '相关信息', '相关文件', '相关稿件',
  '推荐阅读', '延伸阅读', '热点信息', '猜你喜欢', '相关报告', '相关年报', '往年报告', '往年年报', '历年报告', '历年年报', '往期回顾',
];

/** A line a link label leads (上一篇:…, 相关文章): a link to another page, not the report's text. */
export const PAGE_LINK_LINE = new RegExp(String.raw`^[ \t]*(?:${PAGE_LINK_LABELS.join('|')})(?=[:：\s]|$)`);

/** Verbs that introduce a title in the preamble (现公布XX2021年政府信息公开工作年度报告). */
export const TITLE_INTRO = /^.*?(?:特向社会公布|向社会公布|现予公布|现公布|现发布|现将|公布|发布|特编制|现编制|认真编制|编制完成了?|编制了)/;

/** Endings of an issuing body's name, longest first. */
export const AGENCY_SUFFIXES = [
  '人民政府办公室', '人民政府办公厅', '管委会办公室', '管理委员会办公室', '政府办公室', '政府办公厅', '人民政府', '海关',
  '管理委员会', '管委会', '街道办事处', '办事处', '委员会', '办公室', '办公厅', '服务中心', '中心', '政府',
  '局', '委', '办', '厅', '院', '署', '所', '站', '队', '社', '会', '部', '处', '馆', '行', '司',
];

/** Endings of a bare place (the body is then the place's government, if the text names it). */
export const PLACE_SUFFIXES = [
  '经济技术开发区', '经济开发区', '高新技术产业开发区', '高新区', '开发区', '工业园区', '园区', '新区', '实验区',
  '街道', '省', '市', '县', '区', '旗', '州', '盟', '镇', '乡', '街',
];

/** What a place's own government is called, longest first: 上海市 → 上海市人民政府. */
export const PLACE_BODY_SUFFIXES = [
  '人民政府办公室', '人民政府办公厅', '管委会办公室', '管理委员会办公室', '人民政府', '管理委员会', '管委会', '街道办事处', '办事处',
];

/** A name that only refers to a body (区政府办公室, 我局, 本单位): the text does not say which. */
export const ABBREVIATED_NAME = /^(?:我|本|该|全|各|[省市区县镇乡](?:人民)?政府|[省市区县](?:委|管委会|党工委)|区管委会)/;

/** How a department's report refers to itself (我局收到申请3件, 本委), counted over the text. */
export const DEPARTMENT_SELF = /[我本](?:局|委|中心)/g;
/** How a township's or street's report refers to itself (我镇, 本乡, 我街道). */
export const TOWNSHIP_SELF = /[我本](?:镇|乡|街道)/g;
/** How a government's own report refers to itself (本机关, 本级政府, 我县人民政府): then a department's words are quoted. */
export const GOVERNMENT_SELF = /本机关|本级政府|[我本][省市县区](?:人民)?政府(?!办公)/;

/** Separators of a breadcrumb or a menu line (首页 > 信息公开 > 年报): such a line is not wrapped prose. */
export const NAVIGATION_MARKS = /[>|»›]/;

/**
 * Words that show a span is not a name (a document title, a website). 工作 is one unless it is the last word before
 * the body's own ending (资阳市同城化发展工作局, 金融工作办公室, 社会工作部).
 */
export const NOT_A_NAME = /关于|通知|意见|报告|公开|网站|官方|印发|编制|做好|根据|按照|认真|贯彻|工作(?!(?:局|委员会|委|办公室|办|部)$)|条例|规定|年度|\d{4}/;

/** Verbs that follow the subject in a report's first sentence: 2024年,长春市人民政府办公厅坚持…. */
export const SUBJECT_VERBS = [
  '认真', '坚持', '严格', '深入', '按照', '在', '以', '紧紧', '全面', '持续', '进一步', '围绕', '高度', '始终', '着力',
  '立足', '紧扣', '不断', '扎实', '积极', '聚焦', '依法', '根据',
];

/** Words of a notice about reports (关于做好2021年…报告编制工作的通知): such a phrase is not this report's title. */
export const NOTICE_WORDS = /关于|通知|做好|编制|印发/;

/**
 * Verbs of a notice that forwards a report (XX县人民政府办公室关于印发《XX县2023年政府信息公开工作年度报告》的通知): the
 * report is the body's its title names, not the issuer's; the issuer only sends it out.
 */
export const FORWARDING_VERBS = ['印发', '公布', '发布', '公开', '转发'];
/** What follows the title phrase only in a notice about reports, never after a report's own title (…年度报告的通知, …年度报告编制). */
export const NOTICE_ONLY_TAILS = ['的通知', '编制'];
/** What else may follow it in a notice about reports (…年度报告工作的通知, …年度报告有关事项). */
export const NOTICE_TAILS = ['工作的', '有关'];
/** What closes a forwarded title: the closing mark and 的通知. */
export const FORWARDING_TAIL = /^\s?[》〉>”"]?\s?的?通知/;
/** A government's office, which forwards its government's report by notice and is then not the report's body. */
export const FORWARDING_OFFICE = /办公[室厅]$/;

/**
 * The date under a signature at a report's end: 2024年1月18日, 二〇二四年一月十八日, 2024-01-18, 2024.1.18, 2024/01/18.
 * Matched on the line without its spaces.
 */
export const SIGNATURE_DATE = new RegExp(
  String.raw`(?:(?:(?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})年[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})`,
);

/** The six section headings of the 2019/2021 layouts (keywords, matched after 一、 … 六、). */
export const SECTION_KEYWORDS: [number, RegExp][] = [
  [1, /^总体情况|^概述/],
  [2, /主动公开政府信息/],
  [3, /收到和处理政府信息公开申请|依申请公开/],
  [4, /行政复议|行政诉讼/],
  [5, /存在的?主要问题|问题[及和与]改进|存在问题/],
  [6, /其他需要报告/],
];

/** A table word that may be broken over lines or spaced out in flattened tables (本年制发\n件数). */
const spaced = (word: string) => new RegExp(word.split('').map((c) => c.replace(/[()/]/g, '\\$&')).join('\\s*'));

/** Layout evidence: 表二 column words and the notices that define each layout. Weighted: columns 2, citations 1. */
export const LAYOUT_2021_MARKERS: [RegExp, number][] = [
  ...['本年制发件数', '本年废止件数', '本年处理决定数量', '本年收费金额'].map((w): [RegExp, number] => [spaced(w), 2]),
  [/〔2021〕\s?30\s?号/, 1],
];
export const LAYOUT_2019_MARKERS: [RegExp, number][] = [
  ...['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量', '采购总金额'].map((w): [RegExp, number] => [spaced(w), 2]),
  [/本年增\s*\/?\s*减/, 2],
  [/第二十条第\s?\(九\)\s?项/, 2],
  [/〔2019〕\s?60\s?号/, 1],
];

/** Parts of the 2008-regulation outline that no later layout has. */
export const LEGACY_STRONG_MARKERS = [/收费及减免/, /政府信息公开情况统计表/, /依申请公开政府信息和不予公开政府信息/];
/** Old-outline phrases that also occur later: legacy only with a pre-2019 year or none. */
export const LEGACY_WEAK_MARKERS = [
  /《指南》和《目录》/, /政府信息公开指南和(?:政府信息公开)?目录/, /查阅场所/, /政府信息公开总体工作情况/, /历年累计/,
  /政府信息依申请公开工作情况/, /依申请公开情况/, /不予公开政府信息的?情况/,
];

/** A department work summary (工作总结), which follows no report layout. */
export const WORK_SUMMARY_TITLE = /总结/;

/** Statistics period sentences: 统计期限自2021年1月1日起至2021年12月31日止 (its month and day in Chinese numerals too). */
export const PERIOD_YEAR = [
  /统计(?:数据的?)?(?:期限|时间|期|区间|周期)[^。\n]{0,24}?((?:19|20)\d\d)\s?年\s?(?:1|一)\s?月\s?(?:1|一)\s?日/,
  /((?:19|20)\d\d)\s?年\s?(?:1|一)\s?月\s?(?:1|一)\s?日\s?(?:起\s?)?(?:至|到|-|—)\s?(?:(?:19|20)\d\d\s?年\s?)?(?:12|十二)\s?月\s?(?:31|三十一)\s?日/,
];

/**
 * Verbs before a report's title quoted in its own opening (我镇编制了《…年度报告》, 现将《…》予以公布): the title is the
 * report's. Any other quoted title (对照《…2021年…报告》提出的问题) may be another report's, cited.
 */
export const OWN_REPORT_VERBS: readonly string[] = ['编制', '现将', '公布', '发布', '形成', '撰写', '制作', '印发', '报送'];
