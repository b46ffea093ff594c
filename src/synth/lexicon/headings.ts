/** Section headings and their numbering, as reports vary them. */
import type { SectionNo } from '../../model/types.js';

/** Titles of the six sections (2019 and 2021 layouts), several wordings each; the first is the standard one. */
export const SECTION_TITLES: Record<SectionNo, readonly string[]> = {
  1: ['总体情况', '总体情况', '总体情况', '工作总体情况', '政府信息公开工作总体情况', '基本情况', '概述'],
  2: ['主动公开政府信息情况', '主动公开政府信息情况', '行政机关主动公开政府信息情况', '主动公开政府信息的情况'],
  3: [
    '收到和处理政府信息公开申请情况',
    '收到和处理政府信息公开申请情况',
    '行政机关收到和处理政府信息公开申请情况',
    '收到和处理政府信息公开申请的情况',
  ],
  4: [
    '政府信息公开行政复议、行政诉讼情况',
    '政府信息公开行政复议、行政诉讼情况',
    '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
    '政府信息公开行政复议、行政诉讼的情况',
    '因政府信息公开被申请行政复议、提起行政诉讼情况',
  ],
  5: [
    '存在的主要问题及改进情况',
    '存在的主要问题及改进情况',
    '政府信息公开工作存在的主要问题及改进情况',
    '存在的问题及改进措施',
    '工作中存在的主要问题和改进措施',
    '政府信息公开工作存在的问题及改进情况',
  ],
  6: ['其他需要报告的事项', '其他需要报告的事项', '其他需要报告的事项', '其他需要报告事项'],
};

/** Parts of a pre-2019 (legacy) report, in order; each has a few wordings. */
export const LEGACY_PARTS: readonly { key: string; titles: readonly string[] }[] = [
  { key: 'overview', titles: ['概述', '概述', '基本情况'] },
  { key: 'proactive', titles: ['主动公开政府信息情况', '主动公开政府信息的情况', '政府信息主动公开情况'] },
  { key: 'request', titles: ['依申请公开政府信息情况', '依申请公开政府信息的情况', '政府信息依申请公开情况'] },
  { key: 'fees', titles: ['政府信息公开的收费及减免情况', '政府信息公开收费及减免情况'] },
  {
    key: 'review',
    titles: ['因政府信息公开申请行政复议、提起行政诉讼的情况', '因政府信息公开申请行政复议和提起行政诉讼情况'],
  },
  { key: 'problems', titles: ['存在的主要问题及改进措施', '政府信息公开工作存在的主要问题及改进措施'] },
  { key: 'other', titles: ['其他需要报告的事项', '其他需要报告的事项'] },
];

/** Top-level numbering: a function from 1-based position to the prefix. */
export const TOP_NUMBERING: readonly { id: string; format: (n: number) => string }[] = [
  { id: 'cn-dun', format: (n) => `${CN[n]}、` },
  { id: 'cn-dun', format: (n) => `${CN[n]}、` },
  { id: 'cn-dun', format: (n) => `${CN[n]}、` },
  { id: 'cn-dot', format: (n) => `${CN[n]}．` },
  { id: 'cn-space', format: (n) => `${CN[n]} ` },
  { id: 'part', format: (n) => `第${CN[n]}部分 ` },
  { id: 'arabic', format: (n) => `${n}.` },
];

/** Second-level numbering. */
export const SUB_NUMBERING: readonly { id: string; format: (n: number) => string }[] = [
  { id: 'paren-full', format: (n) => `（${CN[n]}）` },
  { id: 'paren-full', format: (n) => `（${CN[n]}）` },
  { id: 'paren-half', format: (n) => `(${CN[n]})` },
  { id: 'arabic-dot', format: (n) => `${n}.` },
];

export const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Sub-items of section 1 (2019/2021 layouts): key, title variants. */
export const OVERVIEW_ITEMS: readonly { key: 'proactive' | 'request' | 'management' | 'platform' | 'oversight'; titles: readonly string[] }[] = [
  { key: 'proactive', titles: ['主动公开情况', '主动公开', '政府信息主动公开情况', '扎实做好主动公开'] },
  { key: 'request', titles: ['依申请公开情况', '依申请公开', '依申请公开办理情况', '规范办理依申请公开'] },
  { key: 'management', titles: ['政府信息管理情况', '政府信息管理', '加强政府信息管理'] },
  { key: 'platform', titles: ['平台建设情况', '政府信息公开平台建设情况', '公开平台建设', '加强平台建设'] },
  { key: 'oversight', titles: ['监督保障情况', '监督保障', '强化监督保障', '组织保障和监督考核'] },
];

/** Sub-headings of section 5. */
export const PROBLEM_PARTS = {
  previous: ['上年度存在问题的整改情况', '上年度问题整改情况', '上一年度存在问题及改进情况', '上年度存在的问题及整改情况'],
  current: ['本年度存在的主要问题', '存在的主要问题', '本年度存在的问题', '当前存在的不足'],
  measures: ['下一步改进措施', '改进措施', '下年度改进举措', '下一步工作打算'],
} as const;
