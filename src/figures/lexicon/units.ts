/**
 * Units and measure words (量词) that follow a figure in the reports, in simplified characters
 * (the normalised text is simplified). Built from a scan of ../shared/corpora: every word that follows a
 * number there and counts or measures something, plus the common ones of the genre.
 * Matching is longest first, so compound units (人次, 万元, 个工作日) win over their first character.
 */

/** Units that keep their own scale: 100万元 is value 100 with unit 万元, not 1 000 000 元. */
export const SCALED_UNITS: readonly string[] = ['万元', '亿元', '千元'];

export const UNITS: readonly string[] = [
  // money and scaled compounds
  '万元', '亿元', '千元', '元',
  // percentages
  '个百分点', '百分点', '%',
  // time spans
  '个工作日', '工作日', '分钟', '个小时', '小时', '个季度', '季度', '个月', '周', '天',
  // compound counters
  '人次', '户次', '件次', '场次', '批次', '家次', '期次', '个次', '篇次',
  '大类', '大项', '小项', '部分',
  // simple counters
  '条', '件', '个', '次', '篇', '期', '项', '家', '户', '份', '场', '部', '宗', '例', '起', '通', '类',
  '位', '种', '张', '套', '册', '名', '人', '批', '轮', '所', '台', '处', '本', '组', '支', '座', '栏',
  '块', '间', '辆', '份次', '单',
  // measures
  '平方米', '公里', '千米', '亩', '吨', '米',
];

/** Time units that a preceding 个 joins without changing the unit name (连续4个季度 → 季度). */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  个季度: '季度',
  个小时: '小时',
};

/**
 * A unit candidate followed by these characters is the start of another word, not a measure word
 * (a flattened table row "予以公开 24 部分公开 6", "5 部门", "3 人民"…). Keys: unit; values: next characters.
 */
export const UNIT_BLOCKED_BEFORE: Readonly<Record<string, readonly string[]>> = {
  部分: ['公开'],
  部: ['门', '署', '分公开', '委'],
  件: ['数'],
  次: ['数', '序'],
  项: ['目'],
  个: ['人', '别', '体', '案', '性'],
  人: ['民', '大', '员', '社', '事', '才', '口', '数', '们'],
  期: ['间', '限', '望'],
  场: ['所', '景', '地', '馆'],
  家: ['庭', '属', '长'],
  条: ['例', '件', '款', '目'],
  起: ['草', '止', '始', '点'],
  通: ['知', '过', '报', '道', '告', '讯', '信'],
  类: ['别', '型', '似'],
  位: ['置', '于'],
  处: ['理', '罚', '置', '室', '分', '长'],
  本: ['年', '机关', '级', '区', '市', '县', '单位', '部门', '报告'],
  名: ['单', '称', '义'],
  所: ['有', '属', '在', '以'],
  台: ['账', '阶'],
  组: ['织', '成', '长'],
  支: ['持', '付', '出'],
  单: ['位', '独'],
  批: ['复', '准', '示'],
  轮: ['换'],
  份: ['额'],
  元: ['素', '旦'],
  户: ['籍', '口', '外'],
  米: ['粮'],
  天: ['然', '津'],
  周: ['年', '边'],
  座: ['谈'],
  间: ['隔'],
};

/**
 * A figure written without a measure word takes one from what it counts (订阅人数为6113 → 人,
 * 总点击量超10万 → 次). Only for a bare number right after one of these words (and 为/达/超…).
 */
export const SUBJECT_UNIT_HINTS: readonly { ending: string; unit: string }[] = [
  { ending: '人数', unit: '人' },
  { ending: '点击量', unit: '次' },
  { ending: '访问量', unit: '次' },
  { ending: '浏览量', unit: '次' },
  { ending: '阅读量', unit: '次' },
  { ending: '播放量', unit: '次' },
  { ending: '访问次数', unit: '次' },
  { ending: '下载量', unit: '次' },
];

/** Verbs that may stand between such a subject and its bare number. */
export const HINT_LINKS: readonly string[] = ['为', '达到', '达', '超过', '超', '突破', '逾', '近', '约', '累计', ''];
