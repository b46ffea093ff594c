/**
 * Section-heading candidates and the choice among them.
 *
 * A candidate is either numbered (一、 一. 一, 一␠ 第一部分 1、) or bare (a line that is nothing but a template
 * heading). Numbered candidates are found at line starts and, for long run-together lines (a web page reduced to
 * one line), after a sentence end, a space or a table's last digit. The chosen chain follows the numbering
 * (一 → 二 → 三, a restart at 一 for collections of reports); lexicon matches weigh more than generic lines.
 */
import type { SectionNo, Span } from '../model/types.js';
import { parseOrdinal } from '../util/numerals.js';
import {
  ANNEX_SOURCE,
  ANNEX_TITLE_SOURCE,
  LISTING_MIN_ITEMS,
  LIST_GAP,
  NUMBERING_SOURCE,
  TABLE_CAPTION_BEFORE,
  TABLE_ROW_LABELS,
  type HeadingStyle,
} from './lexicon/headings.js';
import { firstAtOrAfter } from './sorted.js';

/** How far before a numbering its table caption's 表 may stand (表 followed by blanks). */
const CAPTION_REACH = 16;
import { closedRun, matchHeadingText } from './heading-text.js';

export { matchHeadingText } from './heading-text.js';

export interface HeadingCandidate extends Span {
  /** Where the heading words start (after the numbering). */
  textStart: number;
  numeral: number | null;
  numbering: 'cn' | 'part' | 'arabic' | 'paren' | 'none' | 'annex';
  /** Section by the heading lexicon; null for a generic part heading (decided later). */
  n: SectionNo | null;
  style: HeadingStyle | 'generic';
  lineStart: boolean;
}

const NUMBERING = new RegExp(NUMBERING_SOURCE, 'g');
/** An appendix's label and title from the start of a run of text. */
const ANNEX_TITLED = new RegExp(`^${ANNEX_SOURCE}(?:${ANNEX_TITLE_SOURCE})`);
/** How far an appendix title is read across a page's wraps. */
const ANNEX_WINDOW = 64;
/** Every template heading ends with one of these words (a cheap test before the lexicon's regexes). */
const BARE_HINT = /情况|事项|措施|举措|方向|计划|工作|主动公开/;

/** What may precede a heading on its line: spaces, table pipes, markdown marks (## **一、总体情况**). */
const LINE_PREFIX = /^[\s|#*>]*$/;

/** Characters after which a numbered heading may start inside a long line. */
const INLINE_BEFORE = /[。;:!?\s|)」”"\dA-Za-z]/;
/** Characters that make a numeral part of something longer (第二、 十二、 (一)). */
const NUMERAL_CONTEXT = /[一二三四五六七八九十第(]/;

/** A sentence's end, then spaces, right before a numeral. */
const SENTENCE_END_BEFORE = /[。;!?]\s+$/;

/** The template's (or a 2019+ variant's) words under the numeral of their own section (三、收到和处理…). */
function isOwnNumberTemplate(lex: { n: SectionNo; style: HeadingStyle }, numeral: number): boolean {
  return lex.style !== 'legacy' && numeral === lex.n;
}

/**
 * lineBounds(at) of one text: the line around `at` (as text.lastIndexOf('\n', at - 1) + 1 and text.indexOf('\n', at)
 * give it), by binary search over the text's line breaks found once, not by scanning the line from every numbering
 * match in it (a one-line page of thousands of "1." grew with the square of its length).
 */
function lineFinder(text: string): (at: number) => { start: number; end: number } {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  /** Index of the first break ≥ x. */
  const firstFrom = (x: number) => firstAtOrAfter(breaks, x, (b) => b);
  return (at) => {
    const k = firstFrom(Math.max(at - 1, 0) + 1) - 1; // last break ≤ max(at - 1, 0), as lastIndexOf clamps
    const start = (breaks[k] ?? -1) + 1;
    return { start, end: breaks[firstFrom(at)] ?? text.length };
  };
}

const CELL_LEAD = /[\s|#*>]/;
const CELL_TRAIL = /[\s|*]/;

/**
 * Text of a line without the table pipes and spaces around it: s.replace(/^[\s|#*>]+|[\s|*]+$/g, ''), read from
 * both ends (the `+$` alternative would be tried at every space inside the line).
 */
function trimCell(s: string): string {
  let a = 0;
  while (a < s.length && CELL_LEAD.test(s.charAt(a))) a++;
  let b = s.length;
  while (b > a && CELL_TRAIL.test(s.charAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export function findHeadingCandidates(text: string, excluded: Span[] = []): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  const inExcluded = (o: number) => excluded.some((s) => o >= s.start && o < s.end);
  const lineBounds = lineFinder(text);
  NUMBERING.lastIndex = 0;
  for (let m = NUMBERING.exec(text); m; m = NUMBERING.exec(text)) {
    const start = m.index;
    if (m[0].length === 0) {
      NUMBERING.lastIndex++;
      continue;
    }
    const line = lineBounds(start);
    const prefix = text.slice(line.start, start);
    const lineStart = LINE_PREFIX.test(prefix);
    const before = text[start - 1] ?? '\n';
    if (!lineStart && NUMERAL_CONTEXT.test(before)) continue;
    // the caption's 表 stands a few blanks at most before its number: only the prefix's tail is read (a line of
    // thousands of numbered items would otherwise be read from its start for each of them)
    if (TABLE_CAPTION_BEFORE.test(prefix.slice(-CAPTION_REACH))) continue;
    // Inside a data table only a template heading alone on its line survives (below): a PDF's table finder may
    // take the heading between two tables into one grid.
    const excludedHere = inExcluded(start);
    const numbering: HeadingCandidate['numbering'] = m[1] ? 'part' : m[2] ? 'cn' : m[3] ? 'arabic' : 'paren';
    const numeral = m[1] ? parseOrdinal(m[1]) : m[2] ? parseOrdinal(m[2]) : m[3] ? Number(m[3]) : parseOrdinal(m[4] ?? '');
    if (!numeral) continue;
    const textStart = start + m[0].length;
    const rest = text.slice(textStart, line.end);
    if (TABLE_ROW_LABELS.test(rest)) continue;
    const lex = matchHeadingText(text, textStart);
    if (excludedHere && !(lex && lineStart && isOwnNumberTemplate(lex, numeral) && !trimCell(text.slice(textStart + lex.length, line.end)))) continue;
    // Inside a long line a heading follows a sentence end, a space or a table's digits; the template's own
    // wording is specific enough to be trusted after any character (…32.52元三、收到和处理政府信息公开申请情况).
    if (!lineStart && !INLINE_BEFORE.test(before) && lex?.style !== 'standard') continue;
    if (lex) {
      // Arabic and (一) numbering also mark sub-items. Arabic: a part heading at a line's start (1.概述), or inside a
      // run-together line under its own section's number (…。 3.收到和处理政府信息公开申请情况, 1.基本情况) or, as a
      // legacy report's seven parts are (4.政府信息公开收费及减免情况), right after a sentence's end; the numbering
      // chain then sorts parts from sub-items. (一): only the template's own words under their own number.
      if (numbering === 'arabic' && !lineStart) {
        const ownNumber = numeral === lex.n && /[。;!?\s]/.test(before);
        const afterSentence = SENTENCE_END_BEFORE.test(text.slice(Math.max(0, start - 3), start));
        if (!ownNumber && !afterSentence) continue;
      }
      if (numbering === 'paren' && !(lex.style === 'standard' && numeral === lex.n)) continue;
      // A separator-less numeral (一 概述) inside a long line: before a template heading, or after a sentence's end
      // (…联系。 一 概述 …), where a legacy part heading starts.
      if (numbering === 'cn' && !lineStart && !/[、.,:．]/.test(m[0]) && lex.style === 'legacy' && !SENTENCE_END_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
      // A table row that happens to start like a heading is followed by its numbers.
      const after = text.slice(textStart + lex.length, textStart + lex.length + 12);
      if (/^\s*(?:\d+\s+){2,}\d/.test(after)) continue;
      out.push({ start, end: textStart + lex.length, textStart, numeral, numbering, n: lex.n, style: lex.style, lineStart });
      continue;
    }
    // Generic part heading: a short line of its own, Chinese numbering only.
    if (excludedHere || !lineStart || numbering === 'arabic' || numbering === 'paren') continue;
    if (/^\s/.test(m[0].slice(-1)) && !/[、.,:．]/.test(m[0])) continue;
    const words = trimCell(rest);
    if (words.length < 2 || words.length > 40) continue;
    if (!/[\u4e00-\u9fff]/.test(words)) continue;
    if (/[。;]./.test(words) || /\d{2,}/.test(words)) continue;
    const end = textStart + rest.indexOf(words) + words.length;
    out.push({ start, end, textStart, numeral, numbering, n: null, style: 'generic', lineStart });
  }
  // Appendices (附件1:…统计表) close a report's parts.
  const annex = new RegExp(`${ANNEX_SOURCE}(${ANNEX_TITLE_SOURCE})?`, 'g');
  for (let m = annex.exec(text); m; m = annex.exec(text)) {
    const start = m.index;
    const line = lineBounds(start);
    const lineStart = LINE_PREFIX.test(text.slice(line.start, start));
    if (!lineStart && !/\s/.test(text[start - 1] ?? '')) continue;
    if (inExcluded(start)) continue;
    let end = start + m[0].length;
    // a title a page wrapped (附件1:平潭县人⏎民政府2013年…统计⏎表) is read across its wraps
    const run = m[1] ? null : closedRun(text, start, start + ANNEX_WINDOW);
    const wrapped = run ? ANNEX_TITLED.exec(run.compact) : null;
    if (run && wrapped) end = (run.printedAt[wrapped[0].length - 1] ?? start) + 1;
    else if (!m[1]) {
      const words = trimCell(text.slice(start, line.end));
      if (!lineStart || words.length > 50 || /。./.test(words)) continue;
      end = start + text.slice(start, line.end).indexOf(words) + words.length;
    }
    const n = matchHeadingText(text.slice(start, end).replace(/^.*?(?=(?:政府信息公开)?(?:情况|工作)?统计表)/, ''), 0)?.n ?? 6;
    out.push({ start, end, textStart: start, numeral: null, numbering: 'annex', n, style: 'legacy', lineStart });
  }
  // Bare headings: a whole line holding a template heading and nothing else.
  let lineStartAt = 0;
  while (lineStartAt <= text.length) {
    let lineEnd = text.indexOf('\n', lineStartAt);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStartAt, lineEnd);
    const words = trimCell(raw);
    if (words.length >= 4 && words.length <= 30 && BARE_HINT.test(words)) {
      const at = lineStartAt + raw.indexOf(words);
      const excludedHere = inExcluded(lineStartAt);
      const lex = matchHeadingText(text, at);
      const tail = words.slice(lex?.length ?? 0);
      if (lex && !excludedHere && lex.style !== 'legacy' && /^[:。]?$/.test(tail) && !out.some((c) => c.start <= at && c.end > at)) {
        out.push({ start: at, end: at + lex.length, textStart: at, numeral: null, numbering: 'none', n: lex.n, style: lex.style, lineStart: true });
      } else if (!lex) {
        const glued = gluedNumberHeading(text, at, words, excludedHere);
        if (glued && !out.some((c) => c.start <= at && c.end > at)) out.push(glued);
      }
    }
    if (words.length > LONG_LINE) findInlineBare(text, lineStartAt, lineEnd, out, inExcluded);
    lineStartAt = lineEnd + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A line of a heading's words under a numeral with the separator lost (五存在的主要问题及改进情况: a PDF that spaced
 * 五 from its words by position, not by a blank). Only a whole line of the lexicon's heading words: 五是… or 三项制度
 * never are that. Inside a data table, as a numbered heading there, only the template's words under their own number.
 */
function gluedNumberHeading(text: string, at: number, words: string, inTable: boolean): HeadingCandidate | null {
  const numeral = parseOrdinal(words.charAt(0));
  if (!numeral || numeral > 9 || !/^[\u4e00-\u9fff]$/.test(words.charAt(1))) return null;
  const lex = matchHeadingText(text, at + 1);
  if (!lex || !/^[:。]?$/.test(words.slice(1 + lex.length)) || (inTable && !isOwnNumberTemplate(lex, numeral))) return null;
  return { start: at, end: at + 1 + lex.length, textStart: at + 1, numeral, numbering: 'cn', n: lex.n, style: lex.style, lineStart: true };
}

/** A line longer than this is a page or report run together (its line breaks lost). */
const LONG_LINE = 200;
/**
 * Where a bare heading may start inside such a line: at its start, or after a sentence's end or a table's last number
 * and a space.
 */
const INLINE_BARE_AT = /(?:^\s*|[。;!?\d]\s+)(?=\S)/g;

/** How a bare heading inside a line ends (a variant such as 政府信息主动公开 without 情况 is too loose there). */
const BARE_END = /(?:情况|事项|措施|举措|方向|计划)$/;

/**
 * Bare headings inside a run-together line: only the 2019+ wordings (standard and variant), at the line's start or
 * after a sentence's end or a table's last number, and followed by a space, where a listing of the parts in a sentence
 * (全文包括总体情况、主动公开…) never stands.
 */
function findInlineBare(text: string, from: number, to: number, out: HeadingCandidate[], inExcluded: (o: number) => boolean): void {
  const line = text.slice(from, to);
  INLINE_BARE_AT.lastIndex = 0;
  for (let m = INLINE_BARE_AT.exec(line); m; m = INLINE_BARE_AT.exec(line)) {
    if (m[0].length === 0) INLINE_BARE_AT.lastIndex++; // the line's start, matched empty
    const at = from + m.index + m[0].length;
    if (inExcluded(at) || !BARE_HINT.test(text.slice(at, at + 30))) continue;
    const lex = matchHeadingText(text, at);
    if (!lex || lex.style === 'legacy' || !BARE_END.test(text.slice(at, at + lex.length))) continue;
    const after = text.slice(at + lex.length, at + lex.length + 16);
    if (!/^(?:\s|$)/.test(after) || /^\s*(?:\d+\s+){2,}\d/.test(after)) continue;
    if (out.some((c) => c.start <= at && c.end > at)) continue;
    out.push({ start: at, end: at + lex.length, textStart: at, numeral: null, numbering: 'none', n: lex.n, style: lex.style, lineStart: false });
  }
}

function candidateScore(c: HeadingCandidate): number {
  if (c.numbering === 'none') return c.style === 'standard' ? 2 : 1.5;
  let s = c.style === 'standard' ? 4 : c.style === 'variant' ? 3.5 : c.style === 'legacy' ? 3 : 1;
  if (c.n !== null && c.numeral === c.n) s += 1;
  return s;
}

/**
 * Numbering families: a report numbers its parts one way (一、 一. 一␠ are one family; 第一部分 another, whose parts
 * may hold sub-items numbered 一、).
 */
const FAMILY: Record<HeadingCandidate['numbering'], string> = { cn: 'cn', part: 'part', arabic: 'arabic', paren: 'paren', none: 'none', annex: 'annex' };

/** Score of following candidate a with b in one chain (null: not allowed). */
function transition(a: HeadingCandidate, b: HeadingCandidate): number | null {
  if (FAMILY[a.numbering] !== FAMILY[b.numbering]) return null;
  if (a.numeral === null || b.numeral === null) return null;
  const na = a.numeral;
  const nb = b.numeral;
  let t: number | null = null;
  if (nb === na + 1) t = 0;
  else if (nb === na + 2) t = -1.5; // a part skipped (or its heading garbled)
  else if (nb > na + 2 && titledAsNumbered(a) && titledAsNumbered(b)) t = -1.5 * (nb - na - 1); // parts left out between the template's own headings
  else if (nb === 1) t = -2.5; // a new report in a collection
  if (t === null) return null;
  // The same section twice in one run is unlikely; in a restart it is expected.
  if (nb !== 1 && a.n !== null && b.n !== null && a.n === b.n) t -= 2;
  // Within a run of template headings the sections go forward.
  if (nb !== 1 && a.n !== null && b.n !== null && a.style !== 'legacy' && b.style !== 'legacy' && b.n < a.n) t -= 3;
  return t;
}

/**
 * A heading whose words are the template's part its numeral numbers (五、存在的主要问题及改进情况): a chain may go on from
 * one such heading to another however many parts lie between (三 and 四 left out, or printed only as table captions).
 */
function titledAsNumbered(c: HeadingCandidate): boolean {
  return c.n !== null && c.numeral === c.n && c.style !== 'legacy';
}

/**
 * The best chain of numbered candidates (dynamic programming over candidates in text order), then bare headings
 * placed where the chain leaves their section out.
 */
export function chooseHeadings(cands: HeadingCandidate[], text = ''): HeadingCandidate[] {
  cands = withoutInlineListings(cands, text);
  let chain = bestChain(cands.filter((c) => c.numeral !== null && c.numbering !== 'annex' && c.numbering !== 'paren'));
  // Parts numbered (一)(二)…: only when nothing else is numbered as a part, and only the template's own words.
  if (chain.every((c) => c.n === null)) {
    const paren = bestChain(cands.filter((c) => c.numbering === 'paren'));
    if (paren.length >= 3) chain = paren;
  }
  chain = dropTableOfContents(chain, text);
  return addAnnexAndBare(chain, cands);
}

/**
 * A sentence that lists the parts' titles (本报告分为六个部分：一、总体情况；二、主动公开…；…) is not the parts: its
 * numbered titles follow one another on one line with only a list separator between them. A run of at least
 * LISTING_MIN_ITEMS such titles is dropped; headings with no body between them on separate lines (a part left
 * empty) are kept.
 */
function withoutInlineListings(cands: HeadingCandidate[], text: string): HeadingCandidate[] {
  if (!text) return cands;
  const numbered = cands.filter((c) => c.numeral !== null && c.numbering !== 'annex');
  const drop = new Set<HeadingCandidate>();
  let run: HeadingCandidate[] = [];
  const close = () => {
    if (run.length >= LISTING_MIN_ITEMS) for (const c of run) drop.add(c);
    run = [];
  };
  for (const c of numbered) {
    const prev = run[run.length - 1];
    if (prev && c.start >= prev.end && c.numeral === prev.numeral! + 1 && LIST_GAP.test(text.slice(prev.end, c.start))) run.push(c);
    else {
      close();
      run = [c];
    }
  }
  close();
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}

/**
 * A list of the part headings before the report (a table of contents) makes a first run of empty parts that the
 * report then repeats: drop that run.
 */
function dropTableOfContents(chain: HeadingCandidate[], text: string): HeadingCandidate[] {
  const restart = chain.findIndex((c, k) => k > 0 && c.numeral === 1);
  if (restart < 2 || !text) return chain;
  const run = chain.slice(0, restart);
  let words = 0;
  // the text between the listed headings (after the last one comes the report's preamble)
  for (const [k, c] of run.entries()) {
    const next = run[k + 1];
    if (next) words += text.slice(c.end, next.start).replace(/[\s|]/g, '').length;
  }
  const repeated = run.every((c, k) => chain[restart + k]?.n === c.n);
  return words <= 10 * run.length && repeated ? chain.slice(restart) : chain;
}

/**
 * The best chain (dynamic programming over candidates in text order). A candidate's best predecessor is looked up
 * among groups of candidates that a transition cannot tell apart (one numbering family, numeral, section and
 * legacy or not), each group holding its best so far, not among all earlier candidates: a page of thousands of
 * heading-like lines stays linear. Ties go to the earliest candidate, as a scan in text order would.
 */
function bestChain(numbered: HeadingCandidate[]): HeadingCandidate[] {
  const best: number[] = [];
  const prev: number[] = [];
  const tops = new PredecessorTops();
  /** Candidates not yet available as predecessors: they end after the current candidate's start. */
  let pending: number[] = [];
  for (const [j, c] of numbered.entries()) {
    pending = pending.filter((i) => {
      const a = numbered[i];
      if (!a || a.end > c.start) return true;
      tops.add(i, a, best[i] ?? -Infinity);
      return false;
    });
    const numeral = c.numeral ?? 0;
    const startPenalty = numeral === 1 ? 0 : -1.2 * (numeral - 1);
    let b = candidateScore(c) + startPenalty;
    let p = -1;
    let pv = -Infinity;
    for (const top of tops.before(c)) {
      const a = numbered[top.i];
      const t = a ? transition(a, c) : null;
      if (t === null) continue;
      const v = top.best + candidateScore(c) + t;
      if (v > pv || (v === pv && top.i < p)) [pv, p] = [v, top.i];
    }
    if (!(pv > b)) p = -1;
    else b = pv;
    best.push(b);
    prev.push(p);
    pending.push(j);
  }
  let chain: HeadingCandidate[] = [];
  let top = -1;
  for (let j = 0; j < numbered.length; j++) if (top < 0 || (best[j] ?? -Infinity) > (best[top] ?? -Infinity)) top = j;
  if (top >= 0 && (best[top] ?? -Infinity) > 0) {
    for (let j = top; j >= 0; j = prev[j] ?? -1) {
      const c = numbered[j];
      if (c) chain.push(c);
    }
    chain.reverse();
  }
  // A chain of generic lines alone is a list, not a report's parts, unless it has some length.
  if (chain.every((c) => c.n === null) && chain.length < 3) chain = [];
  return chain;
}

interface Top {
  i: number;
  best: number;
}

/** The best candidate so far (earliest on ties) of each group a transition treats alike, and of each family. */
class PredecessorTops {
  /** family → numeral → (section, legacy) → top */
  private readonly groups = new Map<string, Map<number, Map<string, Top>>>();
  private readonly families = new Map<string, Top>();

  add(i: number, a: HeadingCandidate, best: number): void {
    const family = FAMILY[a.numbering];
    let byNumeral = this.groups.get(family);
    if (!byNumeral) this.groups.set(family, (byNumeral = new Map()));
    const numeral = a.numeral ?? 0;
    let byKind = byNumeral.get(numeral);
    if (!byKind) byNumeral.set(numeral, (byKind = new Map()));
    const kind = `${a.n}|${a.style === 'legacy'}`;
    const better = (t: Top | undefined) => !t || best > t.best || (best === t.best && i < t.i);
    if (better(byKind.get(kind))) byKind.set(kind, { i, best });
    if (better(this.families.get(family))) this.families.set(family, { i, best });
  }

  /**
   * The tops that may precede `c`: its family's best when it restarts at 1 (any numeral may precede a restart, at
   * one price), else the tops of the numerals one and two below its own, and of every numeral below for a heading
   * titled as numbered (transition decides).
   */
  before(c: HeadingCandidate): Top[] {
    const family = FAMILY[c.numbering];
    const nb = c.numeral ?? 0;
    if (nb === 1) {
      const top = this.families.get(family);
      return top ? [top] : [];
    }
    const byNumeral = this.groups.get(family);
    const out: Top[] = [];
    for (const na of [nb - 1, nb - 2]) out.push(...(byNumeral?.get(na)?.values() ?? []));
    // further back only between the template's own headings (see titledAsNumbered)
    if (titledAsNumbered(c)) for (let na = nb - 3; na >= 1; na--) out.push(...(byNumeral?.get(na)?.values() ?? []));
    return out;
  }
}

function addAnnexAndBare(chain: HeadingCandidate[], cands: HeadingCandidate[]): HeadingCandidate[] {
  // An appendix after the last part is a part of its own.
  const lastChained = chain[chain.length - 1];
  const annexes = cands.filter((c) => c.numbering === 'annex' && (!lastChained || c.start >= lastChained.end));
  const annex = annexes[0];
  if (lastChained && annex) chain.push(annex);
  const bare = cands.filter((c) => c.numbering === 'none');
  for (const b of bare) {
    if (chain.some((c) => c.n === b.n && c.n !== null)) continue;
    const before = [...chain].reverse().find((c) => c.start < b.start);
    const after = chain.find((c) => c.start > b.start);
    if (before && before.end > b.start) continue;
    if (before?.n != null && before.n >= b.n!) continue;
    if (after?.n != null && after.n <= b.n!) continue;
    chain.push(b);
    chain.sort((x, y) => x.start - y.start);
  }
  return chain;
}
