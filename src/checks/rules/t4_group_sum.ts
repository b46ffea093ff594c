/** 表四 each group: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { T4_GROUPS, t4Key } from '../../model/metrics.js';
import type { ReportRule } from '../engine.js';
import { cellValue, tableById } from '../cells.js';
import { checkIdentities, identityMessages } from '../identity.js';

export const t4GroupSum: ReportRule = {
  id: 't4_group_sum',
  severity: 'error',
  confidence: 0.95,
  scope: 'report',
  title: '表四各组合计：维持＋纠正＋其他＋尚未审结＝总计',
  description: '表四行政复议、直接起诉、复议后起诉三组，每组结果维持、结果纠正、其他结果、尚未审结之和应等于该组总计。',
  messages: identityMessages('表四', '维持＋纠正＋其他＋尚未审结＝总计', 'upheld + corrected + other + pending = total'),
  run(a: ReportAnalysis): Finding[] {
    const t = tableById(a, 't4');
    if (!t) return [];
    const k = (g: string, c: string) => cellValue(a, t4Key(g, c));
    return checkIdentities(
      this,
      T4_GROUPS.map((g) => ({
        where: g.name,
        metric: t4Key(g.key, 'total'),
        left: [
          { label: '结果维持', value: k(g.key, 'upheld') },
          { label: '结果纠正', value: k(g.key, 'corrected') },
          { label: '其他结果', value: k(g.key, 'other') },
          { label: '尚未审结', value: k(g.key, 'pending') },
        ],
        right: [{ label: '总计', value: k(g.key, 'total') }],
      })),
      t,
    );
  },
};
