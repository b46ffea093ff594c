/**
 * A heading's words against the heading lexicon (lexicon/headings.ts): which section they name, in which style,
 * and where the matched phrase ends.
 */
import type { SectionNo } from '../model/types.js';
import { HEADING_PATTERNS, HEADING_YEAR, type HeadingStyle } from './lexicon/headings.js';
import { isHan, wrapsInto } from '../util/chars.js';

const COMPILED = HEADING_PATTERNS.map((p) => ({ ...p, re: new RegExp(`${HEADING_YEAR}?(?:${p.source})`, 'y') }));
const STYLE_RANK: Record<HeadingStyle, number> = { standard: 3, variant: 2, legacy: 1 };

/** Blanks a heading may be printed with. */
const BLANK = /[ \u3000]/;
/** How far into its line a heading printed with blanks is looked for. */
const BLANKED_WINDOW = 60;

/**
 * Longest lexicon match starting exactly at `at` (ties: standard over variant over legacy). A heading printed with
 * blanks inside — letter-spaced as Word titles pasted into text often are (总 体 情 况), or with a space a PDF
 * extractor put between two runs (主动公开 政府信息情况) — is matched without them, its length counted in the text
 * as printed.
 */
export function matchHeadingText(
  text: string,
  at: number,
): { n: SectionNo; style: HeadingStyle; length: number } | null {
  const plain = matchCompact(text, at);
  const limit = Math.min(text.length, at + BLANKED_WINDOW);
  // a heading inside a long line a page wrapped goes on after the wrap (…。三、政府信息依申请公开⏎工作情况2013年…)
  const wrap = wrapInside(text, at, limit);
  const blank = blankInsideWords(text, at, limit, wrap);
  // the blanks can matter only when they lie between two Chinese characters (五、存在的主要问题及 改进情况): most
  // candidates (numbered list items, table rows) have none there
  if (blank < 0) return plain;
  // the rest of the line (up to the window) without its blanks, and where each kept character was printed
  const printedAt: number[] = [];
  let compact = '';
  for (let i = at; i < limit; i++) {
    const c = text.charAt(i);
    if (c === '\n' && i !== wrap) break;
    if (c === '\n' || BLANK.test(c)) continue;
    printedAt.push(i);
    compact += c;
  }
  const blanked = matchCompact(compact, 0);
  const last = blanked ? printedAt[blanked.length - 1] : undefined;
  if (!blanked || last === undefined || (plain && plain.length >= blanked.length)) return plain;
  return { ...blanked, length: last + 1 - at };
}

/** The line break in [from, limit) that ends the line of `from` when the page wrapped that line inside a sentence, or -1. */
function wrapInside(text: string, from: number, limit: number): number {
  const end = text.indexOf('\n', from);
  if (end < 0 || end >= limit) return -1;
  const line = text.slice(text.lastIndexOf('\n', from - 1) + 1, end);
  return wrapsInto(line, text.charAt(end + 1)) ? end : -1;
}

/**
 * Where the first run of blanks between two Chinese characters starts in [from, limit) of its line (the line after
 * `wrap` too, its break counting as a blank), or -1.
 */
function blankInsideWords(text: string, from: number, limit: number, wrap: number): number {
  for (let i = from + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (i === wrap) return i;
    if (c === 10) return -1;
    if (c !== 0x20 && c !== 0x3000) continue;
    let j = i;
    while (j < limit && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x3000)) j++;
    if (isHan(text.charCodeAt(i - 1)) && j < limit && isHan(text.charCodeAt(j))) return i;
    i = j;
  }
  return -1;
}

function matchCompact(text: string, at: number): { n: SectionNo; style: HeadingStyle; length: number } | null {
  let best: { n: SectionNo; style: HeadingStyle; length: number } | null = null;
  for (const p of COMPILED) {
    p.re.lastIndex = at;
    const m = p.re.exec(text);
    if (!m || m[0].length === 0) continue;
    const len = m[0].length;
    if (!best || len > best.length || (len === best.length && STYLE_RANK[p.style] > STYLE_RANK[best.style])) {
      best = { n: p.n, style: p.style, length: len };
    }
  }
  return best;
}
