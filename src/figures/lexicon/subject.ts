/**
 * Words trimmed from a claim's clause to leave its subject phrase (收到政府信息公开申请33件 → 政府信息公开申请).
 */

/** Connectives, time and place words, adverbs that open a clause. */
export const LEADING_FILLERS: ReadonlySet<string> = new Set([
  '其中', '共', '共计', '合计', '总计', '累计', '全年', '今年', '本年', '本年度', '年度', '全区', '全市', '全县', '我区', '我市',
  '我县', '我局', '我办', '本机关', '另有', '另', '含', '涉及', '已', '已经', '并', '及', '和', '与', '同时', '及时', '依法',
  '依规', '依法依规', '通过', '在', '对', '为', '向', '由', '将', '从', '达', '有', '还', '也', '均', '分别', '分别为', '包括',
  '目前', '现', '现已', '先后', '一共', '总共', '年内', '期间', '此外', '主要', '进一步', '持续', '不断', '积极', '认真', '严格',
  '规范', '动态', '集中', '全面', '按时', '按期', '组织', '其', '的', '是', '了',
]);

/** Reporting verbs that open a clause before the thing counted. */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  '收到', '受理', '接收', '接到', '新收', '办理', '办结', '答复', '回复', '发布', '刊发', '印发', '制发', '出台', '推出', '举办',
  '开展', '完成', '编辑', '出版', '编辑出版', '更新', '开设', '设置', '上传', '推送', '处理', '处置', '收集', '梳理', '归集',
  '认领', '承接', '征集', '反馈', '下发', '召开', '举行', '组织', '覆盖', '汇集', '运行', '注销', '新增', '新开设', '签收',
  '处办', '转发', '公布', '编制', '报送', '提出', '接受', '投入', '发行', '出刊', '实现', '达到', '提供',
]);

/** Words that close a clause just before the number. */
export const TRAILING_FILLERS: ReadonlySet<string> = new Set([
  '的', '为', '达', '达到', '共', '共计', '合计', '总计', '计', '有', '是', '了', '约', '近', '超', '超过', '逾', '累计', '总数为',
  '数为', '量为', '为止', '已达', '高达', '计有', '分别为', '分别', '均', '各', '均达', '均为', '同比', '增长', '占', '占比',
]);

/** Prepositions opening a channel or place phrase (通过政府网站…, 在门户网站上…), dropped with their phrase. */
export const CHANNEL_PREPOSITIONS: ReadonlySet<string> = new Set(['通过', '在', '经', '依托', '利用', '借助', '于', '以']);

/** Words that start the counted thing after a channel phrase (通过网站|主动公开…). */
export const SUBJECT_STARTS: readonly string[] = ['主动', '公开', '发布'];
