/**
 * The metric key space shared by table cells and prose claims (../shared/spec/output.md).
 * Each entry carries its Chinese name, used in findings and outputs.
 */

export const T3_COLUMNS = [
  { key: 'natural', name: '自然人' },
  { key: 'business', name: '商业企业' },
  { key: 'research', name: '科研机构' },
  { key: 'social', name: '社会公益组织' },
  { key: 'legal', name: '法律服务机构' },
  { key: 'other_org', name: '其他' },
  { key: 'total', name: '总计' },
] as const;
export type T3Column = (typeof T3_COLUMNS)[number]['key'];
/** The six applicant columns whose sum is 总计 (identity 3). */
export const T3_APPLICANT_COLUMNS: readonly T3Column[] = T3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

export type T3Group = 'denied' | 'unable' | 'not_processed' | 'other';

export interface T3Row {
  key: string;
  name: string;
  /** The group the row belongs to, for (三)…(六). */
  group?: T3Group;
  /** Rows present only in one layout (2019 has a single (六)其他处理 row). */
  layouts?: readonly ('2021' | '2019')[];
  /** The name shown to people when the printed one says too little out of the table (总计 of 办理结果). */
  shown?: string;
}

/** 表三 rows in printed order. */
export const T3_ROWS: readonly T3Row[] = [
  { key: 'new_received', name: '本年新收政府信息公开申请数量' },
  { key: 'carried_over', name: '上年结转政府信息公开申请数量' },
  { key: 'granted', name: '予以公开' },
  { key: 'partial', name: '部分公开' },
  { key: 'denied.state_secret', name: '属于国家秘密', group: 'denied' },
  { key: 'denied.law_forbidden', name: '其他法律行政法规禁止公开', group: 'denied' },
  { key: 'denied.three_safety', name: '危及“三安全一稳定”', group: 'denied' },
  { key: 'denied.third_party', name: '保护第三方合法权益', group: 'denied' },
  { key: 'denied.internal_affairs', name: '属于三类内部事务信息', group: 'denied' },
  { key: 'denied.process_info', name: '属于四类过程性信息', group: 'denied' },
  { key: 'denied.enforcement_file', name: '属于行政执法案卷', group: 'denied' },
  { key: 'denied.query_matter', name: '属于行政查询事项', group: 'denied' },
  { key: 'unable.not_held', name: '本机关不掌握相关政府信息', group: 'unable' },
  { key: 'unable.needs_creation', name: '没有现成信息需要另行制作', group: 'unable' },
  { key: 'unable.unclear', name: '补正后申请内容仍不明确', group: 'unable' },
  { key: 'not_processed.petition', name: '信访举报投诉类申请', group: 'not_processed' },
  { key: 'not_processed.repeated', name: '重复申请', group: 'not_processed' },
  { key: 'not_processed.publication', name: '要求提供公开出版物', group: 'not_processed' },
  { key: 'not_processed.excessive', name: '无正当理由大量反复申请', group: 'not_processed' },
  { key: 'not_processed.confirm', name: '要求行政机关确认或重新出具已获取信息', group: 'not_processed' },
  { key: 'other.no_correction', name: '申请人无正当理由逾期不补正', group: 'other', layouts: ['2021'] },
  { key: 'other.no_fee', name: '申请人逾期未按收费通知要求缴纳费用', group: 'other', layouts: ['2021'] },
  { key: 'other.other', name: '其他', group: 'other', layouts: ['2021'] },
  { key: 'total_processed', name: '总计', shown: '办理结果总计' },
  { key: 'carried_forward', name: '结转下年度继续办理' },
];

export const T3_GROUPS: readonly { key: T3Group; name: string }[] = [
  { key: 'denied', name: '不予公开' },
  { key: 'unable', name: '无法提供' },
  { key: 'not_processed', name: '不予处理' },
  { key: 'other', name: '其他处理' },
];

export const T4_GROUPS = [
  { key: 'review', name: '行政复议' },
  { key: 'litigation_direct', name: '行政诉讼(未经复议直接起诉)' },
  { key: 'litigation_after_review', name: '行政诉讼(复议后起诉)' },
] as const;
export const T4_COLUMNS = [
  { key: 'upheld', name: '结果维持' },
  { key: 'corrected', name: '结果纠正' },
  { key: 'other', name: '其他结果' },
  { key: 'pending', name: '尚未审结' },
  { key: 'total', name: '总计' },
] as const;

export const T2_2021_KEYS = [
  { key: 't2.regulations.issued', name: '规章本年制发件数' },
  { key: 't2.regulations.repealed', name: '规章本年废止件数' },
  { key: 't2.regulations.in_force', name: '规章现行有效件数' },
  { key: 't2.normative.issued', name: '行政规范性文件本年制发件数' },
  { key: 't2.normative.repealed', name: '行政规范性文件本年废止件数' },
  { key: 't2.normative.in_force', name: '行政规范性文件现行有效件数' },
  { key: 't2.licensing', name: '行政许可本年处理决定数量' },
  { key: 't2.punishment', name: '行政处罚本年处理决定数量' },
  { key: 't2.coercion', name: '行政强制本年处理决定数量' },
  { key: 't2.fees', name: '行政事业性收费本年收费金额(万元)' },
] as const;

export const T2_2019_KEYS = [
  { key: 't2.regulations.made', name: '规章本年新制作数量' },
  { key: 't2.regulations.published', name: '规章本年新公开数量' },
  { key: 't2.regulations.public_total', name: '规章对外公开总数量' },
  { key: 't2.normative.made', name: '规范性文件本年新制作数量' },
  { key: 't2.normative.published', name: '规范性文件本年新公开数量' },
  { key: 't2.normative.public_total', name: '规范性文件对外公开总数量' },
  ...(['licensing', 'other_services', 'punishment', 'coercion'] as const).flatMap((row) => {
    const rowName = { licensing: '行政许可', other_services: '其他对外管理服务事项', punishment: '行政处罚', coercion: '行政强制' }[row];
    return [
      { key: `t2.${row}.prev_items`, name: `${rowName}上一年项目数量` },
      { key: `t2.${row}.change`, name: `${rowName}本年增/减` },
      { key: `t2.${row}.decisions`, name: `${rowName}处理决定数量` },
    ];
  }),
  { key: 't2.fees.prev_items', name: '行政事业性收费上一年项目数量' },
  { key: 't2.fees.change', name: '行政事业性收费本年增/减' },
  { key: 't2.procurement.items', name: '政府集中采购采购项目数量' },
  { key: 't2.procurement.amount', name: '政府集中采购采购总金额' },
] as const;

/**
 * Keys are built once per (table part, part) pair and handed out again: a freshly built string must be hashed
 * and interned each time it indexes a cells object, and the stages look cells up by these keys thousands of
 * times per report.
 */
function keyMaker(prefix: string): (a: string, b: string) => string {
  const made = new Map<string, Map<string, string>>();
  return (a, b) => {
    let inner = made.get(a);
    if (!inner) made.set(a, (inner = new Map()));
    let key = inner.get(b);
    if (key === undefined) inner.set(b, (key = `${prefix}.${a}.${b}`));
    return key;
  };
}
export const t3Key: (column: string, row: string) => string = keyMaker('t3');
export const t4Key: (group: string, column: string) => string = keyMaker('t4');

const NAME_BY_KEY: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const c of T3_COLUMNS)
    for (const r of [...T3_ROWS, ...T3_GROUPS]) m.set(t3Key(c.key, r.key), `表三${'shown' in r && r.shown ? r.shown : r.name}(${c.name})`);
  for (const g of T4_GROUPS) for (const c of T4_COLUMNS) m.set(t4Key(g.key, c.key), `表四${g.name}${c.name}`);
  m.set('t4.litigation.total', '表四行政诉讼总计');
  for (const k of [...T2_2021_KEYS, ...T2_2019_KEYS]) m.set(k.key, `表二${k.name}`);
  return m;
})();

/**
 * The figures no table holds (prose.*, keyed in figures/lexicon/metrics.ts), by name: a finding or a CSV row shows
 * a person the name, never the key.
 */
export const PROSE_METRIC_NAMES: Readonly<Record<string, string>> = {
  'prose.proactive.items': '主动公开信息总数',
  'prose.hotline.received': '热线信箱受理数',
  'prose.hotline.completed': '热线信箱办结数',
  'prose.hotline.rate': '热线信箱办结率',
  'prose.proposals.deputies': '人大代表建议数',
  'prose.proposals.cppcc': '政协委员提案数',
  'prose.interpretation.items': '政策解读数',
  'prose.training.people': '培训人次',
  'prose.training.sessions': '培训场次',
  'prose.website.visits': '网站访问量',
};

/** Every table metric key (表二 both layouts, 表三 with group sums, 表四 with t4.litigation.total). */
export const ALL_TABLE_KEYS: readonly string[] = [...NAME_BY_KEY.keys()];

/** The Chinese name of a metric key, or the key itself when it has none. */
export function metricName(key: string): string {
  return NAME_BY_KEY.get(key) ?? PROSE_METRIC_NAMES[key] ?? key;
}

export function isTableKey(key: string | null | undefined): boolean {
  return !!key && NAME_BY_KEY.has(key);
}
