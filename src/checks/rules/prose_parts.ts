/** "共N件，其中a件、b件、c件": the listed parts against the whole. */
import type { Claim, Finding, ReportAnalysis } from '../../model/types.js';
import { fail, fmt, same, type ReportRule } from '../engine.js';

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
    const claimsOf = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((c): c is Claim => !!c);
    for (const whole of a.claims) {
      if (whole.unit === '%') continue;
      // "共N件，其中…" breaks down N; "收到N件，上年结转M件，其中…" breaks down N+M (Claim.sumParts).
      const breakdowns: { addends: Claim[]; parts: Claim[]; exhaustive: boolean }[] = [];
      if (whole.parts && whole.parts.length >= 2)
        breakdowns.push({ addends: [], parts: topLevelParts(a.doc.text, whole, claimsOf(whole.parts)), exhaustive: !!whole.partsExhaustive });
      if (whole.sumParts && whole.sumParts.parts.length >= 2)
        breakdowns.push({ addends: claimsOf(whole.sumParts.addends), parts: claimsOf(whole.sumParts.parts), exhaustive: whole.sumParts.exhaustive });
      for (const { addends, parts, exhaustive } of breakdowns) {
        if (parts.length < 2) continue;
        const wholes = [whole, ...addends];
        // Parts counted in another unit (…件, 其中…个) or as shares are not summable.
        if (parts.some((p) => p.unit === '%' || (p.unit && whole.unit && p.unit !== whole.unit))) continue;
        if (addends.some((x) => x.unit !== whole.unit)) continue;
        const wholeValue = wholes.reduce((s, w) => s + w.value, 0);
        const wholeText = wholes.map((w) => `“${w.text}”`).join('、');
        const total = parts.reduce((s, p) => s + p.value, 0);
        const approx = wholes.some((w) => w.approx !== null || w.upper !== undefined) || parts.some((p) => p.approx !== null || p.upper !== undefined);
        const unit = whole.unit ?? '';
        const list = `${parts.map((p) => fmt(p.value)).join('＋')}＝${fmt(total)}${unit}`;
        const of = addends.length ? `合计${fmt(wholeValue)}${unit}` : '总数';
        const f = { metric: addends.length ? null : whole.metric, expected: wholeValue, actual: total, evidence: [...wholes, ...parts] };
        if (approx) {
          // Only a clear excess is certain: exact (or 余/多) parts already above an exact whole.
          const lower = parts.every((p) => p.approx === null || p.approx === 'gt');
          if (wholes.every((w) => w.approx === null && w.upper === undefined) && lower && total > wholeValue)
            out.push(fail(this, `正文称${wholeText}，其中所列分项至少${list}，超过${of}`, f));
          continue;
        }
        if (same(total, wholeValue)) continue;
        if (exhaustive) {
          out.push(fail(this, `正文称${wholeText}，所列分项${list}，与${of}相差${fmt(Math.abs(total - wholeValue))}${unit}`, f));
        } else if (total > wholeValue) {
          out.push(fail(this, `正文称${wholeText}，其中所列分项${list}，超过${of}${fmt(total - wholeValue)}${unit}`, f));
        } else if (parts.length >= SHORT_BREAKDOWN_MIN_PARTS && addends.length === 0) {
          // (Outcomes listed after 收到…上年结转… are a selection: the rest may be pending, so no warning there.)
          out.push(
            fail(this, `正文称${wholeText}，其中所列${parts.length}项${list}，比${of}少${fmt(wholeValue - total)}${unit}，分项可能有遗漏`, {
              ...f,
              severity: 'warning',
            }),
          );
        }
      }
    }
    return out;
  },
};
