/**
 * The metric lexicon: which prose figure has which table counterpart (../shared/spec/output.md keys).
 *
 * A claim gets a topic first (what its sentence is about: applications, 行政复议, 行政诉讼, 规章,
 * 规范性文件, proactive publication), then the rules of that topic are tried in order on the claim's
 * local text (its clause before the figure plus the words right after it). The first rule whose words
 * match decides; a rule with `metric: null` says "no table counterpart" and stops the search.
 */
import type { MetricKey } from '../../model/types.js';
import { EVERY_LEVEL_WORDS } from './bodies.js';
import { CARRIED_FORWARD_WORDS, COMBINED_OUTCOME_WORDS, DOCUMENT_REVIEW_WORDS, INTAKE_AND_HANDLING, PETITION_WORDS, PREVIOUS_PERIOD_WORDS, SERVICE_WORDS } from './scopes.js';
import { CARRIED_OVER_WORDS } from './structure.js';

export type Topic =
  | 'application'
  | 'review'
  | 'litigation'
  | 'regulations'
  | 'normative'
  | 'proactive'
  // figures of other work the reports count in prose only (no table cell): letters and hotline calls,
  // deputies' suggestions and CPPCC proposals, policy interpretations, training, website visits
  | 'hotline'
  | 'proposals'
  | 'interpretation'
  | 'training'
  | 'website'
  // work counted with 表三's verbs that has no table cell: service halls and windows, approvals, petitions
  | 'service'
  | 'petition';

/** Words that put a sentence (or clause) on a topic; the mention nearest before the figure wins. */
export const TOPIC_WORDS: readonly { topic: Topic; words: readonly string[] }[] = [
  {
    topic: 'application',
    words: ['政府信息公开申请', '信息公开申请', '依申请', '公开申请', '申请', '予以公开', '不予公开', '部分公开', '无法提供', '不予处理', '其他处理', '其它处理', '不掌握'],
  },
  { topic: 'review', words: ['行政复议', '复议'] },
  { topic: 'litigation', words: ['行政诉讼', '诉讼', '起诉', '应诉'] },
  { topic: 'regulations', words: ['规章'] },
  // 规范性档案: machine conversions to traditional script turn 文件 into 檔案
  { topic: 'normative', words: ['规范性文件', '规范性档案'] },
  { topic: 'proactive', words: ['主动公开', '主动发布'] },
  // 来电来信, 12345热线转办件, 网上信箱来信, 政民互动平台留言: petitions and calls, never 政府信息公开申请.
  // Not 信箱 alone: requests too are sent by 电子信箱, and a later 办结N件 would inherit the wrong topic
  { topic: 'hotline', words: ['热线', '来电', '来信', '留言', '转办件', '诉求', '工单', '来访'] },
  { topic: 'proposals', words: ['人大代表建议', '代表建议', '人大建议', '政协委员提案', '政协提案', '委员提案'] },
  { topic: 'interpretation', words: ['解读'] },
  { topic: 'training', words: ['培训', '参训', '轮训'] },
  { topic: 'website', words: ['访问量', '浏览量', '点击量', '访问次数', '访问人次'] },
  { topic: 'service', words: SERVICE_WORDS },
  { topic: 'petition', words: PETITION_WORDS },
];

/** The application topic's most general word: an application for anything, unless what stands before it says otherwise. */
export const BARE_APPLICATION = '申请';

/**
 * Kinds of application other than requests for information, read right before a bare 申请 (不动产登记申请, 低保申请,
 * 政务服务事项申请, 行政许可申请): counted by the services that handle them, in no 表三 cell.
 */
export const OTHER_APPLICATION_KINDS: readonly string[] = [
  '登记', '低保', '许可', '审批', '事项', '执照', '补贴', '救助', '贷款', '认定', '资格', '注册', '户籍', '落户', '入学', '补助',
  '公积金', '社保', '医保', '养老', '退休', '备案', '验收', '评估', '鉴定', '专利', '商标', '项目', '资金', '用地', '施工', '营业',
  '执业', '经营', '求助', '援助', '仲裁', '调解', '听证', '赔偿', '退税', '减免', '缓缴', '服务', '办件', '证照', '证件', '签证',
  // applications of every kind at once (受理各类申请857件): not only requests for information
  '各类', '各种', '各项',
];

/** What a review body or a defendant does with cases (受理行政复议案件, 办理行政应诉案件), as against being brought one (被申请). */
export const CASE_HANDLING_WORDS: readonly string[] = ['受理', '审理', '审结', '办理', '办结', '应诉', '出庭'];
/** A case brought against the body (被申请行政复议, 被提起行政诉讼): 表四's, whatever verb follows. */
export const BROUGHT_AGAINST_WORDS: readonly string[] = ['被'];
/** The body named as the review organ (本机关作为复议机关, 作为行政复议机关): its caseload, in any part of the report. */
export const AS_REVIEW_BODY_WORDS: readonly string[] = ['作为复议机关', '作为行政复议机关', '履行行政复议职责', '行政复议机构'];
/**
 * Review bodies as the subject of handling cases (全市行政复议机关共办理…案件40件), or applications for review received
 * (本机关受理行政复议申请16件; a body a review is brought against is 被申请): the review body's caseload.
 */
export const REVIEW_BODY_HANDLING = /复议机关[^,，。;；]{0,4}?(?:受理|办理|审理|审结|收到|接收|办结)|(?<!被)(?:受理|收到|接收|接到)[^,，。;；被]{0,6}?行政复议申请/;

/** Words that put an application on information disclosure whatever stands before 申请 (./scopes.ts, beside the subjects they keep). */
export { DISCLOSURE_WORDS } from './scopes.js';

/**
 * Topics a clause may inherit from earlier in its sentence even when it names none itself (其中予以公开24件
 * after 受理申请45件; 结果维持2件 after 行政复议3件). 规章/规范性文件 are inherited only by clauses that are
 * nothing but a drafting verb (新制定5件、废止4件), see T2_ACTION_WORDS.
 */
export const INHERITED_TOPICS: ReadonlySet<Topic> = new Set(['application', 'review', 'litigation', 'hotline', 'training', 'service', 'petition']);

/**
 * 行政复议 and 行政诉讼 joined in one phrase with nothing of either after it (行政复议、行政诉讼案件共…, 复议和诉讼各…): a
 * figure after it counts both. A heading run into the sentence (…行政复议、行政诉讼情况 本年度…行政复议0件) is no such
 * phrase: the figure's own mention comes after it.
 */
export const REVIEW_AND_LITIGATION = /(?:复议|诉讼)(?:案件)?[、和及与或]\s*(?:被?提起|被?申请)?(?:行政)?(?:复议|诉讼)[^复诉]*$/;

/** Clauses made only of these words inherit the 规章/规范性文件 topic of their sentence. */
export const T2_ACTION_WORDS: readonly string[] = [
  '新制定', '制定', '新制发', '制发', '印发', '出台', '发布', '修改', '修订', '废止', '现行有效', '继续有效', '宣布失效', '失效',
  '其中', '含', '共', '共计', '本年', '本年度',
];

/** Units that count documents, applications or cases (a percentage or a time span never links to a cell). */
export const COUNT_UNITS: ReadonlySet<string> = new Set(['件', '条', '份', '宗', '例', '起', '个', '部', '项', '次', '篇']);
/** What 表四 counts cases in: times (参加复议听证3次, 出庭应诉5次) and documents (应诉通知书2份) are other counts. */
export const CASE_UNITS: ReadonlySet<string> = new Set(['件', '宗', '例', '起', '个']);

/** What letters, calls and messages are counted in. */
const HOTLINE_UNITS: readonly string[] = ['件', '条', '起', '宗', '例', '个', '通'];

export interface MetricRule {
  /** The metric key, or null for a figure known to have no table counterpart. */
  metric: MetricKey | null;
  /** Any of these in the local text. */
  any: readonly string[];
  /** None of these in the local text. */
  none?: readonly string[];
  /** Only for the total of a "共…其中…" structure (true) or only for a part (false). */
  total?: boolean;
  /** Only for figures in these units (default: COUNT_UNITS). */
  units?: readonly string[];
  /** Why the rule is there, when it is not obvious. */
  note?: string;
}

/**
 * Work on 规章 and 规范性文件 other than issuing them: amending, repealing by lapse, explaining, filing, reviewing
 * (合法性审核), drafting, evaluating, and the reviews of what is in force (清理规范性文件102件). Its figures count documents
 * handled, not 表二's 制发.
 */
const NOT_ISSUING_WORDS: readonly string[] = [
  ...DOCUMENT_REVIEW_WORDS,
  '修改', '修订', '失效', '解读', '备案', '审核', '起草', '草案', '征求意见', '报送', '报备', '自查', '检查',
];

/** Words of drafting and issuing a 规章 or 规范性文件 (as against publishing or counting it). */
export const T2_DRAFTING_WORDS: readonly string[] = ['制定', '制发', '印发', '出台', '制作', '起草', '新制'];

/**
 * A running count of documents with no drafting word (累计公开规范性文件147件): all ever published, which no 2021 column
 * counts. 全年累计制发12件 names the drafting and stays the year's.
 */
const CUMULATIVE_WORDS: readonly string[] = ['累计'];

export const METRIC_RULES: Readonly<Record<Topic, readonly MetricRule[]>> = {
  application: [
    { metric: null, any: COMBINED_OUTCOME_WORDS, note: 'a sum of two rows' },
    { metric: null, any: ['征求第三方', '第三方意见', '征求意见'], note: 'third parties consulted while handling (办理中征求第三方意见3件): a step, no cell' },
    { metric: 't3.total.carried_forward', any: CARRIED_FORWARD_WORDS },
    { metric: null, any: INTAKE_AND_HANDLING, note: 'what came in and what was handled as one figure: either cell' },
    { metric: 't3.total.carried_over', any: CARRIED_OVER_WORDS },
    { metric: null, any: ['结转', '转结'], note: 'carried with no direction said (2022年度结转申请4件): over or forward, by a year the rules do not read' },
    { metric: null, any: PREVIOUS_PERIOD_WORDS, note: "last year's figures and changes against them (较上年增加5件)" },
    { metric: 't3.total.partial', any: ['部分公开'] },
    { metric: 't3.total.denied', any: ['不予公开', '不同意公开', '不予同意公开'], none: ['信息数'] },
    { metric: null, any: ['其它公开', '其他公开', '信息数'], note: 'legacy tables: other answers, published items' },
    { metric: 't3.total.granted', any: ['予以公开', '同意公开', '全部公开'] },
    { metric: 't3.total.unable', any: ['无法提供'] },
    {
      metric: null,
      any: ['不属于公开范围', '不属于政府信息公开范围', '不属于信息公开范围', '不属于依申请公开范围'],
      note: 'outside disclosure with no body named (不属于公开范围的0件): not held, or no government information at all',
    },
    // 信息不存在: the legacy tables' row for what the 2019/2021 tables call 本机关不掌握相关政府信息
    { metric: 't3.total.unable.not_held', any: ['不掌握', '不属于本机关', '公开范围', '非本机关', '信息不存在'] },
    { metric: 't3.total.not_processed', any: ['不予处理'] },
    { metric: 't3.total.other', any: ['其他处理', '其它处理'] },
    { metric: 't3.natural.new_received', any: ['自然人'] },
    {
      metric: null,
      any: ['网上申请', '信函申请', '当面申请', '网络申请', '传真申请', '电子邮件申请', '法人', '商业企业', '科研机构', '撤销', '撤回', '许可', '咨询', '备案', '验收', '审批'],
      none: ['政府信息公开申请'],
      note: 'channels and applicant kinds other than 自然人 have no 总计 cell',
    },
    { metric: null, any: ['补正'], note: 'requests to amend an application: no cell counts them' },
    { metric: null, any: ['不予受理', '不受理'], note: 'applications not accepted: some of those that came in, no 2021 row' },
    { metric: null, any: ['告知'], note: 'what requesters were told (告知申请人向其他机关申请5件): one kind of answer, not what came in' },
    {
      metric: null,
      any: ['重复申请', '反复申请', '信访', '投诉', '出版物', '重新出具', '收费通知'],
      note: "表三's rows under 不予处理 and 其他处理 (其中重复申请2件): a row's figure, never what came in",
    },
    {
      metric: null,
      any: ['当场', '口头答复', '电话告知', '即时答复', '延期', '逾期', '延长', '超期', '超时', '超过法定期限'],
      note: 'answers given one way, late or after an extension (当场答复5件, 逾期办结1件, 经批准延长答复期限2件): some of those answered',
    },
    { metric: null, any: ['满意', '认可'], note: 'requesters satisfied with the answer (表示满意的14件): some of those answered' },
    {
      metric: 't3.total.new_received',
      any: ['办理事项'],
      none: ['办结', '答复', '处理完毕', '已处理', '回复', '作出'],
      note: 'matters to handle as a noun (收到政府信息依申请公开办理事项3件): what came in, unless a verb of finishing says otherwise',
    },
    { metric: 't3.total.total_processed', any: ['办结', '办理', '答复', '处理完毕', '已处理', '回复', '作出'] },
    { metric: 't3.total.new_received', any: ['收到', '受理', '新收', '接收', '接到', '申请'] },
  ],
  review: [
    { metric: null, any: PREVIOUS_PERIOD_WORDS, note: "last year's cases and changes against them (上年度行政复议5件)" },
    { metric: 't4.review.upheld', any: ['维持'] },
    { metric: 't4.review.corrected', any: ['纠正', '纠错', '撤销'] },
    { metric: 't4.review.other', any: ['其他结果', '其他情形', '其它结果', '其它情形', '终止'] },
    { metric: 't4.review.pending', any: ['尚未审结', '未审结', '审理中', '正在审理'] },
    { metric: 't4.review.total', any: ['复议'] },
  ],
  litigation: [
    { metric: null, any: PREVIOUS_PERIOD_WORDS, note: "last year's cases and changes against them" },
    {
      metric: null,
      any: ['维持', '纠正', '纠错', '驳回', '撤诉', '其他结果', '其他情形', '尚未审结', '未审结', '请求', '败诉', '胜诉', '确认违法', '撤销', '调解', '和解'],
      note: 'litigation outcomes: only the total has a prose key',
    },
    // 表四's two litigation groups: suits filed without a review first, and after one
    { metric: null, any: ['一审', '二审', '再审', '判决', '裁定', '终审'], note: 'judgments and instances: one case may have several' },
    { metric: 't4.litigation_direct.total', any: ['未经复议', '未经行政复议', '直接起诉', '直接提起', '直接被提起', '直接向'] },
    { metric: 't4.litigation_after_review.total', any: ['复议后'] },
    { metric: 't4.litigation.total', any: ['诉讼', '起诉'] },
  ],
  regulations: [
    { metric: null, any: ['部门'], note: "departments' own documents, not the body's" },
    { metric: null, any: ['信息'], note: 'a category of published items' },
    { metric: 't2.regulations.in_force', any: ['现行有效', '继续有效'] },
    // 修改和废止8件, 废止和宣布失效5件: repealed together with others, no one column
    { metric: 't2.regulations.repealed', any: ['废止'], none: ['修改', '修订', '失效'] },
    { metric: null, any: CUMULATIVE_WORDS, none: T2_DRAFTING_WORDS, note: 'all ever published' },
    { metric: null, any: NOT_ISSUING_WORDS },
    { metric: 't2.regulations.issued', any: ['规章', '制定', '制发', '印发', '出台', '发布'] },
  ],
  normative: [
    { metric: null, any: ['部门'], note: "departments' own documents, not the body's" },
    { metric: null, any: ['信息'], note: '政策、规范性文件类信息: a category of published items' },
    { metric: 't2.normative.in_force', any: ['现行有效', '继续有效'] },
    // 修改和废止8件, 废止和宣布失效5件: repealed together with others, no one column
    { metric: 't2.normative.repealed', any: ['废止'], none: ['修改', '修订', '失效'] },
    { metric: null, any: CUMULATIVE_WORDS, none: T2_DRAFTING_WORDS, note: 'all ever published' },
    { metric: null, any: NOT_ISSUING_WORDS },
    { metric: 't2.normative.issued', any: ['规范性文件', '规范性档案', '制定', '制发', '印发', '出台', '发布'] },
  ],
  proactive: [
    { metric: 'prose.proactive.items', any: ['信息'], total: true, note: 'no table holds this total (format.md)' },
  ],
  // items (件/条/起/通), never sessions: 督办网民留言3次 counts supervision visits
  hotline: [
    { metric: 'prose.hotline.rate', any: ['率'], units: ['%'] },
    { metric: 'prose.hotline.completed', any: ['办结', '办理', '答复', '回复', '办复', '解答', '处理', '处置'], units: HOTLINE_UNITS },
    {
      metric: 'prose.hotline.received',
      any: ['受理', '收到', '接到', '接收', '签收', '热线', '来电', '来信', '留言', '转办件', '诉求', '工单'],
      units: HOTLINE_UNITS,
      total: true,
      note: 'a part (其中热线电话11通) is one channel of what was received',
    },
  ],
  proposals: [
    { metric: 'prose.proposals.deputies', any: ['人大代表建议', '代表建议', '人大建议'], none: ['提案'] },
    { metric: 'prose.proposals.cppcc', any: ['政协委员提案', '政协提案', '委员提案'], none: ['建议'] },
  ],
  interpretation: [
    // 其中政策解读978条 under a proactive total is a category of published items, not the interpretations issued
    { metric: 'prose.interpretation.items', any: ['解读'], units: ['篇', '条', '件', '份', '个'], total: true },
  ],
  training: [
    { metric: 'prose.training.people', any: ['培训', '参训', '轮训'], units: ['人次', '人', '名'] },
    { metric: 'prose.training.sessions', any: ['培训', '轮训'], units: ['次', '场', '期', '批', '轮'] },
  ],
  website: [
    { metric: 'prose.website.visits', any: ['访问量', '浏览量', '点击量', '访问次数', '访问人次'], units: ['人次', '次'] },
  ],
  service: [],
  petition: [],
};

/**
 * Words marking a figure about another body than the report's own (a department inside a district report,
 * the office acting for the government). Such claims get scope 'other'.
 */
export const OTHER_SCOPE_WORDS: readonly string[] = [
  '各部门', '区直各', '县直各', '市直各', '区直部门', '县直部门', '市直部门', '区直单位', '县直单位', '各乡镇', '各镇街', '各街道',
  '各镇', '各单位', '代表区政府', '代表市政府', '代表县政府', '全区各部门', '全市各部门', '全县各部门', '部门行政规范性文件',
  '各县区', '各县(市、区)', '各区县', ...EVERY_LEVEL_WORDS,
];

/**
 * 表二 keys of the 2021 layout as the 2019 layout names them (../shared/spec/output.md). The 2019 table counts
 * 本年新制作/本年新公开/对外公开总数量: 制发 is 新制作; it has no 废止 and no 现行有效 column (对外公开总数量 counts
 * everything ever published, not what is in force), so those figures have no cell there.
 */
export const T2_KEYS_2019: Readonly<Record<string, MetricKey | null>> = {
  't2.regulations.issued': 't2.regulations.made',
  't2.normative.issued': 't2.normative.made',
  't2.regulations.in_force': null,
  't2.normative.in_force': null,
  't2.regulations.repealed': null,
  't2.normative.repealed': null,
};

/**
 * In the 2019 layout a 规章/规范性文件 figure that is only said to be published (通过网站公开规范性文件8个) is the
 * 本年新公开数量 column, not 新制作: these words mark publishing, the drafting words keep it 新制作.
 */
export const T2_PUBLISHED_WORDS_2019: readonly string[] = ['公开'];
/** …and one said to be all ever published (对外公开总数量132件) is the 对外公开总数量 column. */
export const T2_PUBLIC_TOTAL_WORDS_2019: readonly string[] = ['公开总数', '公开总量'];

