/**
 * Character tests by code unit, for the few scans that run over every character of every report, where a regex
 * per character (or per string) costs more than the work itself.
 */

/** What /\s/ matches: ECMAScript white space and line terminators. */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** How many characters of `s` are not white space (s.replace(/\s+/g, '').length, without the copy). */
export function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) n++;
  return n;
}

/** Whether a UTF-16 code unit is a CJK unified ideograph (the Chinese characters of the reports). */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * A line this long or longer that ends inside a sentence was wrapped by a page (PDF text), not ended: shorter lines
 * end titles, headings and table rows.
 */
export const WRAPPED_LINE = 16;

/** What a wrapped line may end with: a word, a comma (a semicolon more often ends a list item's line), a closing quote or bracket. */
export const WRAPPED_END = /[\u4e00-\u9fff\d,、”’」』》)]/;
/** What the line after a wrap may start with: a word or an opening quote or bracket (typesetting starts no line with a comma). */
export const WRAPPED_START = /[\u4e00-\u9fff\d(“‘「『《]/;

/**
 * A line ending in two bare figures apart (0 0, 12 | 3): a table row's cells, which no sentence is wrapped inside
 * (prose puts a word or a unit between two figures).
 */
const ROW_OF_FIGURES_END = /\d[ \t|]+\d+(?:\.\d+)?[ \t|]*$/;
/** Characters of a line's end that ROW_OF_FIGURES_END reads. */
const ROW_END_READ = 24;

/** Whether `next` goes on with the sentence `line` was wrapped inside: a long line ending inside it, the next line continuing it. */
export function wrapsInto(line: string, next: string): boolean {
  return (
    line.length >= WRAPPED_LINE &&
    WRAPPED_END.test(line.charAt(line.length - 1)) &&
    WRAPPED_START.test(next.charAt(0)) &&
    !ROW_OF_FIGURES_END.test(line.slice(-ROW_END_READ))
  );
}

/**
 * wrapsInto for the line break at `i` of `text`, reading no further back than WRAPPED_LINE characters (a caller on a
 * page reduced to one long line must not scan the line for each place it looks at).
 */
export function wrapsAt(text: string, i: number): boolean {
  if (i < WRAPPED_LINE || !WRAPPED_END.test(text.charAt(i - 1)) || !WRAPPED_START.test(text.charAt(i + 1))) return false;
  for (let k = i - WRAPPED_LINE; k < i; k++) if (text.charCodeAt(k) === 10) return false;
  return !ROW_OF_FIGURES_END.test(text.slice(Math.max(0, i - ROW_END_READ), i));
}

/** Blanks and line breaks between two Chinese characters. */
const HAN_BLANKS = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g;

/** `s` with the blanks and line breaks between two Chinese characters removed: a word PDF text wrapped or spaced, whole. */
export function withoutHanBlanks(s: string): string {
  return s.replace(HAN_BLANKS, '');
}

/**
 * `s` without its white space, for finding lexicon words in report text: PDF text wraps lines and spaces
 * characters anywhere (代表\n区政府, 现行 有效), and no word of a lexicon holds a blank.
 */
export function withoutBlanks(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * A regex source that also matches its words with one blank or line break between any two Chinese characters (PDF
 * text spaces and wraps words anywhere: 本年新收政府信息公开申请数 量). Character classes are left as they are.
 * Hand-written: a few lines of scanning, no regex-rewriting package is worth it.
 */
export function blankTolerant(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    out += c;
    if (c === '\\') {
      out += source.charAt(++i);
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (!inClass && isHan(c.charCodeAt(0)) && isHan(source.charCodeAt(i + 1))) out += String.raw`\s?`;
  }
  return out;
}

/** Spaces between two Chinese characters (matchAll copies the regex, its lastIndex included: never test() this one). */
const HAN_SPACE = /(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g;
const HAS_HAN_SPACE = new RegExp(HAN_SPACE.source);

/**
 * `s` with the spaces between two Chinese characters removed (a PDF extractor's, inside words: 存在 的问题), and where
 * each character of the result stands in `s` (one entry more, for the end). Null when `s` has none.
 */
export function closeHanSpaces(s: string): { text: string; at: Int32Array } | null {
  if (!HAS_HAN_SPACE.test(s)) return null;
  const at = new Int32Array(s.length + 1);
  let text = '';
  let n = 0;
  let from = 0;
  for (const m of s.matchAll(HAN_SPACE)) {
    text += s.slice(from, m.index);
    for (let i = from; i < m.index; i++) at[n++] = i;
    from = m.index + m[0].length;
  }
  text += s.slice(from);
  for (let i = from; i <= s.length; i++) at[n++] = i;
  return { text, at: at.subarray(0, n) };
}

/** A line set with letter-spacing: single characters (at least four of them Chinese) each apart by one to three spaces. */
const LETTER_SPACED_LINE = /^[ \u3000]*(?:[\u4e00-\u9fff〇0-9][ \u3000]{1,3}){5,}[\u4e00-\u9fff〇0-9][ \u3000]*$/gm;
const CJK = /[\u4e00-\u9fff]/g;

/**
 * Lines set with letter-spacing (2 0 2 3 年 政 府 信 息 公 开 …, as a centred Word title often comes out), closed
 * up, with the removed spaces put at the line's end: every position outside such a line stays where it was.
 */
export function closeLetterSpacing(s: string): string {
  return s.replace(LETTER_SPACED_LINE, (line) => {
    if ((line.match(CJK)?.length ?? 0) < 4) return line;
    const closed = line.replace(/[ \u3000]/g, '');
    return closed + ' '.repeat(line.length - closed.length);
  });
}

/**
 * Where the book-title mark (《) opens that [start, end) of `text` stands inside on its line, or -1: a document named
 * in a sentence (对照《某县2021年政府信息公开工作年度报告》提出的问题). Hand-written: a bracket scan, no parser needed.
 */
export function bookTitleOpening(text: string, start: number, end: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const open = text.lastIndexOf('《', start);
  if (open < lineStart || text.lastIndexOf('》', start) > open) return -1;
  return /^[ \t]*》/.test(text.slice(end, end + 4)) ? open : -1;
}
