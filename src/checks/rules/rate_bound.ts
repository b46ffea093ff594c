/** A share (办结率, 满意率 …) stated above 100%. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { fail, type ReportRule } from '../engine.js';
import { BOUNDED_RATE } from '../lexicon/report.js';

export const rateBound: ReportRule = {
  id: 'rate_bound',
  severity: 'error',
  confidence: 0.85,
  scope: 'report',
  title: '比率超过100%',
  description: '办结率、答复率、满意率等占比不能超过100%（增长率等不在此列）。',
  run(a: ReportAnalysis): Finding[] {
    return a.claims
      .filter((c) => c.unit === '%' && c.value > 100 && c.approx !== 'lt' && BOUNDED_RATE.test(c.text))
      .map((c) =>
        fail(this, `正文称“${c.text}”，${BOUNDED_RATE.exec(c.text)![0]}不能超过100%`, {
          metric: c.metric,
          expected: 100,
          actual: c.value,
          evidence: [c],
        }),
      );
  },
};
