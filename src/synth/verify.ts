/**
 * The identities a generated report's truth must satisfy, checked on the truth itself. A clean report violates
 * none; an injected one violates its injection's rule (and any stated consequences). Used by the tests and by the
 * mutation harness to confirm that a truth file means what it says.
 */
import { T3_COLUMNS, T3_GROUPS, T3_ROWS, T4_COLUMNS, T4_GROUPS, t3Key, t4Key } from '../model/metrics.js';
import type { Truth } from './types.js';
import { at } from '../util/at.js';

export interface Violation {
  rule: string;
  metric: string | null;
  detail: string;
}

const APPLICANTS = T3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** Report-level rules that the truth's own numbers break. */
export function truthViolations(t: Truth): Violation[] {
  const out: Violation[] = [];
  const v = t.tables;
  const has = (k: string) => v[k] !== undefined;
  if (has('t3.total.new_received')) {
    const printed2021 = has('t3.total.other.other');
    for (const c of T3_COLUMNS.map((x) => x.key)) {
      const k = (r: string) => at(v, t3Key(c, r));
      if (k('new_received') + k('carried_over') !== k('total_processed') + k('carried_forward'))
        out.push({ rule: 't3_balance', metric: t3Key(c, 'total_processed'), detail: `${c}: 一+二 ≠ (七)+四` });
      const groups = T3_GROUPS.map((g) =>
        g.key === 'other' && !printed2021 ? k('other') : T3_ROWS.filter((r) => r.group === g.key).reduce((s, r) => s + k(r.key), 0),
      );
      if (k('granted') + k('partial') + groups.reduce((s, x) => s + x, 0) !== k('total_processed'))
        out.push({ rule: 't3_total_processed', metric: t3Key(c, 'total_processed'), detail: `${c}: (七) ≠ (一)…(六)` });
    }
    const rows = [...T3_ROWS.map((r) => r.key), ...T3_GROUPS.map((g) => g.key)].filter((r) => has(t3Key('total', r)));
    for (const r of rows)
      if (APPLICANTS.reduce((s, c) => s + at(v, t3Key(c, r)), 0) !== v[t3Key('total', r)])
        out.push({ rule: 't3_row_sum', metric: t3Key('total', r), detail: `${r}: 总计 ≠ 六类申请人之和` });
  }
  if (has('t4.review.total'))
    for (const g of T4_GROUPS) {
      const parts = T4_COLUMNS.filter((c) => c.key !== 'total').reduce((s, c) => s + at(v, t4Key(g.key, c.key)), 0);
      if (parts !== v[t4Key(g.key, 'total')]) out.push({ rule: 't4_group_sum', metric: t4Key(g.key, 'total'), detail: `${g.key}: 分项 ≠ 总计` });
    }
  for (const c of t.claims)
    if (c.metric && has(c.metric) && c.approx === null && v[c.metric] !== c.value)
      out.push({ rule: 'prose_vs_table', metric: c.metric, detail: `${c.quote} ≠ ${v[c.metric]}` });
  const groups = new Set(t.claims.map((c) => c.group).filter((g): g is string => !!g));
  for (const g of groups) {
    const members = t.claims.filter((c) => c.group === g);
    const total = members.find((c) => c.role === 'total');
    const parts = members.filter((c) => c.role === 'part');
    if (total && parts.length && parts.reduce((s, c) => s + c.value, 0) !== total.value)
      out.push({ rule: 'prose_parts', metric: total.metric, detail: `${total.quote}: 分项之和 ${parts.reduce((s, c) => s + c.value, 0)}` });
    const rate = members.find((c) => c.role === 'rate');
    const num = members.find((c) => c.role === 'numerator');
    const den = members.find((c) => c.role === 'denominator');
    if (rate && num && den && den.value > 0 && Math.abs((num.value / den.value) * 100 - rate.value) > 0.051)
      out.push({ rule: 'prose_rate', metric: rate.metric, detail: `${rate.quote} ≠ ${num.value}/${den.value}` });
  }
  if (t.year >= 2021 && t.layout === '2019') out.push({ rule: 'layout_outdated', metric: null, detail: `${t.year} 年报用 2019 格式` });
  for (const id of t.imageTables) out.push({ rule: 'table_image', metric: null, detail: `${id} 为图片` });
  return out;
}

/** The carry-over rule across a set of truths: this year's 二 = last year's 四, per column, same agency. */
export function corpusViolations(truths: readonly Truth[]): { file: string; violation: Violation }[] {
  const byKey = new Map(truths.map((t) => [`${t.agency}\u0000${t.year}`, t]));
  const out: { file: string; violation: Violation }[] = [];
  for (const cur of truths) {
    const prev = byKey.get(`${cur.agency}\u0000${cur.year - 1}`);
    if (!prev) continue;
    for (const c of T3_COLUMNS.map((x) => x.key)) {
      const a = cur.tables[t3Key(c, 'carried_over')];
      const b = prev.tables[t3Key(c, 'carried_forward')];
      if (a !== undefined && b !== undefined && a !== b)
        out.push({ file: cur.file, violation: { rule: 'carryover', metric: t3Key(c, 'carried_over'), detail: `${c}: 上年结转 ${a} ≠ 上年报告结转下年度 ${b}` } });
    }
  }
  return out;
}
