/**
 * Wording every standard-format report shares (table labels, the format's fixed phrases). Removed before
 * near-duplicate comparison: two reports are not copies because both print 表三's row labels.
 */
import { T2_2019_KEYS, T2_2021_KEYS, T3_COLUMNS, T3_GROUPS, T3_ROWS, T4_COLUMNS, T4_GROUPS } from '../../model/metrics.js';
import { SECTION_TITLES } from './report.js';

const FIXED = [
  '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '单位万元', '保留4位小数',
  '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增减', '处理决定数量', '采购项目数量', '采购总金额',
  '行政事业性收费', '政府集中采购', '其他对外管理服务事项', '第二十条第一项', '第二十条第五项', '第二十条第六项', '第二十条第八项',
  '第二十条第九项', '信息内容', '申请人情况', '法人或其他组织', '本年度办理结果', '本列数据的勾稽关系为', '第一项加第二项之和',
  '等于第三项加第四项之和', '未经复议直接起诉', '复议后起诉', '行政许可', '行政处罚', '行政强制', '行政规范性文件', '规范性文件', '规章',
  '行政复议', '行政诉讼', '区分处理的只计这一情形不计其他情形', '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请',
];

const NON_PROSE = /^[\s\p{P}\p{S}0-9a-zA-Z]$/u;
/** NON_PROSE by UTF-16 unit, learnt as units are met (0 unknown, 1 kept, 2 stripped): one table read per character. */
const unitClass = new Uint8Array(0x10000);

/**
 * Strip what never counts in prose comparison: spaces, punctuation, symbols, digits, latin letters.
 * The same as s.replace(/[\s\p{P}\p{S}0-9a-zA-Z]/gu, ''), without the Unicode property test at every character
 * of every report.
 */
export function stripNonProse(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let drop: boolean;
    let width = 1;
    const lo = c >= 0xd800 && c <= 0xdbff ? s.charCodeAt(i + 1) : 0;
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      // a surrogate pair is one code point to the pattern
      width = 2;
      drop = NON_PROSE.test(s.slice(i, i + 2));
    } else {
      let k = unitClass[c] ?? 0;
      if (k === 0) unitClass[c] = k = NON_PROSE.test(String.fromCharCode(c)) ? 2 : 1;
      drop = k === 2;
    }
    if (drop) {
      if (i > from) out += s.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Longest first, so a label is removed before the shorter labels inside it. */
export const TEMPLATE_PHRASES: readonly string[] = [
  ...new Set(
    [
      ...FIXED,
      ...T3_ROWS.map((r) => r.name),
      ...T3_GROUPS.map((g) => g.name),
      ...T3_COLUMNS.map((c) => c.name),
      ...T4_GROUPS.map((g) => g.name),
      ...T4_COLUMNS.map((c) => c.name),
      ...T2_2021_KEYS.map((k) => k.name),
      ...T2_2019_KEYS.map((k) => k.name),
      ...Object.values(SECTION_TITLES),
      '结转下年度继续办理', '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量',
    ]
      .map(stripNonProse)
      .filter((p) => p.length >= 2),
  ),
].sort((a, b) => b.length - a.length);
