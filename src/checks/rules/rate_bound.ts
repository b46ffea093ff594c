/** A share (办结率, 满意率 …) stated above 100%. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, type ReportRule } from '../engine.js';
import { BOUNDED_RATE } from '../lexicon/report.js';

export const rateBound: ReportRule = {
  id: 'rate_bound',
  severity: 'error',
  confidence: 0.85,
  scope: 'report',
  title: '比率超过100%',
  description: '办结率、答复率、满意率等占比不能超过100%（增长率等不在此列）。',
  messages: {
    over100: { zh: '正文称“{claim}”，{rate}不能超过100%', en: 'The text says "{claim}": a {rate} cannot exceed 100%' },
  },
  run(a: ReportAnalysis): Finding[] {
    return a.claims
      .flatMap((c) => {
        const rate = c.unit === '%' && c.value > 100 && c.approx !== 'lt' ? BOUNDED_RATE.exec(c.text)?.[0] : undefined;
        return rate === undefined ? [] : [{ c, rate }];
      })
      .map(({ c, rate }) =>
        failed(this, 'over100', { claim: c.text, rate }, {
          metric: c.metric,
          expected: 100,
          actual: c.value,
          evidence: [c],
        }),
      );
  },
};
