/**
 * Shared machinery of the table identities (勾稽关系): each instance is "Σ left = Σ right"; a failing instance is
 * one finding, instances that cannot be read are gathered into one not_assessable finding per rule and table.
 */
import type { Finding, MetricKey, Severity, Span } from '../model/types.js';
import { fail, fmt, notAssessable, same } from './engine.js';
import { describeBad, sum, type Lookup } from './cells.js';
import { metricName } from '../model/metrics.js';

export interface IdentityTerm {
  /** Short label for the message, e.g. 一、本年新收. */
  label: string;
  value: Lookup;
}

export interface IdentityInstance {
  /** Where the instance sits, e.g. 自然人列 or 行政复议. */
  where: string;
  left: IdentityTerm[];
  right: IdentityTerm[];
  /** The metric a finding is filed under (usually the printed total). */
  metric: MetricKey;
}

const side = (terms: IdentityTerm[], values: number[]): string =>
  terms.length === 1
    ? `${terms[0]!.label}${fmt(values[0]!)}`
    : `${terms.map((t, i) => `${t.label}${fmt(values[i]!)}`).join('＋')}＝${fmt(values.reduce((s, v) => s + v, 0))}`;

export function checkIdentities(
  rule: { id: string; severity: Severity },
  table: string,
  relation: string,
  instances: IdentityInstance[],
  tableSpan: Span | null,
): Finding[] {
  const out: Finding[] = [];
  const unassessable: { where: string; bad: Lookup }[] = [];
  for (const inst of instances) {
    const l = sum(inst.left.map((t) => t.value));
    const r = sum(inst.right.map((t) => t.value));
    if (!l.ok || !r.ok) {
      unassessable.push({ where: inst.where, bad: !l.ok ? l : r });
      continue;
    }
    if (same(l.value, r.value)) continue;
    const lv = inst.left.map((t) => (t.value.ok ? t.value.value : 0));
    const rv = inst.right.map((t) => (t.value.ok ? t.value.value : 0));
    out.push(
      fail(rule, `${table}${inst.where}：${side(inst.left, lv)}，而${side(inst.right, rv)}，相差${fmt(Math.abs(l.value - r.value))}`, {
        metric: inst.metric,
        expected: l.value,
        actual: r.value,
        evidence: [...l.spans, ...r.spans, ...(l.spans.length + r.spans.length ? [] : [tableSpan])],
      }),
    );
  }
  if (unassessable.length) {
    const first = unassessable[0]!;
    const wheres = unassessable.map((u) => u.where);
    const evidence = unassessable.flatMap((u) => (u.bad.ok ? [] : u.bad.cells.map((c) => c.span)));
    out.push(
      notAssessable(
        rule,
        `${table}${wheres.slice(0, 4).join('、')}${wheres.length > 4 ? `等${wheres.length}处` : ''}无法核对“${relation}”：${describeBad(first.bad, metricName)}`,
        { metric: unassessable.length === 1 ? instances.find((i) => i.where === first.where)?.metric ?? null : null, evidence: evidence.length ? evidence : [tableSpan] },
      ),
    );
  }
  return out;
}
