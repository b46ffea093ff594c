/**
 * Vocabulary of the standard tables (表二, 表三, 表四): row-label variants as printed in the wild, the group
 * headings of 表三, column-header words that decide the layout, and phrases that are never cells.
 *
 * Row labels are matched tolerantly (string similarity, see ../labels.ts) against `variants`; list here the
 * wordings that drift in real reports (missing 属于, 行政 prefix, shortened forms) rather than coding them.
 */
import { DASHED_PAGE_NUMBER, PRINTED_PAGE_NUMBERS, RUNNING_TITLE } from '../../read/lexicon/pages.js';
import { T3_ROWS, type T3Group } from '../../model/metrics.js';

export interface RowSpec {
  /** Metric-key suffix: for 表三 the row part of t3.<col>.<row>; for 表二 the key stem below `t2.`. */
  key: string;
  variants: readonly string[];
  /** 表三: group of the row, used with the last group heading seen to tell short labels apart. */
  group?: T3Group;
  /** Short labels (其他, 总计) match only inside their context (group seen / rows already read). */
  needsContext?: boolean;
  /**
   * Matched by its whole wording only, never by a similar ending: a group heading (其他处理) whose cell a PDF
   * wrapped leaves its tail beside a row's numbers (他处理 0 0 0), which is no heading.
   */
  whole?: true;
}

/** 表三 rows in printed order (2021 layout), with variants beyond the catalogue names. */
const T3_EXTRA: Record<string, readonly string[]> = {
  new_received: ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请', '本年新收申请数量'],
  carried_over: ['上年结转政府信息公开申请数量', '上年结转政府信息公开申请', '上年结转申请数量'],
  granted: ['予以公开'],
  partial: ['部分公开', '部分公开区分处理的只计这一情形不计其他情形'],
  'denied.state_secret': ['属于国家秘密', '国家秘密'],
  'denied.law_forbidden': ['其他法律行政法规禁止公开', '法律行政法规禁止公开'],
  'denied.three_safety': ['危及三安全一稳定', '危及国家安全公共安全经济安全社会稳定'],
  'denied.third_party': ['保护第三方合法权益', '第三方合法权益'],
  'denied.internal_affairs': ['属于三类内部事务信息', '三类内部事务信息'],
  'denied.process_info': ['属于四类过程性信息', '四类过程性信息'],
  'denied.enforcement_file': ['属于行政执法案卷', '行政执法案卷'],
  'denied.query_matter': ['属于行政查询事项', '行政查询事项'],
  'unable.not_held': ['本机关不掌握相关政府信息', '本机关不掌握相关信息', '不掌握相关政府信息'],
  'unable.needs_creation': ['没有现成信息需要另行制作', '没有现成信息'],
  'unable.unclear': ['补正后申请内容仍不明确', '申请内容不明确'],
  'not_processed.petition': ['信访举报投诉类申请'],
  'not_processed.repeated': ['重复申请'],
  'not_processed.publication': ['要求提供公开出版物'],
  'not_processed.excessive': ['无正当理由大量反复申请'],
  'not_processed.confirm': ['要求行政机关确认或重新出具已获取信息', '要求行政机关确认或重新出具'],
  'other.no_correction': [
    '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请',
    '申请人无正当理由逾期不补正',
  ],
  'other.no_fee': [
    '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请',
    '申请人逾期未按收费通知要求缴纳费用',
  ],
  'other.other': ['其他'],
  total_processed: ['总计'],
  carried_forward: ['结转下年度继续办理', '结转下年度继续办理的申请'],
};

export const T3_ROW_SPECS: readonly RowSpec[] = T3_ROWS.map((r) => ({
  key: r.key,
  variants: T3_EXTRA[r.key] ?? [r.name],
  ...(r.group ? { group: r.group } : {}),
  ...(r.key === 'other.other' || r.key === 'total_processed' ? { needsContext: true } : {}),
}));

/** Group headings of 表三 (三)–(六); a printed value row under one of them is the group sum itself. */
export const T3_GROUP_SPECS: readonly RowSpec[] = [
  { key: 'denied', variants: ['不予公开'], group: 'denied', whole: true },
  { key: 'unable', variants: ['无法提供'], group: 'unable', whole: true },
  { key: 'not_processed', variants: ['不予处理'], group: 'not_processed', whole: true },
  { key: 'other', variants: ['其他处理'], group: 'other', whole: true },
];

/** 表三 rows of the 2021 layout in order, and of the single-(六) form (2019 layout, and some 2021 reports). */
export const T3_ORDER_2021: readonly string[] = T3_ROWS.map((r) => r.key);
export const T3_ORDER_SINGLE_OTHER: readonly string[] = [
  ...T3_ROWS.filter((r) => !r.layouts && r.key !== 'total_processed' && r.key !== 'carried_forward').map((r) => r.key),
  'other',
  'total_processed',
  'carried_forward',
];

export interface T2RowSpec extends RowSpec {
  /** Column keys in printed order; the metric key is t2.<key>.<col>, or t2.<key> when `single`. */
  columns: readonly string[];
  single?: boolean;
}

export const T2_ROWS_2021: readonly T2RowSpec[] = [
  { key: 'regulations', variants: ['规章'], columns: ['issued', 'repealed', 'in_force'] },
  { key: 'normative', variants: ['行政规范性文件', '规范性文件'], columns: ['issued', 'repealed', 'in_force'] },
  { key: 'licensing', variants: ['行政许可'], columns: ['value'], single: true },
  { key: 'punishment', variants: ['行政处罚'], columns: ['value'], single: true },
  { key: 'coercion', variants: ['行政强制'], columns: ['value'], single: true },
  { key: 'fees', variants: ['行政事业性收费'], columns: ['value'], single: true },
];

export const T2_ROWS_2019: readonly T2RowSpec[] = [
  { key: 'regulations', variants: ['规章'], columns: ['made', 'published', 'public_total'] },
  { key: 'normative', variants: ['规范性文件', '行政规范性文件'], columns: ['made', 'published', 'public_total'] },
  { key: 'licensing', variants: ['行政许可'], columns: ['prev_items', 'change', 'decisions'] },
  { key: 'other_services', variants: ['其他对外管理服务事项', '其他对外管理服务'], columns: ['prev_items', 'change', 'decisions'] },
  { key: 'punishment', variants: ['行政处罚'], columns: ['prev_items', 'change', 'decisions'] },
  { key: 'coercion', variants: ['行政强制'], columns: ['prev_items', 'change', 'decisions'] },
  { key: 'fees', variants: ['行政事业性收费'], columns: ['prev_items', 'change'] },
  { key: 'procurement', variants: ['政府集中采购'], columns: ['items', 'amount'] },
];

/**
 * 2019-layout cells that answer the same question as a 2021 key; the gold labels and prose checks use the
 * 2021 names for them, so they are also emitted under those names (as derived cells).
 */
export const T2_2019_ALIASES: readonly { from: string; to: string }[] = [
  { from: 't2.regulations.made', to: 't2.regulations.issued' },
  { from: 't2.regulations.public_total', to: 't2.regulations.in_force' },
  { from: 't2.normative.made', to: 't2.normative.issued' },
  { from: 't2.normative.public_total', to: 't2.normative.in_force' },
  { from: 't2.licensing.decisions', to: 't2.licensing' },
  { from: 't2.punishment.decisions', to: 't2.punishment' },
  { from: 't2.coercion.decisions', to: 't2.coercion' },
];

/** Column-header words that mark the 表二 layout (compared without spaces). */
export const T2_LAYOUT_CUES: Record<'2021' | '2019', readonly string[]> = {
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额'],
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '政府集中采购', '采购项目数量', '其他对外管理服务事项', '第二十条第(九)项'],
};

/**
 * Column-header words of one 第二十条 block (compared without spaces): which layout's columns the rows under it
 * have. A table may mix them (a 2019-layout table whose (一) block already has the 2021 columns).
 */
export const T2_BLOCK_CUES: Record<'2021' | '2019', readonly string[]> = {
  '2021': ['本年制发', '本年废止', '现行有效', '本年处理决定', '本年收费金额'],
  '2019': ['新制作', '新公开', '对外公开总', '上一年项目', '本年增/减', '本年增减', '采购项目数量', '采购总金额'],
};
/**
 * Column-header words of each 表二 column (compared without spaces): the order a block's header prints them in is the
 * order of its cells, when a body moved a column (现行有效件数 | 本年制发件数 | 本年废止件数).
 */
export const T2_COLUMN_CUES: Readonly<Record<string, readonly string[]>> = {
  issued: ['本年制发', '制发件数'],
  repealed: ['本年废止', '废止件数'],
  in_force: ['现行有效'],
  made: ['新制作'],
  published: ['新公开'],
  public_total: ['对外公开总'],
  prev_items: ['上一年项目'],
  change: ['本年增/减', '本年增减'],
  decisions: ['处理决定'],
};

/** Words opening a new 第二十条 block (its header, if any, follows). */
export const T2_BLOCK_START = /第二十条/;

/**
 * Header words of 表四 (may be broken across lines in PDF text: 结果维 / 持); cells follow the first one. A header
 * printed one character a line in narrow columns reads across as the words' first characters: 结 结 其 尚 (in a PDF grid
 * cell, 结结其尚).
 */
export const T4_HEADER = /结\s*果\s*(?:维|纠|其)|尚\s*未\s*审|结\s*结\s*其\s*尚/;

/** Words that tell which standard table a reader grid holds, checked in this order. */
export const GRID_CUES: readonly { id: 't2' | 't3' | 't4'; cue: RegExp }[] = [
  { id: 't3', cue: /本年新收|予以公开|上年结转/ },
  { id: 't2', cue: /第二十条|规章|行政许可|行政事业性收费/ },
  { id: 't4', cue: /行政复议|结果维持|行政诉讼/ },
];

/**
 * Where each table begins and the headings of its section (regular expressions over normalised text). A part's
 * numeral is followed by 、 or a point, or by a blank where a converter dropped the 、 (## 三 收到和处理…), but not
 * as a table's caption (表三 收到和处理…, printed above or below it).
 */
export const TABLE_MARKERS = {
  t2Heading: /(?:[二2]\s*[、.]|(?<!表)二\s)\s*(?:行政机关)?主动公开政府信息(?:的)?情况/g,
  t2Item: /第二十条\s*第?\s*\(\s*一\s*\)\s*项/g,
  t2Header: /信息内容/g,
  t3Heading: /(?:[三3]\s*[、.]|(?<!表)三\s)\s*(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况/g,
  t3Start: /勾稽关系|申请人情况|本年新收政府信息公开申请数量/g,
  t4Heading: /(?:[四4]\s*[、.]|(?<!表)四\s)\s*[^\n。]{0,16}?行政复议[^\n。]{0,12}行政诉讼[^\n。]{0,4}情况/g,
  t4Start: /行政复议[^\n。]{0,12}行政诉讼|行政复议\s*\|?\s*\n?\s*行政诉讼/g,
  section5Heading: /[五5]\s*[、.,]\s*[^\n。]{0,16}(?:问题|改进)|[六6]\s*[、.,]\s*其他需要报告/g,
} as const;

/** Lines that are page furniture inside a table (PDF page numbers such as `-2-`, `- 3 -` or 第3页). */
export const PAGE_MARKER = new RegExp(String.raw`^\s*(?:${PRINTED_PAGE_NUMBERS.join('|')})\s*$`);
/**
 * A report's title repeated inside a table, as a running header a text copied out of a PDF keeps at each page's top
 * (XX区2021年政府信息公开工作年度报告): page furniture, never a row (its year is no cell).
 */
export const RUNNING_TITLE_IN_TABLE = new RegExp(RUNNING_TITLE);
/** The same run into a line with its page's number (a page run together: …维持 2024 年…年度报告 - 16 - 结果…). */
export const RUNNING_TITLE_PAGE = new RegExp(String.raw`(?<=^|\s)${RUNNING_TITLE}\s*${DASHED_PAGE_NUMBER}`, 'g');
/** A page number left inside a line when the text lost its line breaks (`…另行制作 -3- 3.要求提供…`): a word of its own. */
export const PAGE_MARKER_WORD = new RegExp(`^${DASHED_PAGE_NUMBER}$`);

/** Parenthesised notes inside headers that hold digits which are not cells (保留4位小数). */
export const HEADER_NOTE = /\([^()\n]{0,30}(?:单位|小数|万元)[^()\n]{0,30}\)/g;

/**
 * Measure words of a count a cell may print after its number (a grid cell reading 193件): the cell is that number.
 * Money (元, 万元) is left out: a cell's amount in another unit than its header's would be read at the wrong scale.
 */
export const CELL_COUNT_UNIT = /^(?:件次|人次|件|个|条|项|次|宗|篇|份)$/;

/** Unit words that may follow a cell's number (行政事业性收费 0元). */
export const UNIT_SUFFIX = /^(?:万元|元|件|个|条|项|%|人次|次|年|月|日)/;
/** The words of a date after its numbers (2023年, 1月, 20日): a number they follow is never a cell. */
export const DATE_UNIT = /[年月日]/;
/** Suffixes that mark a number as prose or a date rather than a cell (…申请行政复议1件, 2018年). */
export const PROSE_SUFFIX = /^(?:件|个|条|项|人次|次|年|月|日)$/;

/** Cell texts that stand for "nothing printed"; CellKind for each. No prototype: a cell reading "constructor" is no marker. */
export const MARKER_CELLS: Readonly<Record<string, 'slash' | 'dash' | 'none'>> = Object.assign(Object.create(null) as Record<string, 'slash' | 'dash' | 'none'>, {
  '/': 'slash',
  '／': 'slash',
  '\\': 'slash',
  '—': 'dash',
  '——': 'dash',
  '-': 'dash',
  '--': 'dash',
  '–': 'dash',
  '―': 'dash',
  '无': 'none',
  '空': 'none',
  '暂无': 'none',
});

/** Zero written as a character (〇, 零): read as the number 0. */
export const ZERO_CELLS: ReadonlySet<string> = new Set(['〇', '零']);

/**
 * Words printed in a cell instead of a number; read as 'text' cells (unreadable, never zero). 无变化, 不变 and 持平 stand in
 * the 2019 layout's 本年增/减 column.
 */
export const TEXT_CELLS: readonly string[] = ['不适用', '不涉及', '未统计', '见附件', '见附表', '无变化', '没有变化', '不变', '持平', '*', '×', 'x', 'X', '...', '…'];

/**
 * Pre-2019 (legacy) statistics tables: 指标名称 | 计量单位 | 本年度 | 历年累计. Only the rows that answer a
 * standard-table question are mapped (as the gold labels do); the rest are read and ignored.
 */
export const LEGACY_ROWS: readonly RowSpec[] = [
  { key: 't3.total.new_received', variants: ['受理依申请公开信息总数', '受理政府信息依申请公开总数', '受理依申请公开总数', '依申请公开信息总数'] },
  { key: 't3.total.total_processed', variants: ['对申请的答复数', '对申请的答复总数'] },
  { key: 't3.total.granted', variants: ['同意公开答复数'] },
  { key: 't3.total.partial', variants: ['同意部分公开答复数'] },
  { key: 't3.total.denied', variants: ['否决公开答复数', '不予公开答复数'] },
  { key: 't4.review.total', variants: ['行政复议数'] },
  { key: 't4.litigation.total', variants: ['行政诉讼数'] },
  { key: 'ignored', variants: ['主动公开信息数', '主动公开文件数', '网站公开', '政府网站公开数', '政府公报公开', '政府公报公开数', '当面申请数', '传真申请数', '电子邮件申请数', '网上申请数', '信函申请数', '信函传真申请数', '其它形式申请数', '其他类型答复数', '接受行政诉讼举报数', '行政申诉数'] },
];

/** Header of a legacy statistics table, and the unit column that ends each row label. */
export const LEGACY_HEADER = /指标名称\s*\|?\s*计量单位/;
export const LEGACY_UNIT = /(?:条|件|个|次|人次|万元)$/;
