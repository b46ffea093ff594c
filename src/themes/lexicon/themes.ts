/**
 * Vocabularies for theme building: words that say "this is a problem" but not which one (stop words for
 * clustering), domain concepts (words that name the same concern), and readable English slugs for theme ids.
 */

/**
 * Words every problem statement uses (problem and measure wording, the subject matter itself), beyond the
 * shared STOP_WORDS of src/nlp: they would pull all statements together.
 */
export const THEME_STOP_WORDS: readonly string[] = [
  '政务', '公开', '信息', '政府', '政府信息', '信息公开', '政务公开', '政府信息公开', '问题', '存在', '有待', '不够', '不足',
  '还', '仍', '仍然', '依然', '尚', '还需', '仍需', '尚需', '需要', '一定', '部分', '个别', '较', '比较', '较为', '程度',
  '现象', '进一步', '加强', '提高', '提升', '完善', '改进', '不强', '不高', '欠缺', '差距', '薄弱', '亟待', '难以',
  '未能', '一些', '有些', '主要', '表现', '体现', '以及', '更加', '还要', '要', '持续', '较少', '有所', '整体',
  '方式方法', '仍有', '尚有', '待', '一批', '往往', '目前', '日常', '今后', '方面', '地方', '领域',
  '虽然', '仍待', '进一步提高', '进一步加强', '进一步完善', '不能', '满足', '条例', '需要进一步', '还有', '造成',
];

/**
 * Domain concepts: a statement using any of the words also gets the concept as a feature, so that
 * 人员力量不足 and 队伍建设有待加强 share something even in a small corpus where co-occurrence cannot tell.
 * The concept keys double as theme-id slugs.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  awareness: ['认识', '意识', '重视', '思想', '理念', '主动性', '自觉性', '等靠', '责任意识', '观念'],
  depth: ['深度', '广度', '内容', '丰富', '全面', '质量', '发布量', '深化', '覆盖面', '属性', '噪音', '深入'],
  timeliness: ['及时', '时效', '时效性', '更新', '滞后', '迟缓'],
  interpretation: ['解读', '通俗易懂', '图解', '政策解读', '接地气'],
  channels: ['渠道', '载体', '形式', '新媒体', '手段', '多样', '单一', '方式'],
  staffing: ['人员', '队伍', '人手', '力量', '编制', '兼职', '流动', '流动性', '培训', '素养', '业务能力', '经费', '身兼数职', '人员力量', '专业', '教育培训', '研判'],
  mechanism: ['机制', '制度', '考核', '监督', '责任', '督查', '规范', '长效', '机构', '落实', '协调', '体系'],
  grassroots: ['基层', '乡镇', '不平衡', '村', '社区', '街道'],
  platform: ['网站', '平台', '栏目', '网上', '办事', '功能', '便民', '运维', '系统'],
  engagement: ['宣传', '互动', '回应', '关切', '参与', '知晓', '知晓率', '舆情', '利用率', '群众', '公众'],
  application: ['依申请', '答复', '申请', '申请件', '文书', '复议', '诉讼'],
};

/** Weight of a concept feature relative to a word (term frequency units). */
export const CONCEPT_WEIGHT = 1;

/** Slug for a theme id when none of its top terms maps to a concept. */
export const FALLBACK_SLUG = 'theme';
