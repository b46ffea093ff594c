/**
 * How printed pages number themselves, the one vocabulary of page numbers: the reader drops them from PDF text, and
 * the later stages find the ones a text copied out of a PDF or Word file still holds (on a line of their own, as a
 * word inside a table's line, or run into a sentence). Sources, each with one group for the page's number, never
 * crossing a line.
 */

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
