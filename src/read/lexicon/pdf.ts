/** Line patterns of printed pages that are not report text, and the starts of lines that open a new paragraph. */
import { PAGE_NUMBER_FORMS, PRINTED_PAGE_NUMBERS } from './pages.js';

/** A line that is a page number wherever it stands on the page: -3-, 第3页 (a page set short puts one mid-page). */
export const PRINTED_PAGE_NUMBER_LINE = new RegExp(`^(?:${PRINTED_PAGE_NUMBERS.join('|')})$`);

/** A PDF line that is a page number: one of the printed forms (lexicon/pages.ts), or a bare number (page 3 of 5). */
export const PAGE_NUMBER_LINES: RegExp[] = [
  ...PAGE_NUMBER_FORMS.map((f) => new RegExp(`^${f}$`)),
  /^(?:page\s*)?\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

/** A line starting like this opens a paragraph (section and item numbering, table titles). */
export const PARAGRAPH_START =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十\d]+[章节部分条项]|表[一二三四五六\d]|[一二三四五六七八九十]是|附件)/;

/** An item's number anywhere in a line (（二）, 三、, 2.): in a table's label column, a label that opens there. */
export const ITEM_NUMBER = /[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|(?<!\d)\d{1,2}[.、．](?!\d)/;

/** Punctuation that ends a sentence at a line end. */
export const SENTENCE_END = /[。！？!?：:]$/;

/** Lines that end a table even when more table rows follow closely: a section heading or a table title. */
export const TABLE_BREAK = /^(?:(?:[一二三四五六七八九十]{1,2}(?:[、.．]|\s|(?=[\u4e00-\u9fff]))|\d{1,2}[.、．]|第[一二三四五六七八九十]{1,2}部分\s*).{0,30}(?:情况|事项|问题|措施)|表[一二三四五六\d])/;
