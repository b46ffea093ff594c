/**
 * Shared machinery of the table identities (勾稽关系): each instance is "Σ left = Σ right"; a failing instance is
 * one finding, instances that cannot be read are gathered into one not_assessable finding per rule and table.
 */
import type { Finding, MetricKey, Span } from '../model/types.js';
import { failed, message, same, unassessable, type MessageTemplate } from './engine.js';
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

/** The message templates of an identity rule over `table` (表三) checking `relation` (一＋二＝(七)总计＋四). */
export function identityMessages(table: string, relation: string, relationEn: string): Record<string, MessageTemplate> {
  return {
    mismatch: {
      zh: `${table}{where}：{left}，而{right}，相差{difference}`,
      en: `${table} {where}: {left}, but {right}, a difference of {difference}`,
    },
    unreadable: {
      zh: `${table}{wheres*}{more?}无法核对“${relation}”：{cause}`,
      en: `${table} {wheres*} {more?}: cannot check "${relationEn}": {cause}`,
    },
    more: { zh: '等{count}处', en: 'and others, {count} in all' },
    term: { zh: '{label}{value}', en: '{label} {value}' },
    sum: { zh: '{terms*＋}＝{total}', en: '{terms*＋} = {total}' },
  };
}

type IdentityRule = Parameters<typeof failed>[0];

/** One side of an identity as written in a message: a single term, or the terms and their sum. */
function side(rule: IdentityRule, terms: IdentityTerm[]): string {
  const values = terms.map((t) => (t.value.ok ? t.value.value : 0));
  const written = terms.map((t, i) => message(rule, 'term', { label: t.label, value: values[i] ?? 0 }));
  const only = written[0];
  if (written.length === 1 && only !== undefined) return only;
  return message(rule, 'sum', { terms: written, total: values.reduce((s, v) => s + v, 0) });
}

export function checkIdentities(rule: IdentityRule, instances: IdentityInstance[], tableSpan: Span | null): Finding[] {
  const out: Finding[] = [];
  const unreadable: { where: string; bad: Lookup }[] = [];
  for (const inst of instances) {
    const l = sum(inst.left.map((t) => t.value));
    const r = sum(inst.right.map((t) => t.value));
    if (!l.ok || !r.ok) {
      unreadable.push({ where: inst.where, bad: !l.ok ? l : r });
      continue;
    }
    if (same(l.value, r.value)) continue;
    out.push(
      failed(rule, 'mismatch', { where: inst.where, left: side(rule, inst.left), right: side(rule, inst.right), difference: Math.abs(l.value - r.value) }, {
        metric: inst.metric,
        expected: l.value,
        actual: r.value,
        evidence: [...l.spans, ...r.spans, ...(l.spans.length + r.spans.length ? [] : [tableSpan])],
      }),
    );
  }
  const first = unreadable[0];
  if (first) {
    const wheres = unreadable.map((u) => u.where);
    const evidence = unreadable.flatMap((u) => (u.bad.ok ? [] : u.bad.cells.map((c) => c.span)));
    out.push(
      unassessable(
        rule,
        'unreadable',
        {
          wheres: wheres.slice(0, 4),
          more: wheres.length > 4 ? message(rule, 'more', { count: wheres.length }) : null,
          cause: describeBad(first.bad, metricName),
        },
        { metric: unreadable.length === 1 ? instances.find((i) => i.where === first.where)?.metric ?? null : null, evidence: evidence.length ? evidence : [tableSpan] },
      ),
    );
  }
  return out;
}
