/**
 * A figure of the prose as a draft claim: its clause (cut at punctuation, a heading run into it, or the figure
 * before it), the words after it, its sentence, its counted thing and scope. Linking (./links.ts) and metrics
 * (./metric.ts) read and complete these drafts.
 */
import type { Claim, ClaimScope, Quantity, SectionNo } from '../model/types.js';
import { OUTLINE_PHRASES } from './lexicon/nonQuantities.js';
import { OTHER_SCOPE_WORDS, type Topic } from './lexicon/metrics.js';
import { HINT_LINKS, SUBJECT_UNIT_HINTS } from './lexicon/units.js';
import { endsWithVerb, leadingNouns, startsWithNoun, subjectOf } from './words.js';
import { lastMention } from './topics.js';
import { groupBy } from '../util/group.js';
import { isHan, withoutBlanks, wrapsInto } from '../util/chars.js';
import { lowerBound } from '../util/search.js';

export interface Draft {
  q: Quantity;
  claim: Claim;
  /** The clause's words before the figure, without white space (PDF text wraps and spaces words anywhere). */
  pre: string;
  /** The words after the figure up to the clause's end, without white space. */
  post: string;
  /** pre and post: the words lexicon words are found in. */
  local: string;
  /** The text from the previous figure of the sentence (or the sentence start) to this figure, without white space. */
  lead: string;
  topic: Topic | null;
  /** The topic the claim's own words name, if any. */
  localTopic: Topic | null;
}

/** Sentence ends. */
const SENTENCE_END = /[。!?\n]/;
/** A numbered heading's line: 三、, 三. or 三 followed by its words (三 收到和处理…), (三), 3., 第三…. */
const HEADING_LINE = /^\s*(?:[一二三四五六七八九十]+(?:[、.]|[ \t\u3000]+(?=[\u4e00-\u9fff]))|[(][一二三四五六七八九十\d]+[)]|\d+[.、]|第[一二三四五六七八九十]+)/;
/** Clause boundaries: punctuation, brackets, quotes, table pipes. */
// 《》 are not boundaries: a title is part of what is counted (《公报》12期)
const CLAUSE_BOUNDARY = /[。!?\n,;:、()\[\]“”"|【】]/;
/** A clause is cut this many characters before its figure at most (run-together text has few commas). */
const MAX_CLAUSE = 40;
/** Sentences are cut this far either side of a figure (one-line reports have almost no sentence ends). */
const MAX_SENTENCE = 300;
/** Words after the figure read as part of the claim (现行有效6部规章, 1件结转下年度继续办理). */
const MAX_AFTER = 16;

/** A bare number after 订阅人数为 / 点击量超 … borrows its unit from the subject; otherwise unchanged. */
export function withHintedUnit(text: string, q: Quantity): Quantity {
  const after = text[q.end];
  if (after !== undefined && !/[\s,。;:、)]/.test(after)) return q;
  const endings = HINTED_ENDINGS.get(text.charCodeAt(q.start - 1));
  if (!endings) return q; // most bare numbers are table cells, after a pipe or a blank
  const before = text.slice(Math.max(0, q.start - 12), q.start);
  for (const h of endings) if (before.endsWith(h.tail)) return { ...q, unit: h.unit };
  return q;
}

/**
 * Every subject ending with every link word (人数为, 点击量超过 …), in the lexicon's order, built once and
 * grouped by last character.
 */
const HINTED_ENDINGS: ReadonlyMap<number, readonly { tail: string; unit: string }[]> = groupBy(
  SUBJECT_UNIT_HINTS.flatMap((h) => HINT_LINKS.map((link) => ({ tail: h.ending + link, unit: h.unit }))),
  (h) => h.tail.charCodeAt(h.tail.length - 1),
);

/** Which quantities are claims: a measure word, not an outline phrase, a Chinese numeral only when it counts more than one. */
export function isClaimable(text: string, q: Quantity): boolean {
  if (!q.unit) return false;
  const chinese = !/\d/.test(q.raw);
  if (chinese) {
    const after = text.slice(q.end, q.end + 6);
    // 一个单位, 一名工作人员: the bare numeral 一 (or 零) is an article, not a count — a test of the word, not its value
    const numeral = /[零〇一二两三四五六七八九十百千万亿点]+/.exec(q.raw)?.[0];
    if (numeral === '一' || numeral === '零' || numeral === '〇') return false;
    if (OUTLINE_PHRASES.some((p) => after.startsWith(p) || (q.unit + after).startsWith(p))) return false;
  }
  return true;
}

/**
 * Whether the character at `i` ends a clause or sentence. A line break inside a sentence (a long line ending
 * inside a word, or after a comma or a quotation) is a wrap, not a break.
 */
function isBreak(text: string, i: number, boundary: RegExp): boolean {
  const c = text[i];
  if (c === undefined || !boundary.test(c)) return false;
  if (c !== '\n') return true;
  const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
  if (!wrapsInto(line, text.charAt(i + 1))) return true;
  // a numbered heading (三、收到和处理政府信息公开申请情况) ends where its line does, however long
  return HEADING_LINE.test(line) && !/[,。;]/.test(line);
}

/** A list number right before a clause: (二) or 二、. */
const LIST_NUMBER_BEFORE = /(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,2}、)\s*$/;
/** A list number opening the clause itself (no clause boundary after it): 2.依申请公开办理情况, 第三部分 …. */
const LIST_NUMBER_AT = /^\s*(?:\d{1,2}[.、]|第[一二三四五六七八九十]{1,2}部分\s*)/;
/** A short heading and the space that stood for its line break. */
const HEADING_RUN_IN = /^[^\s,。;:]{2,24} +(?=\S)/;

/**
 * Where a clause starts once a numbered heading run into it is left out: text whose line breaks were lost
 * reads "(二)依申请公开办理情况 全年受理…", and the heading's words (办理) are not the figure's.
 */
function headingRunIn(text: string, start: number, at: number): number {
  const lead = LIST_NUMBER_AT.exec(text.slice(start, at));
  if (!lead && !LIST_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return start;
  const from = start + (lead?.[0].length ?? 0);
  const m = HEADING_RUN_IN.exec(text.slice(from, at));
  return m ? from + m[0].length : start;
}

function clauseStartBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && at - i <= MAX_CLAUSE && !isBreak(text, i, CLAUSE_BOUNDARY)) i--;
  let s = i + 1;
  while (s < at && text[s] === ' ') s++;
  return s;
}

/**
 * Where the text's sentences end, ascending: found once per text, so that the many figures of one long
 * sentence (a run-together or one-line report) do not each walk its characters again.
 */
export function sentenceBreaks(text: string): Int32Array {
  const out: number[] = [];
  const any = new RegExp(SENTENCE_END.source, 'g');
  for (let m = any.exec(text); m; m = any.exec(text)) if (isBreak(text, m.index, SENTENCE_END)) out.push(m.index);
  return Int32Array.from(out);
}

/** Index of the first break at or after `i` (breaks.length when none). */
const firstBreakFrom = (breaks: Int32Array, i: number): number => lowerBound(breaks, i);

/** After the last sentence end before `at`, at most MAX_SENTENCE characters back. */
function sentenceStartBefore(breaks: Int32Array, at: number): number {
  const last = breaks[firstBreakFrom(breaks, at) - 1] ?? -1;
  return Math.max(last + 1, at - MAX_SENTENCE, 0);
}

/** The first sentence end from `from`, at most MAX_SENTENCE characters on (or the text's end). */
function sentenceEndAfter(text: string, breaks: Int32Array, from: number): number {
  const next = breaks[firstBreakFrom(breaks, from)] ?? text.length;
  return Math.min(next, from + MAX_SENTENCE, text.length);
}

function afterEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < MAX_AFTER && !isBreak(text, i, CLAUSE_BOUNDARY) && !isDigit(text.charCodeAt(i))) i++;
  return i;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const TWO_HANZI = /[\u4e00-\u9fff]{2}/;

/** Where the first `count` characters from `from` that are not blanks end in `text`. */
function printedEnd(text: string, from: number, count: number): number {
  let i = from;
  for (let kept = 0; i < text.length && kept < count; i++) if (!/\s/.test(text.charAt(i))) kept++;
  return i;
}

/** `breaks`: sentenceBreaks(text). */
export function draft(text: string, breaks: Int32Array, q: Quantity, section: SectionNo | null, prev: Draft | undefined): Draft {
  const clauseStart = headingRunIn(text, Math.max(clauseStartBefore(text, q.start), prev ? prev.q.end : 0), q.start);
  const pre = withoutBlanks(text.slice(clauseStart, q.start));
  const postEnd = afterEnd(text, q.end);
  const rawPost = text.slice(q.end, postEnd);
  // the words after the figure with a line wrap or a PDF's space inside them closed (两个关\n键, 两个 关键): afterEnd
  // stops at real breaks
  const post = withoutBlanks(rawPost);
  // a noun counted by the figure follows it at once, or across one such blank
  const gap = rawPost.length - rawPost.trimStart().length;
  const adjacent = gap === 0 || (gap === 1 && (text[q.end] === '\n' || (isHan(text.charCodeAt(q.end - 1)) && isHan(text.charCodeAt(q.end + 1)))));
  const fromPre = subjectOf(pre);
  // the counted noun follows the figure when the clause before it is empty or ends in a verb (共收到8份申请)
  const useAfter = !!post && TWO_HANZI.test(post) && (!fromPre || endsWithVerb(pre));
  // 现行有效6部规章, 主动公开的1853条政府信息: a qualifier before the figure, the noun after it
  const nounAfter = !useAfter && !!fromPre && adjacent && startsWithNoun(post);
  const nouns = nounAfter ? leadingNouns(post) : '';
  const subject = useAfter ? subjectOf(post) || post : nounAfter ? `${fromPre}${nouns}` : fromPre;
  const end = useAfter ? postEnd : nounAfter && post.startsWith(nouns) ? printedEnd(text, q.end, nouns.length) : q.end;
  const sStart = sentenceStartBefore(breaks, q.start);
  const sEnd = sentenceEndAfter(text, breaks, q.end);
  const local = `${pre}${post}`;
  const scope: ClaimScope = OTHER_SCOPE_WORDS.some((w) => local.includes(w)) ? 'other' : 'report';
  const claim: Claim = {
    id: `c${q.start}`,
    start: clauseStart,
    end,
    text: text.slice(clauseStart, end),
    value: q.value,
    unit: q.unit,
    approx: q.approx,
    subject,
    metric: null,
    section,
    scope,
    sentence: { start: sStart, end: Math.min(text.length, sEnd + 1) },
    quantity: { start: q.start, end: q.end },
  };
  if (q.upper !== undefined) claim.upper = q.upper;
  const lead = withoutBlanks(text.slice(Math.max(sStart, prev ? prev.q.end : 0), q.start));
  return { q, claim, pre, post, local, lead, topic: null, localTopic: lastMention(local)?.topic ?? null };
}
