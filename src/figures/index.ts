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
  TOPIC_WORDS,
  type Topic,
} from './lexicon/metrics.js';
import { HINT_LINKS, SUBJECT_UNIT_HINTS } from './lexicon/units.js';
import { LEADING_FILLERS, REPORT_VERBS, TRAILING_FILLERS } from './lexicon/subject.js';
import { inSpans, mergeSpans, tableRegions } from './tableRegions.js';
import { sectionAt, sectionSpans } from './sections.js';
import { cut } from '../nlp/segment.js';

export { parseQuantities } from './quantity.js';

/** Sentence ends. */
const SENTENCE_END = /[。!?\n]/;
/** Clause boundaries: punctuation, brackets, quotes, table pipes. */
const CLAUSE_BOUNDARY = /[。!?\n,;:、()\[\]“”"|《》【】]/;
/** A clause is cut this many characters before its figure at most (run-together text has few commas). */
const MAX_CLAUSE = 40;
/** Words after the figure read as part of the claim (现行有效6部规章, 1件结转下年度继续办理). */
const MAX_AFTER = 16;

interface Draft {
  q: Quantity;
  claim: Claim;
  pre: string;
  post: string;
  local: string;
  topic: Topic | null;
  /** The topic the claim's own words name, if any. */
  localTopic: Topic | null;
}

export function extractClaims(doc: SourceDocument, structure: Structure): Claim[] {
  const text = doc.text;
  const quantities = parseQuantities(text, { isThousandsSeparator: (i) => doc.original[doc.toOriginal(i)] === ',' });
  const skip = mergeSpans([...tableRegions(doc, quantities), ...structure.boilerplate, ...doc.imageSpans]);
  const sections = sectionSpans(text, structure);

  const drafts: Draft[] = [];
  for (const q0 of quantities) {
    const q = q0.unit ? q0 : withHintedUnit(text, q0);
    if (!isClaimable(text, q) || inSpans(skip, q.start)) continue;
    drafts.push(draft(text, q, sectionAt(sections, q.start), drafts[drafts.length - 1]));
  }
  linkStructure(text, drafts);
  for (const d of drafts) d.claim.metric = linkMetric(d, drafts, text);
  // a total whose parts are themselves 制发/废止 counts (主动公开规章13件,其中新制定5件、废止4件) is none of the cells
  for (const d of drafts) {
    if (!d.claim.parts || !d.claim.metric?.startsWith('t2.')) continue;
    const partMetrics = drafts.filter((p) => d.claim.parts!.includes(p.claim.id)).map((p) => p.claim.metric);
    if (partMetrics.some((m) => m?.startsWith('t2.'))) d.claim.metric = null;
  }
  return drafts.map((d) => d.claim);
}

/** A bare number after 订阅人数为 / 点击量超 … borrows its unit from the subject; otherwise unchanged. */
function withHintedUnit(text: string, q: Quantity): Quantity {
  const after = text[q.end];
  if (after !== undefined && !/[\s,。;:、)]/.test(after)) return q;
  const before = text.slice(Math.max(0, q.start - 12), q.start);
  for (const h of SUBJECT_UNIT_HINTS) {
    for (const link of HINT_LINKS) {
      if (before.endsWith(h.ending + link)) return { ...q, unit: h.unit };
    }
  }
  return q;
}

/** Which quantities are claims: a measure word, not an outline phrase, a Chinese numeral only when it counts more than one. */
function isClaimable(text: string, q: Quantity): boolean {
  if (!q.unit) return false;
  const chinese = !/\d/.test(q.raw);
  const after = text.slice(q.end, q.end + 6);
  if (chinese) {
    if (q.value < 2) return false; // 一个单位, 一名工作人员: an article, not a count
    if (OUTLINE_PHRASES.some((p) => after.startsWith(p) || (q.unit + after).startsWith(p))) return false;
  }
  return true;
}

function clauseStartBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && at - i <= MAX_CLAUSE && !CLAUSE_BOUNDARY.test(text[i]!)) i--;
  let s = i + 1;
  while (s < at && text[s] === ' ') s++;
  return s;
}

function sentenceStartBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !SENTENCE_END.test(text[i]!)) i--;
  return i + 1;
}

function afterEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < MAX_AFTER && !CLAUSE_BOUNDARY.test(text[i]!) && !/[\d]/.test(text[i]!)) i++;
  return i;
}

function draft(text: string, q: Quantity, section: SectionNo | null, prev: Draft | undefined): Draft {
  const clauseStart = Math.max(clauseStartBefore(text, q.start), prev ? prev.q.end : 0);
  const pre = text.slice(clauseStart, q.start);
  const postEnd = afterEnd(text, q.end);
  const post = text.slice(q.end, postEnd).trim();
  const fromPre = subjectOf(pre);
  // the counted noun follows the figure when the clause before it is empty or ends in a verb (共收到8份申请)
  const useAfter = !!post && /[\u4e00-\u9fff]{2}/.test(post) && (!fromPre || endsWithVerb(pre));
  const subject = useAfter ? subjectOf(post) || post : fromPre;
  const end = useAfter ? q.start + (q.end - q.start) + text.slice(q.end, postEnd).length : q.end;
  const sStart = sentenceStartBefore(text, q.start);
  let sEnd = q.end;
  while (sEnd < text.length && !SENTENCE_END.test(text[sEnd]!)) sEnd++;
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
  return { q, claim, pre, post, local, topic: null, localTopic: lastMention(local)?.topic ?? null };
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
  while (s < e && LEADING_FILLERS.has(words[s]!)) s++;
  while (e > s && TRAILING_FILLERS.has(words[e - 1]!)) e--;
  // drop one reporting verb in front when something is left after it (受理政府信息公开申请 → 政府信息公开申请)
  while (s < e - 1 && (REPORT_VERBS.has(words[s]!) || LEADING_FILLERS.has(words[s]!))) s++;
  return words.slice(s, e).join('');
}

// ───────────── totals and parts, rates ─────────────

const SELECTION_WORDS = ['其中', '含'];
const EXHAUSTIVE_WORDS = ['分别为', '分别是', '包括', '分别'];
const TOTAL_WORDS = ['共', '共计', '合计', '总计', '累计', '总数'];

function sameFamily(a: string | null, b: string | null): boolean {
  return !!a && !!b && a !== '%' && b !== '%' && a === b;
}

function linkStructure(text: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const total = drafts[i]!;
    const next = drafts[i + 1];
    if (!next || next.claim.sentence.start !== total.claim.sentence.start) continue;
    const between = text.slice(total.q.end, next.q.start);
    const selection = SELECTION_WORDS.some((w) => between.includes(w));
    const exhaustive = EXHAUSTIVE_WORDS.some((w) => between.includes(w));
    if (!selection && !exhaustive) continue;
    if (!sameFamily(total.claim.unit, next.claim.unit)) continue;
    const parts: Draft[] = [];
    for (let j = i + 1; j < drafts.length; j++) {
      const p = drafts[j]!;
      if (p.claim.sentence.start !== total.claim.sentence.start) break;
      if (p.claim.unit === '%') continue;
      if (!sameFamily(total.claim.unit, p.claim.unit)) break;
      // a new total opens another structure
      if (j > i + 1 && TOTAL_WORDS.some((w) => p.pre.includes(w))) break;
      // so does a figure about another matter (…结果纠正1件;涉及行政诉讼0件 after 行政复议3件)
      if (p.localTopic && total.localTopic && p.localTopic !== total.localTopic && INHERITED_TOPICS.has(p.localTopic)) break;
      parts.push(p);
    }
    if (parts.length === 0) continue;
    total.claim.parts = parts.map((p) => p.claim.id);
    total.claim.partsExhaustive = exhaustive && !selection;
    for (const p of parts) p.claim.partOf = total.claim.id;
    i += parts.length;
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
      const den = before[before.length - 2];
      if (den && sameFamily(den.claim.unit, num.claim.unit) && den.q.value >= num.q.value) r.claim.rate = { numerator: num.claim.id, denominator: den.claim.id };
    }
  }
}

// ───────────── metric linking ─────────────

function lastMention(s: string): { topic: Topic; at: number } | null {
  let best: { topic: Topic; at: number } | null = null;
  for (const { topic, words } of TOPIC_WORDS) {
    for (const w of words) {
      const at = s.lastIndexOf(w);
      if (at >= 0 && (!best || at + w.length > best.at)) best = { topic, at: at + w.length };
    }
  }
  return best;
}

function topicOf(d: Draft, drafts: readonly Draft[], text: string): Topic | null {
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
  if (!d.claim.unit || (!COUNT_UNITS.has(d.claim.unit) && d.topic !== 'proactive')) return null;
  for (const rule of METRIC_RULES[d.topic]) {
    if (!rule.any.some((w) => d.local.includes(w))) continue;
    if (rule.none?.some((w) => d.local.includes(w))) continue;
    if (rule.total !== undefined && rule.total !== !d.claim.partOf) continue;
    return rule.metric;
  }
  return null;
}
