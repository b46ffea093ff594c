/** "共N件，其中a件、b件、c件": the listed parts against the whole. */
import type { Claim, Finding, ReportAnalysis } from '../../model/types.js';
import { failed, graded, message, same, type ReportRule } from '../engine.js';
import { ANNOUNCED_COUNT, ANY_KIND_PART_WORDS, CHANNEL_PART_WORDS, COURT_INSTANCE_WORDS, LABEL_NUMBER, LIST_END, MIN_BREAKDOWN_SHARE, NESTED_CUE, OPEN_LIST_END, ORDINAL_ITEM, PART_KINDS, SELECTION_MARKER, SUBJECT_PART_WORDS } from '../lexicon/arithmetic.js';
import { parseOrdinal } from '../../util/numerals.js';
import { withoutBlanks, wrapsAt } from '../../util/chars.js';

/** A selection (其中 …) of at least this many parts that falls short of the whole reads as a breakdown that lost items. */
export const SHORT_BREAKDOWN_MIN_PARTS = 3;

/**
 * The parts (sorted by start) at parenthesis depth 0 counting from `from`: one scan for all of them, as each
 * part's depth continues the count of the one before it.
 */
function atDepthZero(text: string, from: number, sorted: readonly Claim[]): Claim[] {
  let d = 0;
  let i = from;
  return sorted.filter((p) => {
    for (; i < p.start; i++) {
      const ch = text[i];
      if (ch === '(' || ch === '（') d++;
      else if ((ch === ')' || ch === '）') && d > 0) d--;
    }
    return d === 0;
  });
}

/**
 * The parts that break down the whole itself. "13件(含新制定5件,修改4件,废止4件),…42件": figures in a bracket right
 * after the whole are its breakdown and what follows the bracket are siblings; "197条(政府预决算32条、…)" as one
 * part: bracketed figures after a part break down that part, not the whole.
 */
export function topLevelParts(text: string, whole: Claim, parts: Claim[]): Claim[] {
  const sorted = [...parts].sort((x, y) => x.start - y.start);
  const first = sorted[0];
  if (!first) return [];
  const opener = /^[^。;；()（）]{0,6}[(（]/.exec(text.slice(whole.end, first.start));
  if (opener) {
    const open = whole.end + opener[0].length; // just inside the bracket
    let close = open;
    for (let d = 1; close < text.length && d > 0; close++) {
      if (text[close] === '(' || text[close] === '（') d++;
      else if (text[close] === ')' || text[close] === '）') d--;
    }
    return atDepthZero(text, open, sorted).filter((p) => p.start >= open && p.end <= close);
  }
  return atDepthZero(text, whole.end, sorted);
}

/** Just after the last comma or semicolon before `at`. */
const clauseStart = (text: string, at: number): number => Math.max(...[',', '，', ';', '；', ':'].map((c) => text.lastIndexOf(c, at - 1))) + 1;

const NUMERAL_WORDS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A label's number (五个中心, 三位一体), not a quantity. */
export function isLabelNumber(text: string, c: Claim): boolean {
  const q = c.quantity ? text.slice(c.quantity.start, c.quantity.end) : c.text;
  return LABEL_NUMBER.test(q.replace(/\s+/g, ''));
}

/**
 * Parts that are themselves broken down in the same list ("政务动态150条，含区级90条、乡镇60条，通知公告120条"): a
 * part followed by a sub-list cue (含, 包括, 其中) and a run of at least two parts that add up to it keeps the part
 * and drops the run.
 */
export function withoutNestedParts(text: string, parts: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p) continue;
    out.push(p);
    const next = parts[i + 1];
    if (!next || !NESTED_CUE.test(text.slice(p.end, next.start + 4))) continue;
    let sum = 0;
    for (let j = i + 1; j < parts.length; j++) {
      sum += parts[j]?.value ?? 0;
      if (j >= i + 2 && same(sum, p.value)) {
        i = j;
        break;
      }
      if (sum > p.value) break;
    }
  }
  return out;
}

/** Where the list whose last part ends at `from` ends: its sentence's or clause's end, or a line break that is no page's wrap; -1 when the text stops first. */
function listEnd(text: string, from: number): number {
  LIST_END_AT.lastIndex = from;
  for (let m = LIST_END_AT.exec(text); m; m = LIST_END_AT.exec(text)) if (m[0] !== '\n' || !wrapsAt(text, m.index)) return m.index;
  return -1;
}
const LIST_END_AT = new RegExp(LIST_END.source, 'g');

/**
 * Figures in the list (from its first part to the end of the clause after its last) that are not among its parts;
 * a list the text stops in (a cut page) may go on, so it counts as having such figures.
 */
export function unlistedFigures(text: string, whole: Claim, parts: Claim[]): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return false;
  const end = listEnd(text, last.end);
  if (end < 0) return true;
  const within = (at: number) => parts.some((p) => at >= p.start && at < p.end) || (at >= whole.start && at < whole.end);
  for (const m of text.slice(first.start, end).matchAll(/\d+(?:\.\d+)?/g)) {
    const at = first.start + m.index;
    if (within(at)) continue;
    if (/^\s*[年月日号]/.test(text.slice(at + m[0].length, at + m[0].length + 2))) continue; // dates
    return true;
  }
  return false;
}

/** A list that announces itself as a selection (其中…版块中：, …等): not a complete breakdown. */
/**
 * Whether `parts`, in order, read as breakdowns of the whole one after another: runs of two or more parts that each
 * add up to `whole`, the last perhaps a selection of two or more parts below it (按时办结50件,延期办结2件,予以公开30件,部分公开20件).
 */
function breakdownsInTurn(parts: readonly Claim[], whole: number): boolean {
  let runs = 0;
  let sum = 0;
  let open = 0;
  for (const p of parts) {
    sum += p.value;
    open++;
    if (same(sum, whole)) {
      // a breakdown has two parts at least: 1件 beside 1件 beside 1件 are no three breakdowns of 1件
      if (open < 2) return false;
      runs++;
      sum = 0;
      open = 0;
    } else if (sum > whole) return false;
  }
  return runs >= 1 && (open === 0 ? runs >= 2 : open >= 2);
}

export function isSelection(text: string, whole: Claim, parts: Claim[]): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return false;
  // up to the first part's figure: its clause may open with the words (…,主要包括政策文件300条)
  const lead = text.slice(whole.end, first.quantity?.start ?? first.start);
  return SELECTION_MARKER.test(withoutBlanks(lead)) || OPEN_LIST_END.test(text.slice(last.end, last.end + 3));
}

/** "公开6大类信息：一是…二是…七是…": the items enumerated right after an announced count, against the count. */
export function enumerationCounts(text: string): { count: number; items: number; span: { start: number; end: number }; quote: string }[] {
  const out: { count: number; items: number; span: { start: number; end: number }; quote: string }[] = [];
  for (const m of text.matchAll(ANNOUNCED_COUNT)) {
    const said = m[1] ?? '';
    const count = /^\d+$/.test(said) ? Number(said) : parseOrdinal(said) ?? 0;
    if (count < 2) continue;
    const from = m.index + m[0].length;
    let paraEnd = text.indexOf('\n', from);
    if (paraEnd < 0) paraEnd = text.length;
    const para = text.slice(from, paraEnd);
    const ordinals = [...para.matchAll(ORDINAL_ITEM)].map((o) => ({ n: parseOrdinal(o[1] ?? '') ?? 0, at: o.index }));
    // The enumeration starts right after the colon with 一是.
    if (ordinals[0]?.n !== 1 || ordinals[0].at > 2) continue;
    let items = 1;
    for (let k = 1; k < ordinals.length && ordinals[k]?.n === items + 1; k++) items++;
    if (items === count) continue;
    // The sentence holding the count may itself be item X of an outer enumeration (三是…): when the inner list has
    // X items, the outer list's next ordinal (X+1) continues the inner run, so a longer run says nothing.
    const sentenceStart = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const outer = /^\s*([一二三四五六七八九十]{1,2})是/.exec(text.slice(sentenceStart, m.index));
    if (outer && parseOrdinal(outer[1] ?? '') === count && items > count) continue;
    const start = m.index;
    out.push({ count, items, span: { start, end: from }, quote: text.slice(Math.max(sentenceStart, clauseStart(text, start)), from - 1).trim() });
  }
  return out;
}

/** Parts counting where items were published (门户网站480条, 政务微博320条): one item is often posted on several. */
const postedOnChannels = (parts: readonly Claim[]): boolean => parts.some((p) => CHANNEL_PART_WORDS.some((w) => withoutBlanks(p.text).includes(w)));

/** Which of PART_KINDS a part's words (blanks removed) name, or -1. */
const partKind = (t: string): number => PART_KINDS.findIndex((k) => k.words.some((w) => t.includes(w)) || k.opening?.test(t) === true);

/**
 * Whether the parts split the whole in two ways or more at once (其中网上申请20件,涉及房屋征收的15件; 自然人28件,予以公开20件):
 * the kinds of PART_KINDS, and parts named by their subject, counted once each. Their sum says nothing of the whole.
 */
function splitsSeveralWays(parts: readonly Claim[]): boolean {
  const ways = new Set<number>();
  for (const p of parts) {
    const t = withoutBlanks(p.text);
    if (ANY_KIND_PART_WORDS.some((w) => t.includes(w))) continue;
    if (SUBJECT_PART_WORDS.some((w) => t.includes(w))) ways.add(PART_KINDS.length);
    else {
      const kind = partKind(t);
      if (kind >= 0) ways.add(kind);
    }
  }
  return ways.size >= 2;
}

/** Parts that are all court instances (一审4件, 二审3件): one suit counted under each it went through. */
const byCourtInstance = (parts: readonly Claim[]): boolean => parts.every((p) => COURT_INSTANCE_WORDS.some((w) => withoutBlanks(p.text).includes(w)));

/**
 * Whether a selection's parts split one dimension whose kinds exclude each other (PART_KINDS: requester, channel of
 * application, outcome, period), so that their sum above the whole proves an error. Any other 其中 list may count one item
 * under two parts (新闻发布会15场，其中主要负责同志出席9场、部门负责人出席12场; 重点领域信息500条，标准目录信息520条),
 * and so may publication channels, parts named by subject (涉及…的), parts of two kinds (a channel and a requester),
 * or outcomes above a whole that leaves out last year's applications. 其他/其余 and 结转 parts go with any kind.
 */
function exclusiveParts(parts: readonly Claim[], whole: Claim, addends: readonly Claim[]): boolean {
  const words = parts.map((p) => withoutBlanks(p.text));
  if (postedOnChannels(parts) || words.some((t) => SUBJECT_PART_WORDS.some((w) => t.includes(w)))) return false;
  const kinds = words.filter((t) => !ANY_KIND_PART_WORDS.some((w) => t.includes(w))).map(partKind);
  const [kind, ...others] = new Set(kinds);
  if (kind === undefined || kind < 0 || others.length > 0) return false;
  const handled = whole.metric === 't3.total.total_processed' || addends.some((x) => x.metric === 't3.total.carried_over');
  return PART_KINDS[kind]?.handledWhole !== true || handled;
}

/**
 * Outcomes (予以公开, 无法提供…) listed under this year's applications (收到申请45件，其中予以公开30件…) add up to more than
 * it by no more than 表三's 上年结转: last year's applications were answered this year too, so nothing is wrong.
 */
function outcomesWithinCarriedOver(a: ReportAnalysis, parts: readonly Claim[], whole: Claim, total: number): boolean {
  const column = /^t3\.([a-z_]+)\.new_received$/.exec(whole.metric ?? '')?.[1];
  if (!column) return false;
  const outcome = PART_KINDS.findIndex((k) => k.handledWhole === true);
  const words = PART_KINDS[outcome]?.words ?? [];
  if (!parts.every((p) => words.some((w) => withoutBlanks(p.text).includes(w)))) return false;
  const carried = a.values[`t3.${column}.carried_over`];
  return carried !== undefined && total <= whole.value + carried;
}

export const proseParts: ReportRule = {
  id: 'prose_parts',
  severity: 'error',
  confidence: 0.85,
  scope: 'report',
  title: '正文分项之和与总数不符',
  description:
    '“共N件，其中a、b、c”一类表述：分项列全（分别为…）时分项之和应等于总数；只列其中一部分时分项之和不应超过总数。列出三项以上仍明显少于总数的，提示可能有遗漏（警告）。按发布渠道（网站、微博、微信等）列的分项可以重复计数，不符只作警告；只列一部分的分项超过总数时，只有分项同属一种互斥的分法（申请人类型、提交方式、办理结果或年份、月份等时段）才算错误；同时按两种以上口径列出的分项（如一项按提交方式、一项按主题“涉及…的”，或一项按申请人、一项按办理结果）不是对总数的一种划分，按审级列出的分项（一审、二审）同一案件可重复计数，都不作比较；其他分项（如按出席领导、信息类别或目录列出，按主题列出的“涉及…的”，或为办理结果而总数不含上年结转的）可能交叉，只作警告；办理结果列在本年新收之下、超出之数不多于表三上年结转的，不算超出；可能交叉的分项中有一项等于总数的（如“办结9件，其中在法定期限内办结9件，提前办结8件”），其余分项是对它的限定，不算超出。“包括…”所列视为只列一部分；一句中先后列出两套分项、各自之和等于总数（如先按办理时限、再按办理结果）的，不算超出。',
  messages: {
    enumeration: {
      zh: '正文称“{quote}”共{count}类（项），其后列举“一是”至“{last}是”共{items}项',
      en: 'The text says "{quote}", {count} kinds (items), then lists {items} items, "first" to "{last}"',
    },
    differs: {
      zh: '正文称{wholes*}，所列分项{list}，与{of}相差{difference}{unit?}',
      en: 'The text says {wholes*}; the parts listed, {list}, differ from the {of} by {difference}{unit?}',
    },
    over: {
      zh: '正文称{wholes*}，其中所列分项{list}，超过{of}{difference}{unit?}',
      en: 'The text says {wholes*}; the parts listed, {list}, exceed the {of} by {difference}{unit?}',
    },
    atLeastOver: {
      zh: '正文称{wholes*}，其中所列分项至少{list}，超过{of}',
      en: 'The text says {wholes*}; the parts listed come to at least {list}, more than the {of}',
    },
    short: {
      zh: '正文称{wholes*}，其中所列{count}项{list}，比{of}少{difference}{unit?}，分项可能有遗漏',
      en: 'The text says {wholes*}; the {count} parts listed, {list}, fall {difference}{unit?} short of the {of}: parts may be missing',
    },
    sum: { zh: '{parts*＋}＝{total}{unit?}', en: '{parts*＋} = {total}{unit?}' },
    combined: { zh: '合计{total}{unit?}', en: 'combined {total}{unit?}' },
    whole: { zh: '总数', en: 'whole' },
    quoted: { zh: '“{text}”', en: '"{text}"' },
  },
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    const byId = new Map(a.claims.map((c) => [c.id, c]));
    const claimsOf = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((c): c is Claim => !!c);
    const text = a.doc.text;
    for (const e of enumerationCounts(text))
      out.push(
        graded(
          failed(this, 'enumeration', { quote: e.quote, count: e.count, last: NUMERAL_WORDS[e.items] ?? e.items, items: e.items }, {
            severity: 'warning',
            expected: e.count,
            actual: e.items,
            evidence: [e.span],
          }),
          0.6,
        ),
      );
    for (const whole of a.claims) {
      if (whole.unit === '%' || isLabelNumber(text, whole)) continue;
      // "共N件，其中…" breaks down N; "收到N件，上年结转M件，其中…" breaks down N+M (Claim.sumParts).
      const breakdowns: { addends: Claim[]; parts: Claim[]; exhaustive: boolean }[] = [];
      if (whole.parts && whole.parts.length >= 2)
        breakdowns.push({ addends: [], parts: topLevelParts(a.doc.text, whole, claimsOf(whole.parts)), exhaustive: !!whole.partsExhaustive });
      if (whole.sumParts && whole.sumParts.parts.length >= 2)
        breakdowns.push({ addends: claimsOf(whole.sumParts.addends), parts: claimsOf(whole.sumParts.parts), exhaustive: whole.sumParts.exhaustive });
      for (const breakdown of breakdowns) {
        const { addends } = breakdown;
        const listed = [...breakdown.parts].sort((x, y) => x.start - y.start);
        if (listed.length < 2) continue;
        const wholes = [whole, ...addends];
        // Parts counted in another unit (…件, 其中…个), as shares, or in label numbers (两个中心) are not summable;
        // neither are parts whose units differ among themselves (条 and 份).
        if (listed.some((p) => p.unit === '%' || (p.unit && whole.unit && p.unit !== whole.unit) || isLabelNumber(text, p))) continue;
        if (new Set(listed.map((p) => p.unit ?? whole.unit)).size > 1) continue;
        if (addends.some((x) => x.unit !== whole.unit)) continue;
        // A part with its own parts in the list is one part; a part whose listed parts run on into its own siblings
        // (the first few add up to it, the rest are its parent's parts too) is broken down by those few.
        let parts = withoutNestedParts(text, listed);
        const parent = whole.partOf ? byId.get(whole.partOf) : undefined;
        if (addends.length === 0 && parent?.parts) {
          let prefix = 0;
          for (let k = 0; k < parts.length - 1; k++) {
            prefix += parts[k]?.value ?? 0;
            if (k >= 1 && same(prefix, whole.value) && parts.slice(k + 1).every((p) => parent.parts!.includes(p.id))) {
              parts = parts.slice(0, k + 1);
              break;
            }
          }
        }
        if (splitsSeveralWays(parts) || byCourtInstance(parts)) continue;
        // A list with figures that are not its parts (…信息公开年度报告78篇, a part the reader missed) or that says
        // it is a selection cannot be summed against the whole.
        const unlisted = unlistedFigures(text, whole, listed);
        const selection = isSelection(text, whole, listed);
        const exhaustive = breakdown.exhaustive && !selection;
        const wholeValue = wholes.reduce((s, w) => s + w.value, 0);
        const wholeText = wholes.map((w) => message(this, 'quoted', { text: w.text }));
        const total = parts.reduce((s, p) => s + p.value, 0);
        const approx = wholes.some((w) => w.approx !== null || w.upper !== undefined) || parts.some((p) => p.approx !== null || p.upper !== undefined);
        const unit = whole.unit ?? '';
        const list = message(this, 'sum', { parts: parts.map((p) => p.value), total, unit });
        const of = addends.length ? message(this, 'combined', { total: wholeValue, unit }) : message(this, 'whole');
        const said = { wholes: wholeText, list, of, unit };
        const f = { metric: addends.length ? null : whole.metric, expected: wholeValue, actual: total, evidence: [...wholes, ...parts] };
        if (approx) {
          // Only a clear excess is certain: exact (or 余/多) parts already above an exact whole.
          const lower = parts.every((p) => p.approx === null || p.approx === 'gt');
          if (wholes.every((w) => w.approx === null && w.upper === undefined) && lower && total > wholeValue) {
            const doubt = !exclusiveParts(parts, whole, addends);
            out.push(graded(failed(this, 'atLeastOver', said, doubt ? { ...f, severity: 'warning' } : f), doubt ? 0.6 : 0.75));
          }
          continue;
        }
        if (same(total, wholeValue)) continue;
        // two breakdowns of the whole run together (其中按时办结50件,延期办结2件,予以公开30件,部分公开22件): each adds up
        if (breakdownsInTurn(parts, wholeValue)) continue;
        // The parts' link to the whole is read from the words (其中, 分别为); parts beyond the whole's sentence were
        // linked by inference: at most a warning.
        const inferred = parts.some((p) => p.start > whole.sentence.end || p.end < whole.sentence.start);
        if (exhaustive && !unlisted) {
          // items posted on several channels add up to more than the whole, whatever the list says
          const doubt = inferred || postedOnChannels(parts);
          out.push(graded(failed(this, 'differs', { ...said, difference: Math.abs(total - wholeValue) }, { ...f, ...(doubt ? { severity: 'warning' } : {}) }), doubt ? 0.6 : 0.9));
        } else if (total > wholeValue) {
          // outcomes under what came in this year: last year's applications were answered too, and the table says how many
          if (addends.length === 0 && outcomesWithinCarriedOver(a, parts, whole, total)) continue;
          const doubt = inferred || !exclusiveParts(parts, whole, addends);
          // a part that is the whole itself (办结9件,其中在法定期限内办结9件,提前办结8件): the others qualify it, no split
          if (doubt && parts.some((p) => same(p.value, wholeValue))) continue;
          out.push(graded(failed(this, 'over', { ...said, difference: total - wholeValue }, { ...f, ...(doubt ? { severity: 'warning' } : {}) }), doubt ? 0.6 : 0.85));
        } else if (parts.length >= SHORT_BREAKDOWN_MIN_PARTS && addends.length === 0 && !unlisted && !selection && total >= MIN_BREAKDOWN_SHARE * wholeValue) {
          // (Outcomes listed after 收到…上年结转… are a selection: the rest may be pending, so no warning there.)
          out.push(
            graded(
              failed(this, 'short', { ...said, count: parts.length, difference: wholeValue - total }, {
                ...f,
                severity: 'warning',
              }),
              0.6,
            ),
          );
        }
      }
    }
    return out;
  },
};
