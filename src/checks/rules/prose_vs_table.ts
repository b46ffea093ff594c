/** Prose figures against the table cells they name. */
import type { Claim, Finding, ReportAnalysis } from '../../model/types.js';
import { isTableKey, metricName, t3Key } from '../../model/metrics.js';
import { fail, fmt, notAssessable, type ReportRule } from '../engine.js';
import { cellValue, describeBad, metricValue, type Lookup } from '../cells.js';
import { APPROX_WORDS, consistent } from '../lexicon/approx.js';
import { DECIMAL_KEYS, TABLE_NAMES } from '../lexicon/cells.js';

/** The table values a claim may legitimately equal, each with how it was formed. */
function candidates(a: ReportAnalysis, c: Claim, cell: Lookup & { ok: true }): { value: number; how: string }[] {
  const metric = c.metric!;
  const out = [{ value: cell.value, how: '' }];
  // 收到申请N件 is often 本年新收 + 上年结转 (一 + 二).
  const nr = /^t3\.([a-z_]+)\.new_received$/.exec(metric);
  if (nr) {
    const co = cellValue(a, t3Key(nr[1], 'carried_over'));
    if (co.ok && co.value > 0) out.push({ value: cell.value + co.value, how: '（含上年结转）' });
  }
  // A fee stated in 元 against a table in 万元.
  if (DECIMAL_KEYS.some((r) => r.test(metric)) && c.unit !== null && !c.unit.includes('万'))
    out.push({ value: cell.value * 10000, how: '' });
  return out;
}

/**
 * How sure a mismatch is, and whether it may be an error: only an exact figure read as written, linked by its own
 * words, about the report's own body, against a readable cell, requires equality. A bound (近/约/余/超/以上), a link
 * inferred from the sentence or section, a figure about another body or digits a PDF spaced apart are at most a
 * warning.
 */
function certainty(c: Claim): { severity: 'error' | 'warning'; confidence: number; doubts: string[] } {
  const doubts: string[] = [];
  let confidence = 0.95;
  if (c.approx || c.upper !== undefined) {
    doubts.push('bound');
    confidence *= 0.75;
  }
  if (c.inferred) {
    doubts.push('inferred');
    confidence *= 0.6;
  }
  if (c.scope === 'other') {
    doubts.push('other');
    confidence *= 0.5;
  }
  const q = c.quantity ? c.text.slice(c.quantity.start - c.start, c.quantity.end - c.start) : '';
  if (/\d\s+\d/.test(q)) {
    doubts.push('spaced');
    confidence *= 0.7;
  }
  return { severity: doubts.length ? 'warning' : 'error', confidence: Math.round(confidence * 100) / 100, doubts };
}

export const proseVsTable: ReportRule = {
  id: 'prose_vs_table',
  severity: 'error',
  scope: 'report',
  title: '正文数字与表格不一致',
  description:
    '正文中指向表格的数字（如“收到政府信息公开申请45件”）应与对应单元格一致：确数须相等，“余/多/超/以上”不大于表格值，“近/不足”不小于表格值，“约/左右”相差不超过10%。“收到申请N件”可等于本年新收或本年新收加上年结转。只有确数、由正文自身措辞指向该单元格且属本机关的数字不一致才报错误；约数越界、所指系据上下文推断或范围不明（如仅为本单位）的数字只作警告。',
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    // Figures pointing at a table that was not read: one not_assessable finding per table, not one per figure.
    const unread = new Map<string, typeof a.claims>();
    for (const c of a.claims) {
      if (!isTableKey(c.metric) || c.unit === '%') continue;
      const metric = c.metric!;
      const unit = c.unit ?? '';
      const cell = metricValue(a, metric);
      if (!cell.ok) {
        const id = metric.slice(0, 2);
        if (cell.reason === 'missing' && !a.tables.tables.some((t) => t.id === id)) {
          unread.set(id, [...(unread.get(id) ?? []), c]);
          continue;
        }
        out.push(
          notAssessable(this, `正文称“${c.text}”，但${describeBad(cell, metricName)}，无法核对`, {
            metric,
            expected: c.value,
            evidence: [c, ...cell.cells.map((x) => x.span)],
          }),
        );
        continue;
      }
      const cands = candidates(a, c, cell);
      if (cands.some((x) => consistent(c.value, c.approx, c.upper, x.value))) continue;
      const rel =
        c.upper !== undefined
          ? `（表中数字应在${fmt(c.value)}至${fmt(c.upper)}${unit}之间）`
          : c.approx
            ? `（表中数字${APPROX_WORDS[c.approx]}${fmt(c.value)}${unit}）`
            : '';
      const sure = certainty(c);
      const other = c.scope === 'other' ? '；该数字可能另有所指（如仅为本单位），请核实' : sure.doubts.includes('inferred') ? '；该数字所指系据上下文推断，请核实' : '';
      const alt = cands.length > 1 && cands[1]!.how ? `，加上年结转为${fmt(cands[1]!.value)}${unit}` : '';
      const finding = fail(this, `正文称“${c.text}”${rel}，${metricName(metric)}为${fmt(cell.value)}${unit}${alt}${other}`, {
        severity: sure.severity,
        metric,
        expected: c.value,
        actual: cell.value,
        evidence: [c, ...cell.spans],
      });
      finding.confidence = sure.confidence;
      out.push(finding);
    }
    for (const [id, claims] of unread) {
      const table = TABLE_NAMES[id as 't2' | 't3' | 't4'];
      const list = claims.slice(0, 3).map((c) => `“${c.text}”`).join('、');
      out.push(
        notAssessable(this, `正文有${claims.length}处数字对应${table}（${list}${claims.length > 3 ? '等' : ''}），但未能读到${table}，无法核对`, {
          metric: claims.length === 1 ? claims[0]!.metric : null,
          evidence: claims,
        }),
      );
    }
    return out;
  },
};
