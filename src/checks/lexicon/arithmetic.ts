/** What the prose-arithmetic rules (prose_parts, prose_rate, prose_repeat) must not take for quantities or lists. */
import { CHANNEL_WORDS, NATURAL_REQUESTER_WORDS, OTHER_REQUESTER_WORDS } from '../../figures/lexicon/scopes.js';
import { ON_TIME_WORDS } from './cells.js';

/**
 * A small number in Chinese numerals with a label's measure word (五个中心, 三位一体, 两个全覆盖, 四大行动): a name or
 * a slogan's count, not a quantity to add up. Matched on the figure's own text (Claim.quantity).
 */
export const LABEL_NUMBER = /^[一二两三四五六七八九十][个位大张项化型]?$/;

/**
 * Words between a total and its 其中 list that make the list a selection from one part of the total (其中在“政务动态”
 * 版块中：…, 其中重点…, 其中主要…, 如…): its parts need not add up to anything.
 */
export const SELECTION_MARKER = /版块|板块|栏目|专栏|频道|重点|主要|例如|比如|诸如|如[:：]?$|包括但不限于/;

/** A list that ends in 等 (…通知公告30条等) names only some parts. */
export const OPEN_LIST_END = /^\s*等/;

/** Where a list of parts ends: the sentence or clause end after its last part. */
export const LIST_END = /[。;\n]/;

/**
 * Listed parts that fall short of the whole by more than this share read as a selection of highlights, not as a
 * breakdown that lost an item (a breakdown missing one category still covers most of the whole).
 */
export const MIN_BREAKDOWN_SHARE = 0.5;

/** What opens a part's own sub-list right after it (政务动态150条，含区级90条、…; …150条，其中…). */
export const NESTED_CUE = /^[^。;\d]{0,4}(?:含|包括|包含|其中|内含)/;

/**
 * A count of kinds announced before a colon (公开6大类信息：, 主要有三个方面：): the enumeration that follows (一是…二是…)
 * should name that many. Group 1: the count.
 */
export const ANNOUNCED_COUNT = /(\d{1,2}|[一二两三四五六七八九十])\s*(?:大|个)?(?:类|项|个方面|方面)(?:信息|内容|工作|措施|举措)?\s*[:：]/g;

/** An enumeration's item marker (一是, 二是 …). Group 1: the ordinal. */
export const ORDINAL_ITEM = /([一二三四五六七八九十]{1,2})是/g;

/**
 * Words that narrow a rate to part of what its stem counts (按时办结率, 按期答复率, 法定期限内答复率, 规范答复率): the words of
 * those handled in time, and 规范. Its numerator is that part,
 * which the prose may not give, and its denominator may be what was handled rather than what came in.
 */
export const RATE_QUALIFIERS: readonly string[] = [...ON_TIME_WORDS, '规范'];

/**
 * Kinds of part, each of which splits applications one way (by requester, by channel, by outcome): the only 其中 lists
 * whose parts above the whole are an error (other lists may name one item twice). Parts of two kinds in one list
 * overlap (网上申请30件 and 自然人申请20件 may count the same applications), so such a list above its whole is only a
 * warning. Outcomes add up to what was handled, which may include last year's applications: above a
 * whole that does not hold those (收到, without 上年结转) they are only a warning too.
 */
export const PART_KINDS: readonly { words: readonly string[]; opening?: RegExp; handledWhole?: true }[] = [
  { words: [...NATURAL_REQUESTER_WORDS, ...OTHER_REQUESTER_WORDS] },
  { words: CHANNEL_WORDS },
  { words: ['予以公开', '同意公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '不掌握'], handledWhole: true },
  // a whole over several years or months split by period (其中2020年40件、2021年45件)
  { words: [], opening: /^(?:其中)?(?:(?:19|20)\d{2}年|\d{1,2}月|第[一二三四1-4]季度|[上下]半年)/ },
];

/** Parts that exclude the others of a list whatever its kind: the rest (其他3件, 其余…) and what is carried over (结转下年度2件). */
export const ANY_KIND_PART_WORDS: readonly string[] = ['其他', '其它', '其余', '结转'];

/** Court instances (一审4件、二审3件): one suit goes through several in a year, so their counts overlap by nature. */
export const COURT_INSTANCE_WORDS: readonly string[] = ['一审', '二审', '再审', '终审'];

/** Parts named by their subject (涉及征地拆迁的10件, 关于规划的…): they may overlap any other part. */
export const SUBJECT_PART_WORDS: readonly string[] = ['涉及', '关于', '有关', '针对', '属于'];

/**
 * Where published items appear (门户网站480条, 政务微博320条, 政务微信260条): one item is often posted on several, so
 * such parts may add up to more than the whole even when the list says 分别.
 */
export const CHANNEL_PART_WORDS: readonly string[] = [
  '网站', '门户', '微博', '微信', '公众号', '新媒体', '客户端', '抖音', '头条', '视频号', '公开栏', '公示栏', '宣传栏', '报纸', '报刊', '电视', '广播',
  '政务服务网', '平台', '渠道', '专栏', '栏目',
];
