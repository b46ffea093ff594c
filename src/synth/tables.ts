/**
 * Table values with every identity of ../shared/spec/format.md holding, and the printed grids of 表二/表三/表四
 * (rowspan/colspan as real sites merge them).
 *
 * 表三 is always generated with the 2021 leaf rows; the 2019 layout prints the three (六) rows as one. 表二's 2019 values
 * are derived from the 2021 ones where the concepts match (新制作 = 制发, 对外公开总数 = 现行有效, 处理决定数量), so a
 * report printed in the other layout differs only in what the layout itself changes.
 */
import { T3_COLUMNS, T3_GROUPS, T3_ROWS, T4_COLUMNS, T4_GROUPS, t3Key, t4Key } from '../model/metrics.js';
import type { TableId } from '../model/types.js';
import { Rng } from './random.js';
import { at } from '../util/at.js';

export type Values = Record<string, number>;
export type PrintedLayout = '2021' | '2019';

const APPLICANTS = T3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);
/** Outcome leaves (2021 layout) in printed order. */
export const T3_LEAVES = T3_ROWS.filter((r) => r.group || r.key === 'granted' || r.key === 'partial').map((r) => r.key);

/** Relative frequency of each outcome; real tables are dominated by 予以公开 and 不掌握. */
const LEAF_WEIGHT: Record<string, number> = {
  granted: 40,
  partial: 6,
  'denied.state_secret': 0.3,
  'denied.law_forbidden': 0.6,
  'denied.three_safety': 0.4,
  'denied.third_party': 1.5,
  'denied.internal_affairs': 1,
  'denied.process_info': 1.5,
  'denied.enforcement_file': 0.6,
  'denied.query_matter': 0.8,
  'unable.not_held': 22,
  'unable.needs_creation': 3,
  'unable.unclear': 2,
  'not_processed.petition': 3,
  'not_processed.repeated': 3,
  'not_processed.publication': 0.8,
  'not_processed.excessive': 0.8,
  'not_processed.confirm': 0.6,
  'other.no_correction': 3,
  'other.no_fee': 0.3,
  'other.other': 3,
};

/** How busy a body is: the usual ceiling of new applications a year. */
export interface Scale {
  applications: number;
  /** A 设区的市 government that makes 规章 (others print zeros in that row). */
  makesRegulations: boolean;
  enforcement: number;
}

/** Requests still open at year end, per applicant column: a stream of its own so the next year can read it. */
export function carriedForward(seed: number, bodyId: number, year: number, scale: Scale): number[] {
  const rng = Rng.of(seed, 'cf', bodyId, year);
  return APPLICANTS.map((c) => {
    if (c === 'natural') return rng.chance(0.4) ? rng.int(1, Math.max(1, Math.round(scale.applications / 15))) : 0;
    return rng.chance(0.06) ? rng.int(1, 2) : 0;
  });
}

/** Split `total` over keys by weight: proportional shares, the remainder placed at random by weight. */
function allocate(rng: Rng, total: number, weights: readonly (readonly [string, number])[]): Map<string, number> {
  const out = new Map<string, number>(weights.map(([k]) => [k, 0]));
  const live = weights.filter(([, w]) => w > 0);
  if (total <= 0 || live.length === 0) return out;
  const wsum = live.reduce((s, [, w]) => s + w, 0);
  let left = total;
  if (total > 40) {
    for (const [k, w] of live) {
      const share = Math.floor((total * w) / wsum);
      out.set(k, share);
      left -= share;
    }
  }
  for (; left > 0; left--) {
    const k = rng.weighted(live);
    out.set(k, out.get(k)! + 1);
  }
  return out;
}


export function t3Values(rng: Rng, carriedOver: number[], carriedFwd: number[], scale: Scale, v: Values = {}): Values {
  // this report's outcome mix: some outcomes never occur in a given body's year
  const mix = T3_LEAVES.map((k) => {
    const base = LEAF_WEIGHT[k] ?? 1;
    const keep = k === 'granted' || rng.chance(k === 'unable.not_held' || k === 'partial' ? 0.85 : 0.45);
    return [k, keep ? base * (0.3 + 1.4 * rng.next()) : 0] as const;
  });
  APPLICANTS.forEach((c, i) => {
    const cf = at(carriedFwd, i);
    const co = at(carriedOver, i);
    let n: number;
    if (c === 'natural') n = Math.max(0, rng.skewed(scale.applications));
    else if (c === 'business') n = rng.chance(0.45) ? rng.skewed(Math.max(2, Math.round(scale.applications / 8))) : 0;
    else n = rng.chance(0.12) ? rng.int(1, 3) : 0;
    n = Math.max(n, cf); // so that 一 + 二 − 四 is never negative
    const processed = n + co - cf;
    v[t3Key(c, 'new_received')] = n;
    v[t3Key(c, 'carried_over')] = co;
    v[t3Key(c, 'carried_forward')] = cf;
    v[t3Key(c, 'total_processed')] = processed;
    for (const [k, x] of allocate(rng, processed, mix)) v[t3Key(c, k)] = x;
  });
  for (const r of T3_ALL_ROWS) {
    let sum = 0;
    for (const c of APPLICANTS) sum += at(v, t3Key(c, r));
    v[t3Key('total', r)] = sum;
  }
  addT3GroupSums(v);
  return v;
}

/** Group sums (不予公开, 无法提供, 不予处理, 其他处理) from the leaves, for every column. */
export function addT3GroupSums(v: Values): void {
  for (const c of T3_COLUMNS)
    for (const g of GROUP_LEAVES) {
      let sum = 0;
      for (const r of g.leaves) sum += at(v, t3Key(c.key, r));
      v[t3Key(c.key, g.key)] = sum;
    }
}
const GROUP_LEAVES = T3_GROUPS.map((g) => ({ key: g.key, leaves: T3_ROWS.filter((r) => r.group === g.key).map((r) => r.key) }));
const T3_ALL_ROWS = ['new_received', 'carried_over', ...T3_LEAVES, 'total_processed', 'carried_forward'];

export function t4Values(rng: Rng, scale: Scale, v: Values = {}): Values {
  const busy = scale.applications;
  for (const g of T4_GROUPS) {
    const active = rng.chance(g.key === 'review' ? 0.45 : 0.25);
    const cap = Math.max(1, Math.round(busy / (g.key === 'review' ? 40 : 80)));
    const parts = {
      upheld: active ? rng.skewed(cap + 1) : 0,
      corrected: active && rng.chance(0.4) ? rng.int(0, Math.max(1, Math.round(cap / 3))) : 0,
      other: active && rng.chance(0.3) ? rng.int(0, Math.max(1, Math.round(cap / 3))) : 0,
      pending: active && rng.chance(0.35) ? rng.int(0, Math.max(1, Math.round(cap / 4))) : 0,
    };
    if (active && parts.upheld + parts.corrected + parts.other + parts.pending === 0) parts.upheld = 1;
    for (const [k, x] of Object.entries(parts)) v[t4Key(g.key, k)] = x;
    v[t4Key(g.key, 'total')] = parts.upheld + parts.corrected + parts.other + parts.pending;
  }
  v['t4.litigation.total'] = at(v, 't4.litigation_direct.total') + at(v, 't4.litigation_after_review.total');
  return v;
}

/** Regulations and normative documents move year by year; 现行有效 is the running sum, so the soft check holds. */
function documentFlow(seed: number, bodyId: number, year: number, scale: Scale) {
  const base = Rng.of(seed, 'docs-base', bodyId);
  let regs = scale.makesRegulations ? base.int(8, 45) : 0;
  let norms = base.int(10, 160);
  let cur = { regIssued: 0, regRepealed: 0, normIssued: 0, normRepealed: 0 };
  for (let y = 2014; y <= year; y++) {
    const r = Rng.of(seed, 'docs', bodyId, y);
    const regIssued = scale.makesRegulations ? r.int(0, 4) : 0;
    const regRepealed = scale.makesRegulations ? Math.min(regs, r.chance(0.3) ? r.int(1, 3) : 0) : 0;
    const normIssued = r.chance(0.8) ? r.int(1, Math.max(2, Math.round(scale.applications / 6))) : 0;
    const normRepealed = Math.min(norms, r.chance(0.5) ? r.int(1, 12) : 0);
    regs += regIssued - regRepealed;
    norms += normIssued - normRepealed;
    cur = { regIssued, regRepealed, normIssued, normRepealed };
  }
  return { ...cur, regsInForce: regs, normsInForce: norms };
}

export function t2Values(seed: number, bodyId: number, year: number, scale: Scale, into: Values = {}): Values {
  const rng = Rng.of(seed, 't2', bodyId, year);
  const d = documentFlow(seed, bodyId, year, scale);
  const e = scale.enforcement;
  const licensing = rng.chance(0.85) ? rng.skewed(e * 4) : 0;
  const punishment = rng.chance(0.8) ? rng.skewed(e) : 0;
  const coercion = rng.chance(0.5) ? rng.skewed(Math.max(1, Math.round(e / 5))) : 0;
  const fees = rng.chance(0.45) ? Math.round(rng.next() * Math.max(5, e / 3) * 10000) / 10000 : 0;
  const v: Values = Object.assign(into, {
    't2.regulations.issued': d.regIssued,
    't2.regulations.repealed': d.regRepealed,
    't2.regulations.in_force': d.regsInForce,
    't2.normative.issued': d.normIssued,
    't2.normative.repealed': d.normRepealed,
    't2.normative.in_force': d.normsInForce,
    't2.licensing': licensing,
    't2.punishment': punishment,
    't2.coercion': coercion,
    't2.fees': fees,
    // 2019 layout, from the same facts
    't2.regulations.made': d.regIssued,
    't2.regulations.published': d.regIssued,
    't2.regulations.public_total': d.regsInForce,
    't2.normative.made': d.normIssued,
    't2.normative.published': d.normIssued,
    't2.normative.public_total': d.normsInForce,
  });
  const items = (row: string, decisions: number, prev: number) => {
    v[`t2.${row}.prev_items`] = prev;
    v[`t2.${row}.change`] = prev > 0 && rng.chance(0.4) ? rng.int(-Math.min(5, prev), 6) : 0;
    v[`t2.${row}.decisions`] = decisions;
  };
  items('licensing', licensing, rng.int(5, 260));
  items('other_services', rng.chance(0.5) ? rng.skewed(e) : 0, rng.chance(0.6) ? rng.int(1, 80) : 0);
  items('punishment', punishment, rng.int(10, 900));
  items('coercion', coercion, rng.int(0, 40));
  v['t2.fees.prev_items'] = rng.int(0, 30);
  v['t2.fees.change'] = at(v, 't2.fees.prev_items') > 0 && rng.chance(0.3) ? -rng.int(1, Math.min(3, at(v, 't2.fees.prev_items'))) : 0;
  v['t2.procurement.items'] = rng.chance(0.6) ? rng.skewed(200) : 0;
  v['t2.procurement.amount'] = at(v, 't2.procurement.items') > 0 ? Math.round(rng.next() * 30000 * 100) / 100 : 0;
  return v;
}

// ─────────────────────────── which keys a layout prints ───────────────────────────

const T2_2021 = ['t2.regulations.issued', 't2.regulations.repealed', 't2.regulations.in_force', 't2.normative.issued', 't2.normative.repealed', 't2.normative.in_force', 't2.licensing', 't2.punishment', 't2.coercion', 't2.fees'];
const T2_2019 = [
  't2.regulations.made', 't2.regulations.published', 't2.regulations.public_total',
  't2.normative.made', 't2.normative.published', 't2.normative.public_total',
  ...['licensing', 'other_services', 'punishment', 'coercion'].flatMap((r) => [`t2.${r}.prev_items`, `t2.${r}.change`, `t2.${r}.decisions`]),
  't2.fees.prev_items', 't2.fees.change', 't2.procurement.items', 't2.procurement.amount',
];

/** Table keys a layout prints (group sums and t4.litigation.total included: truth lists them, derived or not). */
const PRINTED = new Map<string, string[]>();
export function printedKeys(id: TableId, layout: PrintedLayout): string[] {
  const cached = PRINTED.get(id + layout);
  if (cached) return cached;
  const keys = computePrintedKeys(id, layout);
  PRINTED.set(id + layout, keys);
  return keys;
}
function computePrintedKeys(id: TableId, layout: PrintedLayout): string[] {
  if (id === 't2') return layout === '2021' ? T2_2021 : T2_2019;
  if (id === 't4') return [...T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => t4Key(g.key, c.key))), 't4.litigation.total'];
  const rows = [
    ...T3_ROWS.filter((r) => !r.layouts || r.layouts.includes(layout)).map((r) => r.key),
    ...T3_GROUPS.map((g) => g.key),
  ];
  return T3_COLUMNS.flatMap((c) => rows.map((r) => t3Key(c.key, r)));
}

// ─────────────────────────────────── grids ───────────────────────────────────

export interface GridCell {
  text: string;
  /** The metric key of the value the cell prints (value cells only): where it lands goes into the truth. */
  metric?: string;
  rowspan?: number;
  colspan?: number;
  head?: boolean;
}
/** Rows of cells as in HTML: a cell covered by another's span is omitted. */
export interface Grid {
  id: TableId;
  columns: number;
  /** Number of header rows at the top. */
  headRows: number;
  rows: GridCell[][];
}

/** Integer as printed; 表二 amounts with up to four decimals; 本年增/减 with its sign. */
export function fmtCell(key: string, v: number): string {
  if (key.endsWith('.change')) return v > 0 ? `+${v}` : String(v);
  if (key === 't2.fees' || key === 't2.procurement.amount') return String(Math.round(v * 10000) / 10000);
  return String(v);
}

const h = (text: string, rowspan?: number, colspan?: number): GridCell => ({ text, head: true, ...(rowspan && rowspan > 1 ? { rowspan } : {}), ...(colspan && colspan > 1 ? { colspan } : {}) });
const c = (text: string, rowspan?: number, colspan?: number): GridCell => ({ text, ...(rowspan && rowspan > 1 ? { rowspan } : {}), ...(colspan && colspan > 1 ? { colspan } : {}) });
/** A cell printing the value of `key`. */
const val = (v: Values, key: string, colspan?: number): GridCell => ({ ...c(fmtCell(key, at(v, key)), 1, colspan), metric: key });

export function t2Grid(v: Values, layout: PrintedLayout, paren: (s: string) => string): Grid {
  const n = (k: string) => val(v, k);
  const item = (no: string) => [h(`第二十条第${paren(no)}项`, 1, 4)];
  if (layout === '2021') {
    return {
      id: 't2',
      columns: 4,
      headRows: 0,
      rows: [
        item('一'),
        [h('信息内容'), h('本年制发件数'), h('本年废止件数'), h('现行有效件数')],
        [c('规章'), n('t2.regulations.issued'), n('t2.regulations.repealed'), n('t2.regulations.in_force')],
        [c('行政规范性文件'), n('t2.normative.issued'), n('t2.normative.repealed'), n('t2.normative.in_force')],
        item('五'),
        [h('信息内容'), h('本年处理决定数量', 1, 3)],
        [c('行政许可'), val(v, 't2.licensing', 3)],
        item('六'),
        [h('信息内容'), h('本年处理决定数量', 1, 3)],
        [c('行政处罚'), val(v, 't2.punishment', 3)],
        [c('行政强制'), val(v, 't2.coercion', 3)],
        item('八'),
        [h('信息内容'), h(`本年收费金额${paren('单位：万元')}`, 1, 3)],
        [c('行政事业性收费'), val(v, 't2.fees', 3)],
      ],
    };
  }
  const three = (row: string, label: string) => [c(label), n(`t2.${row}.prev_items`), n(`t2.${row}.change`), n(`t2.${row}.decisions`)];
  return {
    id: 't2',
    columns: 4,
    headRows: 0,
    rows: [
      item('一'),
      [h('信息内容'), h('本年新制作数量'), h('本年新公开数量'), h('对外公开总数量')],
      [c('规章'), n('t2.regulations.made'), n('t2.regulations.published'), n('t2.regulations.public_total')],
      [c('规范性文件'), n('t2.normative.made'), n('t2.normative.published'), n('t2.normative.public_total')],
      item('五'),
      [h('信息内容'), h('上一年项目数量'), h('本年增/减'), h('处理决定数量')],
      three('licensing', '行政许可'),
      three('other_services', '其他对外管理服务事项'),
      item('六'),
      [h('信息内容'), h('上一年项目数量'), h('本年增/减'), h('处理决定数量')],
      three('punishment', '行政处罚'),
      three('coercion', '行政强制'),
      item('八'),
      [h('信息内容'), h('上一年项目数量'), h('本年增/减', 1, 2)],
      [c('行政事业性收费'), n('t2.fees.prev_items'), val(v, 't2.fees.change', 2)],
      item('九'),
      [h('信息内容'), h('采购项目数量'), h('采购总金额', 1, 2)],
      [c('政府集中采购'), n('t2.procurement.items'), val(v, 't2.procurement.amount', 2)],
    ],
  };
}

/** Printed labels of the outcome rows (the row names of the notice, with their item numbers). */
const T3_LABELS: Record<string, string> = {
  'denied.state_secret': '1.属于国家秘密',
  'denied.law_forbidden': '2.其他法律行政法规禁止公开',
  'denied.three_safety': '3.危及“三安全一稳定”',
  'denied.third_party': '4.保护第三方合法权益',
  'denied.internal_affairs': '5.属于三类内部事务信息',
  'denied.process_info': '6.属于四类过程性信息',
  'denied.enforcement_file': '7.属于行政执法案卷',
  'denied.query_matter': '8.属于行政查询事项',
  'unable.not_held': '1.本机关不掌握相关政府信息',
  'unable.needs_creation': '2.没有现成信息需要另行制作',
  'unable.unclear': '3.补正后申请内容仍不明确',
  'not_processed.petition': '1.信访举报投诉类申请',
  'not_processed.repeated': '2.重复申请',
  'not_processed.publication': '3.要求提供公开出版物',
  'not_processed.excessive': '4.无正当理由大量反复申请',
  'not_processed.confirm': '5.要求行政机关确认或重新出具已获取信息',
  'other.no_correction': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.no_fee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other.other': '3.其他',
};

export function t3Grid(v: Values, layout: PrintedLayout, paren: (s: string) => string): Grid {
  const cols = T3_COLUMNS.map((x) => x.key);
  const nums = (row: string) => cols.map((col) => val(v, t3Key(col, row)));
  const groupRows = (label: string, group: string): GridCell[][] => {
    const leaves = T3_ROWS.filter((r) => r.group === group).map((r) => r.key);
    return leaves.map((k, i) => [...(i === 0 ? [c(label, leaves.length)] : []), c(at(T3_LABELS, k)), ...nums(k)]);
  };
  const outcome: GridCell[][] = [
    [c(`${paren('一')}予以公开`, 1, 2), ...nums('granted')],
    [c(`${paren('二')}部分公开${paren('区分处理的，只计这一情形，不计其他情形')}`, 1, 2), ...nums('partial')],
    ...groupRows(`${paren('三')}不予公开`, 'denied'),
    ...groupRows(`${paren('四')}无法提供`, 'unable'),
    ...groupRows(`${paren('五')}不予处理`, 'not_processed'),
    ...(layout === '2021' ? groupRows(`${paren('六')}其他处理`, 'other') : [[c(`${paren('六')}其他处理`, 1, 2), ...nums('other')]]),
    [c(`${paren('七')}总计`, 1, 2), ...nums('total_processed')],
  ];
  at(outcome, 0).unshift(c('三、本年度办理结果', outcome.length));
  return {
    id: 't3',
    columns: 10,
    headRows: 3,
    rows: [
      [h(`${paren('本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和')}`, 3, 3), h('申请人情况', 1, 7)],
      [h('自然人', 2), h('法人或其他组织', 1, 5), h('总计', 2)],
      [h('商业企业'), h('科研机构'), h('社会公益组织'), h('法律服务机构'), h('其他')],
      [c('一、本年新收政府信息公开申请数量', 1, 3), ...nums('new_received')],
      [c('二、上年结转政府信息公开申请数量', 1, 3), ...nums('carried_over')],
      ...outcome,
      [c('四、结转下年度继续办理', 1, 3), ...nums('carried_forward')],
    ],
  };
}

export function t4Grid(v: Values): Grid {
  const heads = () => T4_COLUMNS.map((x) => h(x.name));
  return {
    id: 't4',
    columns: 15,
    headRows: 3,
    rows: [
      [h('行政复议', 1, 5), h('行政诉讼', 1, 10)],
      [...T4_COLUMNS.map((x) => h(x.name, 2)), h('未经复议直接起诉', 1, 5), h('复议后起诉', 1, 5)],
      [...heads(), ...heads()],
      T4_GROUPS.flatMap((g) => T4_COLUMNS.map((x) => val(v, t4Key(g.key, x.key)))),
    ],
  };
}

/** The grid as a full matrix: every slot holds its cell's text; `origin` is false on slots a span covers. */
export interface GridSlot {
  text: string;
  origin: boolean;
  head: boolean;
  /** The metric of the value printed here (on the span's origin slot only). */
  metric?: string;
}

export function expand(grid: Grid): GridSlot[][] {
  const m: (GridSlot | undefined)[][] = grid.rows.map(() => []);
  grid.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (at(m, r)[col]) col++;
      const rs = cell.rowspan ?? 1;
      const cs = cell.colspan ?? 1;
      for (let i = 0; i < rs; i++)
        for (let j = 0; j < cs; j++) {
          if (!m[r + i]) m[r + i] = [];
          const origin = i === 0 && j === 0;
          at(m, r + i)[col + j] = { text: cell.text, origin, head: !!cell.head, ...(origin && cell.metric ? { metric: cell.metric } : {}) };
        }
      col += cs;
    }
  });
  return m.map((row) => Array.from({ length: grid.columns }, (_, i) => row[i] ?? { text: '', origin: true, head: false }));
}
