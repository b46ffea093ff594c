/**
 * Key words of the six section headings (../shared/spec/format.md), used only when the structure stage found
 * no sections. Simplified characters; the first match of a heading line wins.
 */
import type { SectionNo } from '../../model/types.js';

export const SECTION_HEADING_WORDS: readonly { n: SectionNo; words: readonly string[] }[] = [
  { n: 1, words: ['总体情况', '概述', '基本情况'] },
  { n: 2, words: ['主动公开政府信息情况', '主动公开政府信息的情况', '主动公开情况'] },
  { n: 3, words: ['收到和处理政府信息公开申请', '收到和处理政府信息公开申请情况', '依申请公开政府信息情况', '依申请公开情况'] },
  { n: 4, words: ['行政复议、行政诉讼', '行政复议和行政诉讼', '行政复议、提起行政诉讼', '复议、诉讼'] },
  { n: 5, words: ['存在的主要问题', '存在的问题', '主要问题及改进', '问题及改进'] },
  { n: 6, words: ['其他需要报告的事项', '其他需要报告事项', '其它需要报告的事项'] },
];

/** Heading numbering (一、 / 一. / 第一部分), before the heading words. */
export const HEADING_NUMBERS = ['一', '二', '三', '四', '五', '六'] as const;
