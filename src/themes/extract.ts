/**
 * Problem statements: the single problems (and measures) a report lists in its section 五.
 *
 * Steps: find the region(s) (region.ts) → cut them into blocks by sub-heading (上年度存在的问题, 改进措施 …) and
 * by sentences that announce measures (将采取以下措施:) → split each block into items, by enumeration
 * (一是/(一)/1./首先) when there is one, else by sentence, else by clause → strip markers, lead-ins, praise and
 * trailing 等 → give each a period (the list after a sentence reporting last year's problems fixed is last year's,
 * ./previous.ts).
 */
import type { ProblemPeriod, ProblemStatement, SourceDocument, Span, Structure } from '../model/types.js';
import {
  GENERIC_CLAUSES,
  LEAD_INS,
  LIST_CLOSERS,
  MEASURE_CUES,
  MEASURE_TRANSITIONS,
  ORDINAL_CN,
  PAGE_NUMBER_OWN_LINE,
  RUNNING_TITLE_LINE,
  PAGE_NUMBER_RUN_IN,
  PROBLEM_ANNOUNCERS,
  PROBLEM_CUES,
  SUB_HEADINGS,
  SUB_HEADING_YEAR,
  FIXED_LEAD_IN,
  MEASURE_COLUMN,
  PROBLEM_COLUMN,
  QUOTE,
  QUOTED_PROBLEMS,
  RESOLVED,
  RESIDUAL,
} from './lexicon/extract.js';
import { problemRegions } from './region.js';
import { previousSpans } from './previous.js';
import { arabicYears, parseOrdinal } from '../util/numerals.js';
import { blankTolerant, closeHanSpaces, withoutHanBlanks } from '../util/chars.js';
import { lowerBound } from '../util/search.js';

type BlockPeriod = ProblemPeriod | 'fixed' | null;

interface Block {
  start: number;
  end: number;
  period: BlockPeriod;
}

interface Item {
  start: number;
  end: number;
  period: BlockPeriod;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[], esc = true): string =>
  [...xs].sort((a, b) => b.length - a.length).map((x) => (esc ? escape(x) : x)).join('|');

// the vocabularies read through a page's wraps and a PDF's spaces (主要体现⏎在, 一定⏎的差距, 仍然存 在)
const PROBLEM_CUE_RE = new RegExp(blankTolerant(alt(PROBLEM_CUES)));
const MEASURE_CUE_RE = new RegExp(blankTolerant(alt(MEASURE_CUES)));
const GENERIC_RES = GENERIC_CLAUSES.map((s) => new RegExp(blankTolerant(s)));
const TRANSITION_RES = MEASURE_TRANSITIONS.map((s) => new RegExp(blankTolerant(s)));
const LEAD_IN_RE = new RegExp(blankTolerant(`(?:^|[,,;;])\\s*(?:${alt(LEAD_INS)})[::]?`), 'g');
const LEAD_IN_START_RE = new RegExp(blankTolerant(`^(?:${alt(LEAD_INS)})[::]?`));
const ANNOUNCER_RE = new RegExp(blankTolerant(`^(?:${alt(PROBLEM_ANNOUNCERS, false)})(?:一些|以下)?`));
const CLOSER_RE = new RegExp(LIST_CLOSERS);
/** A list number: (一), 一、, 1. */
const LIST_NUMBER = `[((]?[${ORDINAL_CN}\\d]{1,2}[))、.]`;
const SUB_HEADING_PHRASE = `${SUB_HEADING_YEAR}?(?:${alt(SUB_HEADINGS.map((s) => s.phrase)).replaceAll('上年度', '上一?年度')})`;
/**
 * A sub-heading on its own line, or run in where a page lost its line breaks (…改进措施 (一) 问题 1.公开内容…): a
 * numbered one after a space, ending at a space before the next list number; or, numbered in brackets, right before
 * the next list number with no space at all ((一)问题1.公开内容…).
 */
const SUB_HEADING_RE = new RegExp(
  `(?:^|(?<=[\\n。;;::])|(?<= )(?=${LIST_NUMBER}))[ ]*(?:[((]?[${ORDINAL_CN}\\d]{1,2}[))、.]?[ ]*)?(${SUB_HEADING_PHRASE})(?:[ ]*(?:[。::\\n]|$)|[ ]+(?=${LIST_NUMBER}))` +
    `|(?:^|(?<=[\\n。;;::]))[ ]*[((][${ORDINAL_CN}]{1,2}[))][ ]*(${SUB_HEADING_PHRASE})(?=\\d{1,2}[.、])`,
  'g',
);
const SUB_PERIOD = new Map(SUB_HEADINGS.map((s) => [s.phrase, s.period] as const));
const SUB_HEADING_YEAR_START = new RegExp(`^${SUB_HEADING_YEAR}`);
/** The SUB_HEADINGS phrase a sub-heading matched stands for: without its year, 上一年度 as 上年度. */
const subHeadingPhrase = (matched: string): string => matched.replace(SUB_HEADING_YEAR_START, '').replace('上一年度', '上年度');

/** Characters after which an enumeration marker may start a new item. */
const MARKER_BEFORE = /[\n。;;::,,!?\s]$/;

interface Marker {
  at: number;
  after: number;
  value: number;
}

/** Enumeration families, tried in this order when two start at the same place. */
const FAMILIES: { name: string; re: RegExp; value: (m: RegExpExecArray) => number; loose?: boolean }[] = [
  { name: 'shi', re: new RegExp(`([${ORDINAL_CN}]{1,2})\\s*是`, 'g'), value: (m) => parseOrdinal(m[1] ?? '') },
  { name: 'paren', re: new RegExp(`[((]([${ORDINAL_CN}]{1,2})[))]`, 'g'), value: (m) => parseOrdinal(m[1] ?? ''), loose: true },
  { name: 'di', re: new RegExp(`第([${ORDINAL_CN}])[,,、::]`, 'g'), value: (m) => parseOrdinal(m[1] ?? '') },
  { name: 'arabic', re: /(?<![\d.])(\d{1,2})[.、](?![\d%])/g, value: (m) => Number(m[1]) },
  { name: 'paren-arabic', re: /[((](\d{1,2})[))]/g, value: (m) => Number(m[1]), loose: true },
  { name: 'circled', re: /([①②③④⑤⑥⑦⑧⑨⑩])/g, value: (m) => '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(m[1] ?? '') + 1, loose: true },
  { name: 'fangmian', re: /(一方面|另一方面)[,,]?/g, value: (m) => (m[1] === '一方面' ? 1 : 2) },
  {
    name: 'order',
    re: /(首先|其次|再次|最后)[,,]?/g,
    value: (m) => ({ 首先: 1, 其次: 2, 再次: 3, 最后: 4 })[m[1] as '首先'] ?? 0,
  },
];

function markersOf(text: string, block: Block, fam: (typeof FAMILIES)[number]): Marker[] {
  const out: Marker[] = [];
  const slice = text.slice(block.start, block.end);
  fam.re.lastIndex = 0;
  for (const m of slice.matchAll(fam.re)) {
    const at = block.start + m.index!;
    const before = text.slice(Math.max(block.start, at - 1), at);
    const ok = at === block.start || MARKER_BEFORE.test(before) || (fam.loose === true && before !== '第');
    if (!ok) continue;
    const value = fam.value(m as RegExpExecArray);
    if (value > 0) out.push({ at, after: at + m[0].length, value });
  }
  return out;
}

/** The enumeration of a block: the family that starts earliest with a 1 followed by a 2. */
function enumeration(text: string, block: Block): Marker[] | null {
  let best: Marker[] | null = null;
  for (const fam of FAMILIES) {
    const ms = markersOf(text, block, fam);
    const first = ms.findIndex((m) => m.value === 1);
    if (first < 0 || !ms.slice(first + 1).some((m) => m.value === 2)) continue;
    // an item runs to the next marker of the same family that continues (or restarts) the count
    const head = ms[first];
    if (!head) continue;
    const seq: Marker[] = [head];
    let last = head;
    for (const m of ms.slice(first + 1)) {
      if (m.value === 1 || (m.value >= last.value && m.value <= last.value + 2)) {
        seq.push(m);
        last = m;
      }
    }
    if (!best || head.at < (best[0]?.at ?? Infinity)) best = seq;
  }
  return best;
}

/** Where a sentence announces measures: the index of the announcing phrase, or -1. */
function transitionAt(sentence: string): number {
  // a list number before the sentence (1. / (一) / 二、), not a year's digits (2023年,我局将…)
  const lead = /^[\s((]*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[))、.])?\s*/.exec(sentence)![0].length;
  const s = sentence.slice(lead);
  let at = -1;
  for (const re of TRANSITION_RES) {
    const m = re.exec(s);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) return -1;
  // "存在的问题主要有以下几个方面:" introduces problems, not measures
  if (/问题|不足|差距|薄弱/.test(s.slice(0, at)) && !/改进|措施|将|加强|提升|努力|做好|下一步/.test(s)) return -1;
  return lead + at;
}
const isTransition = (sentence: string): boolean => transitionAt(sentence) >= 0;
/** A sentence ending in a colon introduces the list after it. */
const ANNOUNCES_LIST = /[:：]\s*$/;

/** Sentences of [start, end): ends at 。!? (kept inside the sentence). */
function sentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '。' || c === '!' || c === '?') {
      if (i + 1 > s) out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (end > s) out.push({ start: s, end });
  return out.filter((x) => text.slice(x.start, x.end).trim().length > 0);
}

/** Blocks of a region: split at sub-headings, then at sentences that announce measures. */
function blocksOf(text: string, start: number, end: number, initial: BlockPeriod): Block[] {
  const cuts: { at: number; from: number; period: BlockPeriod }[] = [];
  const slice = text.slice(start, end);
  SUB_HEADING_RE.lastIndex = 0;
  for (const m of slice.matchAll(SUB_HEADING_RE)) {
    const period = SUB_PERIOD.get(subHeadingPhrase(m[1] ?? m[2] ?? '')) ?? null;
    cuts.push({ at: start + m.index!, from: start + m.index! + m[0].length, period });
  }
  const raw: Block[] = [];
  let cur: Block = { start, end, period: initial };
  for (const c of cuts) {
    raw.push({ ...cur, end: c.at });
    cur = { start: c.from, end, period: c.period };
  }
  raw.push(cur);
  const out: Block[] = [];
  for (const b of raw) {
    if (b.end <= b.start) continue;
    if (b.period === 'measure' || b.period === 'fixed') {
      out.push(b);
      continue;
    }
    let blockStart = b.start;
    let split = false;
    for (const s of sentences(text, b.start, b.end)) {
      const st = text.slice(s.start, s.end);
      const at = transitionAt(st);
      if (at < 0) continue;
      const colon = st.search(/[::]/);
      const hasFollowingWord = /以下/.test(st);
      const measureFrom = colon >= 0 ? s.start + colon + 1 : hasFollowingWord ? s.end : s.start;
      // the clauses before the announcing one may still name a problem ("…等方面存在不足,明年从以下方面改进:")
      const clauseStart = Math.max(st.lastIndexOf(',', at), st.lastIndexOf(',', at));
      const problemsEnd = clauseStart > 0 && colon >= 0 && hasProblemCue(st.slice(0, clauseStart)) ? s.start + clauseStart : s.start;
      out.push({ start: blockStart, end: problemsEnd, period: b.period });
      out.push({ start: measureFrom, end: b.end, period: 'measure' });
      split = true;
      blockStart = -1;
      break;
    }
    if (!split) out.push(b);
  }
  return out.filter((b) => b.end > b.start);
}

const hasProblemCue = (s: string): boolean => PROBLEM_CUE_RE.test(s);
/** A sentence that only says a problem was dealt with (问题已得到有效改善). */
const isResolution = (s: string): boolean => RESOLVED.test(s) && !RESIDUAL.test(s);
const hasMeasureCue = (s: string): boolean => MEASURE_CUE_RE.test(s);

/** A clause that names no problem: praise, comparison with requirements, "仍存在一些不足". */
function isGeneric(clause: string): boolean {
  const c = clause.trim().replace(/[。;;,,::、]$/, '');
  if (c.length === 0) return true;
  if (GENERIC_RES.some((re) => re.test(c))) return true;
  return /^(?:虽然|虽|尽管)/.test(c) || /^20\d\d\s*年(?:度)?[,,]?$/.test(c);
}

/** Clauses of [start, end) split at the given punctuation. */
function clauses(text: string, start: number, end: number, punct: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (punct.test(text[i] ?? '')) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (end > s) out.push({ start: s, end });
  return out.filter((c) => text.slice(c.start, c.end).trim().length > 0);
}

/** Drop what only introduces the list: a lead before a colon, a lead-in phrase, praise and generic clauses. */
function stripLead(text: string, s: { start: number; end: number }): { start: number; end: number } | null {
  let start = s.start;
  const body = text.slice(s.start, s.end);
  const colon = Math.max(body.lastIndexOf(':'), body.lastIndexOf(':'));
  if (colon >= 0 && colon < body.length - 1) start = s.start + colon + 1;
  else {
    let lastLead = -1;
    LEAD_IN_RE.lastIndex = 0;
    for (const m of body.matchAll(LEAD_IN_RE)) {
      // "如" as in 如何/如实 is no lead-in
      if (m[0].replace(/^[,,;;\s]+/, '').startsWith('如') && /^[何实此期果同下]/.test(body.slice(m.index! + m[0].length))) continue;
      lastLead = m.index! + m[0].length;
    }
    if (lastLead >= 0 && lastLead < body.length) start = s.start + lastLead;
  }
  // leading generic clauses
  for (const c of clauses(text, start, s.end, /[,,]/)) {
    const ct = text.slice(c.start, c.end);
    if (isGeneric(ct) || (!hasProblemCue(ct) && /取得|完成|推进|成效|成绩/.test(ct))) start = c.end + 1;
    else break;
  }
  if (start >= s.end) return null;
  return { start, end: s.end };
}

/** Clauses of a one-sentence list: split at commas, and at 、 where every part names a problem. */
function listClauses(text: string, body: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const c of clauses(text, body.start, body.end, /[,,]/)) {
    const parts = clauses(text, c.start, c.end, /、/);
    if (parts.length > 1 && parts.every((p) => hasProblemCue(text.slice(p.start, p.end)))) out.push(...parts);
    else out.push(c);
  }
  return out;
}

/** Items of a block without enumeration. */
function unenumeratedItems(text: string, b: Block): Item[] {
  const sents = sentences(text, b.start, b.end);
  if (b.period === 'measure') {
    return sents.map((s) => ({ ...s, period: 'measure' as const }));
  }
  // last year's problems quoted where their fix is told: the quotes, not the fix
  const quoted = b.period === 'previous' ? sents.filter((s) => isResolution(text.slice(s.start, s.end))).flatMap((s) => quotedProblems(text, s)) : [];

  const bodies = sents
    .map((s) => stripLead(text, s))
    .filter((s): s is { start: number; end: number } => s !== null && hasProblemCue(text.slice(s.start, s.end)) && !isResolution(text.slice(s.start, s.end)));
  const out: Item[] = [];
  const clauseSplit = bodies.length === 1;
  for (const body of bodies) {
    const semi = clauses(text, body.start, body.end, /[;;]/);
    if (semi.length >= 2) {
      for (const c of semi) out.push({ ...c, period: b.period });
      continue;
    }
    if (!clauseSplit) {
      out.push({ ...body, period: b.period });
      continue;
    }
    // one sentence holding the whole list: every clause with a problem cue opens a statement,
    // clauses without one belong to the statement before them
    let cur: Item | null = null;
    for (const c of listClauses(text, body)) {
      const ct = text.slice(c.start, c.end);
      if (hasProblemCue(ct) && !isGeneric(ct)) {
        if (cur) out.push(cur);
        cur = { start: c.start, end: c.end, period: b.period };
      } else if (cur) cur.end = c.end;
    }
    if (cur) out.push(cur);
  }
  return quoted.length ? [...quoted, ...out].sort((x, y) => x.start - y.start) : out;
}

/** The problems a sentence quotes (“信息发布不及时”问题), each as one of last year's statements. */
function quotedProblems(text: string, s: { start: number; end: number }): Item[] {
  const out: Item[] = [];
  const st = text.slice(s.start, s.end);
  for (const run of st.matchAll(QUOTED_PROBLEMS))
    for (const q of run[0].matchAll(QUOTE)) {
      const words = q[1] ?? '';
      if (!hasProblemCue(words)) continue;
      const at = s.start + (run.index ?? 0) + (q.index ?? 0) + 1;
      out.push({ start: at, end: at + words.length, period: 'previous' });
    }
  return out;
}

/**
 * An item holding its own list on separate lines ("一是…。\n1.…\n2.…") gives the list's entries as items of
 * their own: they read as siblings, not as the item's explanation.
 */
function splitNested(text: string, it: Item): Item[] {
  for (const fam of FAMILIES) {
    const ms = markersOf(text, { start: it.start, end: it.end, period: null }, fam).filter((m) => m.at > it.start && text[m.at - 1] === '\n');
    const first = ms.findIndex((m) => m.value === 1);
    if (first < 0 || !ms.slice(first + 1).some((m) => m.value === 2)) continue;
    const nested = ms.slice(first);
    const out: Item[] = [{ start: it.start, end: nested[0]?.at ?? it.end, period: it.period }];
    nested.forEach((m, i) => out.push({ start: m.after, end: nested[i + 1]?.at ?? it.end, period: it.period }));
    return out;
  }
  return [it];
}

function itemsOf(text: string, block: Block): Item[] {
  // how last year's problems were fixed: last year's problems it names are read, its fixes left out (below)
  const b: Block = block.period === 'fixed' ? { ...block, period: 'previous' } : block;
  const seq = enumeration(text, b);
  const items = seq ? enumeratedItems(text, b, seq).flatMap((it) => splitNested(text, it)) : unenumeratedItems(text, b);
  return b.period === 'previous' ? items.map((it) => withoutItsFix(text, it)) : items;
}

/**
 * Last year's problem without the sentences after it that tell how it was fixed (…偏少。本年度通过完善制度,问题已得到
 * 有效改善 / 针对上述问题,我局… / a sentence naming no problem).
 */
function withoutItsFix(text: string, it: Item): Item {
  const [first, ...rest] = sentences(text, it.start, it.end);
  if (!first) return it;
  const fix = rest.find((s) => {
    const st = text.slice(s.start, s.end);
    return isResolution(st) || isTransition(st) || !hasProblemCue(st);
  });
  return fix ? { ...it, end: fix.start } : it;
}

function enumeratedItems(text: string, b: Block, seq: Marker[]): Item[] {
  const out: Item[] = [];
  // an enumeration restarting at 1 inside one block starts a new list (problems, then measures)
  const runs: Marker[][] = [];
  for (const m of seq) {
    const run = runs[runs.length - 1];
    if (m.value === 1 || !run) runs.push([m]);
    else run.push(m);
  }
  runs.forEach((run, r) => {
    const runEnd = runs[r + 1]?.[0]?.at ?? b.end;
    const items = run.map((m, i) => ({ start: m.after, end: run[i + 1]?.at ?? runEnd }));
    let period: BlockPeriod = b.period;
    if (period === null) {
      const problemLike = items.filter((it) => hasProblemCue(text.slice(it.start, it.end))).length;
      const measureLike = items.filter((it) => !hasProblemCue(text.slice(it.start, it.end)) && hasMeasureCue(text.slice(it.start, it.end))).length;
      period = measureLike > problemLike || (r > 0 && problemLike <= items.length / 2) ? 'measure' : 'current';
    }
    for (const it of items) {
      // the last item of a run followed by another run: its trailing sentences that announce the next run (measures,
      // or this year's problems after last year's: …但仍存在一些不足:) belong to that run
      if (r + 1 < runs.length && it.end === runEnd) {
        const ss = sentences(text, it.start, it.end);
        let cut = it.end;
        for (const s of ss.slice(1).reverse()) {
          const st = text.slice(s.start, s.end);
          if (isTransition(st) || /将|下一步|下步|措施/.test(st) || ANNOUNCES_LIST.test(st)) cut = s.start;
          else break;
        }
        it.end = cut;
      }
      // in a block of last year's problems and their fixes, an item with no problem wording is a fix
      if (period === 'previous' && !hasProblemCue(text.slice(it.start, it.end))) continue;
      out.push({ ...it, period });
    }
  });
  return out;
}

/** Blanks, punctuation and the marks of a markdown or bold heading next to it (## 六、, **五、…**) around a statement. */
const TRIM_START = /^[\s,,。;;::、#*]+/;
const MARKER_START = new RegExp(`^(?:[${ORDINAL_CN}]{1,2}\\s*是|[((][${ORDINAL_CN}\\d]{1,2}[))]|\\d{1,2}[.、](?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩]|首先|其次|再次|最后|第[${ORDINAL_CN}][,,、])`);
const TRIM_END = /[\s,,。;;::、#*]+$/;

/** Narrow an item to its statement: no marker, lead-in, announcer, trailing 等 or punctuation. */
function trimItem(text: string, it: Item): Item | null {
  let { start, end } = it;
  for (let guard = 0; guard < 4; guard++) {
    const s = text.slice(start, end);
    const m = TRIM_START.exec(s) ?? MARKER_START.exec(s) ?? LEAD_IN_START_RE.exec(s) ?? ANNOUNCER_RE.exec(s);
    if (!m || m[0].length === 0) break;
    start += m[0].length;
  }
  for (let guard = 0; guard < 3; guard++) {
    const s = text.slice(start, end);
    const m = TRIM_END.exec(s) ?? CLOSER_RE.exec(s);
    if (!m || m[0].length === 0) break;
    end -= m[0].length;
  }
  if (end - start < 3) return null;
  return { start, end, period: it.period };
}

/** Statement text for people and embedders: PDF line breaks and page numbers (on their own line or run in) removed. */
export function statementText(raw: string): string {
  const unpaged = raw.replace(PAGE_NUMBER_OWN_LINE, '').replace(PAGE_NUMBER_RUN_IN, '').replace(/\s*\n\s*/g, '');
  return withoutHanBlanks(unpaged).trim();
}

/** `text` with the running headers after `from` (the first part) blanked out, every other character where it was. */
function withoutRunningTitles(text: string, from: number): string {
  RUNNING_TITLE_LINE.lastIndex = from;
  if (!RUNNING_TITLE_LINE.test(text)) return text;
  return text.slice(0, from) + text.slice(from).replace(RUNNING_TITLE_LINE, (line) => ' '.repeat(line.length));
}

/**
 * The problem statements of a report. They are read with the spaces a PDF extractor put inside words closed (存在 的
 * 问题 reads as 存在的问题, so the cues match) and years in Arabic digits (二〇二三年, as the lead-ins are written), and
 * their spans given back in the text as it is.
 */
export function extractProblems(doc: SourceDocument, structure: Structure): ProblemStatement[] {
  // arabicYears keeps every character where it is (二〇二三 → 2023), and so does blanking a running header out
  const text = withoutRunningTitles(arabicYears(doc.text), structure.sections[0]?.start ?? doc.text.length);
  const closed = closeHanSpaces(text);
  if (!closed) return problemsIn(text, structure);
  const { at } = closed;
  // the first character of the closed text at or after each end of a span in the text
  const span = (s: Span): Span => ({ start: lowerBound(at, s.start), end: lowerBound(at, s.end) });
  const sections = structure.sections.map((s) => ({ ...s, ...span(s), headingSpan: s.headingSpan ? span(s.headingSpan) : null }));
  return problemsIn(closed.text, { ...structure, sections }).map((p) => ({ ...p, start: at[p.start] ?? p.start, end: (at[p.end - 1] ?? p.end - 1) + 1 }));
}

function problemsIn(text: string, structure: Structure): ProblemStatement[] {
  const out: ProblemStatement[] = [];
  const push = (it: Item | null, period?: ProblemPeriod): void => {
    if (!it || it.period === 'fixed') return;
    // inside a sentence that reports last year's problems fixed, a statement is one of those problems
    const sentenceStart = Math.max(text.lastIndexOf('。', it.start - 1), text.lastIndexOf('\n', it.start - 1)) + 1;
    const fixedLastYear = it.period !== 'measure' && FIXED_LEAD_IN.test(text.slice(sentenceStart, it.end));
    period ??= fixedLastYear ? 'previous' : (it.period ?? 'current');
    out.push({ start: it.start, end: it.end, text: statementText(text.slice(it.start, it.end)), period });
  };
  for (const whole of problemRegions(text, structure)) {
    // part 五 printed as a table: its rows give the statements, the rest of the region is read as prose
    const table = problemTable(text, whole.start, whole.end);
    for (const row of table?.rows ?? []) push(row);
    const regions = table ? [{ ...whole, end: table.start }, { ...whole, start: table.end }].filter((r) => r.end > r.start) : [whole];
    for (const region of regions) {
      for (const block of blocksOf(text, region.start, region.end, region.period)) {
        const spans = block.period === null || block.period === 'current' ? previousSpans(text, block.start, block.end) : [];
        for (const raw of itemsOf(text, block)) {
          const it = trimItem(text, raw);
          const span = it && it.period !== 'measure' ? spans.find((s) => it.start >= s.start && it.start < s.end) : undefined;
          if (!it || !span) {
            push(it);
            continue;
          }
          // in the list a sentence reporting last year's problems fixed opens, a statement is one of those problems, and
          // one without problem wording is a fix; an item running past the turn to this year's ends there
          const head = it.end > span.end ? trimItem(text, { ...it, end: span.end }) : it;
          if (head && hasProblemCue(text.slice(head.start, head.end))) push(head, 'previous');
          if (it.end > span.end) for (const rest of unenumeratedItems(text, { ...it, start: span.end })) push(trimItem(text, rest));
        }
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((p, i) => p.start >= (out[i - 1]?.end ?? -Infinity));
}

/**
 * A table of problems and measures in [start, end) (| 存在问题 | 改进措施 | over one row per problem, as a web page's table
 * reads in the text): its first run of pipe rows whose header names a problems' column and a measures' column. Each
 * row's problem cell is a statement of this year's, its measure cell a measure. Null when there is none.
 */
function problemTable(text: string, start: number, end: number): { start: number; end: number; rows: Item[] } | null {
  const region = text.slice(start, end);
  const lines = [...region.matchAll(/[^\n]+/g)].map((m) => ({ at: start + (m.index ?? 0), line: m[0] }));
  const isRow = (l: string) => l.includes('|') && l.split('|').filter((c) => c.trim()).length >= 2;
  const first = lines.findIndex((l) => isRow(l.line));
  if (first < 0) return null;
  const header = lines[first]!;
  const cellsOf = (l: { at: number; line: string }) => {
    const out: { start: number; end: number; text: string }[] = [];
    let from = 0;
    for (const part of l.line.split('|')) {
      const lead = part.length - part.trimStart().length;
      out.push({ start: l.at + from + lead, end: l.at + from + part.trimEnd().length, text: part.trim() });
      from += part.length + 1;
    }
    return out;
  };
  const head = cellsOf(header);
  const problemAt = head.findIndex((c) => PROBLEM_COLUMN.test(c.text) && !MEASURE_COLUMN.test(c.text));
  const measureAt = head.findIndex((c) => MEASURE_COLUMN.test(c.text));
  if (problemAt < 0 || measureAt < 0) return null;
  const rows: Item[] = [];
  let last = first;
  for (let i = first + 1; i < lines.length && isRow(lines[i]!.line); i++) {
    last = i;
    const cells = cellsOf(lines[i]!);
    if (cells.every((c) => /^[\s:-]*$/.test(c.text))) continue; // a markdown separator row
    const problem = cells[problemAt];
    const measure = cells[measureAt];
    if (problem?.text) rows.push({ start: problem.start, end: problem.end, period: 'current' });
    if (measure?.text) rows.push({ start: measure.start, end: measure.end, period: 'measure' });
  }
  const after = lines[last]!;
  return { start: header.at, end: after.at + after.line.length, rows };
}
