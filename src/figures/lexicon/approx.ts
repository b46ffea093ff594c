/** Words that make a figure approximate (../shared/spec/output.md: approx). Longest first where they share a prefix. */
import type { Approx } from '../../model/types.js';

/** Before the number: 近1000条, 约20件, 超80.5万人次, 不足5件. */
export const APPROX_PREFIXES: readonly { word: string; approx: Approx }[] = [
  { word: '不超过', approx: null }, // an upper limit stated as a rule (不超过5小时), not an estimate
  { word: '超过', approx: 'gt' },
  { word: '超出', approx: 'gt' },
  { word: '逾', approx: 'gt' },
  { word: '超', approx: 'gt' },
  { word: '将近', approx: 'lt' },
  { word: '接近', approx: 'lt' },
  { word: '近', approx: 'lt' },
  { word: '不足', approx: 'lt' },
  { word: '不到', approx: 'lt' },
  { word: '大约', approx: 'about' },
  { word: '约', approx: 'about' },
];

/** Right after the number, before the unit: 3万余条, 30多个. */
export const APPROX_INFIXES: readonly { word: string; approx: Approx }[] = [
  { word: '余', approx: 'gt' },
  { word: '多', approx: 'gt' },
];

/** After the unit: 80%以上, 20人左右, 5件以下. */
export const APPROX_SUFFIXES: readonly { word: string; approx: Approx }[] = [
  { word: '以上', approx: 'gt' },
  { word: '有余', approx: 'gt' },
  { word: '左右', approx: 'about' },
  { word: '以下', approx: 'lt' },
];

/** Percentages written in words: 百分之九十九点一. */
export const PERCENT_PREFIX = '百分之';
