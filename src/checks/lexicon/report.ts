/** Phrases the hygiene rules look for in the report text (normalised: simplified, half-width). */
import type { SectionNo } from '../../model/types.js';

export const SECTION_TITLES: Record<SectionNo, string> = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
};
export const SECTION_NUMERALS: Record<SectionNo, string> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六' };

/** A section whose body has fewer meaningful characters than this is empty. */
export const EMPTY_SECTION_CHARS = 6;

/** The report's own title year: 2021年(度)政府信息公开工作年度报告, also 2021年度信息公开年度报告. */
export const TITLE_YEAR = /(20\d\d)\s*年\s*度?\s*(?:[^\s。,，]{0,12}?)?(?:政府|政务)?信息公开(?:工作)?年度?报告/;
/** Where the title sits: the first characters of the text. */
export const TITLE_WINDOW = 800;

/** 统计期限自2021年1月1日起至2021年12月31日止 (and 统计时限/统计时间/统计区间). */
export const PERIOD =
  /统计(?:期限|时限|时间|区间|周期|期间)[^。]{0,12}?(20\d\d)\s*年\s*0?1\s*月\s*0?1\s*日[^。]{0,8}?至\s*(20\d\d)\s*年\s*12\s*月\s*31\s*日/;

/** A year written just before a figure in the same sentence: 2021年,…收到申请45件. */
export const YEAR_MENTION = /(20\d\d)\s*年(?!\s*\d{1,2}\s*月)/g;

/** Section 六 saying no information-processing fee was charged. */
export const NO_FEE =
  /(?:未|没有|无|不曾|均未)(?:收取|产生|发生|收)(?:任何)?(?:政府)?(?:信息)?(?:公开)?(?:信息处理费|处理费|收费|费用)|(?:信息处理费|处理费)[^。;]{0,8}?(?:0|零)\s*元|(?:未|没有)(?:产生|发生)[^。;]{0,10}?收费/;
