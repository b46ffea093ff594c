/**
 * Corrections of the metrics linked one figure at a time (./metric.ts linkMetric) for what the figures around a claim,
 * the report's body, its year and its table layout say. Each takes a link away or moves it, never adds one: a figure
 * that may count something else than the cell is better left unlinked than compared. Applied in the catalogue's order.
 */
import type { SourceDocument, Structure } from '../model/types.js';
import { AS_REVIEW_BODY_WORDS, REVIEW_BODY_HANDLING, BROUGHT_AGAINST_WORDS, CASE_HANDLING_WORDS, DISCLOSURE_WORDS, T2_DRAFTING_WORDS, T2_KEYS_2019, T2_PUBLIC_TOTAL_WORDS_2019, T2_PUBLISHED_WORDS_2019 } from './lexicon/metrics.js';
import { CARRIED_OVER_WORDS, HANDLING_OUTCOME_WORDS, SELECTION_WORDS } from './lexicon/structure.js';
import { CHANNEL_WORDS, DOCUMENT_REVIEW_WORDS, LAST_YEAR_WORDS, NEW_RECEIVED_WORDS, NOT_AN_APPLICATION_PART, OWN_LEVEL_WORDS } from './lexicon/scopes.js';
import { ownBody, whoseFigure } from './bodies.js';
import { isOtherYear } from './periods.js';
import { withoutBlanks } from '../util/chars.js';
import { groupBy } from '../util/group.js';
import type { Draft } from './draft.js';

export interface LinkContext {
  drafts: readonly Draft[];
  byId: ReadonlyMap<string, Draft>;
  doc: SourceDocument;
  structure: Structure;
}

/** Topics whose figures the report's tables (or its proactive total) count for the report's own body only. */
const OWN_BODY_TOPICS: ReadonlySet<string> = new Set(['application', 'review', 'litigation', 'regulations', 'normative', 'proactive']);

/**
 * A bracket right after a figure that counts last year's among it (…2件(含上年度未审结1件), …12件(上年结转2件)), read
 * without blanks; a comparison (…2件(比上年减少1件)) is no part of it.
 */
const LAST_YEAR_ASIDE = new RegExp(
  `^[(（](?:(?:${SELECTION_WORDS.join('|')})[^()（）。]{0,12}(?:${LAST_YEAR_WORDS.join('|')})|[^()（）。]{0,12}(?:${CARRIED_OVER_WORDS.join('|')}))[^()（）。]{0,12}\\d`,
);

const TABLE_KEY = /^t[234]\./;

/** 表三 and 表四 cells, and among them those broken down into other rows: what came in or was handled, a group's 总计. */
const ROW_CELL = /^t[34]\./;
const ROW_PARENTS = /(?:new_received|total_processed|\.total)$/;

/**
 * A figure whose sentence names other bodies as its subject (各乡镇受理申请12件; in a government's report, 区住建局
 * 受理申请12件) is theirs: no cell of the report's tables counts it.
 */
function otherBodies({ drafts, doc }: LinkContext): void {
  const own = ownBody(doc);
  for (const d of drafts) {
    if (whoseFigure(d, doc.text, own) !== 'other') continue;
    d.claim.scope = 'other';
    if (d.topic && OWN_BODY_TOPICS.has(d.topic)) d.claim.metric = null;
  }
}

/** A figure dated in another year than the report's (2021年为15件 in a 2022 report) is not in its tables. */
function otherYears({ drafts, doc }: LinkContext): void {
  for (const d of drafts) if (d.claim.metric && isOtherYear(d, doc.meta.year)) d.claim.metric = null;
}

/**
 * A total whose parts are themselves 制发/废止 counts (主动公开规章13件,其中新制定5件、废止4件) is none of the cells. What is
 * in force keeps its cell: this year's new documents are among it (现行有效126件,其中本年度新制定12件).
 */
function documentTotals({ drafts, byId }: LinkContext): void {
  for (const d of drafts) {
    const parts = d.claim.parts;
    if (!parts || !d.claim.metric?.startsWith('t2.') || d.claim.metric.endsWith('.in_force')) continue;
    if (parts.some((id) => byId.get(id)?.claim.metric?.startsWith('t2.'))) d.claim.metric = null;
  }
}

/** A sentence that names the report's own body's figure beside a wider one for the same cell: the wider one is not the cell's. */
function widerBesideOwn({ drafts }: LinkContext): void {
  const ownLevel = (d: Draft): boolean => OWN_LEVEL_WORDS.some((w) => d.local.includes(w));
  const ownCells = new Set(drafts.flatMap((d) => (d.claim.metric && ownLevel(d) ? [`${d.claim.sentence.start}|${d.claim.metric}`] : [])));
  if (ownCells.size)
    for (const d of drafts) if (d.claim.metric && !ownLevel(d) && ownCells.has(`${d.claim.sentence.start}|${d.claim.metric}`)) d.claim.metric = null;
}

/**
 * A total with information disclosure's share among its parts (行政复议案件4件,其中涉及政府信息公开的1件; 收到各类申请50件,
 * 其中政府信息公开申请12件) counts cases or applications of every matter: no cell counts it. A part that is an answer or a
 * channel (其中予以公开政府信息5件, 其中通过政府信息公开网申请8件) says nothing of the whole's matter.
 */
function widerThanDisclosure({ drafts, byId }: LinkContext): void {
  const disclosure = (d: Draft): boolean => DISCLOSURE_WORDS.some((w) => d.local.includes(w));
  const disclosureShare = (id: string): boolean => {
    const p = byId.get(id);
    return !!p && disclosure(p) && !HANDLING_OUTCOME_WORDS.some((w) => p.local.includes(w)) && !CHANNEL_WORDS.some((w) => p.local.includes(w));
  };
  for (const d of drafts) if (d.claim.metric && TABLE_KEY.test(d.claim.metric) && !disclosure(d) && d.claim.parts?.some(disclosureShare)) d.claim.metric = null;
}

/** A sentence opening with 其中 before its first figure. */
const OPENS_WITH_SELECTION = new RegExp(String.raw`^[,，;；:：、\s]*(?:${SELECTION_WORDS.join('|')})`);

/**
 * A sentence opening with 其中 counts a part of a whole said before it (…共受理申请12件。其中依申请公开3件): not what came
 * in, unless its words say so (其中本年新收10件).
 */
function partOfAnEarlierWhole({ drafts }: LinkContext): void {
  let sentence = -1;
  for (const d of drafts) {
    const first = d.claim.sentence.start !== sentence;
    sentence = d.claim.sentence.start;
    if (!first || d.claim.metric !== 't3.total.new_received' || !OPENS_WITH_SELECTION.test(d.lead)) continue;
    if (!NEW_RECEIVED_WORDS.some((w) => d.local.includes(w))) d.claim.metric = null;
  }
}

/**
 * A figure with last year's among its parts (受理12件,其中上年结转2件; 行政复议2件(含上年度未审结1件)) counts two years:
 * no cell of the year's tables. A handled total (办理15件,其中上年结转3件) includes them anyway.
 */
function twoYears({ drafts, byId, doc }: LinkContext): void {
  const lastYears = (id: string): boolean => {
    const p = byId.get(id);
    return !!p && (p.claim.metric === 't3.total.carried_over' || LAST_YEAR_WORDS.some((w) => p.local.includes(w)));
  };
  for (const d of drafts) {
    if (!d.claim.metric || d.claim.metric === 't3.total.total_processed') continue;
    if (d.claim.parts?.some(lastYears) || LAST_YEAR_ASIDE.test(withoutBlanks(doc.text.slice(d.claim.end, d.claim.end + 40)))) d.claim.metric = null;
  }
}

/**
 * Applications counted with what 表三 may leave out (收到申请193件,其中有效申请188件; 193件(含咨询类5件)): whether the
 * table counts the whole or the part is not known, so neither is linked.
 */
function notOnlyApplications({ drafts, byId }: LinkContext): void {
  for (const d of drafts) {
    if (d.claim.metric !== 't3.total.new_received' && d.claim.metric !== 't3.total.total_processed') continue;
    const named = (d.claim.parts ?? []).flatMap((id) => {
      const p = byId.get(id);
      return p && NOT_AN_APPLICATION_PART.some((w) => p.local.includes(w)) ? [p] : [];
    });
    if (!named.length) continue;
    d.claim.metric = null;
    for (const p of named) p.claim.metric = null;
  }
}

/**
 * A 表三/表四 row's figure broken down into another row (予以公开35件(含部分公开5件)) is their sum: neither cell. Only
 * totals (what came in, what was handled, a group's 总计) and a group's own rows (无法提供 → 本机关不掌握…) have rows as parts.
 */
function rowsTogether({ drafts, byId }: LinkContext): void {
  for (const d of drafts) {
    const m = d.claim.metric;
    if (!m || !ROW_CELL.test(m) || ROW_PARENTS.test(m)) continue;
    const otherRow = (id: string): boolean => {
      const p = byId.get(id)?.claim.metric;
      return !!p && p !== m && !p.startsWith(`${m}.`);
    };
    if (d.claim.parts?.some(otherRow)) d.claim.metric = null;
  }
}

/** The parts of a review of existing documents (清理规范性文件46件,其中继续有效40件) count what was reviewed. */
function reviewedDocuments({ drafts, byId }: LinkContext): void {
  for (const d of drafts) {
    const total = d.claim.partOf ? byId.get(d.claim.partOf) : undefined;
    if (total && d.claim.metric?.startsWith('t2.') && DOCUMENT_REVIEW_WORDS.some((w) => total.local.includes(w))) d.claim.metric = null;
  }
}

/**
 * Otherwise a part of a list counts some of what its total counts: never the total's own cell (其中区政府办公室受理7件
 * under 收到申请12件).
 */
function partsOfTheirTotal({ drafts, byId }: LinkContext): void {
  for (const d of drafts) {
    const total = d.claim.partOf ? byId.get(d.claim.partOf) : undefined;
    if (total && d.claim.metric && total.claim.metric === d.claim.metric) d.claim.metric = null;
  }
}

/**
 * The 2019 表二 names its columns differently (制发 → 本年新制作数量) and lacks 废止/现行有效; the reader's guess (from
 * the tables' own wording) counts too, since old-style headings can make the structure stage say legacy. A figure
 * said only to be published (通过网站公开规范性文件8个; 主动公开信息3012条,其中规范性文件17件) is its 本年新公开数量. (In the
 * 2021 layout such a figure keeps 本年制发: reports state what they issued as what they published.)
 */
function layout2019({ drafts, byId, doc, structure }: LinkContext): void {
  if (structure.layoutHint !== '2019' && doc.meta.layout !== '2019') return;
  drafts.forEach((d, i) => {
    const m = d.claim.metric;
    if (!m || !Object.hasOwn(T2_KEYS_2019, m)) return;
    // the whole it is a part of: the list's total, or the figure right before a 其中 (items and documents are counted
    // in different units, so no list joins them)
    const before = drafts[i - 1];
    const total = d.claim.partOf ? byId.get(d.claim.partOf) : before && before.claim.sentence.start === d.claim.sentence.start && OPENS_WITH_SELECTION.test(d.lead) ? before : undefined;
    const published =
      m.endsWith('.issued') &&
      !T2_DRAFTING_WORDS.some((w) => d.local.includes(w)) &&
      (T2_PUBLISHED_WORDS_2019.some((w) => d.local.includes(w)) || total?.topic === 'proactive');
    const publicTotal = m.endsWith('.issued') && T2_PUBLIC_TOTAL_WORDS_2019.some((w) => d.local.includes(w));
    d.claim.metric = publicTotal ? m.replace(/\.issued$/, '.public_total') : published ? m.replace(/\.issued$/, '.published') : (T2_KEYS_2019[m] ?? null);
  });
}

/**
 * 表四 counts the reviews and suits brought against the body over information disclosure. Outside the parts on
 * applications and on those cases, reviews the body handled (全年共受理行政复议案件120件, as the review body) or suits it
 * answered (办理行政应诉案件45件) are any matter's, unless the sentence names information disclosure.
 */
function casesOfAnyMatter({ drafts, doc }: LinkContext): void {
  for (const d of drafts) {
    const section = d.claim.section;
    const upTo = d.claim.metric?.startsWith('t4.review') ? withoutBlanks(doc.text.slice(d.claim.sentence.start, d.claim.end)) : '';
    if (upTo && (AS_REVIEW_BODY_WORDS.some((w) => upTo.includes(w)) || REVIEW_BODY_HANDLING.test(upTo))) {
      d.claim.metric = null;
      continue;
    }
    if (!d.claim.metric?.startsWith('t4.') || section === null || section === 3 || section === 4) continue;
    if (BROUGHT_AGAINST_WORDS.some((w) => d.local.includes(w)) || !CASE_HANDLING_WORDS.some((w) => d.local.includes(w))) continue;
    const sentence = withoutBlanks(doc.text.slice(d.claim.sentence.start, d.claim.sentence.end));
    if (!DISCLOSURE_WORDS.some((w) => sentence.includes(w))) d.claim.metric = null;
  }
}

/**
 * Figures of one sentence linked to one table cell with different values (以区政府名义印发33件，以区政府办公室名义印发1件)
 * split what the cell counts by something the lexicon does not know: none of them is the cell.
 */
function oneCellSplit({ drafts }: LinkContext): void {
  const tabled = drafts.filter((d) => d.claim.metric && TABLE_KEY.test(d.claim.metric));
  for (const same of groupBy(tabled, (d) => `${d.claim.sentence.start}|${d.claim.metric}`).values())
    if (new Set(same.map((d) => d.claim.value)).size > 1) for (const d of same) d.claim.metric = null;
}

/** The corrections, in the order they apply (a later one sees what the earlier ones left). */
export const REFINEMENTS: readonly ((context: LinkContext) => void)[] = [
  otherBodies,
  otherYears,
  documentTotals,
  widerBesideOwn,
  widerThanDisclosure,
  partOfAnEarlierWhole,
  twoYears,
  notOnlyApplications,
  rowsTogether,
  reviewedDocuments,
  partsOfTheirTotal,
  layout2019,
  casesOfAnyMatter,
  oneCellSplit,
];

/** What the figures around a claim, the report's year and its table layout say of the metrics linked one by one. */
export function refineMetrics(context: LinkContext): void {
  for (const refine of REFINEMENTS) refine(context);
  for (const d of context.drafts) if (d.claim.metric && d.topic !== d.localTopic) d.claim.inferred = true;
}
