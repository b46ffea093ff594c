/**
 * How printed pages number and head themselves, the one vocabulary of page furniture: the reader drops it from PDF
 * text, and the later stages find what a text copied out of a PDF or Word file still holds (on a line of its own, as a
 * word inside a table's line, or run into a sentence). Page numbers are sources with one group for the page's number,
 * never crossing a line.
 */
import { TITLE_PHRASE } from './meta.js';
import { blankTolerant } from '../../util/chars.js';

/** A blank inside a page number's line (never a line break). */
const B = String.raw`[^\S\n]*`;
const DASH = '[-－—–‐]';

/** -3-, - 3 -, —3—. */
export const DASHED_PAGE_NUMBER = String.raw`${DASH}${B}(\d{1,4})${B}${DASH}`;

/** Page numbers no table cell or sentence is written as: -3-, 第3页, 第3页共5页, 共5页第3页. */
export const PRINTED_PAGE_NUMBERS: readonly string[] = [
  DASHED_PAGE_NUMBER,
  String.raw`第${B}(\d{1,4})${B}页(?:${B}[,，/]?${B}共${B}\d{1,4}${B}页)?`,
  String.raw`共${B}\d{1,4}${B}页${B}[,，]?${B}第${B}(\d{1,4})${B}页`,
];

/** Page numbers as printed, 3/5 too (a page number only where a line holds nothing else). */
export const PAGE_NUMBER_FORMS: readonly string[] = [...PRINTED_PAGE_NUMBERS, String.raw`(\d{1,4})${B}\/${B}\d{1,4}`];

/** The page's number a match of PAGE_NUMBER_FORMS (joined in order) gives. */
export function pageNumberOf(m: RegExpMatchArray): number {
  return Number(m.slice(1).find((g) => g !== undefined));
}

/**
 * A running header: the report's title repeated at each page's top (XX区2024年政府信息公开工作年度报告), its name and
 * year around the title phrase, read through a PDF's blanks. A source, to anchor where it is used.
 */
export const RUNNING_TITLE = String.raw`[\u4e00-\u9fff()]{0,20}(?:(?:19|20)\d{2}\s?年度?\s?[\u4e00-\u9fff()]{0,20}?)?${blankTolerant(TITLE_PHRASE)}`;
/** A character every running title holds (报告, 年报): a cheap test before the pattern. */
export const RUNNING_TITLE_HINT = '报';
