/**
 * Heading vocabulary of the six sections (国办公开办函〔2019〕60号 / 〔2021〕30号) and of the pre-2019 reports and
 * department summaries whose parts map onto them. Text is matched against the normalised view (simplified
 * characters, half-width punctuation), right after the heading's numbering.
 *
 * Each pattern is anchored where the heading text starts and written greedy, so that a heading run into the
 * paragraph that follows it (一、总体情况2021年,我区…) ends where the heading phrase ends.
 */
import type { SectionNo } from '../../model/types.js';

export type HeadingStyle =
  /** The wording of the 2019/2021 template (with its common prefixes such as 行政机关/政府信息公开工作). */
  | 'standard'
  /** Other wordings of the same section seen in 2019+ reports. */
  | 'variant'
  /** Wordings of the 2008-regulation reports and of work summaries. */
  | 'legacy';

export interface HeadingPattern {
  n: SectionNo;
  style: HeadingStyle;
  /** Source of a RegExp matched with the sticky flag at the heading text's start. */
  source: string;
}

/**
 * The report's year before a heading's words (一、2020年政府信息公开总体情况, 五、2023年度存在的主要问题…): read as part
 * of the heading, whichever words follow.
 */
export const HEADING_YEAR = String.raw`(?:(?:19|20)\d{2}\s?年度?\s?)`;

const GOV = '(?:政府信息公开|政务公开)';
const FILLER = '(?:的|工作的|工作)?';

export const HEADING_PATTERNS: HeadingPattern[] = [
  // 1 总体情况
  { n: 1, style: 'standard', source: `${GOV}?(?:工作)?总体情况` },
  { n: 1, style: 'legacy', source: `(?:本年度)?${GOV}?${FILLER}(?:基本|总体)(?:工作)?情况` },
  { n: 1, style: 'legacy', source: '概述|概况' },
  { n: 1, style: 'legacy', source: `(?:${GOV}${FILLER})?主要工作(?:开展)?(?:情况|做法|成效)?` },
  { n: 1, style: 'legacy', source: `${GOV}${FILLER}(?:开展|推进)?情况` },

  // 2 主动公开政府信息情况
  { n: 2, style: 'standard', source: `(?:行政机关)?主动公开政府信息${FILLER}情况` },
  { n: 2, style: 'variant', source: `(?:政府信息)?主动公开(?:政府信息)?${FILLER}情况` },
  { n: 2, style: 'variant', source: '政府信息主动公开' },

  // 3 收到和处理政府信息公开申请情况
  { n: 3, style: 'standard', source: `(?:行政机关)?收到(?:和|及|与)处理政府信息公开申请${FILLER}情况` },
  { n: 3, style: 'variant', source: `(?:行政机关)?收到(?:和|及|与)处理(?:的)?申请${FILLER}情况` },
  { n: 3, style: 'variant', source: `(?:政府信息)?依申请公开(?:政府信息)?${FILLER}(?:办理|处理|答复)?情况` },
  { n: 3, style: 'variant', source: `政府信息公开申请${FILLER}(?:受理|办理|处理|答复)?(?:和|及)?(?:办理|处理|答复)?情况` },
  { n: 3, style: 'legacy', source: `(?:政府信息)?(?:咨询|查询)(?:及|和|与)申请${FILLER}情况` },

  // 4 行政复议、行政诉讼情况
  { n: 4, style: 'standard', source: `${GOV}?行政复议、?(?:和|及)?行政诉讼${FILLER}情况` },
  {
    n: 4,
    style: 'variant',
    source: `因?${GOV}?(?:工作|申请|事务)?被?(?:申请)?行政复议(?:、|,|和|及|或)*(?:被)?(?:提起)?行政诉讼(?:(?:和|及|、)(?:有关的)?申诉)?${FILLER}(?:案件)?情况`,
  },
  { n: 4, style: 'legacy', source: `(?:${GOV}(?:申请)?)?(?:行政)?复议、?(?:和|及)?(?:行政)?诉讼(?:(?:和|及|、)申诉)?${FILLER}情况` },

  // 5 存在的主要问题及改进情况
  {
    n: 5,
    style: 'standard',
    source: `${GOV}?(?:工作)?(?:中)?存在的?(?:主要)?(?:问题|不足)(?:和|及|与|、)?(?:改进|整改)(?:情况|措施|举措|方向|计划|工作)`,
  },
  { n: 5, style: 'variant', source: `(?:主要)?(?:问题|不足)(?:和|及|与|、)(?:改进|整改)(?:情况|措施|举措|方向|计划)` },
  {
    n: 5,
    style: 'legacy',
    source: `${GOV}?(?:工作)?(?:中)?存在(?:的)?(?:主要)?(?:问题|不足)(?:(?:和|及|与|、)(?:今后|下一步|下步|明年|下年度?)(?:的)?(?:工作)?(?:打算|思路|计划|安排|重点|措施))?`,
  },
  { n: 5, style: 'legacy', source: '(?:今后|下一步|下步|明年|下年度?)(?:的)?(?:工作)?(?:打算|思路|计划|安排|重点|措施)' },
  { n: 5, style: 'legacy', source: '(?:问题与不足|不足之处|改进措施)' },

  // 6 其他需要报告的事项
  { n: 6, style: 'standard', source: '其他需要?报告的?事项(?:说明)?' },
  { n: 6, style: 'variant', source: '其他(?:需要?(?:说明|报告)的?)?(?:事项|情况)' },
  { n: 6, style: 'legacy', source: `${GOV}?${FILLER}(?:收费及减免|收费和减免|收费|相关费用|费用)${FILLER}情况` },
  { n: 6, style: 'legacy', source: `${GOV}?(?:情况|工作)?统计表` },
];

/** Words that mark a legacy (2008-regulation) layout when they head a part. */
export const LEGACY_SIGNATURES = /概述|概况|基本情况|总体工作情况|收费|费用|申诉|统计表|依申请公开工作情况|依申请公开情况/;

/**
 * Top-level numbering before a heading. Groups: 1 第X部分, 2 Chinese numeral, 3 Arabic numeral, 4 (一) — the
 * last one is the sub-item numbering, used for the parts only by reports that number nothing else.
 * The separator may be missing only before a space (一 总体情况).
 */
export const NUMBERING_SOURCE =
  '(?:第([一二三四五六七八九十]{1,3})(?:部分|章|节)[、.,:]?|([一二三四五六七八九十]{1,3})(?:[、.,:．]|\\s(?=\\S))|([1-9])(?:[、.](?!\\d))|\\(([一二三四五六七八九十]{1,3})\\)[、.]?)\\s*';

/** Labels of table rows that begin like a part heading (三、本年度办理结果) and never are one. */
/** Right before a numeral, a table's caption (表四 政府信息公开行政复议、行政诉讼情况, 表3): it names a table, not a part. */
export const TABLE_CAPTION_BEFORE = /表\s*$/;

export const TABLE_ROW_LABELS = /^(?:本年新收|上年结转|本年度办理结果|结转下年度|本年度办理|本列数据|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计|属于|信息内容)/;

/** Keyword hints that place a generic part heading (二、主动、及时、准确公开信息…) among the six sections. */
export const SECTION_HINTS: { n: SectionNo; pattern: RegExp }[] = [
  { n: 4, pattern: /复议|诉讼|申诉/ },
  { n: 5, pattern: /问题|不足|改进|打算|思路|下一步|下步|今后|明年|整改/ },
  { n: 6, pattern: /收费|费用|减免|其他|统计表/ },
  { n: 3, pattern: /依申请|申请公开|公开申请|咨询/ },
  { n: 2, pattern: /主动/ },
  { n: 1, pattern: /概述|概况|总体|基本情况|主要工作|工作情况|组织|领导|机制|制度/ },
];

/** An appendix heading (附件1:…统计表); its words run to the table's name or the line's end. */
export const ANNEX_SOURCE = '附件\\s*\\d{0,2}\\s*[::、.]?\\s*';
export const ANNEX_TITLE_SOURCE = '[^。;\\n]{0,50}?(?:统计表|情况表|一览表|报表)';

/** Between two titles of a sentence listing the parts: a list separator on the same line (normalised: half-width ; ,). */
export const LIST_GAP = /^[^\S\n]*[;,、][^\S\n]*$/;
/** A listing of the parts names at least this many of them. */
export const LISTING_MIN_ITEMS = 3;
