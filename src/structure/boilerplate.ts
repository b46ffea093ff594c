/**
 * Recognising web-page chrome (当前位置, 分享到, 打印本页, 责任编辑, ICP备 …) line by line.
 */
import {
  INLINE_CHROME_TOKEN,
  INLINE_TRAILERS,
  LEADING_CHROME,
  LINE_PATTERNS,
  MAX_CHROME_LINE,
  NAV_WORDS,
  PAGE_MARKERS,
  PIPES_ONLY,
  STRONG_INLINE_CHROME,
} from './lexicon/boilerplate.js';
import type { Span } from '../model/types.js';
import { isWhiteSpace } from '../util/chars.js';
import { StringMemo } from '../util/memo.js';

/** What /[\s|]/ matches. */
function isSpaceOrPipe(c: number): boolean {
  return c === 0x7c || isWhiteSpace(c);
}

/**
 * The words of a line, without table pipes and spaces around them (what /^[\s|]+|[\s|]+$/g leaves, found by
 * scanning the two ends only: a one-line report is a single line thousands of characters long).
 */
export function lineWords(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && isSpaceOrPipe(line.charCodeAt(a))) a++;
  while (b > a && isSpaceOrPipe(line.charCodeAt(b - 1))) b--;
  return a === 0 && b === line.length ? line : line.slice(a, b);
}

/** Answers for short lines, which repeat within a report (each is asked several times) and across reports. */
const chromeAnswers = new StringMemo(isChrome);
/** Whether trimmed words (at most MAX_CHROME_LINE long) match one of LINE_PATTERNS. */
const linePatternAnswers = new StringMemo((w) => LINE_PATTERNS.some((p) => p.test(w)));

/** True when the line is page chrome. */
export function isBoilerplateLine(line: string): boolean {
  const w = lineWords(line);
  if (!w || w.length > MAX_CHROME_LINE) return false;
  return chromeAnswers.get(w);
}

function isChrome(w: string): boolean {
  if (linePatternAnswers.get(w)) return true;
  const words = w.split(/[\s|/>»·]+/).filter(Boolean);
  return words.length >= 2 && words.every((x) => NAV_WORDS.has(x));
}

/**
 * True for a page number line (-1-, 第1页 共5页): page furniture, not report text, wherever it falls — unlike web
 * chrome it does not mark the report's end.
 */
export function isPageMarker(line: string): boolean {
  const w = lineWords(line);
  return w.length > 0 && w.length <= 16 && PAGE_MARKERS.some((p) => p.test(w));
}

/** True for a line of table pipes only: layout, not content; neutral for sectioning. */
export function isPipesOnly(line: string): boolean {
  return PIPES_ONLY.test(line);
}

/** Offset (within `s`) where trailing page chrome starts inside a long line, or -1. */
export function inlineTrailerAt(s: string): number {
  const m = INLINE_TRAILERS.exec(s);
  return m ? m.index : -1;
}

/**
 * Length of the page chrome at the start of a long line (当前位置: 首页… 来源:… 微信 微博 … 相关链接: -->), 0 if none.
 * Chrome tokens are taken while they follow each other closely (the page title may sit between them).
 */
export function leadingChromeLength(line: string): number {
  const head = lineWords(line.slice(0, 120));
  if (!linePatternAnswers.get(head)) return 0;
  let end = 0;
  const re = new RegExp(LEADING_CHROME.source, 'g');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index > end + 60) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    end = m.index + m[0].length;
  }
  return end;
}

/**
 * Runs of chrome inside a long line, after a sentence's end (offsets into `text`, within [from, to)). The tokens are
 * taken one by one (a hand-written scan: the run's end is wherever the next word is no chrome token).
 */
export function inlineChromeRuns(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const line = text.slice(from, to);
  const starts = /[。;!?]\s+/g;
  for (let m = starts.exec(line); m; m = starts.exec(line)) {
    let at = m.index + m[0].length;
    const runStart = at;
    let strong = false;
    let end = at;
    for (;;) {
      const t = INLINE_CHROME_TOKEN.exec(line.slice(at));
      if (!t) break;
      if (STRONG_INLINE_CHROME.test(t[0])) strong = true;
      end = at + t[0].length;
      at = end;
      while (at < line.length && /\s/.test(line.charAt(at))) at++;
    }
    if (strong && end > runStart) {
      out.push({ start: from + runStart, end: from + end });
      starts.lastIndex = end;
    }
  }
  return out;
}
