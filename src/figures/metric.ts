/**
 * The table cell a figure should equal (its metric): from its topic and words (./lexicon/metrics.ts), narrowed
 * away when its words give it a smaller scope than any cell, then corrected for what the figures around it say.
 */
import type { MetricKey, SourceDocument, Structure } from '../model/types.js';
import { CASE_HANDLING_WORDS, COUNT_UNITS, DISCLOSURE_WORDS, METRIC_RULES, REVIEW_AND_LITIGATION, T2_DRAFTING_WORDS, T2_KEYS_2019, T2_PUBLISHED_WORDS_2019 } from './lexicon/metrics.js';
import { TRAILING_FILLERS } from './lexicon/subject.js';
import { CARRIED_OVER_WORDS } from './lexicon/structure.js';
import { withoutBlanks } from '../util/chars.js';
import { groupBy } from '../util/group.js';
import {
  CATEGORY_ENDINGS, CHANNEL_LIST_WORDS, CHANNEL_WORDS, DOCUMENT_REVIEW_WORDS, NATURAL_REQUESTER_WORDS,
  LAST_YEAR_WORDS, NOT_AN_APPLICATION_PART, OTHER_REQUESTER_WORDS, OWN_LEVEL_WORDS, PART_OF_YEAR, PUBLICATION_WORDS,
} from './lexicon/scopes.js';
import { leadingNouns, startsWithNoun } from './words.js';
import { ownBody, whoseFigure } from './bodies.js';
import { lastMention, topicOf } from './topics.js';
import { isMultiYear, isOtherYear } from './periods.js';
import type { Draft } from './draft.js';

export function linkMetric(d: Draft, byId: ReadonlyMap<string, Draft>, text: string): MetricKey | null {
  d.topic = topicOf(d, byId, text);
  if (!d.topic || d.claim.aside) return null;
  const unit = d.claim.unit;
  if (!unit) return null;
  // a count with a fraction (1.234件: a thousands separator written as a point, or a misread) is no table count
  if (COUNT_UNITS.has(unit) && !Number.isInteger(d.claim.value)) return null;
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

/** Topics whose figures the report's tables (or its proactive total) count for the report's own body only. */
const OWN_BODY_TOPICS: ReadonlySet<string> = new Set(['application', 'review', 'litigation', 'regulations', 'normative', 'proactive']);

/** What the figures around a claim, the report's year and its table layout say of the metrics linked one by one. */
export function refineMetrics(drafts: readonly Draft[], byId: ReadonlyMap<string, Draft>, doc: SourceDocument, structure: Structure): void {
  // a figure whose sentence names other bodies as its subject (各乡镇受理申请12件; in a government's report, 区住建局
  // 受理申请12件) is theirs: no cell of the report's tables counts it
  const own = ownBody(doc);
  for (const d of drafts) {
    if (whoseFigure(d, doc.text, own) !== 'other') continue;
    d.claim.scope = 'other';
    if (d.topic && OWN_BODY_TOPICS.has(d.topic)) d.claim.metric = null;
  }
  // a figure dated in another year than the report's (2021年为15件 in a 2022 report) is not in its tables
  for (const d of drafts) if (d.claim.metric && isOtherYear(d, doc.meta.year)) d.claim.metric = null;
  // a total whose parts are themselves 制发/废止 counts (主动公开规章13件,其中新制定5件、废止4件) is none of the cells
  for (const d of drafts) {
    const parts = d.claim.parts;
    if (!parts || !d.claim.metric?.startsWith('t2.')) continue;
    if (parts.some((id) => byId.get(id)?.claim.metric?.startsWith('t2.'))) d.claim.metric = null;
  }
  // a sentence that names the report's own body's figure beside a wider one for the same cell: the wider one is not the cell's
  const ownLevel = (d: Draft): boolean => OWN_LEVEL_WORDS.some((w) => d.local.includes(w));
  const ownCells = new Set(drafts.flatMap((d) => (d.claim.metric && ownLevel(d) ? [`${d.claim.sentence.start}|${d.claim.metric}`] : [])));
  if (ownCells.size)
    for (const d of drafts) if (d.claim.metric && !ownLevel(d) && ownCells.has(`${d.claim.sentence.start}|${d.claim.metric}`)) d.claim.metric = null;
  // a figure with last year's among its parts (受理12件,其中上年结转2件; 行政复议2件(含上年度未审结1件)) counts two years:
  // no cell of the year's tables. A handled total (办理15件,其中上年结转3件) includes them anyway.
  const lastYears = (id: string): boolean => {
    const p = byId.get(id);
    return !!p && (p.claim.metric === 't3.total.carried_over' || LAST_YEAR_WORDS.some((w) => p.local.includes(w)));
  };
  for (const d of drafts) {
    if (!d.claim.metric || d.claim.metric === 't3.total.total_processed') continue;
    if (d.claim.parts?.some(lastYears) || LAST_YEAR_ASIDE.test(withoutBlanks(doc.text.slice(d.claim.end, d.claim.end + 40)))) d.claim.metric = null;
  }
  // applications counted with what 表三 leaves out (收到申请193件,其中有效申请188件; 193件(含咨询类5件)): more than the cell
  for (const d of drafts) {
    if (d.claim.metric !== 't3.total.new_received' && d.claim.metric !== 't3.total.total_processed') continue;
    if (d.claim.parts?.some((id) => NOT_AN_APPLICATION_PART.some((w) => byId.get(id)?.local.includes(w)))) d.claim.metric = null;
  }
  // a 表三/表四 row's figure broken down into another row (予以公开35件(含部分公开5件)) is their sum: neither cell. Only
  // totals (what came in, what was handled, a group's 总计) and a group's own rows (无法提供 → 本机关不掌握…) have rows as parts.
  for (const d of drafts) {
    const m = d.claim.metric;
    if (!m || !ROW_CELL.test(m) || ROW_PARENTS.test(m)) continue;
    if (d.claim.parts?.some((id) => { const p = byId.get(id)?.claim.metric; return !!p && p !== m && !p.startsWith(`${m}.`); })) d.claim.metric = null;
  }
  // the parts of a review of existing documents (清理规范性文件46件,其中继续有效40件) count what was reviewed
  for (const d of drafts) {
    const total = d.claim.partOf ? byId.get(d.claim.partOf) : undefined;
    if (total && d.claim.metric?.startsWith('t2.') && DOCUMENT_REVIEW_WORDS.some((w) => total.local.includes(w))) d.claim.metric = null;
  }
  // otherwise a part of a list counts some of what its total counts: never the total's own cell (其中区政府办公室受理7件 under
  // 收到申请12件)
  for (const d of drafts) {
    const total = d.claim.partOf ? byId.get(d.claim.partOf) : undefined;
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
  // 表四 counts the reviews and suits brought against the body over information disclosure. Outside the parts on
  // applications and on those cases, reviews the body handled (全年共受理行政复议案件120件, as the review body) or
  // suits it answered (办理行政应诉案件45件) are any matter's, unless the sentence names information disclosure
  for (const d of drafts) {
    const section = d.claim.section;
    if (!d.claim.metric?.startsWith('t4.') || section === null || section === 3 || section === 4) continue;
    if (d.local.includes('被') || !CASE_HANDLING_WORDS.some((w) => d.local.includes(w))) continue;
    const sentence = withoutBlanks(doc.text.slice(d.claim.sentence.start, d.claim.sentence.end));
    if (!DISCLOSURE_WORDS.some((w) => sentence.includes(w))) d.claim.metric = null;
  }
  // figures of one sentence linked to one table cell with different values (以区政府名义印发33件，以区政府办公室名义印发1件)
  // split what the cell counts by something the lexicon does not know: none of them is the cell
  const tabled = drafts.filter((d) => d.claim.metric && TABLE_KEY.test(d.claim.metric));
  for (const same of groupBy(tabled, (d) => `${d.claim.sentence.start}|${d.claim.metric}`).values())
    if (new Set(same.map((d) => d.claim.value)).size > 1) for (const d of same) d.claim.metric = null;
  for (const d of drafts) if (d.claim.metric && d.topic !== d.localTopic) d.claim.inferred = true;
}

/**
 * A bracket right after a figure that counts last year's among it (…2件(含上年度未审结1件), …12件(上年结转2件)), read
 * without blanks; a comparison (…2件(比上年减少1件)) is no part of it.
 */
const LAST_YEAR_ASIDE = new RegExp(
  `^[(（](?:(?:其中|含|包括)[^()（）。]{0,12}(?:${LAST_YEAR_WORDS.join('|')})|[^()（）。]{0,12}(?:${CARRIED_OVER_WORDS.join('|')}))[^()（）。]{0,12}\\d`,
);

const TABLE_KEY = /^t[234]\./;

/** 表三 and 表四 cells, and among them those broken down into other rows: what came in or was handled, a group's 总计. */
const ROW_CELL = /^t[34]\./;
const ROW_PARENTS = /(?:new_received|total_processed|\.total)$/;

/** A category with others in it: 规范性文件等45件, 规章等各类文件12件 (the clause before the figure ends so). */
const CATEGORY_BEFORE = new RegExp(`(?:${CATEGORY_ENDINGS.join('|')})(?:${[...TRAILING_FILLERS].join('|')})?$`);

/**
 * Whether the claim's words give it a narrower scope than any cell of its topic (./lexicon/scopes.ts): a
 * publication count, a category with others in it, one channel of applications, requesters other than 自然人.
 */
function outOfScope(d: Draft): boolean {
  // publications and categories narrow what a table cell counts; prose-only keys (解读13篇 刊发 on 微信) keep theirs
  const tabled = d.topic === 'application' || d.topic === 'regulations' || d.topic === 'normative' || d.topic === 'proactive';
  // several years' figures (近三年…, 条例实施以来累计…): the words may stand earlier in the sentence than the clause
  const yearly = tabled || d.topic === 'review' || d.topic === 'litigation';
  if (yearly && isMultiYear(d)) return true;
  // 行政复议 and 行政诉讼 named together right before the figure (行政复议、行政诉讼案件共3件): neither total
  if ((d.topic === 'review' || d.topic === 'litigation') && REVIEW_AND_LITIGATION.test(d.lead)) return true;
  // part of the year (第一季度…, 1-6月…, 截至11月底…)
  if (yearly && PART_OF_YEAR.test(d.lead)) return true;
  if (tabled && PUBLICATION_WORDS.some((w) => d.local.includes(w))) return true;
  if (tabled && CATEGORY_BEFORE.test(d.pre)) return true;
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
