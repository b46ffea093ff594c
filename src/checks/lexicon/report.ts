/** Phrases the hygiene rules look for in the report text (normalised: simplified, half-width). */
import { COMPARING_WORDS } from '../../figures/lexicon/scopes.js';
import type { SectionNo } from '../../model/types.js';

export { SECTION_NUMERALS, SECTION_TITLES } from '../../model/sections.js';

/** A section 五/六 answered with 无 (nothing to report) is not empty. */
export const NOTHING_TO_REPORT = /^(?:无|暂无|没有|本年度无|无其他需要报告的事项)/;
export const MAY_ANSWER_NOTHING: readonly SectionNo[] = [5, 6];

/** A section whose body has fewer meaningful characters than this is empty. */
export const EMPTY_SECTION_CHARS = 6;

/**
 * The report's own title year: 2021年(度)政府信息公开工作年度报告, also 2021年度信息公开年度报告. The words between hold no
 * other year: in 2021年度⏎XX区2022年政府信息公开工作年度报告 (a page's list of years above the title) the year is 2022.
 */
export const TITLE_YEAR = /(20\d\d)\s*年\s*度?\s*(?:(?:(?!20\d\d)[^\s。,，]){0,12}?)?(?:政府|政务)?信息公开(?:工作)?年度?报告/;
/** Where the title sits: the first characters of the text. */
export const TITLE_WINDOW = 800;

/** 统计期限自2021年1月1日起至2021年12月31日止 (and 统计时限/统计时间/统计区间, 统计数据的期限; 至12月31日 without the year). */
export const PERIOD =
  /统计(?:数据的?)?(?:期限|时限|时间|区间|周期|期间)[^。]{0,12}?(20\d\d)\s*年\s*0?1\s*月\s*0?1\s*日[^。]{0,8}?至\s*(?:(20\d\d)\s*年\s*)?12\s*月\s*31\s*日/;

/**
 * A statement of the period that is a table's note (注：本表统计时间为2021年1月1日至2021年12月31日, 说明：行政复议数据统计
 *时间为…), not a report's preamble: words naming the table, or a note's opening with no 报告 after it, in its sentence
 * before the period.
 */
export const TABLE_NOTE = /本表|表中|表内|上表|下表|此表|该表|^\s*(?:注|备注|附注|说明)\s*\d?\s*[:：](?!.*报告)/;

/** A year written just before a figure in the same sentence: 2021年,…收到申请45件. */
export const YEAR_MENTION = /(20\d\d)\s*年(?!\s*\d{1,2}\s*月)/g;

/**
 * A year a figure is compared with, not the year it is for (与2022年相比, 较2022年, 同2022年比较, 2022年同期): the words
 * just before the year, and just after it.
 */
export const COMPARED_YEAR_BEFORE = new RegExp(String.raw`(?:${COMPARING_WORDS.join('|')})\s*$`);
export const COMPARED_YEAR_AFTER = /^度?\s*(?:同期|相比|比较|对比|相较)/;

/** Section 六 saying no information-processing fee was charged. */
export const NO_FEE =
  /(?:未|没有|无|不曾|均未)(?:收取|产生|发生|收)(?:任何)?(?:政府)?(?:信息)?(?:公开)?(?:信息处理费|处理费|收费|费用)|(?:信息处理费|处理费)[^。;]{0,8}?(?:0|零)\s*元|(?:未|没有)(?:产生|发生)[^。;]{0,10}?收费/;

/** A line that titles a document of its own (篇2:某局政府信息公开工作年度报告, [审计局政府信息公开工作总结]…), no clause of a sentence. */
export const DOCUMENT_TITLE_LINE =
  /^(?:篇[0-9一二三四五六七八九十]+[:：]\s*)?[\[【]?[^\n。,;]{0,40}?(?:政府信息|信息公开|政务公开)[^\n。,;]{0,30}?(?:工作总结|年度报告|工作报告|工作制度)[^\n。,;]{0,16}$/;
/** Titles closer than this belong to one document (a page title repeated as a heading). */
export const SAME_DOCUMENT_DISTANCE = 600;
/** A document needs at least this much text of its own. */
export const MIN_DOCUMENT_CHARS = 300;

/**
 * Rates that cannot exceed 100%: shares of a whole (满意率, 覆盖率 …), unlike growth rates (增长120%) and completion
 * rates against a target (任务完成率120%).
 */
export const BOUNDED_RATE = /(?:办结|答复|回复|满意|好评|公开|按时|受理|覆盖|知晓|上网|关联|准确|参评|解读)率/;

/**
 * Shares of what came in that a report may compute over this year's applications alone, when last year's carried-over
 * ones were handled too (办结率102%): above 100% they are doubtful, not impossible.
 */
export const FLOW_RATE = /(?:办结|答复|回复|按时)率/;
