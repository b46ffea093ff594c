/**
 * Narrower scopes than any table cell: a figure whose words count part of what its topic's cells count (one subject,
 * one channel, part of the year, several years, one issuer…) links to no cell. One entry per reason, tried in order
 * by ./metric.ts before the metric lexicon; the words each reads live in ./lexicon/scopes.ts.
 */
import { REVIEW_AND_LITIGATION, type Topic } from './lexicon/metrics.js';
import { TRAILING_FILLERS } from './lexicon/subject.js';
import {
  AFTER_THE_YEAR, APPLICATIONS_AFTER, CATEGORY_ENDINGS, CHANNEL_LIST_WORDS, CHANNEL_WORDS, COUNTED_NOUN_AT_END, FORWARDING_WORDS,
  INFORMATION_BEFORE, INFORMATION_ITEM_UNITS, ISSUER_QUALIFIER, KIND_BEFORE_NOUN, LIST_JOINERS, NATURAL_REQUESTER_WORDS, NOUN_COUNTING_UNITS,
  ONE_DAY, ONE_REQUESTER_WORDS, OTHER_REQUESTER_WORDS, OUTCOME_ROW_WORDS, PART_OF_YEAR, PUBLICATION_WORDS, RECEIVING_VERBS,
  SUBJECT_AFTER_APPLICATIONS, SUBJECT_MATTER_KEEPS, SUBJECT_MATTER_WORDS, SUBJECT_PREFIX,
} from './lexicon/scopes.js';
import { leadingNouns, startsWithNoun } from './words.js';
import { lastMention } from './topics.js';
import { isMultiYear } from './periods.js';
import type { Draft } from './draft.js';

export interface NarrowerScope {
  id: string;
  /** The topics whose figures it narrows (all when absent). */
  topics?: ReadonlySet<Topic>;
  /** Whether the figure's words give it this narrower scope; `text` is the report's text. */
  holds(d: Draft, text: string): boolean;
}

/** Topics a table (or the proactive total) counts for the year: publications and categories narrow them. */
const TABLED: ReadonlySet<Topic> = new Set(['application', 'regulations', 'normative', 'proactive']);
/** …and the cases of 表四: the year's too. */
const YEARLY: ReadonlySet<Topic> = new Set([...TABLED, 'review', 'litigation']);
const CASES: ReadonlySet<Topic> = new Set(['review', 'litigation']);
const APPLICATIONS: ReadonlySet<Topic> = new Set(['application']);
const NORMATIVE: ReadonlySet<Topic> = new Set(['normative']);

/** A Chinese character first: a noun named right after the figure. */
const HAN_AT_START = /^[\u4e00-\u9fff]/;

/**
 * Words that keep a subject's figure 表三's kind: disclosure itself, an answer, a requester, a channel. Requesters by
 * their full names only: 个人 and 企业 are as often a subject's words (涉及个人隐私, 涉及企业改制).
 */
const KINDS_TABLE_THREE_COUNTS: readonly string[] = [
  ...SUBJECT_MATTER_KEEPS,
  ...[...NATURAL_REQUESTER_WORDS, ...OTHER_REQUESTER_WORDS].filter((w) => w !== '个人' && w !== '企业'),
  ...CHANNEL_WORDS,
];

/**
 * The clause before the figure names what the applications were about, and that is neither disclosure, an answer, a
 * requester nor a channel.
 */
function aboutOneSubject(pre: string): boolean {
  const concerning = SUBJECT_PREFIX.exec(pre);
  if (concerning && !KINDS_TABLE_THREE_COUNTS.some((k) => pre.slice(concerning.index).includes(k))) return true;
  for (const w of SUBJECT_MATTER_WORDS) {
    const at = pre.lastIndexOf(w);
    if (at < 0) continue;
    // 涉及自然人80件、商业企业1件 names requesters, 涉及网上申请… a channel: the figure is still 表三's kind; 涉及行政复议3件
    // names the cases themselves, no subject
    const subject = pre.slice(at + w.length);
    if (!subject.replace(COUNTED_NOUN_AT_END, '')) continue;
    if (!KINDS_TABLE_THREE_COUNTS.some((k) => subject.includes(k))) return true;
  }
  return false;
}

/** The applications counted, then a subject that is neither disclosure, an answer, a requester nor a channel (有5件申请涉及征地拆迁). */
function subjectAfter(post: string): boolean {
  const m = SUBJECT_AFTER_APPLICATIONS.exec(post);
  return !!m && !KINDS_TABLE_THREE_COUNTS.some((k) => (m[1] ?? '').includes(k));
}

/** An attribute before the noun names one kind of applications, documents or cases (征地拆迁类申请), not one 表三 counts by. */
function oneKindBefore(pre: string): boolean {
  const m = KIND_BEFORE_NOUN.exec(pre);
  if (!m) return false;
  // the attribute: from the clause's last verb of receiving, or its start, to the words that end it
  const attribute = pre.slice(0, m.index + m[0].length - 2);
  const own = attribute.slice(Math.max(...RECEIVING_VERBS.map((v) => attribute.lastIndexOf(v) + (attribute.includes(v) ? v.length : 0)), 0));
  return !KINDS_TABLE_THREE_COUNTS.some((k) => own.includes(k));
}

/** A category with others in it: 规范性文件等45件, 规章等各类文件12件 (the clause before the figure ends so). */
const CATEGORY_BEFORE = new RegExp(`(?:${CATEGORY_ENDINGS.join('|')})(?:${[...TRAILING_FILLERS].join('|')})?$`);

/**
 * The channels a figure's words name, counted from the previous figure on within the clause: a list cut at 、
 * (通过邮寄、网络提交的申请) is still a list, a slogan a comma before (深化“互联网+政务服务”,全年受理申请12件) is not a channel.
 */
function oneChannel(d: Draft): boolean {
  const words = (d.lead.split(/[,;:。!?]/).pop() ?? '') + d.post;
  const named = CHANNEL_WORDS.filter((w) => words.includes(w) && !CHANNEL_WORDS.some((v) => v !== w && v.includes(w) && words.includes(v)));
  // 热线转来: the hotline is the channel, 转来 how it came
  const channels = named.some((w) => !FORWARDING_WORDS.includes(w)) ? named.filter((w) => !FORWARDING_WORDS.includes(w)) : named;
  // several channel words with nothing listing them (门户网站依申请公开平台, 热线转来) are one route
  const oneRoute = channels.length === 1 || (channels.length > 1 && !LIST_JOINERS.test(words));
  return oneRoute && !CHANNEL_LIST_WORDS.some((w) => words.includes(w));
}

/**
 * The figure's phrase names two or more of 表三's answer rows (不予公开、无法提供共5件, 其余6件为不予公开、无法提供等情形): their
 * sum. The phrase runs from the figure before it to the words after it; words right before the next figure are that
 * figure's (予以公开5件、部分公开3件), so the words after stop at the last clause break before it.
 */
function namesSeveralRows(d: Draft, text: string): boolean {
  // a window, not the sentence's rest: a sentence of a thousand figures would be read a thousand times
  const after = text.slice(d.q.end, Math.min(d.claim.sentence.end, d.q.end + ROW_WORDS_WINDOW));
  const next = after.search(/\d/);
  const own = next < 0 ? after : after.slice(0, Math.max(0, after.slice(0, next).search(/[,，;；][^,，;；]*$/)));
  const phrase = `${d.lead}${own.replace(/\s+/g, '')}`;
  return OUTCOME_ROW_WORDS.filter((row) => row.some((w) => phrase.includes(w))).length > 1;
}

/** How far after a figure the words naming its answer rows may run (其余6件为不予公开、无法提供、不予处理等情形). */
const ROW_WORDS_WINDOW = 80;

/** The catalogue, in the order it is tried. */
export const NARROWER_SCOPES: readonly NarrowerScope[] = [
  // several years' figures (近三年…, 条例实施以来累计…): the words may stand earlier in the sentence than the clause
  { id: 'several-years', topics: YEARLY, holds: (d) => isMultiYear(d) },
  // 行政复议 and 行政诉讼 named together right before the figure (行政复议、行政诉讼案件共3件): neither total
  { id: 'review-and-litigation', topics: CASES, holds: (d) => REVIEW_AND_LITIGATION.test(d.lead) },
  // part of the year (第一季度…, 1-6月…, 截至11月底…)
  { id: 'part-of-year', topics: YEARLY, holds: (d) => PART_OF_YEAR.test(d.lead) },
  // a moment after the year (截至目前…), or one day of it (于3月15日收到申请1件)
  { id: 'after-the-year', topics: YEARLY, holds: (d) => AFTER_THE_YEAR.test(d.lead) },
  { id: 'one-day', topics: YEARLY, holds: (d) => ONE_DAY.test(d.lead) },
  // one subject or kind (涉及征收拆迁的行政复议4件, 营商环境方面的规范性文件6件, 征地拆迁类申请10件)
  { id: 'one-subject', topics: YEARLY, holds: (d) => aboutOneSubject(d.pre) || subjectAfter(d.post) },
  { id: 'one-kind', topics: YEARLY, holds: (d) => oneKindBefore(d.pre) },
  // normative documents issued in one issuer's name (以县政府名义制发6件: the government's share, its office's left out);
  // both named (以市政府或市政府办公厅名义) is all of them, and 规章 have one issuer, the government
  {
    id: 'one-issuer',
    topics: NORMATIVE,
    holds: (d) => {
      const m = ISSUER_QUALIFIER.exec(d.pre);
      return !!m && !LIST_JOINERS.test(m[0]);
    },
  },
  // publications and categories narrow what a table cell counts; prose-only keys (解读13篇 刊发 on 微信) keep theirs
  { id: 'publication', topics: TABLED, holds: (d) => PUBLICATION_WORDS.some((w) => d.local.includes(w)) },
  { id: 'category', topics: TABLED, holds: (d) => CATEGORY_BEFORE.test(d.pre) },
  // a Chinese numeral before a noun that names no topic is a label (两个关键, 三个全覆盖), not a count of the sentence's topic
  { id: 'label-numeral', holds: (d) => !/\d/.test(d.q.raw) && startsWithNoun(d.post) && !lastMention(leadingNouns(d.post)) },
  { id: 'one-requester', topics: APPLICATIONS, holds: (d) => ONE_REQUESTER_WORDS.some((w) => d.lead.includes(w)) },
  // a figure counting another noun than applications (14个问题, 3项建议)
  {
    id: 'another-noun',
    topics: APPLICATIONS,
    holds: (d) => d.claim.unit !== null && NOUN_COUNTING_UNITS.includes(d.claim.unit) && HAN_AT_START.test(d.post) && !APPLICATIONS_AFTER.test(d.post),
  },
  // items of information disclosed (予以公开的信息29条), not applications
  {
    id: 'information-items',
    topics: APPLICATIONS,
    holds: (d) => d.claim.unit !== null && INFORMATION_ITEM_UNITS.includes(d.claim.unit) && INFORMATION_BEFORE.test(d.pre),
  },
  { id: 'one-channel', topics: APPLICATIONS, holds: oneChannel },
  // 法人或其他组织N件 is one kind of requester; 公民、法人和其他组织提出的申请N件 is all of them
  {
    id: 'other-requesters',
    topics: APPLICATIONS,
    holds: (d) => {
      const words = (d.lead.split(/[,;:。!?]/).pop() ?? '') + d.post;
      return OTHER_REQUESTER_WORDS.some((w) => d.local.includes(w)) && !NATURAL_REQUESTER_WORDS.some((w) => words.includes(w));
    },
  },
  { id: 'several-answer-rows', topics: APPLICATIONS, holds: namesSeveralRows },
];

/** The first narrower scope the figure's words give it, or null when its topic's cells may count it. */
export function narrowerScope(d: Draft, text: string): string | null {
  const topic = d.topic;
  if (!topic) return null;
  for (const s of NARROWER_SCOPES) if ((!s.topics || s.topics.has(topic)) && s.holds(d, text)) return s.id;
  return null;
}
