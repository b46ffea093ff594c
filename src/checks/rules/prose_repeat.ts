/** The same figure stated twice with different values. */
import type { Claim, Finding, ReportAnalysis } from '../../model/types.js';
import { isTableKey, metricName, t3Key } from '../../model/metrics.js';
import { failed, same, type ReportRule } from '../engine.js';
import { cellValue, countsTheApplications, countsTheTimely } from '../cells.js';
import { CHANNEL_PART_WORDS } from '../lexicon/arithmetic.js';
import { FINISHING_WORDS, TAKING_UP_WORDS } from '../lexicon/cells.js';
import { withoutBlanks } from '../../util/chars.js';

/**
 * The publication channels a figure's phrase names (通过门户网站主动公开…2122条): the figure for one channel is a
 * part of the whole (全年主动公开3000条), not the whole told twice.
 */
const channelsOf = (c: Claim): string => CHANNEL_PART_WORDS.filter((w) => withoutBlanks(c.text).includes(w)).join('、');

/**
 * What a figure of 表三's handled total says was handled: taken up (办理70件, which may hold what goes on next year)
 * or finished (办结69件). Told apart, as prose_vs_table reads them: 办理70件 beside 办结69件 is no figure told twice.
 */
function handlingOf(a: ReportAnalysis, c: Claim): string {
  if (!/\.total_processed$/.test(c.metric ?? '')) return '';
  // 74件申请均在法定期限内答复 may count what came in (see prose_vs_table): no figure of those handled to set it against
  if (countsTheApplications(a, c)) return `counted ${c.id}`;
  // 按时办结8件 beside 办结9件: those handled in time may be fewer than those handled
  if (countsTheTimely(c)) return 'in time';
  const words = withoutBlanks(c.text);
  return TAKING_UP_WORDS.some((w) => words.includes(w)) && !FINISHING_WORDS.some((w) => words.includes(w)) ? 'taken up' : 'finished';
}

export const proseRepeat: ReportRule = {
  id: 'prose_repeat',
  severity: 'warning',
  confidence: 0.6,
  scope: 'report',
  title: '正文同一数字前后不一',
  description: '同一指标（如收到申请数）在正文中出现两次以上且所写数字不同（无表格对应的指标须主语也相同，且数字本身写明所计之事，不凭上文推断）。“收到申请”一处写本年新收、一处写新收加上年结转的，不算不一致；“办理”与“办结”的申请数也不相比，“N件申请均已答复”一类先点数、后称全部如何的说法可指收到的申请，也不与办结数相比；“按时办结”“在法定期限内答复”一类只计按时办理的数字也不与办结数相比；一处只说某一发布渠道（通过门户网站主动公开…）的，也不算。',
  messages: {
    twoValues: {
      zh: '正文对{metric}前后说法不一：“{first}”与“{other}”（{values*}）',
      en: 'The text gives {metric} two ways: "{first}" and "{other}" ({values*})',
    },
  },
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    const groups = new Map<string, Claim[]>();
    for (const c of a.claims) {
      if (!c.metric || c.scope !== 'report' || c.approx !== null || c.upper !== undefined || c.unit === '%') continue;
      // Prose-only keys (prose.*) are loose labels: two figures share one only when their subjects match too, and only
      // figures whose own words name what they count (办结34件 after 收到群众来信36件 takes its topic from the sentence)
      const k = `${c.metric}\u0000${c.unit ?? ''}\u0000${isTableKey(c.metric) ? '' : c.subject}\u0000${channelsOf(c)}\u0000${handlingOf(a, c)}`;
      if (!isTableKey(c.metric) && (!c.subject || c.inferred)) continue;
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    for (const claims of groups.values()) {
      const values = [...new Set(claims.map((c) => c.value))];
      const first = claims[0];
      const other = claims.find((c) => c.value !== first?.value);
      const metric = first?.metric;
      if (!first || !other || !metric) continue;
      const column = /^t3\.([a-z_]+)\.new_received$/.exec(metric)?.[1];
      if (column && values.length === 2) {
        const co = cellValue(a, t3Key(column, 'carried_over'));
        if (co.ok && same(Math.abs(first.value - other.value), co.value)) continue;
      }
      out.push(
        failed(
          this,
          'twoValues',
          { metric: metricName(metric), first: first.text, other: other.text, values },
          { metric, expected: first.value, actual: other.value, evidence: claims },
        ),
      );
    }
    return out;
  },
};
