/** Chinese names shown to reviewers for the codes in the records. Unknown codes are shown as they are. */
import { RULES } from '../checks/index.js';

/** Rule titles and descriptions come from the checks' own catalogue; ids it does not know keep these names. */
const FALLBACK_RULE_NAMES: Record<string, string> = {
  't4.group_sum': '表四各组合计不符',
  scope: '数字口径超出本机关',
};

export const RULE_NAMES: Record<string, string> = {
  ...FALLBACK_RULE_NAMES,
  ...Object.fromEntries(RULES.map((r) => [r.id, r.title])),
};

export const RULE_DESCRIPTIONS: Record<string, string> = Object.fromEntries(RULES.map((r) => [r.id, r.description]));

export const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export const ERROR_REASON_NAMES: Record<string, string> = {
  empty: '空文件',
  binary: '二进制文件',
  unsupported: '不支持的格式',
  undecodable: '无法解码',
  corrupt: '文件损坏',
  'no-text-layer': '无文字层(扫描件)',
  'not-found': '文件不存在',
  internal: '内部错误',
};

export const LAYOUT_NAMES: Record<string, string> = {
  '2021': '2021版格式',
  '2019': '2019版格式',
  legacy: '旧版(2008条例)',
  unknown: '未识别',
};

export const nameOf = (table: Record<string, string>, code: string | null | undefined): string =>
  code == null ? '未知' : (table[code] ?? code);
