/**
 * Chinese quantity parser: finds the counted or measured figures in report prose.
 *
 * Hand-written rather than built on @microsoft/recognizers-text-number: that model drops 余/多, does not
 * attach measure words, and reads years, document numbers and slogans as numbers (see
 * scripts/bench-quantities.ts for the comparison). The vocabularies live in ./lexicon.
 */
import type { Approx, Quantity } from '../model/types.js';
import { SCALED_UNITS, UNITS, UNIT_ALIASES, UNIT_BLOCKED_BEFORE } from './lexicon/units.js';
import { APPROX_INFIXES, APPROX_PREFIXES, APPROX_SUFFIXES, PERCENT_PREFIX } from './lexicon/approx.js';
import {
  DATE_SUFFIXES,
  NON_QUANTITY_SPANS,
  ORDINAL_PREFIXES,
  CODE_PREFIXES,
  SERVICE_NUMBER_FOLLOWERS,
  SET_PHRASES,
} from './lexicon/nonQuantities.js';
import { groupBy } from '../util/group.js';
import { isHan } from '../util/chars.js';
import { CN_DIGITS, parseChineseNumeral } from '../util/numerals.js';
import { forEachMatch, linearScanner, type LinearScanner } from '../util/scan.js';

export interface ParseOptions {
  /**
   * Whether the comma at `offset` is a thousands separator. The normalised text turns '，' into ',', so
   * only the caller (who has the original) can tell "1,234" from "1，234". Default: a comma between
   * digit groups of three is a separator.
   */
  isThousandsSeparator?: (offset: number) => boolean;
}

const MULTIPLIERS: readonly { word: string; factor: number }[] = [
  { word: '千万', factor: 1e7 },
  { word: '百万', factor: 1e6 },
  { word: '万亿', factor: 1e12 },
  { word: '亿', factor: 1e8 },
  { word: '万', factor: 1e4 },
  { word: '千', factor: 1e3 },
];
const RANGE_JOINERS = ['-', '—', '–', '~', '～', '至', '到'];

interface NumberToken {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
}

const ARABIC_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/y;
/** The characters a Chinese numeral is written with. */
const CHINESE_NUMERAL = '零〇一二两三四五六七八九十百千万亿';
const CHINESE_RE = new RegExp(`[${CHINESE_NUMERAL}]+(?:点[零〇一二三四五六七八九]+)?`, 'y');
const CHINESE_NUMERAL_CHAR = new RegExp(`[${CHINESE_NUMERAL}]`);

function readNumber(text: string, at: number, opts: ParseOptions): NumberToken | null {
  ARABIC_RE.lastIndex = at;
  let m = ARABIC_RE.exec(text);
  if (m) {
    let raw = m[0];
    if (raw.includes(',')) {
      // keep the grouped reading only if every comma is a separator
      let ok = true;
      for (let i = 0; i < raw.length; i++) if (raw[i] === ',') ok &&= opts.isThousandsSeparator ? opts.isThousandsSeparator(at + i) : true;
      if (!ok) raw = raw.slice(0, raw.indexOf(','));
    }
    return { start: at, end: at + raw.length, value: Number(raw.replace(/,/g, '')), chinese: false };
  }
  CHINESE_RE.lastIndex = at;
  m = CHINESE_RE.exec(text);
  if (m) {
    let raw = m[0];
    // a trailing 万/亿 stays a multiplier of the numeral; a bare 十/百/千 run with no digit is no number
    if (!/[零〇一二两三四五六七八九十]/.test(raw)) return null;
    if (raw === '十' && /[分足年]/.test(text[at + 1] ?? '')) return null;
    const value = parseChineseNumeral(raw);
    if (Number.isNaN(value)) {
      // 一三五 or 十一二: fall back to the longest parseable prefix
      while (raw.length > 1 && Number.isNaN(parseChineseNumeral(raw))) raw = raw.slice(0, -1);
      const v = parseChineseNumeral(raw);
      if (Number.isNaN(v)) return null;
      return { start: at, end: at + raw.length, value: v, chinese: true };
    }
    return { start: at, end: at + raw.length, value, chinese: true };
  }
  return null;
}

function startsWithAny<T extends { word: string }>(text: string, at: number, list: readonly T[]): T | null {
  for (const item of list) if (text.startsWith(item.word, at)) return item;
  return null;
}

/** Words of a list grouped by first character, longest first: a lookup per position instead of a scan of the list. */
function byFirstChar(words: readonly string[]): Map<number, string[]> {
  return groupBy([...words].sort((a, b) => b.length - a.length), (w) => w.charCodeAt(0));
}

const UNITS_BY_FIRST = byFirstChar(UNITS);
const SET_PHRASES_BY_FIRST = byFirstChar(SET_PHRASES);

/**
 * A blank inside a word as PDF text has them: a line wrap (a line break that is not a paragraph break), or one space
 * an extractor put between two Chinese characters.
 */
const blankInWordAt = (text: string, p: number): boolean =>
  (text.charCodeAt(p) === 10 && text.charCodeAt(p + 1) !== 10) ||
  (text.charCodeAt(p) === 32 && isHan(text.charCodeAt(p - 1)) && isHan(text.charCodeAt(p + 1)));

/**
 * The printed length of `word` at `at`, where PDF text may have a blank between any two of its characters
 * (20个工\n作日, 20个 工作 日), or -1 when it is not there.
 */
function printedLength(text: string, word: string, at: number): number {
  if (text.startsWith(word, at)) return word.length;
  let p = at;
  for (let i = 0; i < word.length; i++, p++) {
    if (i > 0 && blankInWordAt(text, p)) p++;
    if (text.charCodeAt(p) !== word.charCodeAt(i)) return -1;
  }
  return p - at;
}

/** The unit at `at` and its printed length, longest first, unless the text there continues into another word. */
export function matchUnitAt(text: string, at: number): { unit: string; length: number } | null {
  const candidates = UNITS_BY_FIRST.get(text.charCodeAt(at));
  if (!candidates) return null;
  for (const unit of candidates) {
    const length = printedLength(text, unit, at);
    if (length < 0) continue;
    const after = at + length;
    const blocked = UNIT_BLOCKED_BEFORE[unit]?.some((w) => text.startsWith(w, after) || (blankInWordAt(text, after) && text.startsWith(w, after + 1)));
    if (blocked) continue;
    return { unit, length };
  }
  return null;
}

/** The unit at `at` (see matchUnitAt). */
export function matchUnit(text: string, at: number): string | null {
  return matchUnitAt(text, at)?.unit ?? null;
}

/** The lexicon's patterns, compiled once for a linear-time scan (this runs over every report's whole text). */
const NON_QUANTITY_SCANNERS: readonly { scanner: LinearScanner; needs: readonly string[] | null }[] = NON_QUANTITY_SPANS.map((s) => ({
  scanner: linearScanner(s.pattern),
  needs: s.needs,
}));
/** Set phrases of digits only (12345), which count only standing alone. */
const DIGIT_PHRASES: ReadonlySet<string> = new Set(SET_PHRASES.filter((p) => /^\d+$/.test(p)));
/** Whether a set phrase starts with this UTF-16 unit: one array read per character instead of a Map lookup. */
const SET_PHRASE_FIRST = new Uint8Array(0x10000);
for (const code of SET_PHRASES_BY_FIRST.keys()) SET_PHRASE_FIRST[code] = 1;

/** Spans no quantity may start in: dates, codes, addresses, numbering, set phrases. */
export function excludedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  const exclude = (start: number, end: number) => void mask.fill(1, start, end);
  for (const { scanner, needs } of NON_QUANTITY_SCANNERS) {
    // a text holding none of what every match contains has no match: its scan is skipped
    if (needs && !needs.some((w) => text.includes(w))) continue;
    forEachMatch(scanner, text, exclude);
  }
  for (let i = 0; i < text.length; i++) {
    if (SET_PHRASE_FIRST[text.charCodeAt(i)] === 0) continue;
    const phrases = SET_PHRASES_BY_FIRST.get(text.charCodeAt(i));
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (!text.startsWith(phrase, i)) continue;
      // a set phrase of digits (12345) only counts when standing alone, not inside a longer number, and not
      // when a measure word follows (规范性文件110件 is a count, not the police number)
      if (!DIGIT_PHRASES.has(phrase)) mask.fill(1, i, i + phrase.length);
      else if (!digitAt(text, i - 1) && !digitAt(text, i + phrase.length) && !matchUnit(text, i + phrase.length)) mask.fill(1, i, i + phrase.length);
    }
  }
  return mask;
}

const isSpace = (c: string | undefined) => c === ' ';

// Helpers of readQuantityAt, at module level rather than as closures inside it: it runs for every number in a
// report, and under tsx every named closure costs a defineProperty each time it is created.
/** One space or line break may stand between a figure and its unit (PDF text wraps: 7\n期). */
function skipSpace(text: string, p: number): number {
  return isSpace(text[p]) || (text[p] === '\n' && text[p + 1] !== '\n') ? p + 1 : p;
}
function scaledUnitAt(text: string, q: number): string | null {
  return SCALED_UNITS.find((u) => text.startsWith(u, q)) ?? null;
}
function infixAt(text: string, q: number): { word: string; approx: Approx } | null {
  return startsWithAny(text, q, APPROX_INFIXES);
}
/** First characters of what may follow a Chinese numeral in a quantity: units, 余/多, range joiners, %. */
const CHINESE_FOLLOWERS_FIRST: ReadonlySet<number> = new Set(
  [...UNITS, ...APPROX_INFIXES.map((a) => a.word), ...RANGE_JOINERS, '%', '％'].map((w) => w.charCodeAt(0)),
);
function mayFollowChineseNumeral(text: string, end: number): boolean {
  return CHINESE_FOLLOWERS_FIRST.has(text.charCodeAt(end)) || CHINESE_FOLLOWERS_FIRST.has(text.charCodeAt(skipSpace(text, end)));
}
/** Last characters of the ordinal and approximation prefixes: most figures have none of them before them. */
const lastChars = (words: readonly string[]): ReadonlySet<number> => new Set(words.filter((w) => w).map((w) => w.charCodeAt(w.length - 1)));
const ORDINAL_LAST = lastChars(ORDINAL_PREFIXES);
const APPROX_PREFIX_LAST = lastChars(APPROX_PREFIXES.map((p) => p.word));
/** Where a figure can start (besides ASCII digits), as character codes: the scan tests every character. */
const NUMERAL_FIRST = new Uint8Array(0x10000);
for (const c of [...Object.keys(CN_DIGITS), '十']) NUMERAL_FIRST[c.charCodeAt(0)] = 1;
const PERCENT_FIRST = PERCENT_PREFIX.charCodeAt(0);
/** A number glued to a preceding digit, letter or decimal point (/[\dA-Za-z.]/) is part of something else. */
function gluedBefore(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/**
 * Every quantity in `text`, in order. Years, dates, codes, phone numbers, list numbering and set phrases are
 * left out; a bare number without unit is kept with `unit: null` (figures in Chinese numerals only with a unit).
 */
export function parseQuantities(text: string, opts: ParseOptions = {}): Quantity[] {
  const mask = excludedMask(text);
  const out: Quantity[] = [];
  const read: LastRead = { at: -1, tok: null };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const percentWords = code === PERCENT_FIRST && text.startsWith(PERCENT_PREFIX, i);
    const isStart = percentWords || (code >= 48 && code <= 57) || NUMERAL_FIRST[code] === 1;
    // a number glued to a preceding digit, letter or decimal point is part of something else
    if (!isStart || (i > 0 && gluedBefore(text.charCodeAt(i - 1)) && !percentWords)) {
      i++;
      continue;
    }
    const q = readQuantityAt(text, i, mask, opts, read);
    if (q) {
      out.push(q);
      i = q.end;
    } else {
      // skip the whole number token so its tail is not read as another number
      const tok = percentWords ? null : read.at === i ? read.tok : readNumber(text, i, opts);
      i = tok ? tok.end : i + (percentWords ? PERCENT_PREFIX.length : 1);
    }
  }
  return out;
}

/** The number token last read at a figure's start, kept so a start that gives no quantity is not read twice. */
interface LastRead {
  at: number;
  tok: NumberToken | null;
}

function readQuantityAt(text: string, at: number, mask: Uint8Array, opts: ParseOptions, read: LastRead): Quantity | null {
  let pos = at;
  let percentWords = false;
  if (text.startsWith(PERCENT_PREFIX, pos)) {
    percentWords = true;
    pos += PERCENT_PREFIX.length;
  }
  let tok = spacedNumberAt(text, pos);
  if (!tok) {
    tok = readNumber(text, pos, opts);
    read.at = pos;
    read.tok = tok;
  }
  if (!tok) return null;
  if (mask[tok.start]) return null;
  if (!tok.chinese && splitNumberTail(text, pos)) return null;
  // a Chinese numeral counts only with what can follow it into a quantity (a measure word, 余/多, a range, %):
  // most are words (一是, 进一步), dropped here before the checks below
  if (tok.chinese && !percentWords && !mayFollowChineseNumeral(text, tok.end)) return null;
  // the end of a Chinese numeral a PDF blank split (第二⏎十条): the numeral starts before the blank, and is no count here
  if (tok.chinese && blankInWordAt(text, at - 1) && CHINESE_NUMERAL_CHAR.test(text.charAt(at - 2))) return null;
  // ordinals and codes: 第5, 电话12345
  // the prefix right before the number, or before one blank
  const gap = /\s/.test(text[at - 1] ?? '') ? 1 : 0;
  const ordinalEnds = ORDINAL_LAST.has(text.charCodeAt(at - 1)) || (gap === 1 && ORDINAL_LAST.has(text.charCodeAt(at - 2)));
  if (ordinalEnds) for (const p of ORDINAL_PREFIXES) {
    if ((at - p.length >= 0 && text.startsWith(p, at - p.length)) || (gap && at - 1 - p.length >= 0 && text.startsWith(p, at - 1 - p.length))) return null;
  }
  if (!tok.chinese && tok.end - tok.start >= 5) {
    const back = text.slice(Math.max(0, at - 6), at).replace(/[\s:]/g, '');
    if (CODE_PREFIXES.some((p) => back.endsWith(p))) return null;
  }
  let value = tok.value;
  let end = tok.end;
  let approx: Approx = null;
  let upper: number | undefined;
  let unit: string | null = null;

  // approximation before the number
  const prefix = approxPrefixAt(text, at);
  if (prefix) approx = prefix.approx;

  if (percentWords) {
    return { start: at, end, raw: text.slice(at, end), value, unit: '%', approx };
  }

  // a Chinese numeral may carry its own 万/亿 (三万); an Arabic one takes a multiplier word (1.32万). A blank after
  // a Chinese numeral is one a PDF put inside the word (二十一 件, 二十一⏎件), so the unit is read past it.
  let p = tok.chinese ? (blankInWordAt(text, end) ? end + 1 : end) : skipSpace(text, end);

  // 100余万元: number, 余, then a unit that keeps its own scale
  let inf = infixAt(text, p);
  if (inf && scaledUnitAt(text, p + inf.word.length)) {
    approx = inf.approx;
    unit = scaledUnitAt(text, p + inf.word.length);
    end = p + inf.word.length + unit!.length;
  } else if (!tok.chinese && scaledUnitAt(text, p)) {
    unit = scaledUnitAt(text, p);
    end = p + unit!.length;
  } else {
    if (!tok.chinese) {
      const mult = startsWithAny(text, p, MULTIPLIERS);
      if (mult && !scaledUnitAt(text, p)) {
        value = value * mult.factor;
        p += mult.word.length;
        end = p;
      }
    }
    // range: 20-30件 (the upper bound takes the same multiplier and unit)
    const joinAt = skipSpace(text, end);
    const joiner = RANGE_JOINERS.find((j) => text.startsWith(j, joinAt));
    if (joiner) {
      const up = readNumber(text, skipSpace(text, joinAt + joiner.length), opts);
      if (up && up.chinese === tok.chinese && !mask[up.start]) {
        const afterUp = skipSpace(text, up.end);
        const upUnit = matchUnit(text, afterUp) ?? (text[afterUp] === '%' ? '%' : null);
        // a range is read from its form (number, joiner, number, unit), not from its bounds being in order: a
        // reversed 30-20件 is a slip for the checks to see (upper below value), not two figures and a lost one
        if (upUnit) {
          upper = up.value;
          p = afterUp;
          end = up.end;
        }
      }
    }
    inf = infixAt(text, p);
    if (inf) {
      const afterInf = skipSpace(text, p + inf.word.length);
      if (matchUnit(text, afterInf) || (inf.word === '余' && !/[\u4e00-\u9fff]/.test(text[afterInf] ?? ''))) {
        approx = inf.approx;
        p = afterInf;
        end = p;
      }
    }
    const u = text[p] === '%' || text.startsWith('％', p) ? { unit: '%', length: 1 } : matchUnitAt(text, p);
    if (u) {
      unit = UNIT_ALIASES[u.unit] ?? u.unit;
      end = p + u.length;
    } else if (tok.chinese) {
      return null; // 一是, 三农, 十九届: a Chinese numeral needs a measure word to count something
    }
  }

  // dates and times: 5年, 12月, 3日 (checked on what directly follows the number)
  if (!unit) {
    const after = text.slice(skipSpace(text, tok.end));
    if (DATE_SUFFIXES.some((s) => after.startsWith(s))) return null;
    if (SERVICE_NUMBER_FOLLOWERS.some((s) => after.startsWith(s))) return null;
    // long digit strings without grouping are codes, postcodes, account numbers
    if (!tok.chinese && /^\d{7,}$/.test(text.slice(tok.start, tok.end))) return null;
  }

  // approximation after the unit
  const suf = startsWithAny(text, end, APPROX_SUFFIXES);
  if (suf && unit) {
    approx = suf.approx;
    end += suf.word.length;
  }
  // a minus sign standing alone before the figure (本年增/减 | -1 |), not a range dash or a page marker
  const negative = !tok.chinese && text[at - 1] === '-' && (at < 2 || /[\s|(:]/.test(text[at - 2] ?? ''));
  if (negative) value = -value;
  const start = negative ? at - 1 : at - (prefix?.approx ? prefix.length : 0);
  const q: Quantity = { start, end, raw: '', value: round(value), unit, approx };
  if (upper !== undefined) q.upper = upper;
  q.raw = text.slice(q.start, q.end);
  return q;
}

/**
 * The first of APPROX_PREFIXES (in the lexicon's order) that ends right before `at`, or before one blank there
 * (PDF text: 超 3170 万), with the characters it takes up.
 */
function approxPrefixAt(text: string, at: number): { word: string; approx: Approx; length: number } | null {
  if (at === 0) return null;
  const gap = text[at - 1] === ' ' ? 1 : 0;
  if (!APPROX_PREFIX_LAST.has(text.charCodeAt(at - gap - 1))) return null;
  const before = text.slice(Math.max(0, at - gap - 3), at - gap);
  for (const p of APPROX_PREFIXES) if (before.endsWith(p.word)) return { ...p, length: p.word.length + gap };
  return null;
}

/**
 * Digits a PDF extraction spaced apart (3 1 7 0 万人次, 2 5 6 8条): read as one number only when a unit or a
 * multiplier follows the run, so a flattened table row of one-digit cells (3 0 1 0 0) stays separate numbers.
 */
function spacedNumberAt(text: string, at: number): NumberToken | null {
  let end = at;
  let digits = '';
  while (digitAt(text, end) && !digitAt(text, end + 1)) {
    digits += text[end];
    end++;
    if (text[end] !== ' ' || !digitAt(text, end + 1)) break;
    end++;
  }
  if (digits.length < 2 || digitAt(text, end)) return null;
  const p = skipSpace(text, end);
  const unitFollows = text[p] === '%' || !!matchUnit(text, p) || !!scaledUnitAt(text, p) || !!startsWithAny(text, p, MULTIPLIERS);
  return unitFollows ? { start: at, end, value: Number(digits), chinese: false } : null;
}

/**
 * Digits after other digits and one space, the first run written right after a word (申请1 23件, 信息2 568条): a PDF
 * put a space inside one number, or two numbers stand side by side with nothing to tell them apart. Either way which
 * number is meant is unknown, and the tail alone is not read (the spaced single digits of spacedNumberAt are read whole).
 */
function splitNumberTail(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32 || !digitAt(text, at - 2)) return false;
  let k = at - 2;
  while (digitAt(text, k - 1)) k--;
  return isHan(text.charCodeAt(k - 1));
}

/** Whether text[i] is an ASCII digit (what \\d matches); false past either end. */
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Undo floating-point noise from scaling (1.32 × 10000). */
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
