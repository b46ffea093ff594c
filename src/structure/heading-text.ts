/**
 * A heading's words against the heading lexicon (lexicon/headings.ts): which section they name, in which style,
 * and where the matched phrase ends.
 */
import type { SectionNo } from '../model/types.js';
import { HEADING_PATTERNS, HEADING_YEAR, type HeadingStyle } from './lexicon/headings.js';
import { isHan, wrapsAt } from '../util/chars.js';

const COMPILED = HEADING_PATTERNS.map((p) => ({ ...p, re: new RegExp(`${HEADING_YEAR}?(?:${p.source})`, 'y') }));
const STYLE_RANK: Record<HeadingStyle, number> = { standard: 3, variant: 2, legacy: 1 };

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
  // the blanks can matter only when they lie between two Chinese characters (五、存在的主要问题及 改进情况), or where a
  // page wrapped the line (…。三、政府信息依申请公开⏎工作情况2013年…): most candidates (numbered list items, table
  // rows) have none there
  const run = closedRun(text, at, at + BLANKED_WINDOW);
  if (!run) return plain;
  const blanked = matchCompact(run.compact, 0);
  const last = blanked ? run.printedAt[blanked.length - 1] : undefined;
  if (!blanked || last === undefined || (plain && plain.length >= blanked.length)) return plain;
  return { ...blanked, length: last + 1 - at };
}

/**
 * The text from `at` (up to `limit`, a comma or a sentence's end) read as one run: without its blanks, and on past the
 * line breaks where a page wrapped its line inside a sentence; where each kept character was printed. Null when no
 * blank stands between two Chinese characters there and no wrap is crossed: the text reads as printed.
 */
export function closedRun(text: string, at: number, limit: number): { compact: string; printedAt: number[] } | null {
  const end = Math.min(text.length, limit);
  // the last character kept, up to the first line break that is no wrap
  let stop = end;
  let closes = false;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    // no title runs on past a comma or a sentence's end (normalised text: half-width , ;)
    if (c === 0x2c || c === 0x3b || c === 0x3002) {
      stop = i;
      break;
    }
    if (c === 10) {
      if (!wrapsAt(text, i)) {
        stop = i;
        break;
      }
      closes = true;
    } else if (isBlank(c) && isHan(text.charCodeAt(i - 1))) {
      let j = i;
      while (j < end && isBlank(text.charCodeAt(j))) j++;
      if (isHan(text.charCodeAt(j))) closes = true;
      i = j - 1;
    }
  }
  if (!closes) return null;
  const printedAt: number[] = [];
  let compact = '';
  for (let i = at; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || isBlank(c)) continue;
    printedAt.push(i);
    compact += text.charAt(i);
  }
  return { compact, printedAt };
}

/** Blanks a heading may be printed with. */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x3000;

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
