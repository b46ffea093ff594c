/**
 * The table cell a figure should equal (its metric): from its topic and words (./lexicon/metrics.ts), none when its
 * words give it a narrower scope than any cell (./narrower.ts). ./refinements.ts then corrects it for what the figures
 * around it say.
 */
import type { MetricKey } from '../model/types.js';
import { CASE_UNITS, COUNT_UNITS, METRIC_RULES } from './lexicon/metrics.js';
import { RESPECTIVE_LIST } from './lexicon/structure.js';
import { topicOf } from './topics.js';
import { narrowerScope } from './narrower.js';
import type { Draft } from './draft.js';

export function linkMetric(d: Draft, byId: ReadonlyMap<string, Draft>, text: string): MetricKey | null {
  d.topic = topicOf(d, byId, text);
  if (!d.topic || d.claim.aside) return null;
  const unit = d.claim.unit;
  if (!unit) return null;
  // a count with a fraction (1.234件: a thousands separator written as a point, or a misread) is no table count
  if (COUNT_UNITS.has(unit) && !Number.isInteger(d.claim.value)) return null;
  // 表四 counts cases, not hearings or court days
  if ((d.topic === 'review' || d.topic === 'litigation') && !CASE_UNITS.has(unit)) return null;
  // the first of a respective list (予以公开、部分公开分别为20件、5件): its words name every figure of the list, not its own
  if (RESPECTIVE_LIST.test(d.lead)) return null;
  // words that give it a narrower scope than any cell (./narrower.ts)
  if (narrowerScope(d, text)) return null;
  for (const rule of METRIC_RULES[d.topic]) {
    // a percentage or a time span never links to a cell; prose-only keys name their own units (人次, %)
    if (!(rule.units ? rule.units.includes(unit) : COUNT_UNITS.has(unit) || d.topic === 'proactive')) continue;
    if (!rule.any.some((w) => d.local.includes(w))) continue;
    if (rule.none?.some((w) => d.local.includes(w))) continue;
    if (rule.total !== undefined && rule.total !== !d.claim.partOf) continue;
    return rule.metric;
  }
  return null;
}
