/** A share (办结率, 满意率 …) stated above 100%. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, type ReportRule } from '../engine.js';
import { BOUNDED_RATE, FLOW_RATE } from '../lexicon/report.js';

export const rateBound: ReportRule = {
  id: 'rate_bound',
  severity: 'error',
  confidence: 0.85,
  scope: 'report',
  title: '比率超过100%',
  description:
    '满意率、覆盖率、知晓率等占比不能超过100%（增长率、任务完成率不在此列）。办结率、答复率按本年新收计算时可能因办结上年结转申请而超过100%，只作警告。',
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
          // 办结率 over this year's applications may pass 100% when last year's were handled too
          ...(FLOW_RATE.test(rate) ? { severity: 'warning' as const } : {}),
        }),
      );
  },
};
