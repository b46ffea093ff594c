/**
 * Vocabularies for finding and splitting the "problems and improvements" part of a report
 * (section 五 in the 2019/2021 layouts, the last prose part in legacy reports and work summaries).
 * All text here is in the normalised view: simplified characters, half-width punctuation.
 */
import { DASHED_PAGE_NUMBER, PRINTED_PAGE_NUMBERS, RUNNING_TITLE } from '../../read/lexicon/pages.js';
import type { ProblemPeriod } from '../../model/types.js';

/** Phrases that make a top-level heading (一、… / 五、…) the problems section. */
export const PROBLEM_SECTION_HEADINGS: readonly string[] = [
  '存在的主要问题及改进情况',
  '存在的主要问题和改进情况',
  '存在的主要问题和改进措施',
  '存在的主要问题及改进措施',
  '主要问题和改进措施',
  '主要问题及改进措施',
  '主要问题和改进情况',
  '存在问题和改进措施',
  '存在问题及改进措施',
  '存在的问题及改进情况',
  '存在的问题和改进情况',
  '存在的问题及改进措施',
  '存在的问题和改进措施',
  '存在的主要问题',
  '存在的问题',
  '存在问题',
  '存在的不足',
  '问题与不足',
  '不足之处',
];

/** Top-level headings that continue the problems part with improvement plans (work summaries). */
export const MEASURE_SECTION_HEADINGS: readonly string[] = [
  '下步工作打算',
  '下一步工作打算',
  '下一步工作计划',
  '下一步工作安排',
  '下一年度工作打算',
  '工作打算',
  '改进措施',
  '整改措施',
  '下一步工作',
];

/** Sub-headings inside the section that decide the period of what follows. Longest first wins. */
export const SUB_HEADINGS: readonly { phrase: string; period: ProblemPeriod | 'fixed' }[] = [
  { phrase: '上年度存在问题的整改情况', period: 'fixed' },
  { phrase: '上年度问题在本年度的改进情况', period: 'fixed' },
  { phrase: '上年度存在问题的改进情况', period: 'fixed' },
  { phrase: '上年度问题的改进情况', period: 'fixed' },
  { phrase: '上年度问题整改情况', period: 'fixed' },
  { phrase: '上年度问题整改落实情况', period: 'fixed' },
  { phrase: '上年度改进情况', period: 'fixed' },
  // "problems and their fixes" together: the items that still read as problems are last year's problems
  { phrase: '上年度存在问题及整改情况', period: 'previous' },
  { phrase: '上年度存在问题整改情况', period: 'previous' },
  { phrase: '上一年度存在问题整改情况', period: 'previous' },
  { phrase: '上年度存在的问题及整改情况', period: 'previous' },
  { phrase: '上年度存在问题及改进情况', period: 'previous' },
  { phrase: '上年度存在的问题及改进情况', period: 'previous' },
  { phrase: '上一年度存在问题及整改情况', period: 'previous' },
  { phrase: '上一年度存在的问题', period: 'previous' },
  { phrase: '上年度存在的问题', period: 'previous' },
  { phrase: '上年度存在问题', period: 'previous' },
  { phrase: '上年度问题', period: 'previous' },
  { phrase: '本年度存在的问题', period: 'current' },
  { phrase: '本年度存在问题', period: 'current' },
  { phrase: '存在的主要问题', period: 'current' },
  { phrase: '存在的问题', period: 'current' },
  { phrase: '存在问题', period: 'current' },
  { phrase: '主要问题', period: 'current' },
  { phrase: '存在不足', period: 'current' },
  { phrase: '存在的不足', period: 'current' },
  { phrase: '主要不足', period: 'current' },
  { phrase: '不足之处', period: 'current' },
  { phrase: '存在的困难和问题', period: 'current' },
  { phrase: '困难和问题', period: 'current' },
  { phrase: '问题', period: 'current' },
  { phrase: '下年度改进举措', period: 'measure' },
  { phrase: '下一年度改进举措', period: 'measure' },
  { phrase: '下一步改进措施', period: 'measure' },
  { phrase: '下一步工作打算', period: 'measure' },
  { phrase: '下一步工作计划', period: 'measure' },
  { phrase: '下步工作打算', period: 'measure' },
  { phrase: '今后的打算', period: 'measure' },
  { phrase: '今后打算', period: 'measure' },
  { phrase: '下一步打算', period: 'measure' },
  { phrase: '下步打算', period: 'measure' },
  { phrase: '下一步工作思路', period: 'measure' },
  { phrase: '改进措施', period: 'measure' },
  { phrase: '改进举措', period: 'measure' },
  { phrase: '整改措施', period: 'measure' },
  { phrase: '改进情况', period: 'measure' },
  { phrase: '工作打算', period: 'measure' },
  { phrase: '改进方向', period: 'measure' },
  { phrase: '努力方向', period: 'measure' },
  { phrase: '下一步工作', period: 'measure' },
  { phrase: '下一步工作安排', period: 'measure' },
  { phrase: '下一步计划', period: 'measure' },
  { phrase: '改进计划', period: 'measure' },
  { phrase: '工作计划', period: 'measure' },
];

/**
 * Words a sub-heading may open with to say its problems are this year's (本年度存在的主要问题, 2023年存在的问题,
 * 当前存在的不足): read as part of the sub-heading, whose period its phrase gives. 上年度 in a phrase may also be
 * written 上一年度.
 */
export const SUB_HEADING_YEAR = String.raw`(?:本年度|本年|今年|当年|当前|目前|现阶段|(?:19|20)\d{2}\s?年度?)`;

/**
 * A sentence that says last year's problems were fixed (上年度报告中提出的问题已整改到位:针对…的问题,建立了…): what it
 * names are last year's problems, whatever block they stand in.
 */
export const FIXED_LEAD_IN = /上一?年度?(?:报告中?)?(?:提出|指出|反映|存在)的?(?:主要)?(?:问题|不足)[^。]{0,24}(?:已|均已|已经|全部)[^。]{0,4}(?:整改|解决|改进|落实)/;

/**
 * Last year's problems quoted in the sentence that tells their fix (针对上年度报告中提出的“信息发布不及时”问题,已…整改到位;
 * “政策解读形式单一”“栏目更新不及时”等问题): a run of quotes followed by 问题 or 不足. QUOTE finds each quote of the run
 * (group 1: the problem's words).
 */
export const QUOTED_PROBLEMS = /(?:[“"「][^“”"「」]{2,40}[”"」][、,，和及与]?)+(?:等)?(?:的)?(?:方面的?)?(?:问题|不足)/g;
export const QUOTE = /[“"「]([^“”"「」]{2,40})[”"」]/g;

/**
 * Where a report turns from last year's problems, reported fixed, to this year's (本年度存在的问题, 当前仍存在…,
 * 但也存在一些不足): a list that a FIXED_LEAD_IN sentence opens ends at the clause holding one of these. Generous on
 * purpose: a statement left `current` is no worse than before, one of this year's read as last year's is.
 */
export const CURRENT_TURNS: readonly string[] = [
  '(?:仍|还|也|尚|依然|仍然|同时)存在',
  '(?:本年度?|今年|当前|目前|现阶段|新形势下)[^。;,]{0,15}(?:存在|问题|不足|差距|短板)',
  '(?:仍|还|尚)有(?:一定|较大|不少)?的?(?:差距|不足|短板|问题)',
  '但(?:是)?[^。;,]{0,12}(?:不足|问题|差距|短板|薄弱)',
  '存在(?:以下|如下|一些|几个|的)(?:方面的?)?(?:主要)?(?:问题|不足)',
];

/**
 * A sentence that announces measures ("将采取以下措施", "下一步，…做好以下几方面工作：").
 * Matched as regex sources; what follows the sentence (or its colon) are measures.
 */
export const MEASURE_TRANSITIONS: readonly string[] = [
  '以下[一二三四五六七八九十几]*个?(?:方面|措施|工作|改进措施|举措)',
  '(?:采取|从)以下',
  '改进措施[::]',
  '整改措施[::]',
  '针对(?:存在的?|上述|以上)(?:问题|不足)',
  '^下一步[,,]',
  '^(?:今后|为此|对此)[,,]',
  '^下步[,,]',
  '^(?:20[\\d*]{2}|明|下一?)\\s*年(?:度)?[,,]?[^。]{0,30}将',
];

/** Lead-ins before a list of problems, stripped from the first statement. */
export const LEAD_INS: readonly string[] = [
  '主要表现在', '主要表现为', '主要体现在', '主要体现为', '具体表现在', '具体表现为', '表现在', '体现在',
  '主要有以下几个方面', '主要有以下几方面', '主要有', '主要是', '主要包括', '具体是', '具体如下',
  '比如', '例如', '如',
];

/**
 * Part 五 printed as a table (| 存在问题 | 改进措施 |): the header cells that name the problems' column and the measures'.
 */
export const PROBLEM_COLUMN = /问题|不足|短板/;
export const MEASURE_COLUMN = /措施|改进|整改|打算|举措/;

/** Clause openings that only announce problems ("但还存在", "仍存在一些不足"), stripped. */
export const PROBLEM_ANNOUNCERS: readonly string[] = [
  '但(?:是)?(?:也|还|仍|仍然|依然)?(?:存在(?:着)?)',
  '(?:还|仍|仍然|依然|也)存在(?:着)?',
];

/** Wording of an admitted problem. */
export const PROBLEM_CUES: readonly string[] = [
  '不足', '不够', '有待', '不强', '不高', '不深', '不全', '不到位', '不及时', '不规范', '不完善', '不平衡', '不均衡',
  '不准确', '不精确', '不明显', '不畅', '不多', '不广', '不细', '不严', '不力', '不佳', '不一', '不充分', '不健全',
  '薄弱', '欠缺', '差距', '单一', '滞后', '缺乏', '缺少', '较少', '偏少', '偏低', '偏慢', '偏弱', '偏窄', '偏紧', '偏短', '较低', '有限', '参差不齐',
  '尚需', '还需', '仍需', '仍待', '亟待', '亟需', '需要进一步', '需进一步', '还要', '要持续', '难以', '未能',
  '未进行', '未形成', '未建立', '没有', '尚未', '存在一定', '问题', '短板', '偏差', '较慢', '较大', '频繁', '较快',
  '身兼数职', '兼职', '流动性',
];

/** Wording of an improvement measure (used only where no sub-heading or transition decided). */
export const MEASURE_CUES: readonly string[] = [
  '加强', '进一步', '将', '持续', '继续', '不断', '加大', '完善', '提升', '推进', '强化', '深化', '拓展', '丰富',
  '建立', '健全', '做好', '抓好', '落实', '规范', '优化', '提高', '坚持', '确保',
];

/** Generic lead-in clauses that name no problem ("仍存在一些不足", "取得了一定成效"), dropped as statements. */
export const GENERIC_CLAUSES: readonly string[] = [
  '^(?:但|但是|然而|同时)?(?:也|还|仍|仍然|依然)?(?:存在(?:着)?)(?:一些|一定的?|以下|几个方面的)?(?:问题|不足|差距|薄弱环节)(?:和|及|与)?(?:不足|问题|薄弱环节)?$',
  // no problem found (本年度未发现存在的问题, 暂无明显问题, 2023年度我局未发现存在的问题, 本机关政务公开工作不存在问题): no statement
  '^(?:(?:\\d{4}|本|今|全)年度?)?(?:(?:我|本)[\\u4e00-\\u9fff]{1,3}?)?(?:(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:中|方面)?)?(?:暂|尚|均)?(?:未发现|没有发现|未发生|未出现|没有|不存在|无)(?:存在)?(?:明显|突出|重大|较大)?(?:的)?(?:问题|不足)$',
  '取得(?:了)?(?:一定|较好|明显|显著)',
  '与[^,,]*(?:相比|要求)',
  '对照',
];

/**
 * A sentence that says a problem was dealt with (问题已得到有效改善, 目前已基本整改到位): no problem of its own, unless it
 * goes on to one (虽已改善,但仍…). Not when the fix is denied (尚未得到有效解决).
 */
export const RESOLVED = /(?<![未没])(?:已|均已|已经)(?:基本|全部|全面|彻底|逐步)?(?:得到)?(?:有效|明显)?(?:改善|解决|整改|纠正|落实|改进)|(?<![未没])(?:整改|改进)(?:工作)?(?:已|均已)?(?:到位|完成|完毕)/;
export const RESIDUAL = /但|仍|还|尚|依然/;

/** A trailing "等" or "等问题" that closes a list. */
export const LIST_CLOSERS = '(?:等(?:方面)?(?:的)?(?:问题|不足|情况)?)$';

/** Enumeration families, in the order they are tried. */
export const ORDINAL_CN = '一二三四五六七八九十';

/**
 * A running header: the report's title repeated on a line of its own at a page's top, as a text copied out of a PDF
 * keeps it, mid-sentence (…个别部门对复杂⏎XX区2024年政府信息公开工作年度报告⏎- 18 -⏎申请件的研判能力不足).
 */
export const RUNNING_TITLE_LINE = new RegExp(String.raw`^[ \t]*${RUNNING_TITLE}[ \t]*$`, 'gm');

/** PDF page numbers inside a statement: on a line of their own (\n-4-\n), or run in between two words (工作-4-人员). */
export const PAGE_NUMBER_OWN_LINE = new RegExp(String.raw`\n\s*(?:${PRINTED_PAGE_NUMBERS.join('|')})\s*\n`, 'g');
export const PAGE_NUMBER_RUN_IN = new RegExp(String.raw`(?<=[\u4e00-\u9fff])\s*${DASHED_PAGE_NUMBER}\s*(?=[\u4e00-\u9fff])`, 'g');
