/**
 * What a prose figure counts, where the words say it is not (or not only) the table cell its verbs suggest.
 *
 * Reports count many things with the same verbs as 表三 (受理, 办理, 办结): service-hall cases, hotline
 * calls, petitions, approvals, gazette issues. And inside 依申请公开 itself, a figure may count one channel,
 * one kind of requester, what moves to next year, or two outcome rows together. Each entry below names such
 * a scope by the words that mark it; src/figures/index.ts reads them. A figure whose scope is not a cell's
 * scope stays unlinked (still a claim, never compared with a cell).
 */

/**
 * Work counted with 表三's verbs that is no 政府信息公开申请: a topic of its own, inherited by the clauses after
 * it in the sentence (政务服务大厅受理办件3万件,办结2.9万件 — the 办结 is the hall's too).
 */
export const SERVICE_WORDS: readonly string[] = [
  '办件', '政务服务', '服务大厅', '办事大厅', '便民服务', '服务中心', '服务窗口', '窗口', '行政审批', '审批事项', '审批服务',
  '许可事项', '服务事项', '一件事',
];

/** Letters and visits (信访): not applications for information, not 12345 hotline calls either. */
export const PETITION_WORDS: readonly string[] = ['信访'];

/**
 * Publication counts: issues of a gazette, items printed in it (在政府公报刊登规范性文件等N件) — a channel's
 * output, not 表二's 本年制发/新制作.
 */
export const PUBLICATION_WORDS: readonly string[] = ['刊登', '刊载', '刊发', '登载', '编印', '出版'];

/**
 * Words right before a figure that make it a category with others in it (规范性文件等45件): no single cell.
 * Tested against the end of the clause before the figure.
 */
export const CATEGORY_ENDINGS: readonly string[] = ['等', '等各类', '等各项', '等信息'];

/**
 * 结转下年度继续办理 (表三 四): what moves into next year, however it is phrased (转下一年度办理, 顺延到下年度答复,
 * 结转至下一年度继续办理). Never what came in nor what was handled.
 */
export const CARRIED_FORWARD_WORDS: readonly string[] = [
  '结转下年', '转结下年', '结转至下年', '结转到下年', '转入下年', '结转下一年', '转下一年', '转下年', '转入下一年', '转至下一年',
  '转到下一年', '结转至下一年', '结转到下一年', '顺延至下', '顺延到下', '顺延至次年', '顺延到次年', '延续至下', '跨年度办理',
  '下年度继续', '下一年度继续', '下年度办理', '下一年度办理', '下年度答复', '下一年度答复', '次年办理', '次年答复',
  '尚未办结', '未办结', '正在办理', '仍在办理', '办理中', '处理中',
];

/** Two outcome rows stated together (予以公开及部分公开N件): granted + partial, never granted alone. */
export const COMBINED_OUTCOME_WORDS: readonly string[] = [
  '予以公开及部分公开', '予以公开和部分公开', '予以公开、部分公开', '全部公开及部分公开', '全部公开和部分公开', '公开及部分公开',
  '公开和部分公开', '公开或部分公开', '同意公开及部分公开', '同意公开和部分公开',
];

/**
 * 表三's answer rows by the words that name them: a figure whose clause names two or more (其余6件为不予公开、无法提供、
 * 不予处理等情形) is their sum, no one row.
 */
export const OUTCOME_ROW_WORDS: readonly (readonly string[])[] = [
  ['予以公开', '同意公开', '全部公开'],
  ['部分公开'],
  ['不予公开'],
  ['无法提供', '不掌握'],
  ['不予处理'],
  ['其他处理', '其它处理'],
];

/**
 * What came in and what was handled stated as one figure (收到和办理申请9件, 受理并办结申请12件): either cell could be
 * meant, so the figure is read as neither. Built from the verbs and joiners below.
 */
const INTAKE_VERBS = ['收到', '受理', '接收', '新收'];
const HANDLING_VERBS = ['办理', '办结', '处理', '答复'];
const JOINERS = ['和', '及', '并', '、', '与'];
export const INTAKE_AND_HANDLING: readonly string[] = INTAKE_VERBS.flatMap((a) => JOINERS.flatMap((j) => HANDLING_VERBS.map((b) => `${a}${j}${b}`)));

/** Applications passed on between bodies (转办, 转来): a channel of their own, or how another one came (热线转来). */
export const FORWARDING_WORDS: readonly string[] = ['转办', '转交', '转送', '转来'];

/**
 * One channel of applications (网上申请N件, 通过信函提交N件). A figure naming exactly one of these is that channel's
 * count; one naming several (通过网上、信函、当面等方式共收到…) is the total of all of them.
 */
export const CHANNEL_WORDS: readonly string[] = [
  '网上', '网络', '在线', '互联网', '信函', '邮寄', '来函', '当面', '现场', '传真', '电子邮件', '邮件', '电子信箱', '电话',
  '热线', '网站', '平台', '政务服务网', '公开网', '小程序', '窗口',
  // passed on by another body (上级转办), or passed on to one (向上级机关转办): with another channel word, part of its route
  ...FORWARDING_WORDS,
];

/**
 * Items or copies of information counted (依申请予以公开的信息29条, 向申请人提供政府信息20份): what was disclosed, not
 * applications. In 件 the same words often do count applications (予以公开政府信息12件), so only these units.
 */
export const INFORMATION_ITEM_UNITS: readonly string[] = ['条', '份', '项', '页', '卷'];
export const INFORMATION_BEFORE = /信息(?:共|计|共计|合计|达)?$/;

/**
 * One requester's applications (同一申请人提出申请15件, 某申请人一次性提出…), or those made through an agent: some of
 * what came in, never all of it.
 */
export const ONE_REQUESTER_WORDS: readonly string[] = [
  '同一申请人', '某申请人', '个别申请人', '一名申请人', '单个申请人', '同一人', '某一申请人',
  // applications made through a lawyer or an agent (律师代理申请14件): some requesters', on either side of 表三's columns
  '律师', '代理',
];

/** Words that make a channel phrase a list of channels, not one (…等方式, …等渠道). */
export const CHANNEL_LIST_WORDS: readonly string[] = ['等方式', '等渠道', '等途径', '等形式', '各类', '各种', '多种'];

/**
 * Requesters other than 自然人 (表三 has no 总计 cell for them in prose reading: 法人或其他组织 is split into five
 * columns). 自然人 has its own column (t3.natural.*).
 */
export const OTHER_REQUESTER_WORDS: readonly string[] = ['法人', '其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '企业'];

/** Natural persons as requesters: named beside 法人 they make the figure cover every requester. */
export const NATURAL_REQUESTER_WORDS: readonly string[] = ['自然人', '公民', '个人'];

/**
 * Parts of a count of applications that 表三 does not count as applications, or that name the ones it does count (其中
 * 有效申请188件): the count they are parts of is more than 表三's.
 */
export const NOT_AN_APPLICATION_PART: readonly string[] = ['咨询', '信访', '投诉', '举报', '建议', '有效', '无效'];

/** Last year named as what a figure counts (上年度未审结1件, 上年遗留2件): a part of a total that spans two years. */
export const LAST_YEAR_WORDS: readonly string[] = ['上一年度', '上年度', '上一年', '上年', '去年'];

/**
 * Another period than the report's year: last year's figure (上一年度收到申请34件) or a change against it (较上年增加5件,
 * 同比减少2件). Tried after 上年结转 (表三 二), which these words would otherwise swallow.
 */
export const PREVIOUS_PERIOD_WORDS: readonly string[] = [...LAST_YEAR_WORDS, '前一年', '同比', '环比', '较上', '比上', '增加', '减少', '增长', '下降'];

/**
 * Another year's figure set beside the year's own, read in the clause before it: a year compared with (较2021年的15件,
 * 与2021年相比多3件) or given its own figure (2021年为15件, 2021年同期为15件). A year that only dates the clause
 * (2021年共收到申请15件, as a report copied from last year's leaves it) is no comparison.
 */
/** The words that set a figure or a year against another (较, 与…相比); checks/lexicon/report.ts reads years with them too. */
export const COMPARING_WORDS: readonly string[] = ['较', '比', '与', '同', '对比', '相较', '相比', '较之'];
export const COMPARED_YEAR = new RegExp(String.raw`(?:${COMPARING_WORDS.join('|')})\s*(\d{4})\s*年`);
export const YEAR_OWN_FIGURE = /(\d{4})\s*年度?\s*(?:同期)?\s*(?:为|是)$/;

/**
 * A target for a later year (力争明年办结申请50件以上, 预计公开信息300条): not what was done. Read in the clause before the
 * figure; 计划 is not among them, as it names a kind of information too (规划计划类信息44条).
 */
export const TARGET_WORDS: readonly string[] = ['力争', '争取', '预计', '预期', '明年', '来年', '下一步', '今后'];

/**
 * A figure per period rather than for the year (平均每月办理3件, 日均接听12个, 单月最多12件): an average, a rate or a
 * peak, never a part of the year's list nor the count a share is of. Read in the clause before the figure.
 */
export const PER_PERIOD_WORDS: readonly string[] = [
  '平均', '月均', '日均', '周均', '年均', '人均', '每月', '每周', '每日', '每天', '每季度', '每个季度', '每个月', '每年',
  // the most or least of one period (单月最多12件, 最多的一天5件): a peak, not the year's count
  '单月', '单日', '单周', '最多', '最少', '最高', '最低', '峰值',
];

/**
 * Figures over several years (近三年共受理申请120件, 条例实施以来累计受理…): no year's table holds them. Not 累计 or 以来
 * alone: 全年累计受理36件 and 2023年以来 count the report's own year. Looked for in the figure's sentence up to it.
 */
export const MULTI_YEAR_WORDS: readonly string[] = [
  '近两年', '近二年', '近三年', '近四年', '近五年', '近几年', '两年来', '三年来', '四年来', '五年来', '历年',
  '实施以来', '施行以来', '颁布以来', '成立以来', '至今累计', '累计至今',
];

/**
 * Several years in a span said with a number (2年来, 近3年, 三年间, 过去五年): as MULTI_YEAR_WORDS. 2023年以来 is the
 * report's own year and does not match.
 */
export const MULTI_YEAR_SPAN = /(?<!\d)(?:近|过去|这)?(?:[两二三四五六七八九十]|\d{1,2})\s*年(?:来|以来|间)|近(?:[两二三四五六七八九十]|\d{1,2})\s*年/;

/**
 * Openings that often only set the scene (近年来,我区高度重视…,全年受理申请36件): they make a figure several years' only
 * inside its own clause (近年来共受理申请300件).
 */
export const MULTI_YEAR_OPENINGS: readonly string[] = ['近年来', '多年来'];

/**
 * A review of existing documents (清理规范性文件46件,其中继续有效40件,宣布失效6件): its figures count what was reviewed,
 * not 表二's 制发/废止/现行有效.
 */
export const DOCUMENT_REVIEW_WORDS: readonly string[] = ['清理', '梳理', '评估', '审查', '核查'];

/**
 * The report's own body named against a wider total in one sentence (全区共受理申请500件,其中区政府本级受理36件): the
 * figure so named is the table's, the wider one counts other bodies too.
 */
export const OWN_LEVEL_WORDS: readonly string[] = ['本级', '本机关', '本单位', '本部门'];

/**
 * What applications were about (申请内容主要涉及征地拆迁10件, 集中在社会保障领域): a figure after these words counts the
 * applications on one subject, not all of them, unless the subject is information disclosure itself (涉及政府信息公开的
 * 申请) or an answer (涉及国家秘密不予公开2件), which the words after them name (SUBJECT_MATTER_KEEPS).
 */
export const SUBJECT_MATTER_WORDS: readonly string[] = ['涉及', '集中在', '集中于', '事项为', '排名前', '居前'];
/**
 * The applications counted, then what they were about (有5件申请涉及征地拆迁, 3件申请涉及多个办理结果): the subject after the
 * noun, read as SUBJECT_MATTER_WORDS' subjects are.
 */
export const SUBJECT_AFTER_APPLICATIONS = /^(?:(?:政府信息公开|信息公开)?申请)(?:内容)?(?:主要|均|都)?(?:涉及|集中在|集中于|属于)(.+)$/;

/**
 * 涉 and what it concerns, a subject in itself (涉企规范性文件, 涉房涉地申请, 涉疫申请); 涉及 is SUBJECT_MATTER_WORDS'. What
 * follows is read as SUBJECT_MATTER_WORDS' subjects are (涉密不予公开 is an answer).
 */
export const SUBJECT_PREFIX = /涉(?!及)[\u4e00-\u9fff]/;
/** Words that put an application on information disclosure whatever stands before 申请. */
export const DISCLOSURE_WORDS: readonly string[] = ['信息公开', '政府信息', '依申请', '公开申请'];
export const SUBJECT_MATTER_KEEPS: readonly string[] = [...DISCLOSURE_WORDS, '公开', '不予', '无法', '处理'];

/**
 * One kind of applications, documents or cases named by an attribute before the noun (征地拆迁类申请, 关于拆迁补偿的申请,
 * 营商环境方面的规范性文件, 土地征收类行政复议, 相关申请): the words ending the attribute, or 关于…的 around it. Such a figure
 * counts some, not all, unless the attribute names disclosure, requesters, channels or answers (政府信息公开类申请).
 */
/** The nouns 表三, 表二 and 表四 count: what a figure's attribute stands before (…类申请, …方面的规范性文件). */
const COUNTED_NOUN = String.raw`(?:政府信息公开|信息公开)?(?:申请|规范性文件|规章|行政复议|复议|行政诉讼|诉讼|案件)`;
export const KIND_BEFORE_NOUN = new RegExp(String.raw`(?:类|方面|领域|相关|有关)的?${COUNTED_NOUN}$|关于[^,;:。]{1,24}的${COUNTED_NOUN}$`);
/** The counted noun closing a clause (…的行政复议): what is left before it is the subject or the kind (or nothing). */
export const COUNTED_NOUN_AT_END = new RegExp(String.raw`的?${COUNTED_NOUN}?(?:案件)?$`);

/** Words joining issuers or channels into a list (以市政府或市政府办公厅名义, 通过网上、信函和当面). */
export const LIST_JOINERS = /[、,，和及与或]/;

/**
 * Measure words a figure may count any noun in (个, 项, 条), and the nouns after it that are applications: 14个问题
 * counts questions, 3条依申请公开政府信息 applications.
 */
export const NOUN_COUNTING_UNITS: readonly string[] = ['个', '项', '条'];
export const APPLICATIONS_AFTER = /^(?:(?:政府信息公开|信息公开)?申请|依申请)/;

/** Words that make a figure the year's new applications (其中本年新收10件), whatever part of a whole it is. */
export const NEW_RECEIVED_WORDS: readonly string[] = ['新收', '新增', '新受理', '本年', '今年', '全年', '当年'];

/** Verbs of receiving or handling applications: what stands before them is not the attribute of 申请 (收到征地类申请). */
export const RECEIVING_VERBS: readonly string[] = ['收到', '受理', '接收', '接到', '新收', '办理', '办结', '答复'];

/**
 * Documents issued in one issuer's name, or by a named issuer (以县政府名义制发规范性文件6件, 我局起草、由县政府印发的6件):
 * one issuer's share, or another body's documents.
 */
export const ISSUER_QUALIFIER = /以[^,;:。]{1,20}名义|由[^,;:。]{1,20}(?:印发|制发|发布|出台)/;

/**
 * A moment after the year (截至目前尚有2件复议案件正在审理, 截至发稿, 截至本报告发布时): the count then, not the table's at
 * 31 December, often since the start (截至目前累计公开…). Tested on the figure's sentence up to it.
 */
export const AFTER_THE_YEAR = /(?:截至|截止|截止到|截至到)\s*(?:目前|发稿|发文|今日|现在|本报告(?:发布|公开|编制|印发)|报告(?:发布|公开|编制|印发))/;

/**
 * One day of the year (于2023年3月15日收到申请1件): that day's count. A day that opens or closes a span (1月1日至12月31日,
 * 截至2023年12月31日, 截至**年12月31日 with the year masked, 自1月1日起) dates the whole year or is PART_OF_YEAR's. Tested on the figure's sentence up to it.
 */
export const ONE_DAY = new RegExp(
  String.raw`(?<!(?:至|到|止|起|自|从)\s*(?:[^,，。;；:：\s]{1,6}年度?)?\s*)(?<!\d)(?:[1-9]|1[0-2])\s*月\s*(?:[1-9]|[12]\d|3[01])\s*日(?!\s*(?:至|到|起|以来|—|-|~|～))`,
);

/**
 * Part of the year (第一季度受理5件, 上半年, 1-6月, 12月份, 截至11月底, 截至12月20日): no cell counts it. 截至12月31日, 12月底
 * and 1-12月 are the whole year and do not match. Tested on the figure's sentence up to it.
 */
export const PART_OF_YEAR = new RegExp(
  [
    '第?[一二三四1-4]季度', '上半年', '下半年', '前三季度',
    String.raw`(?<!\d)(?:[1-9]|1[01])\s*[-—~至到]\s*(?:[1-9]|1[01])\s*月`,
    String.raw`(?<![\d年])(?:[1-9]|1[0-2])月份`, '[一二三四五六七八九十]{1,3}月份',
    String.raw`(?:截至|截止)(?:\d{4}年)?(?:[1-9]|1[01])月`, String.raw`(?:截至|截止)(?:\d{4}年)?12月(?:[1-9]|[12]\d|30)日`,
  ].join('|'),
);
