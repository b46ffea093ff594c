/**
 * The figures stage: every counted or measured figure of the prose as a Claim, with what it counts, the
 * structure it stands in (a total and its parts, a rate beside its numerator and denominator), whose
 * figure it is (scope) and the table cell it should equal (metric).
 */
import type { Claim, ClaimScope, MetricKey, Quantity, SectionNo, SourceDocument, Structure } from '../model/types.js';
import { parseQuantities } from './quantity.js';
import { OUTLINE_PHRASES } from './lexicon/nonQuantities.js';
import {
  COUNT_UNITS,
  INHERITED_TOPICS,
  METRIC_RULES,
  OTHER_SCOPE_WORDS,
  T2_ACTION_WORDS,
  T2_DRAFTING_WORDS,
  T2_KEYS_2019,
  T2_PUBLISHED_WORDS_2019,
  TOPIC_WORDS,
  type Topic,
} from './lexicon/metrics.js';
import { HINT_LINKS, SUBJECT_UNIT_HINTS } from './lexicon/units.js';
import { CHANNEL_PREPOSITIONS, LEADING_FILLERS, REPORT_VERBS, SUBJECT_STARTS, TRAILING_FILLERS } from './lexicon/subject.js';
import {
  CARRIED_OVER_WORDS,
  EXHAUSTIVE_WORDS,
  HANDLING_OUTCOME_WORDS,
  INTAKE_WORDS,
  RATE_BASE_WORDS,
  SELECTION_WORDS,
  TOTAL_WORDS,
} from './lexicon/structure.js';
import {
  CATEGORY_ENDINGS,
  CHANNEL_LIST_WORDS,
  CHANNEL_WORDS,
  NATURAL_REQUESTER_WORDS,
  OTHER_REQUESTER_WORDS,
  PUBLICATION_WORDS,
} from './lexicon/scopes.js';
import { inSpans, tableRegions } from './tableRegions.js';
import { mergeSpans } from '../util/spans.js';
import { sectionAt, sectionSpans } from './sections.js';
import { cut } from '../nlp/segment.js';
import { groupBy } from '../util/group.js';

export { parseQuantities } from './quantity.js';

/** Sentence ends. */
const SENTENCE_END = /[。!?\n]/;
/** A line of at least this many characters that ends mid-sentence was wrapped (PDF text), not ended. */
const WRAPPED_LINE = 16;
const HEADING_LINE = /^\s*(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]+[)]|\d+[.、]|第[一二三四五六七八九十]+)/;
/** Clause boundaries: punctuation, brackets, quotes, table pipes. */
// 《》 are not boundaries: a title is part of what is counted (《公报》12期)
const CLAUSE_BOUNDARY = /[。!?\n,;:、()\[\]“”"|【】]/;
/** A clause is cut this many characters before its figure at most (run-together text has few commas). */
const MAX_CLAUSE = 40;
/** Sentences are cut this far either side of a figure (one-line reports have almost no sentence ends). */
const MAX_SENTENCE = 300;
/** Words after the figure read as part of the claim (现行有效6部规章, 1件结转下年度继续办理). */
const MAX_AFTER = 16;

interface Draft {
  q: Quantity;
  claim: Claim;
  pre: string;
  post: string;
  local: string;
  /** The text from the previous figure of the sentence (or the sentence start) to this figure. */
  lead: string;
  topic: Topic | null;
  /** The topic the claim's own words name, if any. */
  localTopic: Topic | null;
}

export function extractClaims(doc: SourceDocument, structure: Structure): Claim[] {
  const text = doc.text;
  const quantities = parseQuantities(text, { isThousandsSeparator: (i) => doc.original[doc.toOriginal(i)] === ',' });
  const skip = mergeSpans([...tableRegions(doc, quantities), ...structure.boilerplate, ...doc.imageSpans]);
  const sections = sectionSpans(structure);

  const drafts: Draft[] = [];
  for (const q0 of quantities) {
    const q = q0.unit ? q0 : withHintedUnit(text, q0);
    if (!isClaimable(text, q) || inSpans(skip, q.start)) continue;
    drafts.push(draft(text, q, sectionAt(sections, q.start), drafts[drafts.length - 1]));
  }
  linkStructure(text, drafts);
  for (const d of drafts) d.claim.metric = linkMetric(d, drafts, text);
  // a figure dated in another year than the report's (2021年为15件 in a 2022 report) is not in its tables
  const year = doc.meta.year;
  if (year)
    for (const d of drafts) {
      const dated = /(\d{4})年/.exec(d.pre);
      if (d.claim.metric && dated && Number(dated[1]) !== year) d.claim.metric = null;
    }
  // a total whose parts are themselves 制发/废止 counts (主动公开规章13件,其中新制定5件、废止4件) is none of the cells
  for (const d of drafts) {
    if (!d.claim.parts || !d.claim.metric?.startsWith('t2.')) continue;
    const partMetrics = drafts.filter((p) => d.claim.parts!.includes(p.claim.id)).map((p) => p.claim.metric);
    if (partMetrics.some((m) => m?.startsWith('t2.'))) d.claim.metric = null;
  }
  // otherwise a part of a list counts some of what its total counts: never the total's own cell (其中区政府办公室受理7件 under
  // 收到申请12件)
  for (const d of drafts) {
    const total = d.claim.partOf ? drafts.find((t) => t.claim.id === d.claim.partOf) : undefined;
    if (total && d.claim.metric && total.claim.metric === d.claim.metric) d.claim.metric = null;
  }
  // the 2019 表二 names its columns differently (制发 → 本年新制作数量) and lacks 废止/现行有效; the reader's guess
  // (from the tables' own wording) counts too, since old-style headings can make the structure stage say legacy
  if (structure.layoutHint === '2019' || doc.meta.layout === '2019') {
    for (const d of drafts) {
      const m = d.claim.metric;
      if (!m || !Object.hasOwn(T2_KEYS_2019, m)) continue;
      const published =
        m.endsWith('.issued') && T2_PUBLISHED_WORDS_2019.some((w) => d.local.includes(w)) && !T2_DRAFTING_WORDS.some((w) => d.local.includes(w));
      d.claim.metric = published ? m.replace(/\.issued$/, '.published') : (T2_KEYS_2019[m] ?? null);
    }
  }
  for (const d of drafts) if (d.claim.metric && d.topic !== d.localTopic) d.claim.inferred = true;
  return drafts.map((d) => d.claim);
}

/** A bare number after 订阅人数为 / 点击量超 … borrows its unit from the subject; otherwise unchanged. */
function withHintedUnit(text: string, q: Quantity): Quantity {
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
function isClaimable(text: string, q: Quantity): boolean {
  if (!q.unit) return false;
  const chinese = !/\d/.test(q.raw);
  const after = text.slice(q.end, q.end + 6);
  if (chinese) {
    // 一个单位, 一名工作人员: the bare numeral 一 (or 零) is an article, not a count — a test of the word, not its value
    const numeral = /[零〇一二两三四五六七八九十百千万亿点]+/.exec(q.raw)?.[0];
    if (numeral === '一' || numeral === '零' || numeral === '〇') return false;
    if (OUTLINE_PHRASES.some((p) => after.startsWith(p) || (q.unit + after).startsWith(p))) return false;
  }
  return true;
}

/**
 * Whether the character at `i` ends a clause or sentence. A line break inside a sentence (a long line ending
 * between two word characters) is a wrap, not a break.
 */
function isBreak(text: string, i: number, boundary: RegExp): boolean {
  const c = text[i]!;
  if (!boundary.test(c)) return false;
  if (c !== '\n') return true;
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (!/[\u4e00-\u9fff\d]/.test(prev) || !/[\u4e00-\u9fff\d]/.test(next)) return true;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const line = text.slice(lineStart, i);
  // a numbered heading (三、收到和处理政府信息公开申请情况) ends where its line does, however long
  if (HEADING_LINE.test(line) && !/[,。;]/.test(line)) return true;
  return line.length < WRAPPED_LINE;
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

function sentenceStartBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && at - i <= MAX_SENTENCE && !isBreak(text, i, SENTENCE_END)) i--;
  return i + 1;
}

function afterEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < MAX_AFTER && !isBreak(text, i, CLAUSE_BOUNDARY) && !/[\d]/.test(text[i]!)) i++;
  return i;
}

function draft(text: string, q: Quantity, section: SectionNo | null, prev: Draft | undefined): Draft {
  const clauseStart = headingRunIn(text, Math.max(clauseStartBefore(text, q.start), prev ? prev.q.end : 0), q.start);
  const pre = text.slice(clauseStart, q.start);
  const postEnd = afterEnd(text, q.end);
  const post = text.slice(q.end, postEnd).trim();
  const fromPre = subjectOf(pre);
  // the counted noun follows the figure when the clause before it is empty or ends in a verb (共收到8份申请)
  const useAfter = !!post && /[\u4e00-\u9fff]{2}/.test(post) && (!fromPre || endsWithVerb(pre));
  // 现行有效6部规章, 主动公开的1853条政府信息: a qualifier before the figure, the noun after it
  const nounAfter = !useAfter && !!fromPre && text.slice(q.end, q.end + 1) === post.slice(0, 1) && startsWithNoun(post);
  const nouns = nounAfter ? leadingNouns(post) : '';
  const subject = useAfter ? subjectOf(post) || post : nounAfter ? `${fromPre}${nouns}` : fromPre;
  const end = useAfter ? postEnd : nounAfter && post.startsWith(nouns) ? q.end + nouns.length : q.end;
  const sStart = sentenceStartBefore(text, q.start);
  let sEnd = q.end;
  while (sEnd < text.length && sEnd - q.end < MAX_SENTENCE && !isBreak(text, sEnd, SENTENCE_END)) sEnd++;
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
  const lead = text.slice(Math.max(sStart, prev ? prev.q.end : 0), q.start);
  return { q, claim, pre, post, local, lead, topic: null, localTopic: lastMention(local)?.topic ?? null };
}

/** The words right after a figure up to the first verb, filler or single character (规章全部上网公开 → 规章). */
function leadingNouns(post: string): string {
  const out: string[] = [];
  for (const w of cut(post.trim())) {
    if (w.length < 2 || REPORT_VERBS.has(w) || LEADING_FILLERS.has(w) || TRAILING_FILLERS.has(w) || NOT_NOUNS.has(w)) break;
    out.push(w);
  }
  return out.join('');
}

function startsWithNoun(post: string): boolean {
  const first = cut(post.trim())[0];
  return !!first && /^[\u4e00-\u9fff]{2,}$/.test(first) && !REPORT_VERBS.has(first) && !LEADING_FILLERS.has(first) && !TRAILING_FILLERS.has(first);
}

function endsWithVerb(pre: string): boolean {
  const words = cut(pre.trim());
  const last = words.filter((w) => !TRAILING_FILLERS.has(w)).pop();
  return !!last && REPORT_VERBS.has(last);
}

/** The counted thing: the clause without its opening connectives/verbs and closing fillers. */
export function subjectOf(clause: string): string {
  // a date opening the clause (2021年, 2021年度) is when, not what
  const body = clause.replace(/\s+/g, '').replace(/^\d{4}年度?/, '');
  const words = cut(body).filter((w) => !/^[\d.%]+$/.test(w));
  let s = 0;
  let e = words.length;
  while (s < e && (LEADING_FILLERS.has(words[s]!) || CHANNEL_PREPOSITIONS.has(words[s]!))) {
    if (CHANNEL_PREPOSITIONS.has(words[s]!)) {
      // a channel phrase (通过政府网站主动公开各类信息) is how, not what: start at the action after it
      const k = words.findIndex((w, i) => i > s && i < e && (REPORT_VERBS.has(w) || SUBJECT_STARTS.some((x) => w.startsWith(x))));
      if (k > s) {
        s = k;
        break;
      }
    }
    s++;
  }
  while (e > s + 1 && (TRAILING_FILLERS.has(words[e - 1]!) || REPORT_VERBS.has(words[e - 1]!))) e--;
  while (e > s && TRAILING_FILLERS.has(words[e - 1]!)) e--;
  // drop one reporting verb in front when something is left after it (受理政府信息公开申请 → 政府信息公开申请)
  while (s < e - 1 && (REPORT_VERBS.has(words[s]!) || LEADING_FILLERS.has(words[s]!))) s++;
  return words.slice(s, e).join('');
}

// ───────────── totals and parts, rates ─────────────

/** Words after a figure that start the predicate, not the counted noun. */
const NOT_NOUNS: ReadonlySet<string> = new Set(['全部', '全面', '已经', '进行', '实现', '予以', '通过', '得到', '按时', '及时', '均已']);

function sameFamily(a: string | null, b: string | null): boolean {
  return !!a && !!b && a !== '%' && b !== '%' && a === b;
}

/** Bracket depth at `to`, counting from `from` (never below zero). */
function bracketDepth(text: string, from: number, to: number): number {
  let d = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '(') d++;
    else if (text[i] === ')' && d > 0) d--;
  }
  return d;
}

/** Whether `s` closes a bracket it did not open (the figure before it sits in an aside). */
function closesOuterBracket(s: string): boolean {
  let d = 0;
  for (const c of s) {
    if (c === '(') d++;
    else if (c === ')' && --d < 0) return true;
  }
  return false;
}

function linkStructure(text: string, drafts: Draft[]): void {
  const partOfSet = new Set<Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const total = drafts[i]!;
    if (partOfSet.has(total) && total.claim.parts) continue;
    const next = drafts[i + 1];
    if (!next || next.claim.sentence.start !== total.claim.sentence.start) continue;
    const between = text.slice(total.q.end, next.q.start);
    let selection = SELECTION_WORDS.some((w) => between.includes(w));
    let exhaustive = EXHAUSTIVE_WORDS.some((w) => between.includes(w));
    if (!selection && !exhaustive) continue;
    if (!sameFamily(total.claim.unit, next.claim.unit)) continue;
    // a figure in an aside (答复34件(含上年结转4件),其中…) does not own the list after the aside closes
    if (closesOuterBracket(between)) continue;
    // "收到申请30件,上年结转2件,其中予以公开20件…": handling outcomes listed after what came in and what was carried
    // over break down the two together (what was handled), not the carried-over figure they follow. Any other list
    // right after the carried-over figure (…上年结转2件,其中网上申请25件) most likely breaks down what came in, but the
    // words do not say which: it goes to the sum, the whole that a selection of either figure also fits, and is
    // never read as exhaustive
    const outcomes = HANDLING_OUTCOME_WORDS.some((w) => next.local.includes(w));
    const sum = outcomes || intakeKind(total) === 'carried' ? intakeRun(text, drafts, i, partOfSet) : null;
    // the last figure of a clause a semicolon closes does not own the list either: "收到申请6件,上年结转3件;其中予以
    // 公开…" lists what the whole clause counts, not the 3 carried over
    if (between.includes(';') && !sum) continue;
    // parts sit at one bracket depth: 13件(含新制定5件,废止4件),规范性文件42件 — the bracket closing ends the list;
    // figures in a deeper bracket after a part (197条(政府预决算32条、…)) break down that part instead
    let baseDepth = bracketDepth(text, total.q.end, next.q.start);
    let restarted = false;
    const parts: Draft[] = [];
    const nested = new Map<Draft, Draft[]>();
    for (let j = i + 1; j < drafts.length; j++) {
      const p = drafts[j]!;
      if (p.claim.sentence.start !== total.claim.sentence.start) break;
      if (p.claim.unit === '%') continue;
      if (!sameFamily(total.claim.unit, p.claim.unit)) break;
      const d = bracketDepth(text, total.q.end, p.q.start);
      if (d < baseDepth) {
        // 答复34件(含上年结转4件),其中同意公开11件: a list opened after the aside is the total's breakdown; the
        // aside (another dimension: what the total includes) is dropped rather than summed with it
        const after = text.slice(text.lastIndexOf(')', p.q.start), p.q.start);
        const sel = SELECTION_WORDS.some((w) => after.includes(w));
        const exh = EXHAUSTIVE_WORDS.some((w) => after.includes(w));
        if (restarted || d !== 0 || (!sel && !exh)) break;
        restarted = true;
        parts.length = 0;
        nested.clear();
        baseDepth = 0;
        selection = sel;
        exhaustive = exh;
      }
      if (d > baseDepth && parts.length) {
        const owner = parts[parts.length - 1]!;
        nested.set(owner, [...(nested.get(owner) ?? []), p]);
        continue;
      }
      // a semicolon ends a list joined by commas (办结1件,其中部分公开1件;结转下年度继续办理4件); only a list opened
      // with a colon (其中:予以公开3件;部分公开2件) runs on through semicolons
      const last = parts[parts.length - 1];
      if (last && text.slice(last.q.end, p.q.start).includes(';') && !text.slice(total.q.end, parts[0]!.q.start).includes(':')) break;
      // a new total opens another structure
      if (j > i + 1 && TOTAL_WORDS.some((w) => p.pre.includes(w))) break;
      // so does a figure about another matter (…结果纠正1件;涉及行政诉讼0件 after 行政复议3件)
      if (p.localTopic && total.localTopic && p.localTopic !== total.localTopic && INHERITED_TOPICS.has(p.localTopic)) break;
      parts.push(p);
    }
    if (parts.length === 0) continue;
    if (sum) {
      const exact = exhaustive && !selection && outcomes;
      sum[0]!.claim.sumParts = { addends: sum.slice(1).map((d) => d.claim.id), parts: parts.map((p) => p.claim.id), exhaustive: exact };
    } else {
      total.claim.parts = parts.map((p) => p.claim.id);
      total.claim.partsExhaustive = exhaustive && !selection;
    }
    for (const p of parts) {
      if (!sum) p.claim.partOf = total.claim.id;
      partOfSet.add(p);
      const sub = nested.get(p);
      if (sub) {
        p.claim.parts = sub.map((x) => x.claim.id);
        p.claim.partsExhaustive = false;
        for (const x of sub) {
          x.claim.partOf = p.claim.id;
          partOfSet.add(x);
        }
      }
    }
  }
  // rates: 受理143659件,办结142366件,办结率99.1%; 各乡镇602条,占32.5%
  for (let i = 0; i < drafts.length; i++) {
    const r = drafts[i]!;
    if (r.claim.unit !== '%') continue;
    const before = drafts.slice(0, i).filter((d) => d.claim.sentence.start === r.claim.sentence.start && d.claim.unit !== '%');
    const num = before[before.length - 1];
    if (!num) continue;
    if (/占/.test(r.pre)) {
      const den = num.claim.partOf ? drafts.find((d) => d.claim.id === num.claim.partOf) : undefined;
      if (den) r.claim.rate = { numerator: num.claim.id, denominator: den.claim.id };
    } else if (/率/.test(r.pre)) {
      // the rate must name the numerator's action (办结率 beside 办结N件), else it rates something unstated
      const action = /([\u4e00-\u9fff]{2})率[^率]*$/.exec(r.pre)?.[1];
      const den = before[before.length - 2];
      // the denominator is read from its words, never from being the larger figure: a numerator above it is an
      // error for the checks to find, not a reason to drop the rate
      if (action && num.local.includes(action) && den && sameFamily(den.claim.unit, num.claim.unit) && isRateBase(den, num, action))
        r.claim.rate = { numerator: num.claim.id, denominator: den.claim.id };
    }
  }
}

/**
 * Whether `den`, the figure right before a rate's numerator, is what the rate is stated over: it names what came
 * in or a total (受理52310件 before 办结51877件,办结率…), not the rated action itself, not a carried-over figure
 * (收到30件,上年结转2件,办结31件: over 30 or 32 — the words do not say), and it stands at the numerator's level
 * (both parts of one list, or the numerator a part of it: 受理100件,其中办结95件).
 */
function isRateBase(den: Draft, num: Draft, action: string): boolean {
  if (den.local.includes(action)) return false;
  if (CARRIED_OVER_WORDS.some((w) => den.local.includes(w))) return false;
  if (!RATE_BASE_WORDS.some((w) => den.local.includes(w))) return false;
  return den.claim.partOf === num.claim.partOf || num.claim.partOf === den.claim.id;
}

/** Whether a figure counts applications carried over from last year, applications that came in, or neither. */
function intakeKind(d: Draft): 'carried' | 'intake' | null {
  if (CARRIED_OVER_WORDS.some((w) => d.local.includes(w))) return 'carried';
  return INTAKE_WORDS.some((w) => d.local.includes(w)) ? 'intake' : null;
}

/**
 * "收到申请30件,上年结转2件": the figures of what came in this year and what was carried over, written one after the
 * other and ending at drafts[i] — the run whose sum a following list of handling outcomes breaks down. Null unless
 * both kinds are there.
 */
function intakeRun(text: string, drafts: readonly Draft[], i: number, taken: ReadonlySet<Draft>): Draft[] | null {
  const kind = intakeKind;
  const run = [drafts[i]!];
  if (!kind(run[0]!)) return null;
  for (let k = i - 1; k >= 0; k--) {
    const a = drafts[k]!;
    const b = run[0]!;
    if (a.claim.sentence.start !== b.claim.sentence.start || taken.has(a) || !sameFamily(a.claim.unit, b.claim.unit) || !kind(a)) break;
    // joined by a comma or 、 only: a bracket, semicolon or list word between them starts another structure
    const gap = text.slice(a.q.end, b.q.start);
    if (/[;:()]/.test(gap) || [...SELECTION_WORDS, ...EXHAUSTIVE_WORDS].some((w) => gap.includes(w))) break;
    run.unshift(a);
  }
  const kinds = new Set(run.map(kind));
  return kinds.has('carried') && kinds.has('intake') ? run : null;
}

// ───────────── metric linking ─────────────

const CASE_TOPICS: ReadonlySet<Topic> = new Set(['review', 'litigation']);

/** The lexicon's topic words by first character, each with its place in TOPIC_WORDS' order (which wins ties). */
const TOPIC_WORDS_BY_FIRST: ReadonlyMap<number, readonly { topic: Topic; word: string; order: number }[]> = groupBy(
  TOPIC_WORDS.flatMap(({ topic, words }) => words.map((word) => ({ topic, word }))).map((w, order) => ({ ...w, order })),
  (w) => w.word.charCodeAt(0),
);

/**
 * The topic word mentioned last in `s` (the one ending last; on a tie, the first in the lexicon's order), and
 * where it ends. One scan of `s` with the words indexed by first character, rather than a search per word.
 */
function lastMention(s: string, only?: ReadonlySet<Topic>): { topic: Topic; at: number } | null {
  let best: { topic: Topic; at: number } | null = null;
  let bestOrder = 0;
  for (let i = 0; i < s.length; i++) {
    const candidates = TOPIC_WORDS_BY_FIRST.get(s.charCodeAt(i));
    if (!candidates) continue;
    for (const c of candidates) {
      if ((only && !only.has(c.topic)) || !s.startsWith(c.word, i)) continue;
      const end = i + c.word.length;
      if (!best || end > best.at || (end === best.at && c.order < bestOrder)) {
        best = { topic: c.topic, at: end };
        bestOrder = c.order;
      }
    }
  }
  return best;
}

function topicOf(d: Draft, drafts: readonly Draft[], text: string): Topic | null {
  // 行政复议/行政诉讼 named in the clause win over 申请 (收到行政复议申请2件 is a review, not an application)
  const appeal = lastMention(d.local, CASE_TOPICS);
  if (appeal) return appeal.topic;
  const local = lastMention(d.local);
  if (local) return local.topic;
  const sentenceBefore = text.slice(d.claim.sentence.start, d.claim.start);
  const inherited = lastMention(sentenceBefore);
  if (inherited) {
    if (INHERITED_TOPICS.has(inherited.topic)) return inherited.topic;
    if (inherited.topic === 'regulations' || inherited.topic === 'normative') {
      let rest = d.pre.replace(/\s/g, '');
      for (const w of [...T2_ACTION_WORDS].sort((a, b) => b.length - a.length)) rest = rest.split(w).join('');
      if (!rest) return inherited.topic;
    }
  }
  // the parts of a total share its topic
  if (d.claim.partOf) {
    const total = drafts.find((t) => t.claim.id === d.claim.partOf);
    if (total?.topic && INHERITED_TOPICS.has(total.topic)) return total.topic;
  }
  if (d.claim.section === 3) return 'application';
  return null;
}

function linkMetric(d: Draft, drafts: readonly Draft[], text: string): MetricKey | null {
  d.topic = topicOf(d, drafts, text);
  if (!d.topic) return null;
  const unit = d.claim.unit;
  if (!unit) return null;
  if (outOfScope(d)) return null;
  for (const rule of METRIC_RULES[d.topic]) {
    // a percentage or a time span never links to a cell; prose-only keys name their own units (人次, %)
    if (!(rule.units ? rule.units.includes(unit) : COUNT_UNITS.has(unit) || d.topic === 'proactive')) continue;
    if (!rule.any.some((w) => d.local.includes(w))) continue;
    if (rule.none?.some((w) => d.local.includes(w))) continue;
    if (rule.total !== undefined && rule.total !== !d.claim.partOf) continue;
    return rule.metric;
  }
  return null;
}

/** A category with others in it: 规范性文件等45件, 规章等各类文件12件 (the clause before the figure ends so). */
const CATEGORY_BEFORE = new RegExp(`(?:${CATEGORY_ENDINGS.join('|')})(?:${[...TRAILING_FILLERS].join('|')})?$`);

/**
 * Whether the claim's words give it a narrower scope than any cell of its topic (./lexicon/scopes.ts): a
 * publication count, a category with others in it, one channel of applications, requesters other than 自然人.
 */
function outOfScope(d: Draft): boolean {
  // publications and categories narrow what a table cell counts; prose-only keys (解读13篇 刊发 on 微信) keep theirs
  const tabled = d.topic === 'application' || d.topic === 'regulations' || d.topic === 'normative' || d.topic === 'proactive';
  if (tabled && PUBLICATION_WORDS.some((w) => d.local.includes(w))) return true;
  if (tabled && CATEGORY_BEFORE.test(d.pre.replace(/\s/g, ''))) return true;
  // a Chinese numeral before a noun that names no topic is a label (两个关键, 三个全覆盖), not a count of the sentence's topic
  if (!/\d/.test(d.q.raw) && startsWithNoun(d.post) && !lastMention(leadingNouns(d.post))) return true;
  if (d.topic !== 'application') return false;
  // channels are counted from the previous figure on, within the clause: a list cut at 、 (通过邮寄、网络提交的申请) is
  // still a list, a slogan a comma before (深化“互联网+政务服务”,全年受理申请12件) is not a channel
  const words = (d.lead.split(/[,;:。!?]/).pop() ?? '') + d.post;
  const channels = CHANNEL_WORDS.filter((w) => words.includes(w) && !CHANNEL_WORDS.some((v) => v !== w && v.includes(w) && words.includes(v)));
  if (channels.length === 1 && !CHANNEL_LIST_WORDS.some((w) => words.includes(w))) return true;
  // 法人或其他组织N件 is one kind of requester; 公民、法人和其他组织提出的申请N件 is all of them
  const others = OTHER_REQUESTER_WORDS.some((w) => d.local.includes(w));
  return others && !NATURAL_REQUESTER_WORDS.some((w) => words.includes(w));
}
