/** "共N件，其中a件、b件、c件": the listed parts against the whole. */
import type { Claim, Finding, ReportAnalysis } from '../../model/types.js';
import { fail, fmt, same, type ReportRule } from '../engine.js';
import { isTableKey } from '../../model/metrics.js';
import { metricValue } from '../cells.js';

/** A selection (其中 …) of at least this many parts that falls short of the whole reads as a breakdown that lost items. */
export const SHORT_BREAKDOWN_MIN_PARTS = 3;

/** Parenthesis depth at `to`, counting from `from`. */
function depth(text: string, from: number, to: number): number {
  let d = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') d++;
    else if ((ch === ')' || ch === '）') && d > 0) d--;
  }
  return d;
}

/**
 * The parts that break down the whole itself. "13件(含新制定5件,修改4件,废止4件),…42件": figures in a bracket right
 * after the whole are its breakdown and what follows the bracket are siblings; "197条(政府预决算32条、…)" as one
 * part: bracketed figures after a part break down that part, not the whole.
 */
export function topLevelParts(text: string, whole: Claim, parts: Claim[]): Claim[] {
  const sorted = [...parts].sort((x, y) => x.start - y.start);
  const first = sorted[0];
  if (!first) return [];
  const opener = /^[^。;；()（）]{0,6}[(（]/.exec(text.slice(whole.end, first.start));
  if (opener) {
    const open = whole.end + opener[0].length; // just inside the bracket
    let close = open;
    for (let d = 1; close < text.length && d > 0; close++) {
      if (text[close] === '(' || text[close] === '（') d++;
      else if (text[close] === ')' || text[close] === '）') d--;
    }
    return sorted.filter((p) => p.start >= open && p.end <= close && depth(text, open, p.start) === 0);
  }
  return sorted.filter((p) => depth(text, whole.end, p.start) === 0);
}

export const proseParts: ReportRule = {
  id: 'prose_parts',
  severity: 'error',
  scope: 'report',
  title: '正文分项之和与总数不符',
  description:
    '“共N件，其中a、b、c”一类表述：分项列全（分别为…）时分项之和应等于总数；只列其中一部分时分项之和不应超过总数。列出三项以上仍明显少于总数的，提示可能有遗漏（警告）。',
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    const byId = new Map(a.claims.map((c) => [c.id, c]));
    for (const whole of a.claims) {
      if (!whole.parts || whole.parts.length < 2 || whole.unit === '%') continue;
      const parts = topLevelParts(a.doc.text, whole, whole.parts.map((id) => byId.get(id)).filter((c): c is Claim => !!c));
      if (parts.length < 2) continue;
      // Figures that all name read table cells are checked one by one against the table (prose_vs_table),
      // which is sounder than guessing which figure a 其中 list hangs from (收到…件,上年结转…件,其中…).
      if ([whole, ...parts].every((c) => isTableKey(c.metric) && metricValue(a, c.metric!).ok)) continue;
      // Parts counted in another unit (…件, 其中…个) or as shares are not summable.
      if (parts.some((p) => p.unit === '%' || (p.unit && whole.unit && p.unit !== whole.unit))) continue;
      const total = parts.reduce((s, p) => s + p.value, 0);
      const approx = whole.approx !== null || whole.upper !== undefined || parts.some((p) => p.approx !== null || p.upper !== undefined);
      const unit = whole.unit ?? '';
      const list = `${parts.map((p) => fmt(p.value)).join('＋')}＝${fmt(total)}${unit}`;
      const f = { metric: whole.metric, expected: whole.value, actual: total, evidence: [whole, ...parts] };
      if (approx) {
        // Only a clear excess is certain: exact (or 余/多) parts already above an exact whole.
        const lower = parts.every((p) => p.approx === null || p.approx === 'gt');
        if (whole.approx === null && whole.upper === undefined && lower && total > whole.value)
          out.push(fail(this, `正文称“${whole.text}”，其中所列分项至少${list}，超过总数`, f));
        continue;
      }
      if (same(total, whole.value)) continue;
      if (whole.partsExhaustive) {
        out.push(fail(this, `正文称“${whole.text}”，所列分项${list}，与总数相差${fmt(Math.abs(total - whole.value))}${unit}`, f));
      } else if (total > whole.value) {
        out.push(fail(this, `正文称“${whole.text}”，其中所列分项${list}，超过总数${fmt(total - whole.value)}${unit}`, f));
      } else if (parts.length >= SHORT_BREAKDOWN_MIN_PARTS) {
        out.push(
          fail(this, `正文称“${whole.text}”，其中所列${parts.length}项${list}，比总数少${fmt(whole.value - total)}${unit}，分项可能有遗漏`, {
            ...f,
            severity: 'warning',
          }),
        );
      }
    }
    return out;
  },
};
