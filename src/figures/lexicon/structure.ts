/**
 * The words that decide structure between figures: which figure is a total and which are its parts, which
 * figures a rate is stated over. Structure is read from these words and the clause layout only, never from
 * whether the numbers agree: the checks stage exists to find the figures that do not.
 */

/**
 * A selection of parts follows (其中 …, 含 …, 包括 …): they need not add up to the whole. 包括 names what is among the
 * whole (主要包括…, 包括…等), not always all of it.
 */
export const SELECTION_WORDS: readonly string[] = ['其中', '含', '包括'];
/** Parts meant to be all of the whole (分别为 …). */
export const EXHAUSTIVE_WORDS: readonly string[] = ['分别为', '分别是', '分别'];
/** A figure with these words opens a total of its own, not another part of the list before it. */
export const TOTAL_WORDS: readonly string[] = ['共', '共计', '合计', '总计', '累计', '总数'];

/**
 * 表三 一 and 二: what came in this year and what was carried over from last year. "收到申请30件,上年结转2件,
 * 其中予以公开20件…": a 其中 list of handling outcomes after such a pair breaks down what was handled, i.e. the
 * two together, not the carried-over figure it happens to follow.
 */
export const INTAKE_WORDS: readonly string[] = ['收到', '受理', '新收', '接收', '接到', '申请'];
export const CARRIED_OVER_WORDS: readonly string[] = ['上年结转', '上年度结转', '结转上年', '上年度转结', '上年转结', '转结上年', '上年遗留'];
/** What handling an application can end in (表三 三、本年度办理结果, and handling itself). */
export const HANDLING_OUTCOME_WORDS: readonly string[] = [
  '予以公开', '同意公开', '全部公开', '部分公开', '不予公开', '无法提供', '不掌握', '不予处理', '其他处理', '其它处理',
  '办结', '答复', '办理完毕', '处理完毕',
];

/**
 * The figure a rate is stated over (受理143659件,办结142366件,办结率99.1% — the 受理 figure): it names what
 * came in or a total. A carried-over figure (上年结转2件) is never that base on its own.
 */
export const RATE_BASE_WORDS: readonly string[] = [
  '受理', '收到', '新收', '接收', '接到', '签收', '登记', '承办', '交办', '转办', '办理', '共', '合计', '总计', '累计',
];

/**
 * The words around the base a share names (占比, 占全部…的, …总数的): 占申请总数的57.7% names 申请, 占比20% names none.
 * Read from the share's clause after its 占.
 */
export const SHARE_BASE_OPENING = /^(?:比|全部|全年|本年度?|所有)/;
export const SHARE_BASE_ENDING = /(?:的|总数|总量|数量|件数|总和|总体|比例|比重|约|为|达)$/;

/**
 * Several things named, then 分别 (予以公开、部分公开的分别有…): the figures after it go with them in turn. Bounded, as
 * every pattern of a lexicon must scan in linear time.
 */
export const RESPECTIVE_LIST = /[、和及与][^,，;；。:：]{0,24}分别/;
