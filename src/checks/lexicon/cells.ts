import { LEVELS } from '../../figures/lexicon/bodies.js';

/** Which table cells may legitimately hold decimals or negative numbers (all others: non-negative integers). */
export const DECIMAL_KEYS: readonly RegExp[] = [/^t2\.fees$/, /^t2\.procurement\.amount$/];
/** 2019 layout 本年增/减 columns are signed. */
export const SIGNED_KEYS: readonly RegExp[] = [/^t2\.[a-z_]+\.change$/];

export const TABLE_NAMES: Record<'t2' | 't3' | 't4', string> = {
  t2: '表二',
  t3: '表三',
  t4: '表四',
};
export const TABLE_TITLES: Record<'t2' | 't3' | 't4', string> = {
  t2: '主动公开政府信息情况',
  t3: '收到和处理政府信息公开申请情况',
  t4: '政府信息公开行政复议、行政诉讼情况',
};
/** The section (一…六) each table belongs to. */
export const TABLE_SECTION: Record<'t2' | 't3' | 't4', 2 | 3 | 4> = { t2: 2, t3: 3, t4: 4 };

/**
 * Verbs of a 办理结果 figure (t3 total_processed) that may mean taking applications up rather than finishing them:
 * 全年办理依申请公开45件 is often every application dealt with, those still open (结转下年度) included, or what came in.
 * The verbs of finishing (办结, 答复) are not here.
 */
export const TAKING_UP_WORDS: readonly string[] = ['办理', '处理'];
export const FINISHING_WORDS: readonly string[] = ['办结', '答复', '办复', '回复', '处理完毕', '已处理'];

/**
 * Words that make a figure of those handled count the ones handled in time (按时办结8件, 在法定期限内答复12件, 当场答复3件):
 * often all of them, but a part when some took longer, so such a figure may fall short of 表三's total without contradicting it.
 */
export const ON_TIME_WORDS: readonly string[] = ['按时', '按期', '及时', '如期', '限时', '当场', '当日', '期限内', '时限内'];

/**
 * A figure that counts the applications themselves, what is said of them following (74件申请均在法定期限内答复, 上述74件申请
 * 全部按时办结): the applications right after the figure, and a word for all of them later in the sentence. Such a
 * figure is often every application received, the few carried into next year counted among those answered in time.
 */
export const APPLICATIONS_AFTER_FIGURE = /^\s*(?:政府信息公开|依申请公开)?申请/;
export const ALL_OF_THEM_WORDS: readonly string[] = ['均', '全部', '全都', '都', '一律', '悉数', '无一'];

/**
 * A whole place named as a figure's subject (全县共受理申请193件): a government's report may sum every body of the
 * place there while its tables count the government alone, so a mismatch is at most a warning. Group 0: the place.
 */
export const WHOLE_PLACE = new RegExp(`全[${LEVELS}]`);
