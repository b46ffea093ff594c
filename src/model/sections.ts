/** The six parts of a report in the 2019 template, by number: their titles and the numerals that head them. */
import type { SectionNo } from './types.js';

export const SECTION_TITLES: Readonly<Record<SectionNo, string>> = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
};
export const SECTION_NUMERALS: Readonly<Record<SectionNo, string>> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六' };
