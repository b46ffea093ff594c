/** How a text that stops early (a page excerpt, a PDF with pages missing) shows itself. Matched on normalised text. */
import { PAGE_NUMBER_FORMS } from '../../read/lexicon/pages.js';

/** A sentence, list or quotation that ended: the last character of a text that was not cut. */
export const CLOSED_END = /[。!?…)」』”"》\]】]$/;

/** A date line closing a report (2022年1月20日, 2022-01-20) or a page number line (-5-, 第5页, 5/12). */
export const DATE_LINE = /^\s*(?:20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d\d[-./]\d{1,2}[-./]\d{1,2})\s*$/;

/** A signature line: the issuing body's name alone on its line. */
export const SIGNATURE_LINE = /^\s*\S{2,30}?(?:人民政府|办公室|办公厅|委员会|局|厅|街道办事处|管理委员会|中心|管委会)\s*$/;

/** Page furniture after the report on a web page or a PDF: not where the report's text stops. */
export const FOOTER_LINE =
  /^\s*(?:附件(?:下载)?[:：]?.{0,40}|相关(?:附件|链接|词条).*|热门词条.*|联[络系]我们.*|责任编辑.*|[\[【]?\s*打印本页.*|关闭窗口.*|分享到.*|主管[:：].*|主办[:：].*|扫一扫.*|.{0,20}扫描.{0,20}二维码.*|【?字体[:：].*|来源[:：].{0,30}|发布(?:时间|日期)[:：].{0,30}|[|\s]*)$/;

/** A page number alone on its line as PDF text keeps it: -5-, — 5 —, 第5页, 第 5 页 共 12 页, 5/12 (pageNumberOf gives it). */
export const PAGE_NUMBER_LINE = new RegExp(String.raw`^[^\S\n]*(?:${PAGE_NUMBER_FORMS.join('|')})[^\S\n]*$`, 'gm');

/**
 * A text whose last part is at most this one, every later part absent, stops early even after a closed sentence (a
 * page excerpt ending at a paragraph): no report leaves out its last three parts and the tables in them.
 */
export const LAST_PART_OF_AN_EXCERPT = 3;

/** A text that stops inside a table stops within this many characters of the table's end. */
export const TABLE_END_SLACK = 40;

/** How many characters of the text's end the finding quotes. */
export const TAIL_QUOTE_CHARS = 12;

/** The rules that check a standard table against itself: silent about a table the text stops inside. */
export const TABLE_IDENTITY_RULES: readonly string[] = ['t3_balance', 't3_total_processed', 't3_row_sum', 't4_group_sum', 't2_totals', 'cell_value'];
