/** "受理143659件，办结142366件，办结率99.1%": the stated rate against its numerator and denominator. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, type ReportRule } from '../engine.js';
import { RATE_QUALIFIERS } from '../lexicon/arithmetic.js';
import { withoutBlanks } from '../../util/chars.js';

/** A rate written with d decimals matches a ratio that rounds or truncates to it; 约 allows one point. */
export function rateMatches(stated: number, computed: number, approx: boolean): boolean {
  if (approx) return Math.abs(stated - computed) <= 1 + 1e-9;
  const d = (String(stated).split('.')[1] ?? '').length;
  const f = 10 ** d;
  const target = Math.round(stated * f);
  const scaled = computed * f + 1e-7;
  return Math.round(scaled) === target || Math.floor(scaled) === target;
}

/** What moved on to next year and what came over from last year, as 表三's totals and the prose give them. */
function carried(a: ReportAnalysis, key: 't3.total.carried_forward' | 't3.total.carried_over'): number[] {
  const cell = a.values[key];
  const stated = a.claims.filter((c) => c.metric === key && c.unit !== '%').map((c) => c.value);
  return [...new Set([...(typeof cell === 'number' ? [cell] : []), ...stated])].filter((v) => v > 0);
}

/** A rate's base with what was carried forward left out, what was carried over counted in, or both. */
function otherBases(a: ReportAnalysis, base: number): number[] {
  const forward = carried(a, 't3.total.carried_forward');
  const over = carried(a, 't3.total.carried_over');
  return [...forward.map((f) => base - f), ...over.map((o) => base + o), ...over.flatMap((o) => forward.map((f) => base + o - f))];
}

export const proseRate: ReportRule = {
  id: 'prose_rate',
  severity: 'error',
  confidence: 0.85,
  scope: 'report',
  title: '正文比率与其分子分母不符',
  description:
    '正文同时给出分子、分母和比率（如受理、办结与办结率）时，比率应等于分子除以分母（按所写小数位四舍五入或截断）；分母也可扣除结转下年度继续办理的件数或加上上年结转的件数；分子或分母为约数（余、多、近、约）时不核对。“按时办结率”等限定的比率只在分子写明同样限定（按时办结N件）时核对，且分母可能是办结数，不符只作警告；分子有限定而比率没有（当场答复N个…答复率）时不核对。',
  messages: {
    rateOff: {
      zh: '正文称“{claim}”，但{numerator}÷{denominator}＝{computed}%（“{numeratorText}”，“{denominatorText}”）',
      en: 'The text says "{claim}", but {numerator} ÷ {denominator} = {computed}% ("{numeratorText}", "{denominatorText}")',
    },
  },
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    const byId = new Map(a.claims.map((c) => [c.id, c]));
    for (const r of a.claims) {
      if (!r.rate) continue;
      const num = byId.get(r.rate.numerator);
      const den = byId.get(r.rate.denominator);
      if (!num || !den || den.value === 0) continue;
      // a bound (80多件, 近83件, 约80件) gives no exact ratio to hold a stated rate to
      if ([num, den].some((c) => c.approx !== null || c.upper !== undefined)) continue;
      // Trust the pairing only when the rate is named after its numerator (办结率 ← 办结142366件).
      const rateWords = withoutBlanks(r.text);
      const numeratorWords = withoutBlanks(num.text);
      const stem = /(\p{Script=Han}{2})率/u.exec(rateWords)?.[1];
      if (stem && !numeratorWords.includes(stem)) continue;
      // 按时办结率 is not 办结率: its numerator must name the same part (按时办结35件), and even then its denominator may be
      // what was handled rather than what came in, so a mismatch is at most a warning
      const name = /(\p{Script=Han}{2,8})率/u.exec(rateWords)?.[1] ?? '';
      const qualifier = RATE_QUALIFIERS.find((q) => name.includes(q));
      if (qualifier && !numeratorWords.includes(qualifier)) continue;
      // …and a numerator narrowed where the rate is not (当场答复1100个 … 答复率100%) counts only part of what the rate does
      if (!qualifier && RATE_QUALIFIERS.some((q) => numeratorWords.includes(q))) continue;
      const computed = (100 * num.value) / den.value;
      const inOneSentence = !qualifier && [num, den].every((c) => c.start >= r.sentence.start && c.end <= r.sentence.end);
      if (rateMatches(r.value, computed, r.approx !== null)) continue;
      // a rate of applications that were due (收到70件,办结69件,办结率100%,1件结转下年度): its base may leave out what moves
      // on to next year, or count in what came over from last year, as the report's own figures give them
      const ofApplications = [num, den].some((c) => c.metric?.startsWith('t3.'));
      if (ofApplications && otherBases(a, den.value).some((base) => base > 0 && rateMatches(r.value, (100 * num.value) / base, r.approx !== null))) continue;
      const f = failed(
          this,
          'rateOff',
          { claim: r.text, numerator: num.value, denominator: den.value, computed: Math.round(computed * 100) / 100, numeratorText: num.text, denominatorText: den.text },
          {
            metric: r.metric,
            expected: r.value,
            actual: Math.round(computed * 100) / 100,
            evidence: [r, num, den],
            // Numerator and denominator paired with the rate from other sentences, or a qualified rate: at most a warning.
            ...(inOneSentence ? {} : { severity: 'warning' as const }),
          },
        );
      out.push(inOneSentence ? f : { ...f, confidence: 0.6 });
    }
    return out;
  },
};
