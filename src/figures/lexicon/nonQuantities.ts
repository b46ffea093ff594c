/**
 * Figures that are not quantities: slogans and set phrases, ordinals, dates, codes, list numbering.
 * Data only; src/figures/quantity.ts applies it.
 */

/**
 * Set phrases with a numeral inside (slogans, policy names, meeting names). A figure inside one of these
 * is never a quantity. Simplified characters.
 */
export const SET_PHRASES: readonly string[] = [
  '五公开', '三首之区', '四个中心', '一网通办', '一网统管', '一网协同', '三同步', '四同步', '十四五', '十三五', '十二五',
  '十五五', '三安全一稳定', '双随机一公开', '一件事', '一次办', '一次性', '一窗', '一门', '一网', '一张网', '一站式',
  '一体化', '一号通', '一码通', '一证通', '一键', '最多跑一次', '只进一扇门', '两个确立', '两个维护', '四个意识',
  '四个自信', '两学一做', '三会一课', '三重一大', '五位一体', '四个全面', '一带一路', '一把手', '一线', '一律',
  '一致', '一般', '一定', '一些', '一切', '一直', '一并', '一起', '一方面', '一系列', '一批批', '一项项', '一揽子',
  '进一步', '统一', '唯一', '之一', '第一', '万一', '一对一', '点对点', '一年来', '三类内部事务', '四类过程性',
  '三公', '三公经费', '两会', '两微一端', '两微', '三农', '三务', '六稳', '六保', '八项规定', '七五普法', '八五普法',
  '互联网+', '12345', '12315', '12380', '12369', '110', '二十大', '十九大', '十八大', '百姓', '千方百计', '万众',
  '百分百', '十大', '九龙', '三门', '五指', '四平', '六盘', '九江', '三明', '十堰', '万州', '千岛',
];

/** The report's own outline (等六部分组成, 从以下五个方面): structural, not a counted figure. */
// 等六个部分 closes the outline sentence of the preamble as often as 六个部分组成 does
export const OUTLINE_PHRASES: readonly string[] = ['部分组成', '个部分组成', '个部分', '部分内容', '个方面', '方面'];

/** Characters that, right after a number, make it a date or time rather than a quantity. */
export const DATE_SUFFIXES: readonly string[] = ['年', '月', '日', '号', '时', '点', '届', '世纪', '周岁', '岁'];

/** Words right before a number that make it an ordinal, a code or a reference. */
export const ORDINAL_PREFIXES: readonly string[] = ['第', '令第', '编号', '文号', '字', '号楼', '序号', 'No', 'NO', '№'];

/** Words before a long number (five digits or more) that make it a code: 电话12345678, 邮编350400. */
export const CODE_PREFIXES: readonly string[] = ['邮编', '邮政编码', '电话', '传真', '手机', '账号', '代码'];

/** Hotline and service numbers that precede a noun (12345热线) rather than count. */
export const SERVICE_NUMBER_FOLLOWERS: readonly string[] = ['热线', '平台', '便民', '政务服务', '专线', '服务热线'];

/**
 * A pattern of whole spans that are not quantities, with `needs`: strings of which every match contains at
 * least one (null: none to name). A report holding none of them cannot match, so its scan is skipped; the
 * patterns run over every report's whole text.
 */
export interface NonQuantitySpan {
  pattern: RegExp;
  needs: readonly string[] | null;
}

/**
 * Whole spans that are not quantities; everything a match covers is excluded.
 * Dates and date ranges, document numbers, phone numbers, e-mail and web addresses, article references.
 */
export const NON_QUANTITY_SPANS: readonly NonQuantitySpan[] = [
  // 2021-2035年, 2021年1月1日, 2021-12-31, 2021.12.31, 2021/12/31
  { pattern: /\d{4}\s*[-—~至到]\s*\d{4}\s*年/g, needs: ['年'] },
  { pattern: /\d{4}\s*年(?:度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?/g, needs: ['年'] },
  { pattern: /\d{1,2}\s*月\s*\d{1,2}\s*[日号]?/g, needs: ['月'] },
  { pattern: /\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g, needs: ['-', '.', '/'] },
  { pattern: /\d{1,2}:\d{2}(?::\d{2})?/g, needs: [':'] },
  // document numbers: 〔2021〕30号, [2021]30号, (2021)30号, 国令第711号, 第5号
  { pattern: /[〔\[［【(]\s*\d{4}\s*[〕\]］】)]\s*\d+\s*号?/g, needs: ['〔', '[', '［', '【', '('] },
  { pattern: /第\s*[\d一二三四五六七八九十百千零〇两]+\s*(?:号|条|款|项|章|节|期|次|届|批|个|部分|页|册|卷|篇)?/g, needs: ['第'] },
  // meeting names: 五届政协六次会议, 十四届人大二次会议, 十九届六中全会 (ordinals without 第)
  { pattern: /[一二三四五六七八九十\d]+届[^,。;\n]{0,12}?[一二三四五六七八九十\d]+(?:次(?:全体)?会议|中全会)/g, needs: ['届'] },
  // vague magnitudes: 数十条, 几百人, 十几个 (no value can be stated)
  { pattern: /[数几][十百千万]+|[十百千]几/g, needs: ['数', '几'] },
  // quarters as ordinals: 一季度, 4季度 (a count says 4个季度)
  { pattern: /[一二三四1-4]\s*季度/g, needs: ['季度'] },
  // article references: 第二十条第(一)项
  { pattern: /第[一二三四五六七八九十百零〇\d]+条(?:第[(（][一二三四五六七八九十\d]+[)）]项)?/g, needs: ['条'] },
  // phone numbers: 0716-8880718, 010-12345678, 13812345678, 400-123-4567
  { pattern: /(?<!\d)0\d{2,3}[-—\s]?\d{7,8}(?:[-转]\d{1,5})?(?!\d)/g, needs: null },
  { pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/g, needs: null },
  { pattern: /(?<!\d)[48]00[-\s]?\d{3}[-\s]?\d{4}(?!\d)/g, needs: null },
  // PDF page markers on a line of their own: - 3 -, —3—
  { pattern: /(?:^|\n)\s*[-—–]\s*\d{1,3}\s*[-—–]\s*(?=\n|$)/g, needs: ['-', '—', '–'] },
  // paths and URL fragments without a scheme: zwgk/zfxxgknb/202403/87885_x
  { pattern: /[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+/g, needs: ['/'] },
  // e-mail, web addresses, file names
  { pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, needs: ['@'] },
  { pattern: /(?:https?:\/\/|www\.)[^\s\u4e00-\u9fff，。,;；)）]+/g, needs: ['http', 'www.'] },
  { pattern: /[A-Za-z0-9_-]+\.(?:png|jpg|jpeg|gif|pdf|doc|docx|xls|xlsx|htm|html|shtml)/gi, needs: ['.'] },
  // identifiers mixing letters and digits (H5, G20, 5G, COVID-19)
  { pattern: /[A-Za-z]+[-_]?\d+[A-Za-z\d]*|\d+[A-Za-z]+/g, needs: null },
  // list numbering: (一) (1) 1. 1、 ① at the start of an item
  { pattern: /[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]/g, needs: ['(', '（'] },
  { pattern: /(?<![\d.])\d{1,2}\s*[.．](?![\d%])/g, needs: ['.', '．'] },
  { pattern: /(?:^|[\n。;；:：\s|,，])\s*\d{1,2}\s*、(?!\d)/g, needs: ['、'] },
  { pattern: /[一二三四五六七八九十]+(?:是|要|则|来|方面|、)/g, needs: ['是', '要', '则', '来', '方', '、'] },
];

export const NON_QUANTITY_PATTERNS: readonly RegExp[] = NON_QUANTITY_SPANS.map((s) => s.pattern);
