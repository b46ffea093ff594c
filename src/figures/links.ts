/**
 * Structure among the figures of a sentence: a total and its parts (收到申请12件,其中…), the sum of what came in
 * and what was carried over, and a rate beside its numerator and denominator.
 */
import { INHERITED_TOPICS } from './lexicon/metrics.js';
import {
  CARRIED_OVER_WORDS,
  EXHAUSTIVE_WORDS,
  HANDLING_OUTCOME_WORDS,
  INTAKE_WORDS,
  RATE_BASE_WORDS,
  SELECTION_WORDS,
  SHARE_BASE_ENDING,
  SHARE_BASE_OPENING,
  TOTAL_WORDS,
} from './lexicon/structure.js';
import type { Draft } from './draft.js';
import { isBesideTheYear, isMultiYear } from './periods.js';
import { withoutBlanks } from '../util/chars.js';

export function sameFamily(a: string | null, b: string | null): boolean {
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

const LIST_WORDS = [...SELECTION_WORDS, ...EXHAUSTIVE_WORDS];

/** Totals and their parts, then rates; `byId` holds every draft by claim id. */
export function linkStructure(text: string, drafts: readonly Draft[], byId: ReadonlyMap<string, Draft>, year: number | null): void {
  markAsides(text, drafts, year);
  linkParts(text, drafts);
  linkRates(drafts, byId);
}

/**
 * Which figures stand aside from the year's structure (./periods.ts): a comparison with last year, an average or a target
 * (共收到申请10件,较上年的17件有所减少,其中予以公开2件…), or a figure over several years set right after one of the
 * year's (…88件,近三年累计268件,其中…). They are neither a total, nor a part, nor a rate's count: the list after them
 * belongs to the figure before them. A figure over several years that opens its own sentence's figures keeps its list.
 */
function markAsides(text: string, drafts: readonly Draft[], year: number | null): void {
  drafts.forEach((d, k) => {
    if (isBesideTheYear(d, year) || (isMultiYear(d) && followsAsAside(text, drafts[k - 1], d))) d.claim.aside = true;
  });
}

/** Whether `d` follows `before` in its sentence, counting the same, with no list word between them. */
function followsAsAside(text: string, before: Draft | undefined, d: Draft): boolean {
  if (!before || before.claim.sentence.start !== d.claim.sentence.start || !sameFamily(before.claim.unit, d.claim.unit)) return false;
  const gap = withoutBlanks(text.slice(before.q.end, d.q.start));
  return !LIST_WORDS.some((w) => gap.includes(w));
}

function linkParts(text: string, drafts: readonly Draft[]): void {
  const partOfSet = new Set<Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const total = drafts[i];
    if (total === undefined || total.claim.aside || (partOfSet.has(total) && total.claim.parts)) continue;
    let n = i + 1;
    while (drafts[n]?.claim.aside) n++;
    const next = drafts[n];
    if (!next || next.claim.sentence.start !== total.claim.sentence.start) continue;
    const between = text.slice(total.q.end, next.q.start);
    const betweenWords = withoutBlanks(between);
    let selection = SELECTION_WORDS.some((w) => betweenWords.includes(w));
    let exhaustive = EXHAUSTIVE_WORDS.some((w) => betweenWords.includes(w));
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
      const p = drafts[j];
      if (p === undefined || p.claim.sentence.start !== total.claim.sentence.start) break;
      if (p.claim.unit === '%' || p.claim.aside) continue;
      if (!sameFamily(total.claim.unit, p.claim.unit)) break;
      const d = bracketDepth(text, total.q.end, p.q.start);
      if (d < baseDepth) {
        // 答复34件(含上年结转4件),其中同意公开11件: a list opened after the aside is the total's breakdown; the
        // aside (another dimension: what the total includes) is dropped rather than summed with it
        const after = withoutBlanks(text.slice(text.lastIndexOf(')', p.q.start), p.q.start));
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
      const owner = parts[parts.length - 1];
      if (d > baseDepth && owner) {
        nested.set(owner, [...(nested.get(owner) ?? []), p]);
        continue;
      }
      // a semicolon ends a list joined by commas (办结1件,其中部分公开1件;结转下年度继续办理4件); only a list opened
      // with a colon (其中:予以公开3件;部分公开2件) runs on through semicolons
      const first = parts[0];
      if (owner && first && text.slice(owner.q.end, p.q.start).includes(';') && !text.slice(total.q.end, first.q.start).includes(':')) break;
      // a new total opens another structure
      if (j > i + 1 && TOTAL_WORDS.some((w) => p.pre.includes(w))) break;
      // so does a figure about another matter (…结果纠正1件;涉及行政诉讼0件 after 行政复议3件)
      if (p.localTopic && total.localTopic && p.localTopic !== total.localTopic && INHERITED_TOPICS.has(p.localTopic)) break;
      parts.push(p);
    }
    if (parts.length === 0) continue;
    const whole = sum?.[0];
    if (sum && whole) {
      const exact = exhaustive && !selection && outcomes;
      whole.claim.sumParts = { addends: sum.slice(1).map((d) => d.claim.id), parts: parts.map((p) => p.claim.id), exhaustive: exact };
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
}

/**
 * Rates: 受理143659件,办结142366件,办结率99.1%; 各乡镇602条,占32.5%. A rate is read against the counts before it
 * in its sentence, kept per sentence as the drafts go by (one pass, no scan back over all claims).
 */
function linkRates(drafts: readonly Draft[], byId: ReadonlyMap<string, Draft>): void {
  const countsBySentence = new Map<number, Draft[]>();
  const lastBySentence = new Map<number, Draft>();
  const shares: { r: Draft; num: Draft; den: Draft }[] = [];
  // totals a share of their list names another base for (占办结总数的60% under 收到申请52件): every share of that list
  // is of the base it names, which is not the total
  const otherBase = new Set<Draft>();
  for (const r of drafts) {
    const key = r.claim.sentence.start;
    const previous = lastBySentence.get(key);
    lastBySentence.set(key, r);
    if (r.claim.aside) continue;
    if (r.claim.unit !== '%') {
      const list = countsBySentence.get(key);
      if (list) list.push(r);
      else countsBySentence.set(key, [r]);
      continue;
    }
    const before = countsBySentence.get(key) ?? [];
    const num = before[before.length - 1];
    if (!num) continue;
    if (/占/.test(r.pre)) {
      // a share is of the count right before it in its clause (不予公开5件,占6.17%): not of one further back, past another
      // rate or a semicolon, when its own count was not read (不予处理一件,占1.23%)
      if (previous !== num || /[;；]/.test(r.lead)) continue;
      const den = num.claim.partOf ? byId.get(num.claim.partOf) : undefined;
      if (!den) continue;
      const base = shareBase(r.pre);
      if (base && !den.local.includes(base) && !den.local.includes(base.slice(0, 2))) otherBase.add(den);
      else shares.push({ r, num, den });
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
  for (const { r, num, den } of shares) if (!otherBase.has(den)) r.claim.rate = { numerator: num.claim.id, denominator: den.claim.id };
}

/**
 * The base a share names (占申请总数的57.7% → 申请, 占收到申请的 → 收到申请), without the words around it; '' when it names
 * none (占20%, 占比20%).
 */
function shareBase(pre: string): string {
  let base = pre.slice(pre.lastIndexOf('占') + 1).replace(SHARE_BASE_OPENING, '');
  for (let before = ''; before !== base; ) {
    before = base;
    base = base.replace(SHARE_BASE_ENDING, '');
  }
  return base.length >= 2 ? base : '';
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
  const last = drafts[i];
  if (last === undefined || !intakeKind(last)) return null;
  const run = [last];
  let b = last;
  for (let k = i - 1; k >= 0; k--) {
    const a = drafts[k];
    if (a === undefined) break;
    if (a.claim.aside) continue;
    if (a.claim.sentence.start !== b.claim.sentence.start || taken.has(a) || !sameFamily(a.claim.unit, b.claim.unit) || !intakeKind(a)) break;
    // joined by a comma or 、 only: a bracket, semicolon or list word between them starts another structure
    const gap = withoutBlanks(text.slice(a.q.end, b.q.start));
    if (/[;:()]/.test(gap) || LIST_WORDS.some((w) => gap.includes(w))) break;
    run.unshift(a);
    b = a;
  }
  const kinds = new Set(run.map(intakeKind));
  return kinds.has('carried') && kinds.has('intake') ? run : null;
}
