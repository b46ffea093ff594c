/**
 * The table cell a figure should equal (its metric): from its topic and words (./lexicon/metrics.ts), narrowed
 * away when its words give it a smaller scope than any cell. ./refinements.ts then corrects it for what the figures
 * around it say.
 */
import type { MetricKey } from '../model/types.js';
import { CASE_UNITS, COUNT_UNITS, METRIC_RULES, REVIEW_AND_LITIGATION } from './lexicon/metrics.js';
import { TRAILING_FILLERS } from './lexicon/subject.js';
import { RESPECTIVE_LIST } from './lexicon/structure.js';
import { APPLICATIONS_AFTER, COUNTED_NOUN_AT_END, LIST_JOINERS, NOUN_COUNTING_UNITS, RECEIVING_VERBS, AFTER_THE_YEAR, CATEGORY_ENDINGS, FORWARDING_WORDS, INFORMATION_BEFORE, INFORMATION_ITEM_UNITS, ISSUER_QUALIFIER, ONE_REQUESTER_WORDS, KIND_BEFORE_NOUN, SUBJECT_MATTER_KEEPS, SUBJECT_MATTER_WORDS, SUBJECT_PREFIX, CHANNEL_LIST_WORDS, CHANNEL_WORDS, NATURAL_REQUESTER_WORDS, ONE_DAY, OTHER_REQUESTER_WORDS, OUTCOME_ROW_WORDS, PART_OF_YEAR, PUBLICATION_WORDS } from './lexicon/scopes.js';
import { leadingNouns, startsWithNoun } from './words.js';
import { lastMention, topicOf } from './topics.js';
import { isMultiYear } from './periods.js';
import type { Draft } from './draft.js';

/** A Chinese character first: a noun named right after the figure. */
const HAN_AT_START = /^[\u4e00-\u9fff]/;

export function linkMetric(d: Draft, byId: ReadonlyMap<string, Draft>, text: string): MetricKey | null {
  d.topic = topicOf(d, byId, text);
  if (!d.topic || d.claim.aside) return null;
  const unit = d.claim.unit;
  if (!unit) return null;
  // a count with a fraction (1.234件: a thousands separator written as a point, or a misread) is no table count
  if (COUNT_UNITS.has(unit) && !Number.isInteger(d.claim.value)) return null;
  // 表四 counts cases, not hearings or court days
  if ((d.topic === 'review' || d.topic === 'litigation') && !CASE_UNITS.has(unit)) return null;
  // the first of a respective list (予以公开、部分公开分别为20件、5件): its words name every figure of the list, not its own
  if (RESPECTIVE_LIST.test(d.lead)) return null;
  if (outOfScope(d) || (d.topic === 'application' && namesSeveralRows(d, text))) return null;
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

/**
 * The figure's phrase names two or more of 表三's answer rows (不予公开、无法提供共5件, 其余6件为不予公开、无法提供等情形): their
 * sum. The phrase runs from the figure before it to the words after it; words right before the next figure are that
 * figure's (予以公开5件、部分公开3件), so the words after stop at the last clause break before it.
 */
function namesSeveralRows(d: Draft, text: string): boolean {
  const after = text.slice(d.q.end, d.claim.sentence.end);
  const next = after.search(/\d/);
  const own = next < 0 ? after : after.slice(0, Math.max(0, after.slice(0, next).search(/[,，;；][^,，;；]*$/)));
  const phrase = `${d.lead}${own.replace(/\s+/g, '')}`;
  return OUTCOME_ROW_WORDS.filter((row) => row.some((w) => phrase.includes(w))).length > 1;
}

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

/** An attribute before the noun names one kind of applications, documents or cases (征地拆迁类申请), not one 表三 counts by. */
function oneKindBefore(pre: string): boolean {
  const m = KIND_BEFORE_NOUN.exec(pre);
  if (!m) return false;
  // the attribute: from the clause's last verb of receiving, or its start, to the words that end it
  const attribute = pre.slice(0, m.index + m[0].length - 2);
  const own = attribute.slice(Math.max(...RECEIVING_VERBS.map((v) => attribute.lastIndexOf(v) + (attribute.includes(v) ? v.length : 0)), 0));
  return !KINDS_TABLE_THREE_COUNTS.some((k) => own.includes(k));
}

/**
 * Normative documents issued in one issuer's name (以县政府名义制发6件): the government's share, its office's left out.
 * Both named (以市政府或市政府办公厅名义) is all of them. 规章 have one issuer, the government.
 */
function oneIssuer(pre: string): boolean {
  const m = ISSUER_QUALIFIER.exec(pre);
  return !!m && !LIST_JOINERS.test(m[0]);
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
  // several years' figures (近三年…, 条例实施以来累计…): the words may stand earlier in the sentence than the clause
  const yearly = tabled || d.topic === 'review' || d.topic === 'litigation';
  if (yearly && isMultiYear(d)) return true;
  // 行政复议 and 行政诉讼 named together right before the figure (行政复议、行政诉讼案件共3件): neither total
  if ((d.topic === 'review' || d.topic === 'litigation') && REVIEW_AND_LITIGATION.test(d.lead)) return true;
  // part of the year (第一季度…, 1-6月…, 截至11月底…)
  if (yearly && PART_OF_YEAR.test(d.lead)) return true;
  // a moment after the year (截至目前…), or one day of it (于3月15日收到申请1件)
  if (yearly && (AFTER_THE_YEAR.test(d.lead) || ONE_DAY.test(d.lead))) return true;
  // one subject or kind (涉及征收拆迁的行政复议4件, 营商环境方面的规范性文件6件, 征地拆迁类申请10件), one issuer's documents
  if (yearly && (aboutOneSubject(d.pre) || oneKindBefore(d.pre))) return true;
  if (d.topic === 'normative' && oneIssuer(d.pre)) return true;
  if (tabled && PUBLICATION_WORDS.some((w) => d.local.includes(w))) return true;
  if (tabled && CATEGORY_BEFORE.test(d.pre)) return true;
  // a Chinese numeral before a noun that names no topic is a label (两个关键, 三个全覆盖), not a count of the sentence's topic
  if (!/\d/.test(d.q.raw) && startsWithNoun(d.post) && !lastMention(leadingNouns(d.post))) return true;
  if (d.topic !== 'application') return false;
  if (ONE_REQUESTER_WORDS.some((w) => d.lead.includes(w))) return true;
  // a figure counting another noun than applications (14个问题, 3项建议)
  if (d.claim.unit !== null && NOUN_COUNTING_UNITS.includes(d.claim.unit) && HAN_AT_START.test(d.post) && !APPLICATIONS_AFTER.test(d.post)) return true;
  // items of information disclosed (予以公开的信息29条), not applications
  if (d.claim.unit !== null && INFORMATION_ITEM_UNITS.includes(d.claim.unit) && INFORMATION_BEFORE.test(d.pre)) return true;
  // channels are counted from the previous figure on, within the clause: a list cut at 、 (通过邮寄、网络提交的申请) is
  // still a list, a slogan a comma before (深化“互联网+政务服务”,全年受理申请12件) is not a channel
  const words = (d.lead.split(/[,;:。!?]/).pop() ?? '') + d.post;
  const named = CHANNEL_WORDS.filter((w) => words.includes(w) && !CHANNEL_WORDS.some((v) => v !== w && v.includes(w) && words.includes(v)));
  // 热线转来: the hotline is the channel, 转来 how it came
  const channels = named.some((w) => !FORWARDING_WORDS.includes(w)) ? named.filter((w) => !FORWARDING_WORDS.includes(w)) : named;
  // several channel words with nothing listing them (门户网站依申请公开平台, 热线转来) are one route
  const oneRoute = channels.length === 1 || (channels.length > 1 && !LIST_JOINERS.test(words));
  if (oneRoute && !CHANNEL_LIST_WORDS.some((w) => words.includes(w))) return true;
  // 法人或其他组织N件 is one kind of requester; 公民、法人和其他组织提出的申请N件 is all of them
  const others = OTHER_REQUESTER_WORDS.some((w) => d.local.includes(w));
  return others && !NATURAL_REQUESTER_WORDS.some((w) => words.includes(w));
}
